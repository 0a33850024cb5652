//! `lchnv init`: a new network's repository passes `check` at once, and the first agenda
//! written on its example meeting passes too.

mod support;

use std::fs;
use std::path::Path;

/// Runs lchnv in `dir`; returns (code, stdout, stderr).
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    support::output(support::lchnv().current_dir(dir).args(args))
}

const NETWORK: &str = "Socialchefsnätverket i Västerbygd";

#[test]
fn a_new_network_passes_check_and_its_first_agenda_too() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (code, stdout, stderr) = run(
        dir.path(),
        &[
            "init",
            "schnv",
            "--network",
            NETWORK,
            "--short",
            "SCHNV",
            "--first-meeting",
            "2027-02-04",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    for file in [
        "schnv/meetings/members.yaml",
        "schnv/meetings/calendar.yaml",
        "schnv/meetings/matters.yaml",
        "schnv/meetings/standard-items.yaml",
        "schnv/meetings/lchnv.yaml",
        "schnv/templates/agenda.md",
        "schnv/templates/minutes.md",
        "schnv/.github/workflows/lchnv.yml",
        "schnv/.gitlab-ci.yml",
        "schnv/.gitignore",
    ] {
        assert!(stdout.lines().any(|l| l == file), "{file} not in {stdout}");
        assert!(dir.path().join(file).is_file(), "{file}");
    }
    let top = dir.path().join("schnv");
    let members = fs::read_to_string(top.join("meetings/members.yaml")).expect("members.yaml");
    assert!(
        members.contains("  name: Socialchefsnätverket i Västerbygd "),
        "{members}"
    );
    assert!(members.contains("  called: Socialchefsnätverket "), "{members}");
    let calendar = fs::read_to_string(top.join("meetings/calendar.yaml")).expect("calendar.yaml");
    assert!(
        calendar.contains("  - date: 2027-02-04 ") && calendar.contains("    weekday: torsdag "),
        "{calendar}"
    );
    let ignore = fs::read_to_string(top.join(".gitignore")).expect(".gitignore");
    for line in [".lchnv.lock", "out/", ".lchnv-cache/"] {
        assert!(ignore.lines().any(|l| l == line), "{line} not in {ignore}");
    }
    let gitlab = fs::read_to_string(top.join(".gitlab-ci.yml")).expect(".gitlab-ci.yml");
    assert!(
        gitlab.contains("cargo install --locked --git \"$LCHNV_GIT\" lchnv"),
        "{gitlab}"
    );
    assert!(
        gitlab.contains("lchnv check --format junit > lchnv-junit.xml"),
        "{gitlab}"
    );
    let github = fs::read_to_string(top.join(".github/workflows/lchnv.yml")).expect("workflow");
    assert!(github.contains("lchnv check --format github"), "{github}");

    // From the top folder, as a note-taker would run it.
    let (code, _, stderr) = run(&top, &["check"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("no findings"), "{stderr}");

    let (code, stdout, stderr) = run(&top, &["new-agenda", "2027-02-04"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.trim(), "meetings/2027-02-04/agenda.md");
    assert_eq!(stderr, "", "a date of the calendar needs no note");
    let agenda = fs::read_to_string(top.join("meetings/2027-02-04/agenda.md")).expect("the agenda");
    assert!(
        agenda.contains("# Dagordning Socialchefsnätverket i Västerbygd"),
        "{agenda}"
    );
    assert!(
        agenda.contains("Förslag till beslut: Socialchefsnätverket beslutar"),
        "{agenda}"
    );
    assert!(agenda.contains("time: 09.00–12.00\nplace: Teams\n"), "{agenda}");

    let (code, stdout, stderr) = run(
        &top,
        &["check", "--format", "concise", "meetings/2027-02-04/agenda.md"],
    );
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert_eq!(stdout, "", "the first agenda has no finding at all");
    let (code, _, stderr) = run(&top, &["check"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn called_and_email_can_be_given_and_are_checked() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (code, _, stderr) = run(
        dir.path(),
        &[
            "init",
            "--network",
            "Chefsforum i Norr",
            "--called",
            "Forumet",
            "--email",
            "forum@norr.example",
            "-q",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stderr, "", "--quiet leaves out the notes");
    let members = fs::read_to_string(dir.path().join("meetings/members.yaml")).expect("members.yaml");
    assert!(members.contains("  called: Forumet "), "{members}");
    assert!(members.contains("  email: forum@norr.example "), "{members}");
    assert!(members.contains("  # short: "), "{members}");
    let (code, _, stderr) = run(dir.path(), &["check"]);
    assert_eq!(code, 0, "{stderr}");

    let (code, _, stderr) = run(dir.path(), &["init", "x", "--network", "N", "--email", "forum"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--email `forum` is not an e-mail address"),
        "{stderr}"
    );
    assert!(!dir.path().join("x").exists());
}

#[test]
fn an_existing_network_or_file_is_refused_unless_forced() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let args = ["init", "--network", NETWORK];
    assert_eq!(run(dir.path(), &args).0, 0);
    let before = fs::read_to_string(dir.path().join("meetings/members.yaml")).expect("members.yaml");
    fs::write(
        dir.path().join("meetings/members.yaml"),
        format!("{before}# edited\n"),
    )
    .expect("edited");

    let (code, _, stderr) = run(dir.path(), &args);
    assert_eq!(code, 1);
    assert!(stderr.contains("meetings already exists"), "{stderr}");
    let (code, _, stderr) = run(dir.path(), &[&args[..], &["--force"]].concat());
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        fs::read_to_string(dir.path().join("meetings/members.yaml")).expect("members.yaml"),
        before
    );

    // A file with content is refused; an empty one (a `.gitignore` just made) is replaced.
    let other = tempfile::tempdir().expect("a temporary folder");
    fs::write(other.path().join(".gitlab-ci.yml"), "stages: [test]\n").expect("written");
    fs::write(other.path().join(".gitignore"), "").expect("written");
    let (code, _, stderr) = run(other.path(), &args);
    assert_eq!(code, 1);
    assert!(stderr.contains(".gitlab-ci.yml already exists"), "{stderr}");
    assert!(!stderr.contains(".gitignore"), "{stderr}");
    assert!(
        !other.path().join("meetings").exists(),
        "nothing is written after a refusal"
    );
    fs::remove_file(other.path().join(".gitlab-ci.yml")).expect("removed");
    assert_eq!(run(other.path(), &args).0, 0);
    let ignore = fs::read_to_string(other.path().join(".gitignore")).expect(".gitignore");
    assert!(ignore.contains(".lchnv.lock"), "{ignore}");
}
