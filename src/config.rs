//! `lchnv.yaml`: the repository's settings for `check`: rule severities, the file size limit and
//! extra item types.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::Rule;
use crate::schema::Reader;
use crate::source::SourceFile;
use crate::yaml::{self, Value};
use anyhow::{Result, bail};
use std::collections::HashMap;
use std::path::Path;

pub const CONFIG_FILE: &str = "lchnv.yaml";

/// The item types every network has.
pub const ITEM_TYPES: &[&str] = &["Beslut", "Information", "Dialog"];

#[derive(Debug, Clone)]
pub struct Config {
    /// Severity per rule; `None` turns a rule off.
    severities: HashMap<Rule, Option<Severity>>,
    pub max_file_bytes: u64,
    pub item_types: Vec<String>,
    /// The address of the published rules document (`docs_url`), for links in SARIF reports;
    /// without it a rule's help names `docs/rules.md#…` in the repository and has no `helpUri`
    /// (SARIF takes only absolute addresses there).
    pub docs_url: Option<String>,
    /// The language of lchnv's messages (`language: sv` or `en`); without it the environment's.
    pub language: Option<crate::i18n::Language>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            severities: HashMap::new(),
            max_file_bytes: 4 << 20,
            item_types: ITEM_TYPES.iter().map(|t| (*t).to_owned()).collect(),
            docs_url: None,
            language: None,
        }
    }
}

pub(crate) const KEYS: &[&str] = &["rules", "max_file_bytes", "item_types", "docs_url", "language"];

impl Config {
    /// Reads `lchnv.yaml` from the meetings folder; defaults when there is none. A config that
    /// cannot be read stops the tool: every finding would depend on it.
    pub fn load(root: &Path) -> Result<Config> {
        let path = crate::repo::join(root, Path::new(CONFIG_FILE));
        if std::fs::symlink_metadata(&path).is_err() {
            return Ok(Config::default());
        }
        let file = crate::read::text_or_error(&path, crate::read::SMALL_FILE_LIMIT)?;
        let mut diags = Vec::new();
        let config = Config::read(&file, &mut diags);
        if let Some(first) = diags.first() {
            let mut message = format!(
                "{}:{}:{}: {}",
                first.file.display(),
                first.pos.line,
                first.pos.column,
                first.message
            );
            if let Some(help) = &first.help {
                message.push_str(&format!(" ({help})"));
            }
            if diags.len() > 1 {
                message.push_str(&crate::msg!("config-more-problems", count = diags.len() - 1));
            }
            bail!("{}", crate::msg!("config-invalid", problem = message));
        }
        Ok(config)
    }

    fn read(file: &SourceFile, diags: &mut Vec<Diagnostic>) -> Config {
        let mut config = Config::default();
        let root = match yaml::parse(file, 0, file.text.len()) {
            Ok(root) => root,
            Err(diag) => {
                diags.push(*diag);
                return config;
            }
        };
        if matches!(root.value, Value::Null) {
            return config;
        }
        let mut r = Reader::new(file, diags);
        let Some(fields) = r.map(&root, CONFIG_FILE, KEYS) else {
            return config;
        };
        if let Some(rules) = fields.get("rules")
            && let Value::Map(entries) = &rules.value
        {
            for (key, value) in entries {
                let Some(name) = r.text(key, "a rule") else {
                    continue;
                };
                let Some(rule) = Rule::lookup(&name.value) else {
                    let help = crate::text::did_you_mean(&name.value, Rule::ALL.iter().map(|r| r.name()));
                    r.invalid(
                        Rule::InvalidValue,
                        key,
                        format!("`{}` is not a rule", name.value),
                        help,
                    );
                    continue;
                };
                let Some(level) = r.text(value, "a severity") else {
                    continue;
                };
                let severity = match level.value.as_str() {
                    "error" => Some(Severity::Error),
                    "warning" => Some(Severity::Warning),
                    "off" => None,
                    other => {
                        r.invalid(
                            Rule::InvalidValue,
                            value,
                            format!("`{other}` is not a severity"),
                            Some("use `error`, `warning` or `off`".to_owned()),
                        );
                        continue;
                    }
                };
                config.severities.insert(rule, severity);
            }
        } else if let Some(rules) = fields.get("rules") {
            r.wrong_type(rules, "rules", "a mapping of rule to severity");
        }
        if let Some(node) = fields.get("max_file_bytes") {
            match node.value {
                Value::Int(n) if n > 0 => config.max_file_bytes = u64::try_from(n).unwrap_or(u64::MAX),
                _ => r.wrong_type(node, "max_file_bytes", "a positive whole number"),
            }
        }
        config.docs_url = r.opt_text(&fields, "docs_url").map(|u| u.value);
        if let Some(node) = fields.get("language")
            && let Some(code) = r.text(node, "language")
        {
            config.language = crate::i18n::Language::from_code(&code.value);
            if config.language.is_none() {
                r.invalid(
                    Rule::InvalidValue,
                    node,
                    format!("`{}` is not a language lchnv speaks", code.value),
                    Some("use `sv` (Swedish) or `en` (English)".to_owned()),
                );
            }
        }
        for extra in r.text_list(&fields, "item_types") {
            if !config
                .item_types
                .iter()
                .any(|t| t.eq_ignore_ascii_case(&extra.value))
            {
                config.item_types.push(extra.value);
            }
        }
        config
    }

    /// The severity of a rule here: the configured one, else its default; `None` when off.
    pub fn severity(&self, rule: Rule) -> Option<Severity> {
        match self.severities.get(&rule) {
            Some(configured) => *configured,
            None => Some(rule.default_severity()),
        }
    }

    /// The known type that `text` names, compared without case.
    pub fn item_type(&self, text: &str) -> Option<&str> {
        self.item_types
            .iter()
            .find(|t| t.eq_ignore_ascii_case(text.trim()))
            .map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_by_code_or_name() {
        let file = SourceFile::new(
            "lchnv.yaml",
            "rules:\n  ocr-damage: error\n  L307: off\nitem_types: [Diskussion]\n".to_owned(),
        );
        let mut diags = Vec::new();
        let config = Config::read(&file, &mut diags);
        assert!(diags.is_empty());
        assert_eq!(config.severity(Rule::OcrDamage), Some(Severity::Error));
        assert_eq!(config.severity(Rule::MatterMissing), None);
        assert_eq!(config.severity(Rule::Numbering), Some(Severity::Error));
        assert_eq!(config.item_type("diskussion"), Some("Diskussion"));
        assert_eq!(config.language, None);
    }

    #[test]
    fn the_language_is_sv_or_en() {
        let read = |text: &str| {
            let file = SourceFile::new("lchnv.yaml", text.to_owned());
            let mut diags = Vec::new();
            let config = Config::read(&file, &mut diags);
            (config.language, diags.len())
        };
        assert_eq!(read("language: sv\n"), (Some(crate::i18n::Language::Swedish), 0));
        assert_eq!(read("language: en\n"), (Some(crate::i18n::Language::English), 0));
        assert_eq!(read("language: fi\n"), (None, 1));
    }

    #[test]
    fn bad_rules_and_levels_are_reported() {
        let file = SourceFile::new(
            "lchnv.yaml",
            "rules:\n  ocr-damge: error\n  L307: loud\n".to_owned(),
        );
        let mut diags = Vec::new();
        Config::read(&file, &mut diags);
        assert_eq!(diags.len(), 2);
        assert_eq!(diags[0].help.as_deref(), Some("did you mean `ocr-damage`?"));
    }
}
