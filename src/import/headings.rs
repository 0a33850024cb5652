//! Item headings as documents number them: `5. Title`, `5<TAB>Title`, `5.1 Title` (Word's
//! multilevel numbering), `a) Title`, and a protocol's paragraphs `§ 23 Title` (or `§ 23` alone,
//! the title on a line below). A heading's other columns are kept (`3<TAB>Title<TAB>Dnr SN
//! 2026/3`); a line with more columns is a table row, and a numbered line that starts with `att`
//! is a clause, not a heading.

use regex::Regex;
use std::sync::LazyLock;

/// How a heading is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Number {
    /// `5.` or `5<TAB>`
    Top(u32),
    /// `5.1`
    Sub(u32, u32),
    /// `a)`
    Letter(char),
    /// `§ 23`
    Paragraph(u32),
}

/// A heading line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub number: Number,
    /// The number as the document writes it: `5`, `5.1`, `a)`, `§ 23`.
    pub label: String,
    /// The title; empty for `§ 23` alone on its line.
    pub title: String,
    /// Other columns of the line (`Dnr SN 2026/3`).
    pub extra: Vec<String>,
}

static PARAGRAPH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^§\s*(\d{1,3})(?:[.:]?\s+(.*))?$").unwrap_or_else(|_| unreachable!()));
static SUB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})\.(\d{1,2})\.?\s+(.+)$").unwrap_or_else(|_| unreachable!()));
static TOP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})(?:\s*\.\s+|\.?\t\s*)(.+)$").unwrap_or_else(|_| unreachable!()));
static LETTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([a-z])\s*\)\s+(.+)$").unwrap_or_else(|_| unreachable!()));
/// A case number in a heading's column: `Dnr SN 2026/3`.
static CASE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:dnr|diarienr|diarienummer|ärendenr)\b").unwrap_or_else(|_| unreachable!())
});

/// Whether a line is a case number line (`Dnr SN 2026/12`).
pub fn is_case_number(text: &str) -> bool {
    CASE_NUMBER.is_match(text.trim())
}

/// Reads a line as a heading, when it is written like one. Whether it fits the numbering so far
/// is for the caller to decide.
pub fn parse(line: &str) -> Option<Heading> {
    let line = line.trim();
    if let Some(caps) = PARAGRAPH.captures(line) {
        let n: u32 = caps[1].parse().ok()?;
        let rest = caps.get(2).map(|m| m.as_str()).unwrap_or("");
        let (title, extra) = columns(rest)?;
        if !title.is_empty() && !starts_like_title(&title) {
            return None;
        }
        return Some(Heading {
            number: Number::Paragraph(n),
            label: format!("§ {n}"),
            title,
            extra,
        });
    }
    let (number, label, rest) = if let Some(caps) = SUB.captures(line) {
        let (n, m): (u32, u32) = (caps[1].parse().ok()?, caps[2].parse().ok()?);
        (Number::Sub(n, m), format!("{n}.{m}"), caps.get(3)?.as_str())
    } else if let Some(caps) = TOP.captures(line) {
        let n: u32 = caps[1].parse().ok()?;
        (Number::Top(n), n.to_string(), caps.get(2)?.as_str())
    } else if let Some(caps) = LETTER.captures(line) {
        let letter = caps[1].chars().next()?;
        (
            Number::Letter(letter),
            format!("{letter})"),
            caps.get(2)?.as_str(),
        )
    } else {
        return None;
    };
    let (title, extra) = columns(rest)?;
    if !starts_like_title(&title) || title.chars().count() >= 200 {
        return None;
    }
    Some(Heading {
        number,
        label,
        title,
        extra,
    })
}

/// A title starts with a capital, a digit or a quotation mark; `att …` is a clause.
fn starts_like_title(title: &str) -> bool {
    title
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '”' | '"' | '’' | '\'' | '§'))
}

/// The title and the other columns; `None` when the other columns are more than a case number
/// (a table row).
fn columns(rest: &str) -> Option<(String, Vec<String>)> {
    let mut cells = rest.split('\t').map(str::trim).filter(|c| !c.is_empty());
    let title = cells.next().unwrap_or("").to_owned();
    let mut extra: Vec<String> = cells.map(str::to_owned).collect();
    if extra.iter().any(|c| !is_case_number(c)) {
        return None;
    }
    // `§ 14  Dnr SN 2026/33` with the title on the line below: no title on this line.
    if is_case_number(&title) {
        extra.insert(0, title);
        return Some((String::new(), extra));
    }
    Some((title, extra))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(line: &str) -> Option<Number> {
        parse(line).map(|h| h.number)
    }

    #[test]
    fn forms_of_headings() {
        assert_eq!(number("5. Övriga frågor"), Some(Number::Top(5)));
        assert_eq!(number("5.\tÖvriga frågor"), Some(Number::Top(5)));
        assert_eq!(number("5\tÖvriga frågor"), Some(Number::Top(5)));
        assert_eq!(number("4.1\tAvvikelser"), Some(Number::Sub(4, 1)));
        assert_eq!(number("4.1 Avvikelser"), Some(Number::Sub(4, 1)));
        assert_eq!(number("b) Skyddat boende"), Some(Number::Letter('b')));
        assert_eq!(number("§ 23 Val av justerare"), Some(Number::Paragraph(23)));
        assert_eq!(number("§ 23"), Some(Number::Paragraph(23)));
        let case_first = parse("§ 14\tDnr SN 2026/33").unwrap_or_else(|| unreachable!());
        assert_eq!(case_first.title, "");
        assert_eq!(case_first.extra, ["Dnr SN 2026/33"]);
        let h = parse("3\tSocialchefen informerar\tDnr SN 2026/3");
        assert_eq!(h.map(|h| h.extra), Some(vec!["Dnr SN 2026/3".to_owned()]));
    }

    #[test]
    fn clauses_rows_and_prose_are_no_headings() {
        assert_eq!(number("1. att godkänna uppföljningen,"), None);
        assert_eq!(number("5\tTa fram en plan\tIngela Sundin\t2026-05-29"), None);
        assert_eq!(number("1 800 medarbetare"), None);
        assert_eq!(number("2026-03-18"), None);
        assert_eq!(number("§§ 23–33"), None);
    }
}
