//! Every rule trips on a fixture and passes on a corrected one.
//!
//! For each rule in [`Rule::ALL`] there is a folder `tests/fixtures/rules/<rule-name>/` with:
//!
//! - `bad/`: files laid over a copy of `tests/fixtures/base/` (a small, clean network) that make
//!   the rule fire, and `bad/expected.txt`: every finding the result must have, one per line as
//!   `CODE LINE path` (the path relative to the meetings folder). The check must report exactly
//!   these findings, no more and no fewer, and exit 1 when one of them is an error.
//! - `good/`: files laid over the same copy that correct the mistake; the check must find
//!   nothing and exit 0.
//!
//! Overlay files are copied as they are, except: `NAME.cp1252` is written as `NAME` encoded in
//! Windows-1252 (so the fixture stays readable), and `NAME.hex` is written as `NAME` holding the
//! bytes its hexadecimal digits spell (for binary data).
//!
//! A rule without a fixture folder fails the suite, and so does a rule whose code is removed:
//! its `bad/` fixture then no longer produces the expected finding.

mod support;

use lchnv::diagnostic::Severity;
use lchnv::exit::Exit;
use lchnv::lint::{Options, Outcome};
use lchnv::rule::Rule;
use std::collections::BTreeSet;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// The fixtures' day, so date-dependent rules give the same answer every day.
fn fixture_day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 2, 10).unwrap_or_default()
}

/// Checks a folder with a fixed clock.
fn check_paths(targets: &[PathBuf]) -> Outcome {
    check_on(targets, fixture_day())
}

fn check_on(targets: &[PathBuf], today: chrono::NaiveDate) -> Outcome {
    lchnv::lint::check_paths(
        targets,
        &Options {
            today,
            use_cache: false,
        },
    )
}

/// A `# today: YYYY-MM-DD` line in `expected.txt`: the day the fixture is checked on.
fn expected_day(path: &Path) -> chrono::NaiveDate {
    fs::read_to_string(path)
        .ok()
        .and_then(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix("# today:"))
                .and_then(|d| chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
        })
        .unwrap_or_else(fixture_day)
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A finding as `expected.txt` writes it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Finding {
    code: String,
    line: u32,
    path: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.code, self.line, self.path)
    }
}

fn parse_expected(path: &Path) -> Result<Vec<Finding>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parts: Vec<&str> = line.split_whitespace().collect();
        let [code, number, file] = parts.as_slice() else {
            return Err(format!("{}:{}: expected `CODE LINE path`", path.display(), n + 1));
        };
        let line = number
            .parse()
            .map_err(|_| format!("{}:{}: `{number}` is not a line number", path.display(), n + 1))?;
        out.push(Finding {
            code: (*code).to_owned(),
            line,
            path: (*file).to_owned(),
        });
    }
    out.sort();
    Ok(out)
}

fn decode_hex(text: &str) -> Result<Vec<u8>, String> {
    let digits: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    if !digits.len().is_multiple_of(2) {
        return Err("odd number of hex digits".to_owned());
    }
    digits
        .chunks(2)
        .map(|pair| {
            let pair = std::str::from_utf8(pair).map_err(|e| e.to_string())?;
            u8::from_str_radix(pair, 16).map_err(|e| format!("`{pair}`: {e}"))
        })
        .collect()
}

/// Copies `from` into `to`, applying the overlay conventions; `skip` names top-level files to
/// leave out.
fn overlay(from: &Path, to: &Path, skip: &[&str]) -> Result<(), String> {
    let entries = fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if skip.contains(&name.as_str()) {
            continue;
        }
        let source = entry.path();
        if source.is_dir() {
            let target = to.join(&name);
            if target.is_file() {
                fs::remove_file(&target).map_err(|e| e.to_string())?;
            }
            fs::create_dir_all(&target).map_err(|e| e.to_string())?;
            overlay(&source, &target, &[])?;
            continue;
        }
        let (target_name, bytes) = if let Some(stem) = name.strip_suffix(".cp1252") {
            let text = fs::read_to_string(&source).map_err(|e| format!("{}: {e}", source.display()))?;
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
            if unmappable {
                return Err(format!("{}: not all of it fits Windows-1252", source.display()));
            }
            (stem.to_owned(), bytes.into_owned())
        } else if let Some(stem) = name.strip_suffix(".hex") {
            let text = fs::read_to_string(&source).map_err(|e| format!("{}: {e}", source.display()))?;
            (
                stem.to_owned(),
                decode_hex(&text).map_err(|e| format!("{}: {e}", source.display()))?,
            )
        } else {
            (
                name.clone(),
                fs::read(&source).map_err(|e| format!("{}: {e}", source.display()))?,
            )
        };
        let target = to.join(target_name);
        if target.is_dir() {
            fs::remove_dir_all(&target).map_err(|e| e.to_string())?;
        }
        fs::write(&target, bytes).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    Ok(())
}

/// A temporary copy of the base network with `layer` laid over it; the meetings folder is
/// `dir.path().join("meetings")`.
fn repo_with(layer: Option<&Path>) -> Result<(TempDir, PathBuf), String> {
    let dir = TempDir::new().map_err(|e| e.to_string())?;
    let root = dir.path().join("meetings");
    fs::create_dir_all(&root).map_err(|e| e.to_string())?;
    overlay(&fixtures().join("base"), &root, &[])?;
    if let Some(layer) = layer {
        overlay(layer, &root, &["expected.txt"])?;
    }
    Ok((dir, root))
}

fn findings(outcome: &Outcome, root: &Path) -> Vec<Finding> {
    let mut out: Vec<Finding> = outcome
        .diagnostics
        .iter()
        .map(|d| Finding {
            code: d.rule.code().to_owned(),
            line: d.pos.line,
            path: d
                .file
                .strip_prefix(root)
                .unwrap_or(&d.file)
                .to_string_lossy()
                .replace('\\', "/"),
        })
        .collect();
    out.sort();
    out
}

fn list(findings: &[Finding]) -> String {
    if findings.is_empty() {
        return "  (none)".to_owned();
    }
    findings
        .iter()
        .map(|f| format!("  {f}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Checks one rule's fixtures; the problems found, if any.
fn check_rule(rule: Rule) -> Vec<String> {
    let mut problems = Vec::new();
    let dir = fixtures().join("rules").join(rule.name());
    let bad = dir.join("bad");
    let good = dir.join("good");
    for needed in [&bad, &good] {
        if !needed.is_dir() {
            problems.push(format!("{}: no fixture folder {}", rule.name(), needed.display()));
        }
    }
    if !problems.is_empty() {
        return problems;
    }

    match parse_expected(&bad.join("expected.txt")).and_then(|expected| {
        let (_dir, root) = repo_with(Some(&bad))?;
        let today = expected_day(&bad.join("expected.txt"));
        Ok((expected, check_on(std::slice::from_ref(&root), today), root))
    }) {
        Err(error) => problems.push(format!("{}: {error}", rule.name())),
        Ok((expected, outcome, root)) => {
            let own: Vec<&Finding> = expected.iter().filter(|f| f.code == rule.code()).collect();
            if own.is_empty() {
                problems.push(format!(
                    "{}: bad/expected.txt lists no finding of {}",
                    rule.name(),
                    rule.code()
                ));
            }
            let found = findings(&outcome, &root);
            if found != expected {
                problems.push(format!(
                    "{}: bad fixture\n expected:\n{}\n found:\n{}",
                    rule.name(),
                    list(&expected),
                    list(&found)
                ));
            }
            let has_error = expected
                .iter()
                .any(|f| Rule::lookup(&f.code).is_some_and(|r| r.default_severity() == Severity::Error));
            let want = if has_error { Exit::Findings } else { Exit::Clean };
            if outcome.exit() != want {
                problems.push(format!(
                    "{}: bad fixture exits {} (want {}); failures: {:?}",
                    rule.name(),
                    outcome.exit().code(),
                    want.code(),
                    outcome.failures
                ));
            }
            // The finding carries the rule's default severity.
            for d in outcome.diagnostics.iter().filter(|d| d.rule == rule) {
                if d.severity != rule.default_severity() {
                    problems.push(format!("{}: reported as {:?}", rule.name(), d.severity));
                }
            }
        }
    }

    match repo_with(Some(&good)) {
        Err(error) => problems.push(format!("{}: {error}", rule.name())),
        Ok((_dir, root)) => {
            // Checked on the bad fixture's day, so the difference is the file, not the clock.
            let outcome = check_on(
                std::slice::from_ref(&root),
                expected_day(&bad.join("expected.txt")),
            );
            let found = findings(&outcome, &root);
            if !found.is_empty() || !outcome.failures.is_empty() || outcome.exit() != Exit::Clean {
                problems.push(format!(
                    "{}: good fixture is not clean (exit {})\n found:\n{}\n failures: {:?}",
                    rule.name(),
                    outcome.exit().code(),
                    list(&found),
                    outcome.failures
                ));
            }
        }
    }
    problems
}

#[test]
fn every_rule_trips_on_its_bad_fixture_and_passes_on_its_good_one() {
    let problems: Vec<String> = Rule::ALL.iter().flat_map(|rule| check_rule(*rule)).collect();
    assert!(
        problems.is_empty(),
        "{} problem(s):\n\n{}",
        problems.len(),
        problems.join("\n\n")
    );
}

#[test]
fn every_fixture_folder_names_a_rule() {
    let names: BTreeSet<String> = fs::read_dir(fixtures().join("rules"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let rules: BTreeSet<String> = Rule::ALL.iter().map(|r| r.name().to_owned()).collect();
    let stale: Vec<&String> = names.difference(&rules).collect();
    assert!(stale.is_empty(), "fixture folders for no rule: {stale:?}");
    assert_eq!(names.len(), Rule::ALL.len());
}

#[test]
fn the_base_network_is_clean() {
    let (_dir, root) = repo_with(None).unwrap_or_else(|e| panic!("{e}"));
    let outcome = check_paths(std::slice::from_ref(&root));
    assert_eq!(findings(&outcome, &root), Vec::new());
    assert!(outcome.failures.is_empty(), "{:?}", outcome.failures);
    assert_eq!(outcome.exit(), Exit::Clean);
    assert_eq!(outcome.files, 3);
}

// Configuration and inline suppression, on the owner-unknown and ocr-damage fixtures.

fn bad_repo(rule: &str) -> (TempDir, PathBuf) {
    let bad = fixtures().join("rules").join(rule).join("bad");
    repo_with(Some(&bad)).unwrap_or_else(|e| panic!("{e}"))
}

fn write(root: &Path, file: &str, text: &str) {
    fs::write(root.join(file), text).unwrap_or_else(|e| panic!("{file}: {e}"));
}

/// Replaces `from` (which must occur) by `to` in a file of the repository.
fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert!(text.contains(from), "{file} does not contain {from:?}");
    fs::write(&path, text.replacen(from, to, 1)).unwrap_or_else(|e| panic!("{file}: {e}"));
}

fn of_rule(outcome: &Outcome, rule: Rule) -> Vec<(u32, Severity)> {
    outcome
        .diagnostics
        .iter()
        .filter(|d| d.rule == rule)
        .map(|d| (d.pos.line, d.severity))
        .collect()
}

const OWNER_FILE: &str = "2026-02-05/minutes.md";
const OWNER_TYPO: &str = "**Region Exmpel**";

#[test]
fn a_severity_set_in_lchnv_yaml_replaces_the_default() {
    let (_dir, root) = bad_repo("owner-unknown");
    let before = check_paths(std::slice::from_ref(&root));
    assert_eq!(of_rule(&before, Rule::OwnerUnknown), vec![(72, Severity::Error)]);
    assert_eq!(before.exit(), Exit::Findings);

    write(&root, "lchnv.yaml", "rules:\n  owner-unknown: warning\n");
    let after = check_paths(std::slice::from_ref(&root));
    assert_eq!(of_rule(&after, Rule::OwnerUnknown), vec![(72, Severity::Warning)]);
    assert_eq!(
        after.exit(),
        Exit::Clean,
        "a warning alone does not fail the check"
    );

    // By code, and the other way round: a warning rule raised to an error.
    let (_dir, root) = bad_repo("ocr-damage");
    assert_eq!(check_paths(std::slice::from_ref(&root)).exit(), Exit::Clean);
    write(&root, "lchnv.yaml", "rules:\n  L701: error\n");
    let raised = check_paths(std::slice::from_ref(&root));
    assert!(!of_rule(&raised, Rule::OcrDamage).is_empty());
    assert!(
        of_rule(&raised, Rule::OcrDamage)
            .iter()
            .all(|(_, s)| *s == Severity::Error)
    );
    assert_eq!(raised.exit(), Exit::Findings);
}

#[test]
fn off_in_lchnv_yaml_removes_the_rule() {
    for key in ["owner-unknown", "L402", "l402"] {
        let (_dir, root) = bad_repo("owner-unknown");
        write(&root, "lchnv.yaml", &format!("rules:\n  {key}: off\n"));
        let outcome = check_paths(std::slice::from_ref(&root));
        assert_eq!(outcome.diagnostics, Vec::new(), "with `{key}: off`");
        assert_eq!(outcome.exit(), Exit::Clean);
    }
}

#[test]
fn an_unknown_rule_or_severity_in_lchnv_yaml_stops_the_check() {
    let (_dir, root) = bad_repo("owner-unknown");
    write(&root, "lchnv.yaml", "rules:\n  owner-unknwn: off\n");
    let outcome = check_paths(std::slice::from_ref(&root));
    assert_eq!(outcome.exit(), Exit::Failure);
    let message = outcome.failures.join("\n");
    assert!(message.contains("lchnv.yaml:2:3"), "{message}");
    assert!(message.contains("did you mean `owner-unknown`?"), "{message}");

    write(&root, "lchnv.yaml", "rules:\n  owner-unknown: loud\n");
    let outcome = check_paths(std::slice::from_ref(&root));
    assert_eq!(outcome.exit(), Exit::Failure);
    assert!(outcome.failures.join("\n").contains("`loud` is not a severity"));
}

#[test]
fn disable_line_silences_the_rule_on_its_line_only() {
    let (_dir, root) = bad_repo("owner-unknown");
    edit(
        &root,
        OWNER_FILE,
        "skicka det antagna avtalet till kommunerna.",
        "skicka det antagna avtalet till kommunerna. <!-- lchnv-disable-line owner-unknown -->",
    );
    let outcome = check_paths(std::slice::from_ref(&root));
    assert_eq!(outcome.diagnostics, Vec::new());
    assert_eq!(outcome.exit(), Exit::Clean);

    // Another rule named in the comment does not silence this one.
    let (_dir, root) = bad_repo("owner-unknown");
    edit(
        &root,
        OWNER_FILE,
        "skicka det antagna avtalet till kommunerna.",
        "skicka det antagna avtalet till kommunerna. <!-- lchnv-disable-line ocr-damage -->",
    );
    let outcome = check_paths(std::slice::from_ref(&root));
    assert_eq!(of_rule(&outcome, Rule::OwnerUnknown), vec![(72, Severity::Error)]);
}

#[test]
fn disable_next_line_silences_the_following_line() {
    let (_dir, root) = bad_repo("owner-unknown");
    edit(
        &root,
        OWNER_FILE,
        &format!("- [x] {OWNER_TYPO}"),
        &format!("<!-- lchnv-disable-next-line L402, L701 -->\n- [x] {OWNER_TYPO}"),
    );
    let outcome = check_paths(std::slice::from_ref(&root));
    assert_eq!(outcome.diagnostics, Vec::new());

    // Placed two lines above, it silences nothing.
    let (_dir, root) = bad_repo("owner-unknown");
    edit(
        &root,
        OWNER_FILE,
        "Uppdrag:\n",
        "<!-- lchnv-disable-next-line L402 -->\nUppdrag:\n",
    );
    let outcome = check_paths(std::slice::from_ref(&root));
    assert_eq!(of_rule(&outcome, Rule::OwnerUnknown), vec![(73, Severity::Error)]);
}

#[test]
fn disable_file_silences_the_whole_file() {
    let (_dir, root) = bad_repo("ocr-damage");
    edit(
        &root,
        OWNER_FILE,
        "Inga övriga frågor anmäldes.",
        "Inga övriga frågor anmäldes.\n\n<!-- lchnv-disable-file ocr-damage -->",
    );
    let outcome = check_paths(std::slice::from_ref(&root));
    assert_eq!(outcome.diagnostics, Vec::new());
}

#[test]
fn an_unknown_rule_in_a_disable_comment_is_reported() {
    let (_dir, root) = bad_repo("owner-unknown");
    edit(
        &root,
        OWNER_FILE,
        "skicka det antagna avtalet till kommunerna.",
        "skicka det antagna avtalet till kommunerna. <!-- lchnv-disable-line owner-unknwn -->",
    );
    let outcome = check_paths(std::slice::from_ref(&root));
    let invalid: Vec<_> = outcome
        .diagnostics
        .iter()
        .filter(|d| d.rule == Rule::InvalidValue)
        .collect();
    assert_eq!(invalid.len(), 1, "{:?}", outcome.diagnostics);
    assert_eq!(invalid[0].pos.line, 72);
    // The caret points at the misspelt name.
    let line = invalid[0].snippet.as_ref().map(|s| s.text.as_str()).unwrap_or("");
    let at: String = line.chars().skip(invalid[0].pos.column as usize - 1).collect();
    assert!(
        at.starts_with("owner-unknwn -->"),
        "{line:?} at column {}",
        invalid[0].pos.column
    );
    assert!(
        invalid[0].message.contains("owner-unknwn"),
        "{}",
        invalid[0].message
    );
    assert_eq!(invalid[0].help.as_deref(), Some("did you mean `owner-unknown`?"));
    // The misspelt name silences nothing.
    assert_eq!(of_rule(&outcome, Rule::OwnerUnknown), vec![(72, Severity::Error)]);
    assert_eq!(outcome.exit(), Exit::Findings);
}

#[test]
fn a_yaml_comment_silences_a_network_file_finding() {
    let (_dir, root) = bad_repo("weekday-mismatch");
    let before = check_paths(std::slice::from_ref(&root));
    assert_eq!(of_rule(&before, Rule::WeekdayMismatch).len(), 1);
    edit(
        &root,
        "calendar.yaml",
        "weekday: fredag",
        "weekday: fredag # lchnv-disable-line weekday-mismatch",
    );
    let after = check_paths(std::slice::from_ref(&root));
    assert_eq!(after.diagnostics, Vec::new());
}

/// Each finding of a bad fixture as the binary reports it in JSON under the locale `lang`:
/// (code, line, column, message, help).
fn messages_in(lang: &str, root: &Path, today: chrono::NaiveDate) -> Vec<(String, u64, u64, String, String)> {
    let mut cmd = support::lchnv();
    cmd.env("LANG", lang)
        .env("LCHNV_TODAY", today.to_string())
        .arg("--meetings")
        .arg(root)
        .args(["check", "--no-cache", "--format", "json"]);
    let (_, out, err) = support::output(&mut cmd);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    let text = |d: &serde_json::Value, key: &str| d[key].as_str().unwrap_or_default().to_owned();
    let number = |d: &serde_json::Value, key: &str| d[key].as_u64().unwrap_or_default();
    let mut found: Vec<_> = report["diagnostics"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|d| {
            (
                text(d, "code"),
                number(d, "line"),
                number(d, "column"),
                text(d, "message"),
                text(d, "help"),
            )
        })
        .collect();
    found.sort();
    found
}

/// Findings whose text is not the catalogue's: the YAML parser's own words.
const UNTRANSLATED: &[&str] = &["L103"];

#[test]
fn every_rule_says_its_finding_and_help_in_swedish_under_a_swedish_locale() {
    let mut problems = Vec::new();
    for rule in Rule::ALL.iter().filter(|r| !UNTRANSLATED.contains(&r.code())) {
        let bad = fixtures().join("rules").join(rule.name()).join("bad");
        let Ok((_dir, root)) = repo_with(Some(&bad)) else {
            problems.push(format!("{}: no bad fixture", rule.name()));
            continue;
        };
        let today = expected_day(&bad.join("expected.txt"));
        let english = messages_in("C", &root, today);
        let swedish = messages_in("sv_SE.UTF-8", &root, today);
        assert_eq!(english.len(), swedish.len(), "{}", rule.name());
        for (en, sv) in english.iter().zip(&swedish).filter(|(en, _)| en.0 == rule.code()) {
            assert_eq!((&en.0, en.1, en.2), (&sv.0, sv.1, sv.2), "{}", rule.name());
            if en.3 == sv.3 {
                problems.push(format!("{}: the message stays `{}`", rule.name(), en.3));
            }
            if !en.4.is_empty() && en.4 == sv.4 {
                problems.push(format!("{}: the help stays `{}`", rule.name(), en.4));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
