//! The templates the drafts are rendered through (minijinja): found beside the meetings folder,
//! given on the command line, or the copy built into lchnv.

use crate::format::{assignment, wrap};
use anyhow::{Context, Result, anyhow, bail};
use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// The folder beside the meetings folder where a repository keeps its templates.
pub const TEMPLATES_DIR: &str = "templates";

/// Which template a draft is rendered with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Agenda,
    Minutes,
}

impl Which {
    pub fn file_name(self) -> &'static str {
        match self {
            Which::Agenda => "agenda.md",
            Which::Minutes => "minutes.md",
        }
    }

    /// The copy built into lchnv, which `lchnv init` writes into a new repository.
    pub fn built_in(self) -> &'static str {
        match self {
            Which::Agenda => include_str!("../../templates/agenda.md"),
            Which::Minutes => include_str!("../../templates/minutes.md"),
        }
    }
}

/// A template's text and where it came from.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file it was read from; `None` for the built-in copy.
    pub path: Option<PathBuf>,
    pub text: String,
}

impl Source {
    /// How messages name it.
    pub fn name(&self) -> String {
        match &self.path {
            Some(path) => path.display().to_string(),
            None => "the built-in template".to_owned(),
        }
    }
}

/// Finds the template: `explicit` if given, else `templates/<name>` beside the meetings folder,
/// else the built-in copy.
pub fn find(which: Which, explicit: Option<&Path>, meetings_root: &Path) -> Result<Source> {
    if let Some(path) = explicit {
        let text = crate::read::text_or_error(path, crate::read::SMALL_FILE_LIMIT)
            .context(crate::msg!("template-read-failed"))?
            .text;
        return Ok(Source {
            path: Some(path.to_path_buf()),
            text,
        });
    }
    // `..` rather than the parent's name: the meetings folder may be `.`.
    let beside = crate::repo::clean(
        &meetings_root
            .join("..")
            .join(TEMPLATES_DIR)
            .join(which.file_name()),
    );
    if std::fs::symlink_metadata(&beside).is_ok() {
        let text = crate::read::text_or_error(&beside, crate::read::SMALL_FILE_LIMIT)
            .context(crate::msg!("template-read-failed"))?
            .text;
        return Ok(Source {
            path: Some(beside),
            text,
        });
    }
    Ok(Source {
        path: None,
        text: which.built_in().to_owned(),
    })
}

/// Jinja's syntax as lchnv's templates are written: a line holding only a block tag leaves no
/// line behind, and the file's last newline is kept.
pub fn syntax() -> Result<minijinja::syntax::SyntaxConfig> {
    minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .map_err(|e| anyhow!("{e}"))
}

/// A template compiled and ready to render.
pub struct Compiled {
    env: Environment<'static>,
    name: String,
}

impl Compiled {
    pub fn new(source: &Source) -> Result<Compiled> {
        let mut env = Environment::new();
        env.set_syntax(syntax()?);
        env.set_auto_escape_callback(|_| AutoEscape::None);
        env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
        env.add_filter("yaml", |text: String| crate::yaml::scalar(&text));
        env.add_filter("wrap", |text: String, width: Option<usize>| {
            wrap::fill(&text, "", "", width.unwrap_or(wrap::WIDTH))
        });
        env.add_filter("list_item", |text: String, marker: Option<String>| {
            wrap::list_item(marker.as_deref().unwrap_or("-"), &text)
        });
        env.add_filter("task", |text: String, done: Option<bool>| {
            wrap::list_item(assignment::marker(done.unwrap_or(false)), &text)
        });
        let name = source.name();
        env.add_template_owned(name.clone(), source.text.clone())
            .map_err(|e| template_error(&name, &e))?;
        Ok(Compiled { env, name })
    }

    /// Renders the template with `context` and tidies the Markdown (see [`tidy`]).
    pub fn render(&self, context: &impl Serialize) -> Result<String> {
        let context = Value::from(minijinja::value::Serde(context));
        let template = self
            .env
            .get_template(&self.name)
            .map_err(|e| template_error(&self.name, &e))?;
        let text = template
            .render(context)
            .map_err(|e| template_error(&self.name, &e))?;
        Ok(tidy(&text))
    }

    /// Renders the template once and reads the top-level variables it sets (`{% set x = ... %}`).
    pub fn exports(&self, context: &impl Serialize, names: &[&str]) -> Result<Vec<Option<Value>>> {
        let context = Value::from(minijinja::value::Serde(context));
        let template = self
            .env
            .get_template(&self.name)
            .map_err(|e| template_error(&self.name, &e))?;
        let captured = template
            .render_captured(context)
            .map_err(|e| template_error(&self.name, &e))?;
        let state = captured.state();
        Ok(names
            .iter()
            .map(|name| state.lookup(name).filter(|v| !v.is_undefined() && !v.is_none()))
            .collect())
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}

fn template_error(name: &str, error: &minijinja::Error) -> anyhow::Error {
    // minijinja's own words for the error stay as it writes them.
    let mut detail = error.kind().to_string();
    if let Some(more) = error.detail() {
        detail.push_str(": ");
        detail.push_str(more);
    }
    anyhow!(
        "{}",
        match error.line() {
            Some(line) => crate::msg!(
                "template-render-failed-line",
                name = name,
                detail = detail,
                line = line
            ),
            None => crate::msg!("template-render-failed", name = name, detail = detail),
        }
    )
}

/// Reads a template's list of texts (`{% set sections = ["A", "B"] %}`).
pub fn text_list(value: &Value, what: &str, template: &str) -> Result<Vec<String>> {
    let Ok(iter) = value.try_iter() else {
        bail!(
            "{}",
            crate::msg!("template-list", template = template, what = what)
        );
    };
    let mut out = Vec::new();
    for item in iter {
        match item.as_str() {
            Some(text) if !text.trim().is_empty() => out.push(text.trim().to_owned()),
            _ => bail!(
                "{}",
                crate::msg!(
                    "template-list-item",
                    template = template,
                    what = what,
                    item = item.to_string()
                )
            ),
        }
    }
    Ok(out)
}

/// Tidies rendered Markdown: no trailing spaces, no blank lines before the front matter, at
/// most one blank line in a row, one newline at the end. Templates can then be written for
/// legibility without counting blank lines.
pub fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0usize;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() && blank_run > 0 {
            out.push('\n');
        }
        blank_run = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_collapses_blank_lines() {
        assert_eq!(
            tidy("\n\n---\nkind: agenda\n---\n\n\n# T  \n\n\n\n## 1. A\n\n"),
            "---\nkind: agenda\n---\n\n# T\n\n## 1. A\n"
        );
    }

    #[test]
    fn filters_write_list_items_through_the_one_wrapper() {
        let source = Source {
            path: None,
            text: "{{ line | task }}\n{{ line | task(true) }}\n{{ clause | list_item }}\n".to_owned(),
        };
        #[derive(Serialize)]
        struct Lines {
            line: String,
            clause: String,
        }
        let lines = Lines {
            line: "ord ".repeat(30),
            clause: "att ta fram".to_owned(),
        };
        let text = Compiled::new(&source)
            .and_then(|c| c.render(&lines))
            .unwrap_or_default();
        let expected = format!(
            "{}\n{}\n- att ta fram\n",
            wrap::list_item("- [ ]", &lines.line),
            wrap::list_item("- [x]", &lines.line)
        );
        assert_eq!(text, expected);
    }

    #[test]
    fn template_errors_name_the_file_and_line() {
        let source = Source {
            path: Some(PathBuf::from("templates/agenda.md")),
            text: "ok\n{{ missing.attr }}\n".to_owned(),
        };
        let compiled = Compiled::new(&source);
        #[derive(Serialize)]
        struct X {
            x: u32,
        }
        let error = compiled.and_then(|c| c.render(&X { x: 1 }));
        let message = error.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(message.contains("templates/agenda.md"), "{message}");
        assert!(message.contains("line 2"), "{message}");
    }

    #[test]
    fn syntax_errors_are_reported() {
        let source = Source {
            path: None,
            text: "{% if %}".to_owned(),
        };
        let message = Compiled::new(&source)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(message.contains("the built-in template"), "{message}");
    }
}
