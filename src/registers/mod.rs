//! The registers members consult between meetings, read from the minutes and agendas: open
//! assignments ([`todo`]), the decision register ([`decisions`]), a matter across meetings
//! ([`history`]) and who came ([`attendance`]).
//!
//! Each register builds plain rows from a [`Repository`]; the commands choose the format.

pub mod attendance;
pub mod decisions;
pub mod history;
pub mod todo;

use crate::cli::Global;
use crate::extract::Need;
use crate::msg;
use crate::repo::{Load, LoadOptions, Repository};
use anyhow::Result;
use chrono::NaiveDate;

/// Reads the meetings folder for a register, without running the lint rules. A file that
/// cannot be read or understood stops the register (exit 2) before it prints anything.
/// `keep_prose`: keep the prose under items, for what shows it (the site); `need`: what the
/// command reads of each meeting.
pub fn load(global: &Global, include_drafts: bool, keep_prose: bool, need: Need) -> Result<Load> {
    let root = global.meetings_root()?;
    let mut load = Repository::load(
        &root,
        LoadOptions {
            include_drafts,
            keep_prose,
            use_cache: global.use_cache(),
            need,
            ..LoadOptions::default()
        },
    )?;
    load.quiet = global.quiet;
    Ok(load)
}

/// Parses a `YYYY-MM-DD` command-line argument.
pub fn parse_date_arg(text: &str) -> Result<NaiveDate, String> {
    crate::schema::parse_date(text.trim())
        .map_err(|why| msg!("date-arg-invalid", text = text, why = crate::i18n::date_why(why)))
}

/// Up to `n` candidates close to `needle`, nearest first, as `` `a`, `b` ``; empty when none is
/// close.
pub fn nearest_names<'a, I>(needle: &str, candidates: I, n: usize) -> Vec<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let mut pool: Vec<&'a str> = candidates.into_iter().collect();
    pool.sort_unstable();
    pool.dedup();
    let mut found = Vec::new();
    while found.len() < n {
        let Some(best) = crate::text::nearest(needle, pool.iter().copied()) else {
            break;
        };
        found.push(best);
        pool.retain(|c| *c != best);
    }
    found
}

/// What a list of nearest names names, for [`suggestion`].
#[derive(Debug, Clone, Copy)]
pub enum Known {
    Names,
    MatterIds,
}

/// `; did you mean `a`?` or `; the nearest known names: `a`, `b``, or nothing.
pub fn suggestion(names: &[&str], known: Known) -> String {
    match names {
        [] => String::new(),
        [one] => format!("; {}", msg!("did-you-mean", name = *one)),
        many => {
            let names = many
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ");
            match known {
                Known::Names => msg!("suggestion-names", names = names),
                Known::MatterIds => msg!("suggestion-matter-ids", names = names),
            }
        }
    }
}

/// Whether a date lies within the optional bounds, both included.
pub fn within(date: NaiveDate, since: Option<NaiveDate>, until: Option<NaiveDate>) -> bool {
    since.is_none_or(|s| date >= s) && until.is_none_or(|u| date <= u)
}

/// "1 day", "3 days".
pub fn plural(n: i64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_names_are_close_and_distinct() {
        let names = ["Region Dalarna", "Regionen", "RSS Dalarna", "Rättvik"];
        assert_eq!(nearest_names("Regon Dalarna", names, 3)[0], "Region Dalarna");
        assert!(nearest_names("Kalle Anka", names, 3).is_empty());
        assert_eq!(
            suggestion(&["Region Dalarna"], Known::Names),
            "; did you mean `Region Dalarna`?"
        );
    }

    #[test]
    fn dates_parse_and_bound() {
        let day = parse_date_arg("2025-11-21");
        assert!(day.is_ok());
        assert!(parse_date_arg("2025-11-31").is_err_and(|e| e.contains("no such day")));
        if let Ok(day) = day {
            assert!(within(day, Some(day), Some(day)));
            assert!(!within(day, day.succ_opt(), None));
        }
    }
}
