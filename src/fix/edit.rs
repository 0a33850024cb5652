//! A fix as data: the edits that repair one finding, attached to its [`Diagnostic`]
//! (crate::diagnostic::Diagnostic) so that `check --fix` applies them, `--diff` shows them, and
//! the JSON and SARIF reports carry them.

use crate::model::ItemNumber;
use crate::source::SourceFile;
use crate::span::Pos;
use chrono::NaiveDate;
use std::ops::Range;

/// Bytes of the file's decoded text (`\n` line endings, no byte-order mark) and what replaces
/// them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Edit {
    pub range: Range<usize>,
    pub replacement: String,
    /// Where the range starts and ends as lines and columns, for reports (SARIF's `fixes`);
    /// `None` for edits made on a text outside a report.
    pub region: Option<(Pos, Pos)>,
}

impl Edit {
    /// An edit of a file, with its region.
    pub fn at(file: &SourceFile, range: Range<usize>, replacement: impl Into<String>) -> Edit {
        Edit {
            region: Some((file.pos(range.start), file.pos(range.end))),
            range,
            replacement: replacement.into(),
        }
    }
}

/// An item that a fix renumbers: references to it, in this file and others, follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Move {
    /// The meeting the item belongs to.
    pub date: NaiveDate,
    pub from: ItemNumber,
    pub to: ItemNumber,
}

/// What repairs one finding.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Fix {
    /// Edits in the finding's own file, not overlapping, in order.
    pub edits: Vec<Edit>,
    /// Items renumbered; empty for every fix but the numbering's.
    pub moves: Vec<Move>,
}

impl Fix {
    /// Replaces a byte range of a file.
    pub fn replace(file: &SourceFile, range: Range<usize>, replacement: impl Into<String>) -> Fix {
        Fix {
            edits: vec![Edit::at(file, range, replacement)],
            moves: Vec::new(),
        }
    }

    /// Replaces a byte range only when the file holds `expected` there: a fix made from a value
    /// the parser changed (collapsed, trimmed) is no fix.
    pub fn replace_checked(
        file: &SourceFile,
        start: usize,
        expected: &str,
        replacement: impl Into<String>,
    ) -> Option<Fix> {
        let end = start.checked_add(expected.len())?;
        (file.text.get(start..end) == Some(expected)).then(|| Fix::replace(file, start..end, replacement))
    }

    /// Replaces a whole line (1-based, without its newline).
    pub fn line(file: &SourceFile, line: u32, replacement: impl Into<String>) -> Option<Fix> {
        let start = file.line_start(line)?;
        let text = file.line_text(line)?;
        Some(Fix::replace(file, start..start + text.len(), replacement))
    }

    /// The byte range the fix touches, from its first edit to its last.
    pub fn span(&self) -> Option<Range<usize>> {
        let start = self.edits.iter().map(|e| e.range.start).min()?;
        let end = self.edits.iter().map(|e| e.range.end).max()?;
        Some(start..end)
    }
}

/// Applies edits to a text. Edits are sorted by where they start; an edit that overlaps one
/// before it, or falls outside the text or inside a character, makes the whole call fail.
pub fn apply(text: &str, edits: &[&Edit]) -> Option<String> {
    let mut sorted: Vec<&Edit> = edits.to_vec();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for edit in sorted {
        if edit.range.start < at || edit.range.end < edit.range.start {
            return None;
        }
        out.push_str(text.get(at..edit.range.start)?);
        text.get(edit.range.clone())?;
        out.push_str(&edit.replacement);
        at = edit.range.end;
    }
    out.push_str(text.get(at..)?);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(range: Range<usize>, replacement: &str) -> Edit {
        Edit {
            range,
            replacement: replacement.to_owned(),
            region: None,
        }
    }

    #[test]
    fn edits_apply_in_order_of_position() {
        let a = edit(6..9, "xyz");
        let b = edit(0..1, "A");
        assert_eq!(apply("abcdefghi", &[&a, &b]).as_deref(), Some("Abcdefxyz"));
    }

    #[test]
    fn overlapping_or_broken_edits_apply_nothing() {
        let a = edit(0..4, "x");
        let b = edit(2..5, "y");
        assert_eq!(apply("abcdef", &[&a, &b]), None);
        assert_eq!(apply("abc", &[&edit(2..9, "x")]), None);
        // Inside the two bytes of `ä`.
        assert_eq!(apply("ä", &[&edit(1..2, "x")]), None);
    }

    #[test]
    fn a_checked_replacement_needs_the_expected_text() {
        let file = SourceFile::new("a.md", "Senast: 260115.\n".to_owned());
        assert!(Fix::replace_checked(&file, 8, "260115", "2026-01-15").is_some());
        assert!(Fix::replace_checked(&file, 8, "260116", "2026-01-15").is_none());
        let line = Fix::line(&file, 1, "x").and_then(|f| f.span());
        assert_eq!(line, Some(0..15));
    }
}
