//! Item headings as documents number them: `5. Title`, `5) Title`, `5<TAB>Title`, `5 Title`,
//! `Punkt 5 Title`, `Punkt 5 – Title`, `Ärende 5` (the title on the line below), roman numerals (`IV. Title`, `IV TITLE IN CAPITALS`), `5.1 Title` (Word's
//! multilevel numbering), `a) Title`, and a protocol's paragraphs `§ 23 Title`, `§23.`, `23 §
//! Title` (or the number alone, the title on a line below). A heading's other columns are kept (`3<TAB>Title<TAB>Dnr SN
//! 2026/3`); a line with more columns is a table row, and a numbered line that starts with `att`
//! is a clause, not a heading. Other shapes: `5: Title`, `5 – Title`, `5.Title` (when the rest
//! reads as a title), `5.` alone over its title, `(5) Title` and `[5] Title`, and any heading inside emphasis (`**5. Title**`,
//! `## 5. Title`).

use crate::text::fold;
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
    /// `C. Title`, `F2. Title`: items lettered in capitals, a digit after the letter when one
    /// letter's item is split in two (`F1.`, `F2.`); the file numbers them in order.
    Capital(char, Option<u32>),
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
    /// How the document writes a number the file writes in digits (`IV`, `Punkt 5`), so that its
    /// words are accounted for.
    pub written: Option<String>,
    /// A number alone on its line (`4.`): a heading only when a title follows on the next line
    /// (see [`title_below`]).
    pub needs_title_below: bool,
}

/// `§ 23 Title`, also after the body's short name (`VON § 41`, OCR may read `V0N`).
static PARAGRAPH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:([A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,5})\s+)?§\s*(\d{1,3})(?:[.:]?\s+(.*))?$")
        .unwrap_or_else(|_| unreachable!())
});
/// `61 §   Title`: the number before the sign.
static PARAGRAPH_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,3})\s*§(?:\s+(.*))?$").unwrap_or_else(|_| unreachable!()));
/// `Title<TAB>§ 38`: the title on the left and the paragraph's number at the right end of the
/// line (a scan may leave one space between them).
static PARAGRAPH_LAST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\S.*?)\s+§\s*(\d{1,3})$").unwrap_or_else(|_| unreachable!()));
static SUB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})\.(\d{1,2})\.?\s+(.+)$").unwrap_or_else(|_| unreachable!()));
static TOP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2})(?:\s*[.)]\s+|[.)]?\t\s*)(.+)$").unwrap_or_else(|_| unreachable!())
});
/// `5: Title`, `5 – Title`, `5.Title`, `5 | Title` (a form's number cell): other ways of setting a
/// number before a title, read as a heading only when the rest reads as a title.
static TOP_OTHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2})(?:\s*:\s+|\.?\s+[–—|-]\s+|\.)(\p{Lu}.*)$").unwrap_or_else(|_| unreachable!())
});
/// `(5) Title`, `[5] Title`: the number in brackets, read as a heading only when the rest reads
/// as a title.
static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\((\d{1,2})\)|\[(\d{1,2})\])\s+(\S.*)$").unwrap_or_else(|_| unreachable!())
});
/// `5.` or `5)` alone on its line, the title on the next.
static TOP_ALONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})\s*[.)]$").unwrap_or_else(|_| unreachable!()));
/// Markdown or Word emphasis around a heading: `## 4. Title`, `**4. Title**`, `__4. Title__`.
static EMPHASIS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:#{1,6}\s+)?(?:\*\*|__)?(.*?)(?:\*\*|__)?\s*:?$").unwrap_or_else(|_| unreachable!())
});
/// `5 Title`: a number and a space only, read as a heading only when the rest reads as a title.
static TOP_BARE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2}) (\S.*)$").unwrap_or_else(|_| unreachable!()));
/// A word naming an item before its number: `Punkt 5 Title`, `Punkt 5: Title`, `Punkt 5 – Title`,
/// `Ärende 5` alone (the title on the next line).
static POINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:punkt|ärende|dagordningspunkt|paragraf)(?i:\s+nr)?\.?\s+(\d{1,2})(?:(?:\s*[.:)–-]\s*|\s+|\t\s*)(.*))?$")
        .unwrap_or_else(|_| unreachable!())
});
/// `IV. Title`, `IV) Title`, `IV<TAB>Title`, or `IV TITLE` when the title is in capitals.
static ROMAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([IVX]{1,6})(\s*[.)]\s+|[.)]?\t\s*| +)(.+)$").unwrap_or_else(|_| unreachable!())
});
/// `C. Title`, `C) Title`, `F2. Title`: a capital letter (and a digit) before a title.
static CAPITAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Z])([1-9])?(?:\s*[.)]\s+|[.)]?\t\s*)(.+)$").unwrap_or_else(|_| unreachable!())
});
static LETTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([a-z])\s*\)\s+(.+)$").unwrap_or_else(|_| unreachable!()));
/// A clock time in a column of its own before a heading: `09.45<TAB>4. Title`, or in brackets as
/// notes typed during a meeting stamp their lines: `[09.30] Ärende 4 – Title`.
static TIMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(\d{1,2}[.:]\d{2})\t\s*|\[(\d{1,2}[.:]\d{2})\]\s+)(.+)$")
        .unwrap_or_else(|_| unreachable!())
});
/// The bracketed clock time at the start of a line of notes typed during a meeting: `[09.52] `.
static STAMP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[(\d{1,2}[.:]\d{2})\]\s+(\S.*)$").unwrap_or_else(|_| unreachable!()));

/// A line's bracketed clock time and the rest, when the line is stamped and no heading: the
/// stamp says when it was typed, not what it is (`[09.52] Beslut: …`, `[10.25] Paus`).
pub fn stamped(line: &str) -> Option<(&str, &str)> {
    let caps = STAMP.captures(line.trim())?;
    if parse(line).is_some() {
        return None;
    }
    Some((caps.get(1)?.as_str(), caps.get(2)?.as_str()))
}
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
    // `**4. Title**`, `## 4. Title`: the emphasis is no part of the heading.
    if line.starts_with(['#', '*', '_'])
        && let Some(inner) = EMPHASIS.captures(line).and_then(|c| c.get(1))
        && inner.as_str().len() < line.len()
        && !inner.as_str().trim().is_empty()
    {
        let inner = inner.as_str().trim();
        if !inner.starts_with(['#', '*', '_']) {
            return parse(inner);
        }
    }
    // `09.45<TAB>4. Title`: a timed agenda's clock time before the number, kept as a column.
    if let Some(caps) = TIMED.captures(line) {
        let clock = caps.get(1).or_else(|| caps.get(2))?.as_str();
        let rest = caps.get(3)?.as_str();
        // In a column the number follows; in brackets the number or the word before it.
        if caps.get(1).is_some() && !rest.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let mut heading = parse(rest).filter(|h| !matches!(h.number, Number::Letter(_)))?;
        heading.extra.insert(0, clock.to_owned());
        return Some(heading);
    }
    let paragraph = PARAGRAPH
        .captures(line)
        .map(|caps| (caps.get(2), caps.get(3), caps.get(1)))
        .or_else(|| {
            PARAGRAPH_AFTER
                .captures(line)
                .map(|caps| (caps.get(1), caps.get(2), None))
        });
    if let Some((digits, rest, prefix)) = paragraph {
        let n: u32 = digits?.as_str().parse().ok()?;
        let rest = rest.map(|m| m.as_str()).unwrap_or("");
        let (title, extra) = columns(rest)?;
        if !title.is_empty() && !starts_like_title(&title) {
            return None;
        }
        let written = prefix.map(|prefix| format!("{} § {n}", prefix.as_str()));
        return Some(Heading {
            number: Number::Paragraph(n),
            label: format!("§ {n}"),
            title,
            extra,
            written,
            needs_title_below: false,
        });
    }
    if let Some(caps) = PARAGRAPH_LAST.captures(line) {
        let n: u32 = caps[2].parse().ok()?;
        let title = caps[1].trim();
        // `Se beslutet i § 12`: a reference in a sentence, not a title.
        let last = title.rsplit(' ').next().unwrap_or("");
        let refers = matches!(
            fold(last).as_str(),
            "i" | "enligt"
                | "se"
                | "under"
                | "fran"
                | "av"
                | "till"
                | "om"
                | "och"
                | "samt"
                | "jfr"
                | "vid"
                | "pa"
        );
        if refers || !reads_as_title(title) {
            return None;
        }
        return Some(Heading {
            number: Number::Paragraph(n),
            label: format!("§ {n}"),
            title: title.to_owned(),
            extra: Vec::new(),
            written: None,
            needs_title_below: false,
        });
    }
    let mut written = None;
    let (number, label, rest) = if let Some(caps) = SUB.captures(line) {
        let (n, m): (u32, u32) = (caps[1].parse().ok()?, caps[2].parse().ok()?);
        // `2.0 Ekonomi` over `2.1 Budget`: the item itself.
        let number = if m == 0 { Number::Top(n) } else { Number::Sub(n, m) };
        (number, format!("{n}.{m}"), caps.get(3)?.as_str())
    } else if let Some(caps) = TOP_OTHER.captures(line) {
        let n: u32 = caps[1].parse().ok()?;
        let rest = caps.get(2)?.as_str();
        if !reads_as_title(rest) {
            return None;
        }
        (Number::Top(n), n.to_string(), rest)
    } else if let Some(caps) = TOP.captures(line) {
        let n: u32 = caps[1].parse().ok()?;
        (Number::Top(n), n.to_string(), caps.get(2)?.as_str())
    } else if let Some(caps) = BRACKETED.captures(line) {
        let n: u32 = caps.get(2).or_else(|| caps.get(3))?.as_str().parse().ok()?;
        let rest = caps.get(4)?.as_str();
        if !reads_as_title(rest) {
            return None;
        }
        written = Some(caps[1].to_owned());
        (Number::Top(n), n.to_string(), rest)
    } else if let Some(caps) = LETTER.captures(line) {
        let letter = caps[1].chars().next()?;
        (
            Number::Letter(letter),
            format!("{letter})"),
            caps.get(2)?.as_str(),
        )
    } else if let Some(caps) = POINT.captures(line) {
        let n: u32 = caps[1].parse().ok()?;
        let rest = caps.get(2).map_or("", |m| m.as_str());
        written = Some(line[..caps.get(1)?.end()].to_owned());
        // `Ärende 5` alone on its line: the title is on a line below.
        if rest.trim().is_empty() {
            return Some(Heading {
                number: Number::Top(n),
                label: n.to_string(),
                title: String::new(),
                extra: Vec::new(),
                written,
                needs_title_below: false,
            });
        }
        (Number::Top(n), n.to_string(), rest)
    } else if let Some(caps) = ROMAN.captures(line) {
        let n = roman(&caps[1])?;
        let rest = caps.get(3)?.as_str();
        // `I Falun …` is a sentence: after a bare space the title must be in capitals.
        if caps[2].trim().is_empty() && !caps[2].contains('\t') && !in_capitals(rest) {
            return None;
        }
        written = Some(caps[1].to_owned());
        (Number::Top(n), caps[1].to_owned(), rest)
    } else if let Some(caps) = CAPITAL.captures(line) {
        let letter = caps[1].chars().next()?;
        let digit = caps.get(2).and_then(|d| d.as_str().parse().ok());
        let rest = caps.get(3)?.as_str();
        // `E. Karlsson hade förhinder.` is a sentence: a lettered heading reads as a title.
        if !reads_as_title(rest) {
            return None;
        }
        let label = format!(
            "{letter}{}",
            digit.map(|d: u32| d.to_string()).unwrap_or_default()
        );
        written = Some(label.clone());
        (Number::Capital(letter, digit), label, rest)
    } else if let Some(caps) = TOP_ALONE.captures(line) {
        let n: u32 = caps[1].parse().ok()?;
        return Some(Heading {
            number: Number::Top(n),
            label: n.to_string(),
            title: String::new(),
            extra: Vec::new(),
            written: None,
            needs_title_below: true,
        });
    } else if let Some(caps) = TOP_BARE.captures(line) {
        let n: u32 = caps[1].parse().ok()?;
        let rest = caps.get(2)?.as_str();
        if !reads_as_title(rest) {
            return None;
        }
        (Number::Top(n), n.to_string(), rest)
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
        written,
        needs_title_below: false,
    })
}

/// Whether the line after a number alone (`4.`) is its title: a short line that reads as one and
/// is no heading, clause or date itself.
pub fn title_below(next: Option<&str>) -> bool {
    next.map(str::trim).is_some_and(|next| {
        reads_as_title(next) && parse(next).is_none() && crate::import::dates::find_date(next).is_none()
    })
}

/// The value of a roman numeral written the usual way (`IV`, not `IIII`), up to 39.
fn roman(text: &str) -> Option<u32> {
    let value = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        _ => None,
    };
    let digits: Vec<u32> = text.chars().map(value).collect::<Option<_>>()?;
    let mut total = 0;
    for (k, d) in digits.iter().enumerate() {
        match digits.get(k + 1) {
            Some(next) if next > d => total -= *d as i64,
            _ => total += *d as i64,
        }
    }
    let total = u32::try_from(total).ok().filter(|t| (1..40).contains(t))?;
    (to_roman(total) == text).then_some(total)
}

fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for (value, digits) in [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// Letters all in capitals (`ÖVRIGA FRÅGOR`).
pub fn in_capitals(text: &str) -> bool {
    text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
}

/// A short line that is no sentence: `Ekonomi`, `Övriga frågor`, not `3 kommuner deltog.`.
pub fn reads_as_title(text: &str) -> bool {
    let text = text.trim();
    text.starts_with(char::is_uppercase)
        && text.chars().count() <= 120
        && !text.ends_with(['.', ',', ';', ':'])
        && !text.contains(". ")
        && !text.contains('\t')
        && text.split_whitespace().count() <= 15
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
    fn items_lettered_in_capitals() {
        assert_eq!(number("A. Mötets öppnande"), Some(Number::Capital('A', None)));
        assert_eq!(number("C) Budget för nästa år"), Some(Number::Capital('C', None)));
        let split = parse("D2. Lokala rapporter").unwrap_or_else(|| unreachable!());
        assert_eq!(split.number, Number::Capital('D', Some(2)));
        assert_eq!(
            (split.label.as_str(), split.written.as_deref()),
            ("D2", Some("D2"))
        );
        // Roman numerals keep their meaning.
        assert_eq!(number("V. Ekonomi"), Some(Number::Top(5)));
    }

    #[test]
    fn a_forms_number_cell_before_the_title() {
        assert_eq!(
            number("4 | Ekonomiskt bistånd – gemensam tolkning"),
            Some(Number::Top(4))
        );
        assert_eq!(number("4 | och sedan text."), None);
    }

    #[test]
    fn a_bracketed_clock_time_before_a_word_heading() {
        let h = parse("[09.30] Ärende 4 – Länsrutin vid våld i nära relationer");
        assert_eq!(h.as_ref().map(|h| h.number), Some(Number::Top(4)));
        assert_eq!(h.map(|h| h.extra), Some(vec!["09.30".to_owned()]));
        assert!(parse("[10.25] Paus").is_none());
        // Without brackets the number must follow the clock's column.
        assert!(parse("09.30\tÄrende 4 – Title").is_none());
    }

    #[test]
    fn a_timed_agendas_clock_time_is_a_column() {
        let h = parse("13.20\t6. Rapporter från kommunerna");
        assert_eq!(h.as_ref().map(|h| h.number), Some(Number::Top(6)));
        assert_eq!(
            h.as_ref().map(|h| h.title.as_str()),
            Some("Rapporter från kommunerna")
        );
        assert_eq!(h.map(|h| h.extra), Some(vec!["13.20".to_owned()]));
    }

    #[test]
    fn forms_of_headings() {
        assert_eq!(number("5. Övriga frågor"), Some(Number::Top(5)));
        assert_eq!(number("5.\tÖvriga frågor"), Some(Number::Top(5)));
        assert_eq!(number("5\tÖvriga frågor"), Some(Number::Top(5)));
        assert_eq!(number("4.1\tAvvikelser"), Some(Number::Sub(4, 1)));
        assert_eq!(number("4.1 Avvikelser"), Some(Number::Sub(4, 1)));
        assert_eq!(number("4.0 Avvikelser"), Some(Number::Top(4)));
        assert_eq!(number("1.0 procent av budgeten"), None);
        assert_eq!(number("b) Skyddat boende"), Some(Number::Letter('b')));
        assert_eq!(number("§ 23 Val av justerare"), Some(Number::Paragraph(23)));
        assert_eq!(number("§ 23"), Some(Number::Paragraph(23)));
        let prefixed = parse("VON § 41   Dnr VON 2026/0007").unwrap_or_else(|| unreachable!());
        assert_eq!(prefixed.label, "§ 41");
        assert_eq!(prefixed.written.as_deref(), Some("VON § 41"));
        assert_eq!(prefixed.extra, vec!["Dnr VON 2026/0007".to_owned()]);
        assert_eq!(number("Vi § 3 gick"), None);
        assert_eq!(number("5) Övriga frågor"), Some(Number::Top(5)));
        assert_eq!(number("5 Övriga frågor"), Some(Number::Top(5)));
        assert_eq!(number("Punkt 5 Övriga frågor"), Some(Number::Top(5)));
        assert_eq!(number("Punkt 5: Övriga frågor"), Some(Number::Top(5)));
        let dashed = parse("Punkt 4 – Analys av vårdtider (beslutsärende)").unwrap_or_else(|| unreachable!());
        assert_eq!(dashed.title, "Analys av vårdtider (beslutsärende)");
        assert_eq!(dashed.written.as_deref(), Some("Punkt 4"));
        let alone = parse("Ärende 4").unwrap_or_else(|| unreachable!());
        assert_eq!((alone.number, alone.title.as_str()), (Number::Top(4), ""));
        let after = parse("61 §   Val av justerare").unwrap_or_else(|| unreachable!());
        assert_eq!(
            (after.number, after.label.as_str()),
            (Number::Paragraph(61), "§ 61")
        );
        assert_eq!(after.title, "Val av justerare");
        assert_eq!(number("§1. Mötets öppnande"), Some(Number::Paragraph(1)));
        let right = parse("Val av justerare\t§ 7").unwrap_or_else(|| unreachable!());
        assert_eq!(
            (right.label.as_str(), right.title.as_str()),
            ("§ 7", "Val av justerare")
        );
        assert_eq!(
            number("Avtal med regionen om tolkar  § 12"),
            Some(Number::Paragraph(12))
        );
        assert_eq!(number("IV. Ekonomi"), Some(Number::Top(4)));
        assert_eq!(number("IX ÖVRIGA FRÅGOR"), Some(Number::Top(9)));
        assert_eq!(
            parse("XII) Ekonomi").and_then(|h| h.written),
            Some("XII".to_owned())
        );
        let case_first = parse("§ 14\tDnr SN 2026/33").unwrap_or_else(|| unreachable!());
        assert_eq!(case_first.title, "");
        assert_eq!(case_first.extra, ["Dnr SN 2026/33"]);
        let h = parse("3\tSocialchefen informerar\tDnr SN 2026/3");
        assert_eq!(h.map(|h| h.extra), Some(vec!["Dnr SN 2026/3".to_owned()]));
    }

    #[test]
    fn numbers_in_brackets() {
        let round = parse("(4) Budget för hösten (dialog)").unwrap_or_else(|| unreachable!());
        assert_eq!(
            (round.number, round.title.as_str()),
            (Number::Top(4), "Budget för hösten (dialog)")
        );
        assert_eq!(round.written.as_deref(), Some("(4)"));
        let square = parse("[12] Övrigt").unwrap_or_else(|| unreachable!());
        assert_eq!(
            (square.number, square.written.as_deref()),
            (Number::Top(12), Some("[12]"))
        );
        assert_eq!(number("(2) att anta planen"), None);
        assert_eq!(number("[3] Se bilagan. Den kom i går."), None);
    }

    #[test]
    fn headings_known_by_their_shape() {
        for (line, n, title) in [
            ("**4. Ekonomi**", 4, "Ekonomi"),
            ("## 4. Ekonomi", 4, "Ekonomi"),
            ("__Punkt 4: Ekonomi__", 4, "Ekonomi"),
            ("4: Ekonomi", 4, "Ekonomi"),
            ("4 – Ekonomi", 4, "Ekonomi"),
            ("4. – Ekonomi", 4, "Ekonomi"),
            ("4.Ekonomi", 4, "Ekonomi"),
            ("Ärende nr 4 – Ekonomi", 4, "Ekonomi"),
            ("Punkt 4: Ekonomi", 4, "Ekonomi"),
            ("Paragraf 4. Ekonomi", 4, "Ekonomi"),
        ] {
            let h = parse(line);
            assert_eq!(
                h.as_ref().map(|h| (h.number, h.title.as_str())),
                Some((Number::Top(n), title)),
                "{line}"
            );
        }
        let alone = parse("4.").unwrap_or_else(|| unreachable!());
        assert!(alone.needs_title_below && alone.title.is_empty());
        assert!(title_below(Some("Ekonomi och budget")));
        assert!(!title_below(Some("att godkänna budgeten")));
        assert!(!title_below(Some("Budgeten godkändes. Den gäller från mars.")));
        assert!(!title_below(Some("14 mars 2027")));
        assert!(!title_below(Some("5. Övrigt")));
        assert!(!title_below(None));
    }

    #[test]
    fn clauses_rows_and_prose_are_no_headings() {
        assert_eq!(number("4: 3 kommuner deltog."), None);
        assert_eq!(number("13: att godkänna"), None);
        assert_eq!(number("4 – att godkänna"), None);
        assert_eq!(number("4 - Kommunerna redovisade läget. Alla deltog."), None);
        assert_eq!(number("**Beslut:**"), None);
        assert_eq!(number("4"), None);
        assert_eq!(number("13.15"), None);
        assert_eq!(number("1. att godkänna uppföljningen,"), None);
        assert_eq!(number("5\tTa fram en plan\tIngela Sundin\t2026-05-29"), None);
        assert_eq!(number("1 800 medarbetare"), None);
        assert_eq!(number("2026-03-18"), None);
        assert_eq!(number("§§ 23–33"), None);
        assert_eq!(number("Paragrafer: 61–71 §§"), None);
        assert_eq!(number("Ärende 4 behandlades först."), None);
        assert_eq!(number("3 Kommuner deltog i arbetet."), None);
        assert_eq!(number("I Falun pågår ett arbete"), None);
        assert_eq!(number("IIII. Ekonomi"), None);
        assert_eq!(number("E. Karlsson hade förhinder."), None);
        assert_eq!(number("B.Ekonomi"), None);
        assert_eq!(number("1) att godkänna dagordningen"), None);
        assert_eq!(number("Frågan behandlades. Se vidare  § 12"), None);
        assert_eq!(number("enligt beslutet i § 12"), None);
        assert_eq!(number("Se beslutet i § 12"), None);
    }
}
