//! Writing: the drafts and imports write YAML scalars that the reader reads back unchanged.

use regex::Regex;
use std::sync::LazyLock;

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
    use crate::source::SourceFile;
    use crate::yaml::{Value, parse};

    /// What the reader makes of `key: <written>`.
    fn read_back(written: &str) -> Option<Value> {
        let file = SourceFile::new("t.yaml", format!("key: {written}\n"));
        match parse(&file, 0, file.text.len()).ok()?.value {
            Value::Map(mut entries) => entries.pop().map(|(_, v)| v.value),
            _ => None,
        }
    }

    #[test]
    fn written_scalars_read_back_as_the_same_text() {
        for text in [
            "Länschefsnätverket",
            "yes",
            "1",
            "09.30",
            "2026-01-29",
            "a: b",
            "# not a comment",
            "- not a list",
            "\"quoted\"",
            "tab\there",
            "line\nbreak",
            "",
            " padded ",
            "~",
        ] {
            assert_eq!(
                read_back(&scalar(text)),
                Some(Value::Str(text.to_owned())),
                "{text:?}"
            );
        }
        assert_eq!(scalar("Stångslet"), "Stångslet");
        assert_eq!(scalar("yes"), "\"yes\"");
    }
}
