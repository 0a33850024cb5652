//! The one place YAML is read. Front matter and network files go through `serde-saphyr` (a
//! maintained serde YAML crate with spans and input budgets) into a small tree of [`Node`]s that
//! carry their positions, so that every later finding can name `path:line:col`.

use crate::diagnostic::Diagnostic;
use crate::rule::Rule;
use crate::source::SourceFile;
use crate::span::Pos;
use regex::Regex;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned as SaphyrSpanned;
use std::fmt;
use std::sync::LazyLock;

/// A YAML value with the position it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub pos: Pos,
    /// Length in characters of the scalar (1 for collections).
    pub len: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl Value {
    /// How a finding names this kind of value ("a list", "a number", ...).
    pub fn describe(&self) -> &'static str {
        match self {
            Value::Null => "nothing",
            Value::Bool(_) => "true/false",
            Value::Int(_) | Value::Float(_) => "a number",
            Value::Str(_) => "text",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping of keys to values",
        }
    }
}

/// Parses the YAML in `file.text[start..end]`; positions are mapped to the whole file.
pub fn parse(file: &SourceFile, start: usize, end: usize) -> Result<Node, Box<Diagnostic>> {
    let yaml = file.text.get(start..end).unwrap_or("");
    let first_line = file.pos(start).line;
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: 24,
            max_aliases: 100,
            max_anchors: 100,
            max_nodes: 50_000,
            max_events: 200_000,
            max_documents: 1,
            max_total_scalar_bytes: 4 << 20,
        },
        strict_booleans: true,
    };
    match serde_saphyr::from_str_with_options::<SaphyrSpanned<RawValue>>(yaml, options) {
        Ok(root) => Ok(convert(file, start, first_line, root)),
        Err(error) => {
            let offset = error
                .location()
                .map(|loc| locate(file, start, first_line, &loc))
                .unwrap_or(start);
            Err(Box::new(
                file.diag_at(Rule::YamlSyntax, offset, yaml_message(&error))
                    .with_help("fix the YAML syntax; quote text that contains `: ` or starts with a special character"),
            ))
        }
    }
}

/// The crate's message without its own " at line N, column M" suffix (we give the position).
fn yaml_message(error: &serde_saphyr::Error) -> String {
    let text = error.without_snippet().to_string();
    let text = text.lines().next().unwrap_or("invalid YAML").to_owned();
    let cut = text.find(" at line ").unwrap_or(text.len());
    let message = text[..cut].trim_end_matches([',', ' ']);
    if message.is_empty() {
        "invalid YAML".to_owned()
    } else {
        format!("invalid YAML: {message}")
    }
}

fn locate(file: &SourceFile, start: usize, first_line: u32, loc: &serde_saphyr::Location) -> usize {
    if let Some(byte) = loc.span().byte_offset() {
        return start + usize::try_from(byte).unwrap_or(0);
    }
    let line = first_line.saturating_add(u32::try_from(loc.line()).unwrap_or(1).saturating_sub(1));
    let Some(line_start) = file.line_start(line) else {
        return file.text.len();
    };
    let line_text = file.line_text(line).unwrap_or("");
    let column = usize::try_from(loc.column()).unwrap_or(1).saturating_sub(1);
    line_start
        + line_text
            .char_indices()
            .nth(column)
            .map(|(i, _)| i)
            .unwrap_or(line_text.len())
}

fn convert(file: &SourceFile, start: usize, first_line: u32, node: SaphyrSpanned<RawValue>) -> Node {
    let offset = locate(file, start, first_line, &node.referenced);
    let len = u32::try_from(node.referenced.span().len()).unwrap_or(1).max(1);
    let value = match node.value {
        RawValue::Null => Value::Null,
        RawValue::Bool(b) => Value::Bool(b),
        RawValue::Int(i) => Value::Int(i),
        RawValue::Float(f) => Value::Float(f),
        RawValue::Str(s) => Value::Str(s),
        RawValue::Seq(items) => Value::Seq(
            items
                .into_iter()
                .map(|item| convert(file, start, first_line, item))
                .collect(),
        ),
        RawValue::Map(entries) => Value::Map(
            entries
                .into_iter()
                .map(|(k, v)| {
                    (
                        convert(file, start, first_line, k),
                        convert(file, start, first_line, v),
                    )
                })
                .collect(),
        ),
    };
    let len = if matches!(value, Value::Seq(_) | Value::Map(_)) {
        1
    } else {
        len
    };
    Node {
        value,
        pos: file.pos(offset),
        len,
    }
}

/// The tree as serde hands it over, before positions are mapped to the file.
enum RawValue {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<SaphyrSpanned<RawValue>>),
    Map(Vec<(SaphyrSpanned<RawValue>, SaphyrSpanned<RawValue>)>),
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = RawValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<RawValue, E> {
        Ok(RawValue::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<RawValue, E> {
        Ok(RawValue::Int(i128::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<RawValue, E> {
        Ok(RawValue::Int(i128::from(v)))
    }
    fn visit_i128<E>(self, v: i128) -> Result<RawValue, E> {
        Ok(RawValue::Int(v))
    }
    fn visit_u128<E>(self, v: u128) -> Result<RawValue, E> {
        Ok(i128::try_from(v).map_or(RawValue::Float(v as f64), RawValue::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<RawValue, E> {
        Ok(RawValue::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<RawValue, E> {
        Ok(RawValue::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<RawValue, E> {
        Ok(RawValue::Str(v))
    }
    fn visit_char<E>(self, v: char) -> Result<RawValue, E> {
        Ok(RawValue::Str(v.to_string()))
    }
    fn visit_unit<E>(self) -> Result<RawValue, E> {
        Ok(RawValue::Null)
    }
    fn visit_none<E>(self) -> Result<RawValue, E> {
        Ok(RawValue::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<RawValue, D::Error> {
        RawValue::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawValue, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<SaphyrSpanned<RawValue>>()? {
            items.push(item);
        }
        Ok(RawValue::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawValue, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry::<SaphyrSpanned<RawValue>, SaphyrSpanned<RawValue>>()? {
            entries.push(entry);
        }
        Ok(RawValue::Map(entries))
    }
}

// Writing: the drafts and imports write YAML scalars the reader above reads back unchanged.

/// A text as a YAML scalar: plain when YAML reads it back as the same text, else double-quoted.
pub fn scalar(text: &str) -> String {
    if is_plain_safe(text) {
        text.to_owned()
    } else {
        quoted(text)
    }
}

/// A text as a double-quoted YAML scalar.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

static NOT_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            ~ | null | true | false | yes | no | on | off | y | n
          | [-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:e[-+]?\d+)?
          | [-+]?\.(?:inf|nan) | 0x[0-9a-f_]+ | 0o[0-7_]+ | 0b[01_]+
          | \d{4}-\d{1,2}-\d{1,2}.*
        )$",
    )
    .unwrap_or_else(|_| unreachable!())
});

fn is_plain_safe(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    !NOT_TEXT.is_match(text)
        && !first.is_whitespace()
        && !text.ends_with(char::is_whitespace)
        && !"-?:,[]{}#&*!|>'\"%@`".contains(first)
        && !text.contains(": ")
        && !text.ends_with(':')
        && !text.contains(" #")
        && !text.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<Node, Box<Diagnostic>> {
        let file = SourceFile::new("t.yaml", text.to_owned());
        parse(&file, 0, file.text.len())
    }

    #[test]
    fn values_keep_their_positions() {
        let node = parse_str("kind: agenda\ndate: 2026-01-29\nlist:\n  - Åsa\n").ok();
        let Some(Node {
            value: Value::Map(entries),
            ..
        }) = node
        else {
            panic!("expected a mapping");
        };
        assert_eq!(entries[1].1.value, Value::Str("2026-01-29".into()));
        assert_eq!((entries[1].1.pos.line, entries[1].1.pos.column), (2, 7));
        let Value::Seq(items) = &entries[2].1.value else {
            panic!("expected a list");
        };
        assert_eq!((items[0].pos.line, items[0].pos.column), (4, 5));
    }

    #[test]
    fn yes_and_no_stay_text() {
        let node = parse_str("n: yes\n").ok();
        let Some(Node {
            value: Value::Map(entries),
            ..
        }) = node
        else {
            panic!("expected a mapping");
        };
        assert_eq!(entries[0].0.value, Value::Str("n".into()));
        assert_eq!(entries[0].1.value, Value::Str("yes".into()));
    }

    #[test]
    fn syntax_errors_name_line_and_rule() {
        let error = parse_str("a: 1\nb: [1, 2\n").err();
        let error = error.map(|e| (e.rule, e.pos.line));
        assert_eq!(error, Some((Rule::YamlSyntax, 2)));
    }

    #[test]
    fn alias_bombs_and_deep_nesting_are_refused() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
            .iter()
            .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
        {
            bomb.push_str(&format!("{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        assert!(parse_str(&bomb).is_err());
        assert!(parse_str(&format!("a: {}", "[".repeat(10_000))).is_err());
        let deep: String = (0..200).map(|i| format!("{}k:\n", "  ".repeat(i))).collect();
        assert!(parse_str(&deep).is_err());
    }
}
