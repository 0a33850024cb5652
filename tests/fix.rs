//! `lchnv check --fix` and `--diff` end to end: every rule that fixes repairs its fixture so that
//! the check then passes; a fix that would add a finding leaves the file as it was; `--diff`
//! writes nothing; renumbering carries the references along and leaves final minutes alone.

mod common;

use assert_cmd::Command;
use lchnv::rule::Rule;
use std::fs;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

const MINUTES: &str = "2026-02-05/minutes.md";
const AGENDA: &str = "2026-03-12/agenda.md";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A copy of the base network with an overlay laid over it.
struct Repo {
    dir: TempDir,
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Repo {
    fn new(overlay: Option<&Path>) -> Repo {
        let dir = TempDir::new().unwrap_or_else(|e| panic!("{e}"));
        let meetings = dir.path().join("meetings");
        common::copy_dir(&fixtures().join("base"), &meetings);
        if let Some(overlay) = overlay {
            common::copy_dir(overlay, &meetings);
            let _ = fs::remove_file(meetings.join("expected.txt"));
        }
        Repo { dir }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join("meetings").join(relative)
    }

    fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
    }

    fn edit(&self, relative: &str, from: &str, to: &str) {
        let text = self.read(relative);
        assert!(text.contains(from), "{relative} has no `{from}`");
        fs::write(self.path(relative), text.replacen(from, to, 1)).unwrap_or_else(|e| panic!("{e}"));
    }

    /// Every file of the meetings folder with its text, to see that nothing changed; lchnv's
    /// own cache is not the network's files.
    fn snapshot(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut files: Vec<(PathBuf, Vec<u8>)> = walkdir::WalkDir::new(self.dir.path().join("meetings"))
            .into_iter()
            .filter_entry(|e| e.file_name() != ".lchnv-cache")
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| (e.path().to_path_buf(), fs::read(e.path()).unwrap_or_default()))
            .collect();
        files.sort();
        files
    }

    fn run(&self, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_lchnv"))
            .args(args)
            .args(["--color", "never"])
            .current_dir(self.dir.path())
            .env("LCHNV_TODAY", "2026-02-10")
            .env_remove("LCHNV_MEETINGS")
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let run = Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        };
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        run
    }
}

/// The fixture each fixing rule is repaired from: its `bad/` overlay among the rule fixtures,
/// or one of its own where that one has nothing to fix.
fn fix_fixture(rule: Rule) -> PathBuf {
    let own = fixtures().join("fix").join(rule.name());
    if own.exists() {
        own
    } else {
        fixtures().join("rules").join(rule.name()).join("bad")
    }
}

#[test]
fn every_rule_that_fixes_repairs_its_fixture_and_the_check_then_passes() {
    let fixing: Vec<Rule> = Rule::ALL.iter().copied().filter(|r| r.fixes()).collect();
    assert_eq!(
        fixing,
        [
            Rule::Numbering,
            Rule::HeadingLevel,
            Rule::ClauseWithoutAtt,
            Rule::DueDateInvalid,
            Rule::TaskMalformed,
            Rule::OcrDamage
        ]
    );
    for rule in fixing {
        let repo = Repo::new(Some(&fix_fixture(rule)));
        let before = repo.run(&["check", "--format", "json"]);
        let json: serde_json::Value = serde_json::from_str(&before.stdout).unwrap_or_else(|e| panic!("{e}"));
        let findings = json["diagnostics"].as_array().cloned().unwrap_or_default();
        assert!(
            !findings.is_empty(),
            "{}: the fixture has no findings",
            rule.name()
        );
        assert!(
            findings
                .iter()
                .all(|d| d["code"] == rule.code() && d["fixable"] == true),
            "{}: every finding of the fixture is the rule's and fixable: {findings:?}",
            rule.name()
        );
        let fixed = repo.run(&["check", "--fix"]);
        assert_eq!(
            fixed.code,
            Some(0),
            "{}: {}{}",
            rule.name(),
            fixed.stdout,
            fixed.stderr
        );
        let lines = fixed.stdout.lines().filter(|l| l.starts_with("fixed: ")).count();
        assert_eq!(lines, findings.len(), "{}: {}", rule.name(), fixed.stdout);
        assert!(fixed.stdout.contains(&format!("[{}]", rule.code())));
        assert!(fixed.stderr.contains("no findings"), "{}", fixed.stderr);
        let again = repo.run(&["check"]);
        assert_eq!(again.code, Some(0), "{}: {}", rule.name(), again.stdout);
    }
}

#[test]
fn due_dates_in_words_and_figures_are_written_as_dates_and_the_help_shows_the_line() {
    let repo = Repo::new(Some(&fix_fixture(Rule::DueDateInvalid)));
    let check = repo.run(&["check"]);
    assert!(
        check.stdout.contains("help: write `Senast: 2026-05-07`"),
        "{}",
        check.stdout
    );
    assert!(
        check.stdout.contains("help: write `Senast: 2026-03-12`"),
        "{}",
        check.stdout
    );
    repo.run(&["check", "--fix"]);
    let text = repo.read(MINUTES);
    assert!(text.contains("  Senast: 2026-05-07.\n") && text.contains("Senast: 2026-03-12.\n"));
}

#[test]
fn a_fix_that_would_add_a_finding_leaves_the_file_as_it_was() {
    let repo = Repo::new(None);
    // A plain bullet under `Uppdrag:` whose owner nobody knows: as a task it would be an
    // `owner-unknown` finding. The OCR damage beside it is not fixed either.
    repo.edit(
        MINUTES,
        "- [x] **Region Exempel**: skicka",
        "- **Region Okänd**: skicka",
    );
    repo.edit(
        MINUTES,
        "Kommunerna ställde sig bakom det.",
        "Samverkansnatverket ställde sig bakom det.",
    );
    let before = repo.snapshot();
    let run = repo.run(&["check", "--fix"]);
    assert_eq!(repo.snapshot(), before);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr
            .contains("left unchanged: fixing it would add a finding, error[L402]"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Fixed 0 findings in 0 files."),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout.contains("L406") && run.stdout.contains("L701"),
        "{}",
        run.stdout
    );
}

#[test]
fn diff_prints_the_changes_and_writes_nothing() {
    let repo = Repo::new(Some(&fix_fixture(Rule::OcrDamage)));
    let before = repo.snapshot();
    let run = repo.run(&["check", "--diff"]);
    assert_eq!(repo.snapshot(), before);
    assert!(
        run.stdout
            .starts_with("--- a/meetings/2026-02-05/minutes.md\n+++ b/meetings/2026-02-05/minutes.md\n@@ ")
    );
    assert!(
        run.stdout.contains("\n+Samverkansnätverket. Kommunerna"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains("Would fix 3 findings in 1 file."),
        "{}",
        run.stderr
    );
    // The findings are all still there.
    assert_eq!(run.code, Some(0), "warnings only");
    assert_eq!(
        repo.run(&["check", "--format", "concise"]).stdout.lines().count(),
        3
    );
}

#[test]
fn line_endings_and_a_byte_order_mark_are_kept() {
    let repo = Repo::new(Some(&fix_fixture(Rule::OcrDamage)));
    let text = repo.read(MINUTES);
    let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    fs::write(repo.path(MINUTES), windows).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(repo.run(&["check", "--fix"]).code, Some(0));
    let after = fs::read(repo.path(MINUTES)).unwrap_or_default();
    let after = String::from_utf8(after).unwrap_or_default();
    assert!(after.starts_with('\u{feff}'));
    assert_eq!(after.matches("\r\n").count(), text.matches('\n').count());
    assert!(after.contains("Samverkansnätverket. Kommunerna"));
}

/// Draft minutes whose sub-item 4b is written 4c, and the next agenda naming it so.
fn renumbering_repo(draft: bool) -> Repo {
    let repo = Repo::new(None);
    repo.edit(MINUTES, "### 4b. Information", "### 4c. Information");
    if draft {
        repo.edit(MINUTES, "kind: minutes\n", "kind: minutes\nstatus: draft\n");
    }
    repo.edit(AGENDA, "Från: 2026-02-05 punkt 4b", "Från: 2026-02-05 punkt 4c");
    repo.edit(AGENDA, "Från: 2026-02-05#4b.u1.", "Från: 2026-02-05#4c.u1.");
    repo
}

#[test]
fn renumbering_draft_minutes_updates_the_references_to_them() {
    let repo = renumbering_repo(true);
    let run = repo.run(&["check", "--fix"]);
    assert!(
        run.stdout
            .contains("error[L202] sub-item 4c where 4b was expected"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("meetings/2026-03-12/agenda.md: 2 references to renumbered items"),
        "{}",
        run.stdout
    );
    assert!(repo.read(MINUTES).contains("### 4b. Information"));
    let agenda = repo.read(AGENDA);
    assert!(agenda.contains("Från: 2026-02-05 punkt 4b\n") && agenda.contains("Från: 2026-02-05#4b.u1."));
    assert_eq!(repo.run(&["check"]).code, Some(0));
}

#[test]
fn renumbering_waits_for_the_files_that_name_the_items() {
    let repo = renumbering_repo(true);
    let before = repo.snapshot();
    let run = repo.run(&["check", "--fix", "meetings/2026-02-05"]);
    assert_eq!(repo.snapshot(), before);
    assert!(
        run.stderr
            .contains("not renumbered: meetings/2026-03-12/agenda.md names its items"),
        "{}",
        run.stderr
    );
    assert_eq!(run.code, Some(1));
}

#[test]
fn final_minutes_keep_their_numbers() {
    let repo = renumbering_repo(false);
    let before = repo.snapshot();
    let json = repo.run(&["check", "--format", "json", "meetings/2026-02-05"]);
    assert!(json.stdout.contains("\"code\": \"L202\""), "{}", json.stdout);
    assert!(!json.stdout.contains("\"fixable\": true"), "{}", json.stdout);
    let run = repo.run(&["check", "--fix"]);
    assert_eq!(repo.snapshot(), before);
    assert_eq!(run.code, Some(1));
    assert!(run.stdout.contains("L202"));
}

#[test]
fn sarif_carries_the_fix() {
    let repo = Repo::new(Some(&fix_fixture(Rule::HeadingLevel)));
    let run = repo.run(&["check", "--format", "sarif"]);
    let log: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}"));
    let fix = &log["runs"][0]["results"][0]["fixes"][0]["artifactChanges"][0];
    assert_eq!(fix["artifactLocation"]["uri"], "meetings/2026-02-05/minutes.md");
    let replacement = &fix["replacements"][0];
    assert_eq!(replacement["deletedRegion"]["startLine"], 76);
    assert_eq!(replacement["deletedRegion"]["startColumn"], 1);
    assert_eq!(replacement["deletedRegion"]["endColumn"], 5);
    assert_eq!(replacement["insertedContent"]["text"], "###");
}
