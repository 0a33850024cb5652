//! The one place YAML is read. Front matter and network files go through the event parser of
//! `granit-parser` (maintained, safe Rust, fuzzed, a span on every event) straight into a small
//! tree of [`Node`]s that carry their positions, so that every later finding can name
//! `path:line:col`. The tree is built here, not through serde: that halves the cost of reading a
//! front matter, and lets this module hold the input budgets (nesting, aliases, values, text) and
//! say in plain words which one a file broke.

mod block;
mod budget;
mod resolve;
mod syntax;
mod tree;
mod write;

pub use budget::Limits;
pub use write::{quoted, scalar};

use crate::diagnostic::Diagnostic;
use crate::rule::Rule;
use crate::source::SourceFile;
use crate::span::Pos;

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

impl Node {
    /// The value as JSON (keys that are not text written as text), for a JSON Schema to judge.
    pub fn to_json(&self) -> serde_json::Value {
        match &self.value {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Int(i) => {
                i64::try_from(*i).map_or_else(|_| serde_json::Value::String(i.to_string()), |n| n.into())
            }
            Value::Float(f) => {
                serde_json::Number::from_f64(*f).map_or(serde_json::Value::Null, serde_json::Value::Number)
            }
            Value::Str(s) => serde_json::Value::String(s.clone()),
            Value::Seq(items) => serde_json::Value::Array(items.iter().map(Node::to_json).collect()),
            Value::Map(entries) => serde_json::Value::Object(
                entries
                    .iter()
                    .map(|(k, v)| {
                        let key = match &k.value {
                            Value::Str(s) => s.clone(),
                            _ => k.to_json().to_string(),
                        };
                        (key, v.to_json())
                    })
                    .collect(),
            ),
        }
    }
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
    parse_with(file, start, end, &Limits::DEFAULT)
}

/// [`parse`] within other limits (tests use small ones).
pub fn parse_with(
    file: &SourceFile,
    start: usize,
    end: usize,
    limits: &Limits,
) -> Result<Node, Box<Diagnostic>> {
    let yaml = file.text.get(start..end).unwrap_or("");
    let first = file.pos(start);
    let origin = tree::Origin {
        offset: first.offset,
        line: first.line,
        column: first.column,
    };
    tree::build(yaml, origin, limits).map_err(|problem| {
        Box::new(
            file.diag_at(Rule::YamlSyntax, problem.offset, problem.message)
                .with_help(problem.help),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<Node, Box<Diagnostic>> {
        let file = SourceFile::new("t.yaml", text.to_owned());
        parse(&file, 0, file.text.len())
    }

    fn entries(node: Option<Node>) -> Vec<(Node, Node)> {
        match node {
            Some(Node {
                value: Value::Map(entries),
                ..
            }) => entries,
            other => panic!("expected a mapping, got {other:?}"),
        }
    }

    fn message(text: &str) -> String {
        parse_str(text).err().map(|d| d.message).unwrap_or_default()
    }

    #[test]
    fn values_keep_their_positions() {
        let entries = entries(parse_str("kind: agenda\ndate: 2026-01-29\nlist:\n  - Åsa\n").ok());
        assert_eq!(entries[1].1.value, Value::Str("2026-01-29".into()));
        assert_eq!((entries[1].1.pos.line, entries[1].1.pos.column), (2, 7));
        assert_eq!(entries[1].1.len, 10);
        let Value::Seq(items) = &entries[2].1.value else {
            panic!("expected a list");
        };
        assert_eq!((items[0].pos.line, items[0].pos.column), (4, 5));
    }

    #[test]
    fn positions_are_mapped_to_the_whole_file() {
        let file = SourceFile::new("m.md", "---\nkind: agenda\nplace: \"Åre\"\n---\n".to_owned());
        let root = parse(&file, 4, 31).ok();
        let entries = entries(root);
        assert_eq!(entries[1].1.value, Value::Str("Åre".into()));
        assert_eq!((entries[1].1.pos.line, entries[1].1.pos.column), (3, 8));
        // The caret covers the quotes.
        assert_eq!(entries[1].1.len, 5);
    }

    #[test]
    fn scalars_are_resolved_by_the_core_schema_with_strict_booleans() {
        let entries = entries(
            parse_str("a: yes\nb: true\nc: 1\nd: 1.5\ne: ~\nf: '1'\ng: !!str 2\nh: 09.30–12.00\ni:\n").ok(),
        );
        let values: Vec<&Value> = entries.iter().map(|(_, v)| &v.value).collect();
        assert_eq!(
            values,
            vec![
                &Value::Str("yes".into()),
                &Value::Bool(true),
                &Value::Int(1),
                &Value::Float(1.5),
                &Value::Null,
                &Value::Str("1".into()),
                &Value::Str("2".into()),
                &Value::Str("09.30–12.00".into()),
                &Value::Null,
            ]
        );
    }

    #[test]
    fn aliases_repeat_their_anchor_and_merge_keys_merge() {
        let entries = entries(parse_str("base: &b {x: 1, y: 2}\ncopy: *b\nmore:\n  <<: *b\n  y: 3\n").ok());
        assert_eq!(entries[1].1.value, entries[0].1.value);
        // The alias is placed where it is written.
        assert_eq!((entries[1].1.pos.line, entries[1].1.pos.column), (2, 7));
        let Value::Map(more) = &entries[2].1.value else {
            panic!("expected a mapping");
        };
        let pairs: Vec<(&Value, &Value)> = more.iter().map(|(k, v)| (&k.value, &v.value)).collect();
        assert_eq!(
            pairs,
            vec![
                (&Value::Str("y".into()), &Value::Int(3)),
                (&Value::Str("x".into()), &Value::Int(1)),
            ]
        );
    }

    #[test]
    fn syntax_errors_name_line_and_rule() {
        let error = parse_str("a: 1\nb: [1, 2\n").err();
        let error = error.map(|e| (e.rule, e.pos.line, e.message.starts_with("invalid YAML")));
        assert_eq!(error, Some((Rule::YamlSyntax, 2, true)));
    }

    #[test]
    fn syntax_messages_are_plain_words() {
        assert_eq!(
            message("place: \"Teams\nroom: 2\n"),
            "invalid YAML on line 1: a quoted value is not closed"
        );
        assert_eq!(
            message("chair: [Anna Ek\nroom: 2\n"),
            "invalid YAML on line 2: a `: ` where no key can start (text with `: ` in it must be quoted); is the `[` on line 1 closed?"
        );
        assert_eq!(
            message("chair: [Anna Ek\n"),
            "invalid YAML on line 1: a `[` list is not closed with `]`"
        );
        assert_eq!(
            message("a: *nowhere\n"),
            "invalid YAML on line 1: the alias `*nowhere` names no anchor (`&nowhere`) written before it"
        );
    }

    #[test]
    fn duplicate_keys_are_refused_at_the_second() {
        let error = parse_str("kind: agenda\ndate: 2026-01-29\nkind: minutes\n").err();
        assert_eq!(
            error.as_ref().map(|e| (e.pos.line, e.message.as_str())),
            Some((
                3,
                "the key `kind` appears twice in one mapping; the first is on line 1"
            ))
        );
        // Many keys: the same answer without comparing every pair.
        let mut many: String = (0..500).map(|i| format!("k{i}: {i}\n")).collect();
        many.push_str("k7: again\n");
        let error = parse_str(&many).err();
        assert_eq!(
            error.as_ref().map(|e| (e.pos.line, e.message.as_str())),
            Some((
                501,
                "the key `k7` appears twice in one mapping; the first is on line 8"
            ))
        );
    }

    #[test]
    fn every_budget_is_refused_in_plain_words() {
        let small = Limits {
            depth: 3,
            aliases: 3,
            anchors: 2,
            values: 20,
            repeated: 4,
            text_bytes: 40,
        };
        let refuse = |text: &str| {
            let file = SourceFile::new("t.yaml", text.to_owned());
            parse_with(&file, 0, file.text.len(), &small)
                .err()
                .map(|d| d.message)
                .unwrap_or_default()
        };
        assert_eq!(refuse("a: [[[1]]]\n"), "nesting deeper than 3 levels");
        assert_eq!(
            refuse("a: &x 1\nb: *x\nc: *x\nd: *x\ne: *x\n"),
            "more than 3 aliases (`*name`)"
        );
        assert_eq!(
            refuse("a: &x [1, 2]\nb: *x\nc: *x\n"),
            "aliases repeat more than 4 values"
        );
        assert_eq!(
            refuse("a: &x 1\nb: &y 2\nc: &z 3\n"),
            "more than 2 anchors (`&name`)"
        );
        assert_eq!(
            refuse("a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]\n"),
            "more than 20 values, counting those aliases repeat"
        );
        assert_eq!(
            refuse("a: 0123456789012345678901234567890123456789\n"),
            "more than 40 bytes of text in values, counting what aliases repeat"
        );
        assert_eq!(
            refuse("a: 1\n---\nb: 2\n"),
            "a second YAML document starts here; a file holds one"
        );
        assert_eq!(
            refuse("a: &x [*x]\n"),
            "the alias `*x` stands inside the value it names, which would repeat without end"
        );
        assert_eq!(
            refuse("a:\n  <<: 1\n"),
            "`<<` merges a mapping or a list of mappings into this one, not a number"
        );
        // The default limits in words.
        assert_eq!(
            message(&format!("a: {}", "[".repeat(10_000))),
            "nesting deeper than 24 levels"
        );
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
        assert_eq!(message(&bomb), "aliases repeat more than 50,000 values");
        let many: String = std::iter::once("a: &a x\n".to_owned())
            .chain((0..101).map(|i| format!("b{i}: *a\n")))
            .collect();
        assert_eq!(message(&many), "more than 100 aliases (`*name`)");
        let mut wide = String::from("a: &a [");
        wide.push_str(&"x, ".repeat(5_000));
        wide.push_str("x]\n");
        for i in 0..20 {
            wide.push_str(&format!("b{i}: *a\n"));
        }
        assert_eq!(message(&wide), "aliases repeat more than 50,000 values");
        // Without aliases, a long list is no threat: its values are its text.
        let long = format!("a: [{}x]\n", "x, ".repeat(100_000));
        assert!(parse_str(&long).is_ok());
        let deep: String = (0..200).map(|i| format!("{}k:\n", "  ".repeat(i))).collect();
        assert_eq!(message(&deep), "nesting deeper than 24 levels");
    }
}
