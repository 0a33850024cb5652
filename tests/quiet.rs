//! `--quiet` (`-q`), on every command: no notes or summaries on standard error; the answer on
//! standard output, warnings and errors stay.

mod support;

use std::path::Path;

/// Runs lchnv in `dir`; returns (code, stdout, stderr).
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    support::output(support::lchnv().current_dir(dir).args(args))
}

/// Runs `args` with and without `--quiet`: the same exit code and answer, `said` on standard
/// error without it, nothing with it. Returns the answer.
fn quiet_drops(dir: &Path, args: &[&str], said: &str) -> String {
    let (code, stdout, loud) = run(dir, args);
    let (quiet_code, quiet_stdout, quiet) = run(dir, &[&["--quiet"], args].concat());
    assert_eq!(code, 0, "{args:?}: {loud}");
    assert_eq!((quiet_code, quiet.as_str()), (0, ""), "{args:?}");
    assert_eq!(stdout, quiet_stdout, "{args:?}");
    assert!(loud.contains(said), "{args:?}: {loud}");
    stdout
}

#[test]
fn quiet_leaves_out_notes_and_summaries_but_not_answers_or_errors() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let top = dir.path();
    let init = [
        "init",
        "--network",
        "Nätverket i Prov",
        "--first-meeting",
        "2027-03-04",
    ];
    // Twice in one folder, so --force.
    let other = tempfile::tempdir().expect("a temporary folder");
    let init_again = [&init[..], &["--force"]].concat();
    let written = quiet_drops(other.path(), &init_again, "note: started");
    assert!(written.contains("meetings/members.yaml"), "{written}");
    assert_eq!(run(top, &[&init[..], &["-q"]].concat()).0, 0);

    quiet_drops(top, &["check"], "Checked 0 files: no findings.");
    let dry_run = [
        "new-agenda",
        "2027-04-01",
        "--dry-run",
        "--time",
        "09.00",
        "--place",
        "Teams",
    ];
    let agenda = quiet_drops(top, &dry_run, "note: 2027-04-01 is not in calendar.yaml");
    assert!(agenda.starts_with("---\nkind: agenda\n"), "{agenda}");

    // Draft minutes: todo's note about them goes; check's findings stay, its summary goes.
    assert_eq!(run(top, &["new-agenda", "2027-03-04", "-q"]).0, 0);
    assert_eq!(run(top, &["new-minutes", "2027-03-04", "-q"]).0, 0);
    let todo = quiet_drops(top, &["todo"], "note: the draft minutes");
    assert!(todo.contains("No open assignments found."), "{todo}");
    let findings = quiet_drops(top, &["check"], "Checked 2 files: 0 errors and 5 warnings.");
    assert!(findings.contains("warning[L308]"), "{findings}");

    // Errors stay.
    for (args, error) in [
        (&["-q", "check", "no-such-folder"][..], "error: no-such-folder"),
        (
            &["-q", "todo", "--owner", "Nobody Known"][..],
            "error: `Nobody Known` is not a person",
        ),
    ] {
        let (code, _, stderr) = run(top, args);
        assert_eq!(code, 2);
        assert!(stderr.contains(error), "{stderr}");
    }
}

#[test]
fn quiet_keeps_the_owners_nobody_can_be_reminded() {
    let meetings = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/remind/meetings");
    let out = tempfile::tempdir().expect("a temporary folder");
    let (code, stdout, stderr) = support::output(
        support::lchnv()
            .arg("--meetings")
            .arg(&meetings)
            .args(["remind", "--quiet", "--today", "2026-04-10", "-o"])
            .arg(out.path()),
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("warning: no reminder for Styrgruppen"),
        "{stderr}"
    );
    assert!(!stderr.contains("Wrote"), "{stderr}");
    assert_eq!(stdout.lines().count(), 3);
}
