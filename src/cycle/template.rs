//! The templates the drafts are rendered through (minijinja): found beside the meetings folder,
//! given on the command line, or the copy built into lchnv.

use crate::cycle::text::yaml_scalar;
use anyhow::{Context, Result, anyhow, bail};
use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};
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

    fn built_in(self) -> &'static str {
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
            .context("cannot read the template")?
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
            .context("cannot read the template")?
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

/// A template compiled and ready to render.
pub struct Compiled {
    env: Environment<'static>,
    name: String,
}

impl Compiled {
    pub fn new(source: &Source) -> Result<Compiled> {
        let mut env = Environment::new();
        env.set_syntax(
            minijinja::syntax::SyntaxConfig::builder()
                .trim_blocks(true)
                .lstrip_blocks(true)
                .keep_trailing_newline(true)
                .build()
                .map_err(|e| anyhow!("{e}"))?,
        );
        env.set_auto_escape_callback(|_| AutoEscape::None);
        env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
        env.add_filter("yaml", |text: String| yaml_scalar(&text));
        env.add_filter("wrap", |text: String, width: Option<usize>| {
            wrap(&text, width.unwrap_or(100))
        });
        let name = source.name();
        env.add_template_owned(name.clone(), source.text.clone())
            .map_err(|e| template_error(&name, &e))?;
        Ok(Compiled { env, name })
    }

    /// Renders the template and tidies the Markdown (see [`tidy`]).
    pub fn render(&self, context: Value) -> Result<String> {
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
    pub fn exports(&self, context: Value, names: &[&str]) -> Result<Vec<Option<Value>>> {
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
    let mut message = format!("cannot render the template {name}: {}", error.kind());
    if let Some(detail) = error.detail() {
        message.push_str(": ");
        message.push_str(detail);
    }
    if let Some(line) = error.line() {
        message.push_str(&format!(" (line {line})"));
    }
    anyhow!(message)
}

/// Reads a template's list of texts (`{% set sections = ["A", "B"] %}`).
pub fn text_list(value: &Value, what: &str, template: &str) -> Result<Vec<String>> {
    let Ok(iter) = value.try_iter() else {
        bail!("{template}: `{what}` must be a list of texts, e.g. [\"Nya ärenden\"]");
    };
    let mut out = Vec::new();
    for item in iter {
        match item.as_str() {
            Some(text) if !text.trim().is_empty() => out.push(text.trim().to_owned()),
            _ => bail!("{template}: `{what}` must be a list of texts; `{item}` is not one"),
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

/// Breaks text into lines of at most `width` characters at spaces (a longer word stands on a
/// line of its own). A label stays with its value, and a `[[placeholder]]` is never broken: `lchnv check` finds placeholders
/// only within one line.
pub fn wrap(text: &str, width: usize) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut open = false;
    let mut glue = false;
    for word in text.split_whitespace() {
        match words.last_mut() {
            Some(last) if open || glue => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_owned()),
        }
        if word.contains("[[") {
            open = true;
        }
        if open && word.contains("]]") {
            open = word.rfind("[[") > word.rfind("]]");
        }
        // `Återrapport: LCHNV` stays on one line.
        glue = word.ends_with(':');
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut line_len = 0usize;
    for word in words {
        let len = word.chars().count();
        if line_len > 0 && line_len + 1 + len > width && !starts_block(&word) {
            out.push('\n');
            line_len = 0;
        } else if line_len > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(&word);
        line_len += len;
    }
    out
}

/// Whether a word at the start of a line would begin a Markdown block (a list, a heading, a
/// quote, a fence, a table row, a heading underline) instead of continuing the paragraph.
fn starts_block(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let repeated = word.chars().all(|c| c == first) && "-+*=#_`~".contains(first);
    let numbered = word.len() > 1
        && word.ends_with(['.', ')'])
        && word[..word.len() - 1].chars().all(|c| c.is_ascii_digit());
    repeated || numbered || word.starts_with(['>', '|']) || word.starts_with("```") || word.starts_with("~~~")
}

/// Builds a template value from `(key, value)` pairs.
pub fn map<I, K>(pairs: I) -> Value
where
    I: IntoIterator<Item = (K, Value)>,
    K: Into<String>,
{
    Value::from(
        pairs
            .into_iter()
            .map(|(k, v)| (k.into(), v))
            .collect::<std::collections::BTreeMap<String, Value>>(),
    )
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
    fn wrap_keeps_placeholders_whole() {
        assert_eq!(wrap("aa bb cc dd", 5), "aa bb\ncc dd");
        assert_eq!(
            wrap("att x. [[bekräfta eller ändra]]", 10),
            "att x.\n[[bekräfta eller ändra]]"
        );
        assert_eq!(wrap("ett  långtord", 3), "ett\nlångtord");
        assert_eq!(wrap("a b - c", 3), "a b -\nc");
        assert_eq!(
            wrap("uppgift. Återrapport: LCHNV.", 20),
            "uppgift.\nÅterrapport: LCHNV."
        );
        assert_eq!(wrap("a b 12. c", 3), "a b 12.\nc");
    }

    #[test]
    fn template_errors_name_the_file_and_line() {
        let source = Source {
            path: Some(PathBuf::from("templates/agenda.md")),
            text: "ok\n{{ missing.attr }}\n".to_owned(),
        };
        let compiled = Compiled::new(&source);
        let error = compiled.and_then(|c| c.render(map([("x", Value::from(1))])));
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
