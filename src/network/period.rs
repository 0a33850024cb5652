//! A time a role or function is held: from a date, until a date, or a calendar year. Open at
//! either end when the documents do not say.

use crate::schema::{Fields, Reader};
use chrono::{Datelike, NaiveDate};
use std::fmt;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Period {
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

impl Period {
    /// The keys a period is written with.
    pub const KEYS: &'static [&'static str] = &["from", "until", "year"];

    /// Reads `year:`, or `from:` and `until:`, from a mapping; both is a finding.
    pub fn read(r: &mut Reader, fields: &Fields) -> Period {
        let from = r.opt_date(fields, "from").map(|d| d.value);
        let until = r.opt_date(fields, "until").map(|d| d.value);
        let Some(node) = fields.get("year") else {
            return Period { from, until };
        };
        let year = match &node.value {
            crate::yaml::Value::Int(y) => i32::try_from(*y).ok(),
            _ => None,
        };
        let whole = year.and_then(|y| {
            Some((
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
            ))
        });
        match whole {
            Some(_) if from.is_some() || until.is_some() => {
                r.invalid(
                    crate::rule::Rule::InvalidValue,
                    node,
                    "`year` together with `from` or `until`".to_owned(),
                    Some("write either `year: 2026` or `from:`/`until:` dates".to_owned()),
                );
                Period { from, until }
            }
            Some((first, last)) => Period {
                from: Some(first),
                until: Some(last),
            },
            None => {
                r.wrong_type(node, "year", "a year such as 2026");
                Period::default()
            }
        }
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.until.is_none_or(|u| date <= u)
    }

    pub fn overlaps(&self, other: &Period) -> bool {
        let starts_before_other_ends = match (self.from, other.until) {
            (Some(f), Some(u)) => f <= u,
            _ => true,
        };
        let other_starts_before_this_ends = match (other.from, self.until) {
            (Some(f), Some(u)) => f <= u,
            _ => true,
        };
        starts_before_other_ends && other_starts_before_this_ends
    }

    pub fn is_unbounded(&self) -> bool {
        self.from.is_none() && self.until.is_none()
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.from, self.until) {
            (Some(a), Some(b))
                if a.month() == 1
                    && a.day() == 1
                    && b.month() == 12
                    && b.day() == 31
                    && a.year() == b.year() =>
            {
                write!(f, "{}", a.year())
            }
            (Some(a), Some(b)) => write!(f, "{a} – {b}"),
            (Some(a), None) => write!(f, "from {a}"),
            (None, Some(b)) => write!(f, "until {b}"),
            (None, None) => f.write_str("any time"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn periods_contain_and_overlap() {
        let y2026 = Period {
            from: Some(day("2026-01-01")),
            until: Some(day("2026-12-31")),
        };
        assert!(y2026.contains(day("2026-01-29")));
        assert!(!y2026.contains(day("2025-11-21")));
        let open = Period {
            from: Some(day("2026-06-01")),
            until: None,
        };
        assert!(y2026.overlaps(&open));
        assert!(
            !Period {
                from: None,
                until: Some(day("2025-12-31"))
            }
            .overlaps(&y2026)
        );
        assert_eq!(y2026.to_string(), "2026");
    }
}
