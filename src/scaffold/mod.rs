//! What `lchnv init` writes: a repository for a new network that `lchnv check` passes at once.
//! The network files carry Swedish comments that explain each field to a new note-taker; the
//! templates are lchnv's built-in ones, and the CI files check the meetings on every change.

use crate::cycle::template::Which;
use crate::rule::Rule;
use anyhow::{Result, anyhow};
use chrono::{Datelike, Days, NaiveDate, Weekday};
use minijinja::{Environment, UndefinedBehavior, context};
use std::path::PathBuf;

/// The network a repository is started for.
#[derive(Debug, Clone)]
pub struct NewNetwork {
    pub name: String,
    pub short: Option<String>,
    pub called: String,
    pub email: Option<String>,
    /// The example meeting in the calendar.
    pub first_meeting: NaiveDate,
}

/// One file to write, relative to the repository's top folder.
#[derive(Debug, Clone)]
pub struct File {
    pub path: PathBuf,
    pub text: String,
}

/// Stands where the CI files need the address of lchnv's repository, for the network to fill in.
pub const GIT_PLACEHOLDER: &str = "FYLL-I-ADRESSEN-TILL-LCHNV.git";

/// The files of a new repository, in the order they are written.
pub fn files(network: &NewNetwork) -> Result<Vec<File>> {
    let mut env = Environment::new();
    env.set_syntax(crate::cycle::template::syntax()?);
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.add_filter("yaml", |text: String| crate::yaml::scalar(&text));
    let rules: Vec<_> = Rule::ALL
        .iter()
        .map(|rule| {
            context! {
                name => rule.name(),
                code => rule.code(),
                severity => rule.default_severity().as_str(),
                summary => rule.summary(),
            }
        })
        .collect();
    let date = network.first_meeting;
    let values = context! {
        name => &network.name,
        short => &network.short,
        called => &network.called,
        email => &network.email,
        date => crate::format::dates::iso(date),
        weekday => crate::format::dates::weekday(date),
        year => date.year(),
        rules => rules,
        git_placeholder => GIT_PLACEHOLDER,
    };
    let sources: [(&str, &str); 8] = [
        ("meetings/members.yaml", include_str!("files/members.yaml")),
        ("meetings/calendar.yaml", include_str!("files/calendar.yaml")),
        ("meetings/matters.yaml", include_str!("files/matters.yaml")),
        (
            "meetings/standard-items.yaml",
            include_str!("files/standard-items.yaml"),
        ),
        ("meetings/lchnv.yaml", include_str!("files/lchnv.yaml")),
        (".github/workflows/lchnv.yml", include_str!("files/github.yml")),
        (".gitlab-ci.yml", include_str!("files/gitlab-ci.yml")),
        (".gitignore", include_str!("files/gitignore")),
    ];
    let mut files = Vec::new();
    for (path, source) in sources {
        let text = env.render_str(source, &values).map_err(|e| {
            anyhow!(
                "{}",
                crate::msg!("scaffold-failed", path = path.to_string(), detail = e.to_string())
            )
        })?;
        files.push(File {
            path: PathBuf::from(path),
            text,
        });
    }
    // The network files name their schemas for an editor's YAML extension; the schemas come along.
    for file in files.iter_mut() {
        let schema = file
            .path
            .strip_prefix("meetings")
            .ok()
            .and_then(|p| p.to_str())
            .and_then(|name| crate::json_schema::all().into_iter().find(|(_, d, _)| d == &name));
        if let Some((schema, _, _)) = schema {
            file.text = format!(
                "# yaml-language-server: $schema=../docs/schema/{schema}\n{}",
                file.text
            );
        }
    }
    for (name, _, schema) in crate::json_schema::all() {
        files.push(File {
            path: PathBuf::from("docs/schema").join(name),
            text: format!("{}\n", serde_json::to_string_pretty(&schema)?),
        });
    }
    for which in [Which::Agenda, Which::Minutes] {
        files.push(File {
            path: PathBuf::from(crate::cycle::template::TEMPLATES_DIR).join(which.file_name()),
            text: which.built_in().to_owned(),
        });
    }
    Ok(files)
}

/// The name decisions use, from the full name: the words before ` i `
/// (`Socialchefsnätverket i Västerbygd` → `Socialchefsnätverket`), else the whole name.
pub fn called_from(name: &str) -> String {
    let name = name.trim();
    match name.split_once(" i ") {
        Some((called, _)) if !called.trim().is_empty() => called.trim().to_owned(),
        _ => name.to_owned(),
    }
}

/// The example meeting: four weeks after `today`, moved to the Monday after when that is a
/// Saturday or Sunday.
pub fn example_meeting(today: NaiveDate) -> NaiveDate {
    let day = today.checked_add_days(Days::new(28)).unwrap_or(today);
    let skip = match day.weekday() {
        Weekday::Sat => 2,
        Weekday::Sun => 1,
        _ => 0,
    };
    day.checked_add_days(Days::new(skip)).unwrap_or(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn called_is_the_name_before_i() {
        assert_eq!(
            called_from("Socialchefsnätverket i Västerbygd"),
            "Socialchefsnätverket"
        );
        assert_eq!(
            called_from("Nätverket för socialchefer i Norr"),
            "Nätverket för socialchefer"
        );
        assert_eq!(called_from("Chefsforum"), "Chefsforum");
    }

    #[test]
    fn the_example_meeting_falls_on_a_weekday_about_a_month_ahead() {
        // 2026-12-06 is a Sunday; four weeks on is Sunday 2027-01-03, so Monday 2027-01-04.
        assert_eq!(example_meeting(day(2026, 12, 6)), day(2027, 1, 4));
        assert_eq!(example_meeting(day(2026, 12, 5)), day(2027, 1, 4));
        assert_eq!(example_meeting(day(2026, 12, 8)), day(2027, 1, 5));
    }

    #[test]
    fn the_files_name_the_network_and_the_meeting() {
        let network = NewNetwork {
            name: "Socialchefsnätverket i Västerbygd".to_owned(),
            short: Some("SCHNV".to_owned()),
            called: "Socialchefsnätverket".to_owned(),
            email: None,
            first_meeting: day(2027, 1, 5),
        };
        let files = files(&network).unwrap_or_default();
        let text = |path: &str| {
            files
                .iter()
                .find(|f| f.path == std::path::Path::new(path))
                .map(|f| f.text.clone())
                .unwrap_or_default()
        };
        assert!(text("meetings/members.yaml").contains("  short: SCHNV "));
        assert!(text("meetings/members.yaml").contains("  # email: "));
        assert!(text("meetings/calendar.yaml").contains("  - date: 2027-01-05 "));
        assert!(text("meetings/calendar.yaml").contains("    weekday: tisdag "));
        assert!(text("meetings/lchnv.yaml").contains("  # ocr-damage: warning "));
        assert!(text(".gitlab-ci.yml").contains(GIT_PLACEHOLDER));
        assert_eq!(text("templates/agenda.md"), Which::Agenda.built_in());
        assert!(text("docs/schema/members.schema.json").contains("\"$schema\""));
        assert!(
            text("meetings/members.yaml")
                .starts_with("# yaml-language-server: $schema=../docs/schema/members.schema.json\n")
        );
        // Ten files of the network and the workflows, six schemas.
        assert_eq!(files.len(), 16);
    }
}
