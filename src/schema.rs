//! Reading YAML nodes into typed values, reporting every problem as a finding with its position:
//! wrong types, unknown keys (with the nearest known one), missing keys, impossible dates.

use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::rule::Rule;
use crate::source::SourceFile;
use crate::span::Spanned;
use crate::text::did_you_mean;
use crate::yaml::{Node, Value};
use chrono::NaiveDate;

/// Reads nodes of one file, collecting findings.
pub struct Reader<'a> {
    pub file: &'a SourceFile,
    pub diags: &'a mut Vec<Diagnostic>,
}

/// The entries of a YAML mapping, by key.
pub struct Fields<'n> {
    node: &'n Node,
    entries: Vec<(&'n str, &'n Node)>,
}

impl<'n> Fields<'n> {
    pub fn get(&self, key: &str) -> Option<&'n Node> {
        self.entries
            .iter()
            .find(|(k, v)| *k == key && !matches!(v.value, Value::Null))
            .map(|(_, v)| *v)
    }

    pub fn node(&self) -> &'n Node {
        self.node
    }
}

impl<'a> Reader<'a> {
    pub fn new(file: &'a SourceFile, diags: &'a mut Vec<Diagnostic>) -> Self {
        Reader { file, diags }
    }

    fn report(&mut self, rule: Rule, node: &Node, message: String, help: Option<String>) {
        let diag = self
            .file
            .diag(rule, node.pos, message)
            .with_len(node.len)
            .with_help_opt(help);
        self.diags.push(diag);
    }

    pub fn wrong_type(&mut self, node: &Node, what: &str, expected: &str) {
        let help = match node.value {
            Value::Int(_) | Value::Float(_) | Value::Bool(_) if expected == "text" => {
                Some(msg!("yaml-quote-for-text"))
            }
            _ => None,
        };
        self.report(
            Rule::WrongType,
            node,
            msg!(
                "yaml-wrong-type",
                what = described(what),
                expected = described(expected),
                found = described(node.value.describe())
            ),
            help,
        );
    }

    /// A mapping whose keys must be among `known`; unknown keys are reported with a suggestion.
    pub fn map<'n>(&mut self, node: &'n Node, what: &str, known: &[&str]) -> Option<Fields<'n>> {
        let Value::Map(entries) = &node.value else {
            self.wrong_type(node, what, "a mapping of keys to values");
            return None;
        };
        let mut fields = Vec::with_capacity(entries.len());
        for (key, value) in entries {
            let Value::Str(name) = &key.value else {
                self.wrong_type(key, &msg!("yaml-a-key-in", what = described(what)), "text");
                continue;
            };
            if known.contains(&name.as_str()) {
                fields.push((name.as_str(), value));
            } else {
                let help = did_you_mean(name, known.iter().copied())
                    .or_else(|| Some(msg!("yaml-known-keys", keys = known.join(", "))));
                self.report(
                    Rule::UnknownKey,
                    key,
                    msg!("yaml-unknown-key", key = name.as_str(), what = described(what)),
                    help,
                );
            }
        }
        Some(Fields {
            node,
            entries: fields,
        })
    }

    /// A key that must be present.
    pub fn require<'n>(&mut self, fields: &Fields<'n>, key: &str, what: &str) -> Option<&'n Node> {
        let found = fields.get(key);
        if found.is_none() {
            self.report(
                Rule::MissingKey,
                fields.node(),
                msg!("yaml-missing-key", what = described(what), key = key),
                Some(msg!("yaml-missing-key-help", key = key)),
            );
        }
        found
    }

    /// Text; whole numbers are accepted as their digits (an attachment `id: 1`).
    pub fn text(&mut self, node: &Node, what: &str) -> Option<Spanned<String>> {
        let value = match &node.value {
            Value::Str(s) => s.trim().to_owned(),
            Value::Int(i) => i.to_string(),
            _ => {
                self.wrong_type(node, what, "text");
                return None;
            }
        };
        Some(Spanned::new(value, node.pos, node.len))
    }

    /// A name: text that is not empty or blank (an empty name would match nothing, or
    /// everything). An empty one is a finding here, where it was written.
    pub fn name(&mut self, node: &Node, what: &str) -> Option<Spanned<String>> {
        let text = self.text(node, what)?;
        if text.value.is_empty() {
            self.report(
                Rule::InvalidValue,
                node,
                msg!("yaml-empty", what = described(what)),
                Some(msg!("yaml-empty-help")),
            );
            return None;
        }
        Some(text)
    }

    pub fn opt_text(&mut self, fields: &Fields, key: &str) -> Option<Spanned<String>> {
        fields.get(key).and_then(|node| self.text(node, key))
    }

    pub fn bool(&mut self, node: &Node, what: &str) -> Option<bool> {
        match node.value {
            Value::Bool(b) => Some(b),
            _ => {
                self.wrong_type(node, what, "`true` or `false`");
                None
            }
        }
    }

    pub fn opt_bool(&mut self, fields: &Fields, key: &str) -> bool {
        fields
            .get(key)
            .and_then(|node| self.bool(node, key))
            .unwrap_or(false)
    }

    /// A date written `YYYY-MM-DD` that exists.
    pub fn date(&mut self, node: &Node, what: &str) -> Option<Spanned<NaiveDate>> {
        let text = match &node.value {
            Value::Str(s) => s.trim(),
            Value::Int(_) | Value::Float(_) => {
                self.report(
                    Rule::InvalidDate,
                    node,
                    msg!("yaml-date-number", what = described(what)),
                    None,
                );
                return None;
            }
            _ => {
                self.wrong_type(node, what, "a date written YYYY-MM-DD");
                return None;
            }
        };
        match parse_date(text) {
            Ok(date) => Some(Spanned::new(date, node.pos, node.len)),
            Err(reason) => {
                self.report(
                    Rule::InvalidDate,
                    node,
                    msg!(
                        "yaml-date-unreal",
                        what = described(what),
                        text = text,
                        reason = described(reason)
                    ),
                    Some(msg!("yaml-date-help")),
                );
                None
            }
        }
    }

    pub fn opt_date(&mut self, fields: &Fields, key: &str) -> Option<Spanned<NaiveDate>> {
        fields.get(key).and_then(|node| self.date(node, key))
    }

    /// The items of a list (nothing on a wrong type, after reporting it).
    pub fn list<'n>(&mut self, node: &'n Node, what: &str) -> &'n [Node] {
        match &node.value {
            Value::Seq(items) => items,
            Value::Null => &[],
            _ => {
                self.wrong_type(node, what, "a list");
                &[]
            }
        }
    }

    pub fn opt_list<'n>(&mut self, fields: &Fields<'n>, key: &str) -> &'n [Node] {
        match fields.get(key) {
            Some(node) => self.list(node, key),
            None => &[],
        }
    }

    pub fn text_list(&mut self, fields: &Fields, key: &str) -> Vec<Spanned<String>> {
        let items = self.opt_list(fields, key);
        items.iter().filter_map(|item| self.text(item, key)).collect()
    }

    /// A list of names, none of them empty.
    pub fn name_list(&mut self, fields: &Fields, key: &str) -> Vec<Spanned<String>> {
        let items = self.opt_list(fields, key);
        items.iter().filter_map(|item| self.name(item, key)).collect()
    }

    /// A finding of any rule at a node.
    pub fn invalid(&mut self, rule: Rule, node_pos: &Node, message: String, help: Option<String>) {
        self.report(rule, node_pos, message, help);
    }
}

/// A phrase the reader puts into its findings (what a node is, what it should be), in the
/// language of the messages; key and file names are kept as written.
pub(crate) fn described(phrase: &str) -> String {
    match phrase {
        "the front matter" => msg!("yaml-the-front-matter"),
        "an attendee" => msg!("yaml-an-attendee"),
        "an attachment" => msg!("yaml-an-attachment"),
        "a calendar entry" => msg!("yaml-a-calendar-entry"),
        "an organisation" => msg!("yaml-an-organisation"),
        "a group" => msg!("yaml-a-group"),
        "a person" => msg!("yaml-a-person"),
        "a role" => msg!("yaml-a-role"),
        "a function" => msg!("yaml-a-function"),
        "a holder" => msg!("yaml-a-holder"),
        "a matter" => msg!("yaml-a-matter"),
        "a standard item" => msg!("yaml-a-standard-item"),
        "a rule" => msg!("yaml-a-rule"),
        "a severity" => msg!("yaml-a-severity"),
        "text" => msg!("yaml-text"),
        "nothing" => msg!("yaml-nothing"),
        "true/false" => msg!("yaml-true-false"),
        "a number" => msg!("yaml-a-number"),
        "a list" => msg!("yaml-a-list"),
        "a mapping of keys to values" => msg!("yaml-a-mapping"),
        "`true` or `false`" => msg!("yaml-true-or-false"),
        "a date written YYYY-MM-DD" => msg!("yaml-a-date"),
        "a year such as 2026" => msg!("yaml-a-year"),
        "a positive whole number" => msg!("yaml-a-positive-number"),
        "a mapping of rule to severity" => msg!("yaml-a-rule-mapping"),
        "`true` or a list of organisation kinds" => msg!("yaml-true-or-kinds"),
        "(no such day)" => msg!("yaml-no-such-day"),
        "(expected YYYY-MM-DD)" => msg!("yaml-expected-date"),
        other => other.to_owned(),
    }
}

/// Parses `YYYY-MM-DD`, saying why not.
pub fn parse_date(text: &str) -> Result<NaiveDate, &'static str> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shaped {
        return Err("(expected YYYY-MM-DD)");
    }
    let number = |range: std::ops::Range<usize>| {
        bytes[range]
            .iter()
            .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'))
    };
    let year = i32::try_from(number(0..4)).map_err(|_| "(no such day)")?;
    NaiveDate::from_ymd_opt(year, number(5..7), number(8..10)).ok_or("(no such day)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist_and_be_shaped() {
        assert!(parse_date("2026-01-29").is_ok());
        assert_eq!(parse_date("2026-02-30"), Err("(no such day)"));
        assert_eq!(parse_date("2026-1-29"), Err("(expected YYYY-MM-DD)"));
        assert_eq!(parse_date("29 januari"), Err("(expected YYYY-MM-DD)"));
        assert_eq!(parse_date("2026-13-01"), Err("(no such day)"));
        assert_eq!(
            parse_date("2024-02-29").map(|d| d.to_string()),
            Ok("2024-02-29".to_owned())
        );
        assert_eq!(
            parse_date("0000-01-01").map(|d| d.to_string()),
            Ok("0000-01-01".to_owned())
        );
    }

    #[test]
    fn unknown_keys_get_a_suggestion() {
        let file = SourceFile::new("m.md", "kind: agenda\nattendes: []\n".to_owned());
        let mut diags = Vec::new();
        let node = crate::yaml::parse(&file, 0, file.text.len()).ok();
        let mut reader = Reader::new(&file, &mut diags);
        if let Some(node) = &node {
            reader.map(node, "the front matter", &["kind", "attendees"]);
        }
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].rule, Rule::UnknownKey);
        assert_eq!(diags[0].pos.line, 2);
        assert_eq!(diags[0].help.as_deref(), Some("did you mean `attendees`?"));
    }
}
