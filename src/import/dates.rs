//! Dates as Swedish documents write them: `14 mars 2025`, `fredag 14 mars 2025`, `250926`
//! (YYMMDD), `2025-09-26`; times `08.00-10.00`, `kl. 9.30–12`.

use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

pub use crate::format::dates::iso;
pub use crate::swedish::MONTHS;

/// The month (1–12) of a Swedish month name or its usual abbreviation.
pub fn month(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .position(|m| *m == word || (word.len() >= 3 && m.starts_with(&word) && word != "ma"))
        .map(|i| i as u32 + 1)
}

static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b").unwrap_or_else(|_| unreachable!()));
static WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?::[ae])?\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|apr|aug|sept?|okt|nov|dec)\.?\s+(\d{4})\b")
        .unwrap_or_else(|_| unreachable!())
});
/// `12/2 2026`: day, month and year, as many write a date.
static SLASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})/(\d{1,2})(?:\s+|-)(\d{4})\b").unwrap_or_else(|_| unreachable!())
});
/// `3.3.2027`, `03.03.2027`, `3/3/2027`: day, month and year with the same mark between them.
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})([./])(\d{1,2})[./](\d{4})\b").unwrap_or_else(|_| unreachable!())
});
/// `2027.03.03`, `2027/03/03`: the year first, as ISO but with dots or slashes.
static YEAR_FIRST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})[./](\d{2})[./](\d{2})\b").unwrap_or_else(|_| unreachable!()));
/// `27/1-27`: day, month and a two-digit year after a hyphen (the 2000s).
static SLASHED_SHORT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2})/(\d{1,2})-(\d{2})\b").unwrap_or_else(|_| unreachable!()));
/// A date in a file name: `2027-03-03`, `20270303` or `270303`.
static FILE_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{4})-(\d{2})-(\d{2})|(\d{8})|\d{6}").unwrap_or_else(|_| unreachable!()));
static SIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{2})(\d{2})(\d{2})\b").unwrap_or_else(|_| unreachable!()));
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?(?:\s*[-–—]\s*|\s+till\s+)(\d{1,2})(?:[.:](\d{2}))?|\b(heldag|halvdag)\b",
    )
    .unwrap_or_else(|_| unreachable!())
});

/// A date found in a text, with the text it was written as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub date: NaiveDate,
    pub written: String,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
}

/// The first date in a text, in any of the forms.
pub fn find_date(text: &str) -> Option<Found> {
    let mut found: Vec<Found> = Vec::new();
    // Each form with the capture groups of its day, month and year, and whether the month is a
    // name.
    for (regex, day, mon, year, named) in [
        (&*ISO, 3, 2, 1, false),
        (&*WORDS, 1, 2, 3, true),
        (&*SLASHED, 1, 2, 3, false),
        (&*SLASHED_SHORT, 1, 2, 3, false),
        (&*DAY_FIRST, 1, 3, 4, false),
        (&*YEAR_FIRST, 3, 2, 1, false),
    ] {
        for caps in regex.captures_iter(text) {
            // `27/1-28/1` is a span of days, not a short year.
            let after = caps.get(0).and_then(|m| text[m.end()..].chars().next());
            if std::ptr::eq(regex, &*SLASHED_SHORT) && after == Some('/') {
                continue;
            }
            let month = if named {
                month(&caps[mon])
            } else {
                caps[mon].parse().ok()
            };
            let (Some(m), Ok(d), Some(mo), Ok(y)) =
                (caps.get(0), caps[day].parse(), month, caps[year].parse::<i32>())
            else {
                continue;
            };
            let y = if caps[year].len() == 2 { 2000 + y } else { y };
            if let Some(date) = NaiveDate::from_ymd_opt(y, mo, d) {
                found.push(Found {
                    date,
                    written: m.as_str().to_owned(),
                    start: m.start(),
                    end: m.end(),
                });
            }
        }
    }
    if let Some(six) = find_six_digit(text) {
        found.push(six);
    }
    found.into_iter().min_by_key(|f| f.start)
}

/// A date written YYMMDD (`250926`), as the network writes dates in running text.
pub fn find_six_digit(text: &str) -> Option<Found> {
    SIX.captures_iter(text).find_map(|caps| {
        let m = caps.get(0)?;
        // Not part of a longer number, a time or an ISO date.
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        if before.is_some_and(|c| c.is_ascii_digit() || c == '-' || c == '.' || c == ':')
            || after.is_some_and(|c| c.is_ascii_digit() || c == '-')
        {
            return None;
        }
        let y: i32 = caps[1].parse().ok()?;
        let mo: u32 = caps[2].parse().ok()?;
        let d: u32 = caps[3].parse().ok()?;
        let date = NaiveDate::from_ymd_opt(2000 + y, mo, d)?;
        Some(Found {
            date,
            written: m.as_str().to_owned(),
            start: m.start(),
            end: m.end(),
        })
    })
}

/// A date in a file name, when the text and the flags say nothing: `…-2027-03-03.txt`,
/// `…_20270303_v2.docx` (YYYYMMDD), `…-270303.txt` (YYMMDD). The digits must stand apart from
/// other digits, and the date must be a real one; with several dates in the name, none is taken.
pub fn from_file_name(name: &str) -> Option<Found> {
    // The name without its folder and its extension.
    let name = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let mut found: Vec<Found> = Vec::new();
    for caps in FILE_DATE.captures_iter(stem) {
        let Some(m) = caps.get(0) else { continue };
        // Not part of a longer number.
        let before = stem[..m.start()].chars().next_back();
        let after = stem[m.end()..].chars().next();
        if before.is_some_and(|c| c.is_ascii_digit()) || after.is_some_and(|c| c.is_ascii_digit()) {
            continue;
        }
        let date = if let (Some(y), Some(mo), Some(d)) = (caps.get(1), caps.get(2), caps.get(3)) {
            ymd(y.as_str(), mo.as_str(), d.as_str())
        } else if let Some(eight) = caps.get(4) {
            let digits = eight.as_str();
            ymd(&digits[..4], &digits[4..6], &digits[6..])
        } else {
            let digits = m.as_str();
            ymd(&format!("20{}", &digits[..2]), &digits[2..4], &digits[4..])
        };
        found.extend(date.map(|date| Found {
            date,
            written: m.as_str().to_owned(),
            start: m.start(),
            end: m.end(),
        }));
    }
    // Two dates in one name (`protokoll-260310-rev-260312`) do not say which is the meeting's.
    let mut dates = found.iter().map(|f| f.date);
    let first = dates.next()?;
    if dates.any(|d| d != first) {
        return None;
    }
    found.into_iter().next()
}

fn ymd(year: &str, month: &str, day: &str) -> Option<NaiveDate> {
    let y: i32 = year.parse().ok()?;
    // A year far from today's is a number that only looks like a date (`12345678`).
    if !(1990..=2099).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, month.parse().ok()?, day.parse().ok()?)
}

/// A meeting time in a text: `08.00–10.00` (an en dash, as the format writes it) or `heldag`,
/// with the text it was written as. `kl. 9.30–12`, `13:15-16:00` and `09.30 – 12.00` are
/// read; hours without minutes on both sides (`9–15`) only after `kl.` or as the whole text.
pub fn find_time(text: &str) -> Option<(String, String)> {
    for caps in TIME.captures_iter(text) {
        let whole = caps.get(0)?;
        let written = whole.as_str().trim().to_owned();
        if let Some(day) = caps.get(6) {
            return Some((day.as_str().to_lowercase(), written));
        }
        // Not part of a date or a longer number.
        let before = text[..whole.start()].chars().next_back();
        let after = text[whole.end()..].chars().next();
        if before.is_some_and(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.' | ':'))
            || after.is_some_and(|c| c.is_ascii_digit() || matches!(c, '-' | '/'))
        {
            continue;
        }
        let clock = caps.get(1).is_some();
        let (m1, m2) = (caps.get(3), caps.get(5));
        if m1.is_none() && m2.is_none() && !clock && text.trim() != whole.as_str().trim() {
            continue;
        }
        let h1: u32 = caps.get(2)?.as_str().parse().ok()?;
        let h2: u32 = caps.get(4)?.as_str().parse().ok()?;
        let m1 = m1.map(|m| m.as_str()).unwrap_or("00");
        let m2 = m2.map(|m| m.as_str()).unwrap_or("00");
        if h1 > 23 || h2 > 24 || h2 < h1 || m1 > "59" || m2 > "59" {
            continue;
        }
        return Some((format!("{h1:02}.{m1}–{h2:02}.{m2}"), written));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn forms_of_dates() {
        assert_eq!(
            find_date("Datum: 14 mars 2025").map(|f| f.date),
            date(2025, 3, 14)
        );
        assert_eq!(
            find_date("Föregående minnesanteckningar 250926").map(|f| f.date),
            date(2025, 9, 26)
        );
        assert_eq!(
            find_date("den 2026-01-29 kl. 9").map(|f| f.date),
            date(2026, 1, 29)
        );
        assert_eq!(find_date("fredag 3 okt. 2025").map(|f| f.date), date(2025, 10, 3));
        assert_eq!(find_date("telefon 070-123456"), None);
        assert_eq!(find_date("251399"), None);
        assert_eq!(find_date("tis 9/3-26").map(|f| f.date), date(2026, 3, 9));
        assert_eq!(find_date("vecka 9/3-12/3"), None);
        for text in [
            "Datum: 3.3.2027",
            "03.03.2027 kl. 9",
            "den 3/3/2027",
            "2027.03.03",
            "2027/03/03",
        ] {
            assert_eq!(find_date(text).map(|f| f.date), date(2027, 3, 3), "{text}");
        }
        assert_eq!(find_date("version 1.2.2027b"), None);
        assert_eq!(find_date("3.13.2027"), None);
    }

    #[test]
    fn dates_in_file_names() {
        let of = |name: &str| from_file_name(name).map(|f| f.date);
        assert_eq!(of("minnesanteckningar-2027-03-03.txt"), date(2027, 3, 3));
        assert_eq!(of("anteckningar-nbk-270303.txt"), date(2027, 3, 3));
        assert_eq!(of("Protokoll_20270303_slutlig.docx"), date(2027, 3, 3));
        assert_eq!(of("mapp/sn_20270303.txt"), date(2027, 3, 3));
        assert_eq!(of("sn_2027-03-03_v2.txt"), date(2027, 3, 3));
        assert_eq!(
            from_file_name("lvn-270303.txt").map(|f| f.written),
            Some("270303".to_owned())
        );
        // No date, an impossible one, or two that disagree.
        assert_eq!(of("minnesanteckningar.txt"), None);
        assert_eq!(of("anteckningar-271399.txt"), None);
        assert_eq!(of("version-12345678.txt"), None);
        assert_eq!(of("protokoll-260310-rev-260312.txt"), None);
        assert_eq!(of("ärende-1234567.txt"), None);
        assert_eq!(of("2027-03-03-kopia-270303.txt"), date(2027, 3, 3));
    }

    #[test]
    fn times() {
        assert_eq!(
            find_time("Tid: 08.00-10.00").map(|t| t.0),
            Some("08.00–10.00".to_owned())
        );
        assert_eq!(
            find_time("kl. 9.30–12").map(|t| t.0),
            Some("09.30–12.00".to_owned())
        );
        assert_eq!(
            find_time("12 november heldag").map(|t| t.0),
            Some("heldag".to_owned())
        );
        for (text, time) in [
            ("9–15", "09.00–15.00"),
            ("13:15-16:00", "13.15–16.00"),
            ("09.30 – 12.00", "09.30–12.00"),
            ("onsdag 25 mars 2026 kl. 13–15.30", "13.00–15.30"),
            ("Sala, lokal Tingssalen, kl. 13.00–16.10", "13.00–16.10"),
            ("kl 13.00 till 16.00", "13.00–16.00"),
        ] {
            assert_eq!(find_time(text).map(|t| t.0).as_deref(), Some(time), "{text}");
        }
        assert_eq!(find_time("2026-03-18"), None);
        assert_eq!(find_time("vecka 12-14"), None);
        assert_eq!(find_time("från 3 till 5 personer"), None);
        assert_eq!(find_date("Datum: 12/2 2026").map(|f| f.date), date(2026, 2, 12));
    }
}
