//! People and time on the shipped data: the draft agenda of 29 January 2026 names the chair of
//! 2026 and asks what is still to be decided, and every member sees what it owes.

mod common;
use common::copy_dir;

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_lchnv");

/// A copy of the shipped repository (meetings and templates).
fn shipped() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&root.join("meetings"), &dir.path().join("meetings"));
    copy_dir(&root.join("templates"), &dir.path().join("templates"));
    dir
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(BIN)
        .current_dir(dir)
        .env_remove("LCHNV_MEETINGS")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The text of one item (from its heading to the next heading of any level).
fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let start = text
        .find(heading)
        .unwrap_or_else(|| panic!("no `{heading}` in:\n{text}"));
    let rest = &text[start + heading.len()..];
    let end = rest.find("\n#").map(|i| i + 1).unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn the_draft_agenda_of_29_january_can_be_sent_as_the_chair_would() {
    let dir = shipped();
    let (code, text, stderr) = run(dir.path(), &["new-agenda", "2026-01-29", "--dry-run"]);
    assert_eq!(code, 0, "{stderr}");
    // The chair of 2026, decided in November 2025, without a flag.
    assert!(text.contains("\nchair: Beat Axa\n"), "{text}");
    // No presenter is named in last year's role.
    assert!(!text.contains("Ulrika Gärdsback, ordförande"), "{text}");
    assert!(
        text.contains("Föredragande: Beat Axa, ordförande, Länschefsnätverket"),
        "{text}"
    );
    // Titles from the matters: nothing is announced as done that is still to do.
    assert!(!text.contains("Tillsatt"), "{text}");
    assert!(text.contains("### 4a. Information: Långsiktig överenskommelse om hälso- och sjukvård i hemmet"));
    // LPU: a decision still to take; the proposal asks the network to take a position on the report.
    let lpu = section(&text, "### 5a. Beslut: Lokal praktikutveckling (LPU)\n");
    assert!(
        lpu.contains("Förslag till beslut: Länschefsnätverket beslutar"),
        "{lpu}"
    );
    assert!(
        lpu.contains("- att ta ställning till det som Region Dalarna återrapporterar\n"),
        "{lpu}"
    );
    assert!(!lpu.contains("lägga informationen till handlingarna"), "{lpu}");
    // Mini-Maria is ongoing: a standing item, carried.
    let mini = section(&text, "### 4c. Information: Mini-Maria\n");
    assert!(mini.contains("Från mötet 21 november 2025, punkt 5c."), "{mini}");
    // What was raised under Övriga frågor comes back under the returning section.
    assert!(text.contains("## 6. Uppföljning av tidigare ärenden"), "{text}");
    assert!(!text.contains("Nya ärenden"), "{text}");
    // The carried matters, and only those.
    let matters: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("Ärende: ")).collect();
    assert_eq!(
        matters,
        [
            "hemsjukvardsavtal-langsiktigt",
            "hemsjukvardsavtal",
            "mini-maria",
            "gnv-handlingsplan",
            "voc",
            "lpu",
            "utskrivning-storhelger",
            "samsjuklighet"
        ]
    );
    // Report-back not stated is marked so on the agenda.
    assert!(section(&text, "### 6b. Information: Samsjuklighet\n").contains("Återrapport: ej angiven."));

    // Written, the agenda has no finding: it can be sent as it is.
    let (code, _, stderr) = run(dir.path(), &["new-agenda", "2026-01-29"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, findings, _) = run(
        dir.path(),
        &["check", "--format", "concise", "meetings/2026-01-29/agenda.md"],
    );
    assert_eq!(code, 0, "{findings}");
    assert_eq!(findings.trim(), "", "no finding at all");

    // The minutes take the agenda's chair.
    let (code, minutes, stderr) = run(dir.path(), &["new-minutes", "2026-01-29", "--dry-run"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(minutes.contains("\nchair: Beat Axa\n"), "{minutes}");
}

#[test]
fn the_minutes_skeleton_takes_the_chair_of_its_date_when_the_agenda_names_none() {
    let dir = shipped();
    let agenda: PathBuf = dir.path().join("meetings/2026-01-29/agenda.md");
    assert_eq!(run(dir.path(), &["new-agenda", "2026-01-29"]).0, 0);
    let text = std::fs::read_to_string(&agenda).unwrap_or_default();
    std::fs::write(&agenda, text.replace("chair: Beat Axa\n", "")).unwrap_or_else(|e| panic!("{e}"));
    let (code, minutes, stderr) = run(dir.path(), &["new-minutes", "2026-01-29", "--dry-run"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(minutes.contains("\nchair: Beat Axa\n"), "{minutes}");
}

#[test]
fn every_member_sees_what_it_owes() {
    let dir = shipped();
    for owner in ["Rättvik", "Hedemora", "Malin Lindén-Ohlsson", "rattvik"] {
        let (code, out, err) = run(dir.path(), &["todo", "--owner", owner, "--format", "csv"]);
        assert_eq!(code, 0, "{owner}: {err}");
        assert!(out.contains("2025-11-21#5d.u1"), "{owner}: {out}");
        assert!(out.contains("as a member of Ledamöterna"), "{owner}: {out}");
    }
    // The municipal members: the input asked for is what matters to the municipalities.
    let (_, region, _) = run(
        dir.path(),
        &["todo", "--owner", "Region Dalarna", "--format", "csv"],
    );
    assert!(!region.contains("5d.u1"), "{region}");
    for (owner, reference) in [
        ("Munters", "2025-11-21#5e.u1"),
        ("Tommy", "2025-11-21#5e.u1"),
        ("Axa", "2025-11-21#8a.u1"),
    ] {
        let (code, out, err) = run(dir.path(), &["todo", "--owner", owner, "--format", "csv"]);
        assert_eq!(code, 0, "{owner}: {err}");
        assert!(out.contains(reference), "{owner}: {out}");
    }
    let (code, _, err) = run(dir.path(), &["todo", "--owner", "Dalarna"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("`Region Dalarna`") && err.contains("`RSS Dalarna`"),
        "{err}"
    );
    let (code, _, err) = run(dir.path(), &["todo", "--owner", "Planeringsgrupen"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `Planeringsgruppen`?"), "{err}");
    // What the minutes do not state is shown so, never filled in.
    let (_, out, _) = run(dir.path(), &["todo", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}"));
    let nomination = doc["assignments"]
        .as_array()
        .and_then(|list| list.iter().find(|a| a["reference"] == "2025-11-21#5a.u2"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        nomination["owners"],
        serde_json::json!(["not stated"]),
        "{nomination}"
    );
    assert_eq!(nomination["report_to"], "not stated", "{nomination}");
}

#[test]
fn matter_ids_are_read_as_people_type_them() {
    let dir = shipped();
    let (code, out, err) = run(dir.path(), &["history", "hemsjukvårdsavtal"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("hemsjukvardsavtal: "), "{out}");
    let (code, out, err) = run(
        dir.path(),
        &["decisions", "--matter", "Mini Maria", "--format", "csv"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("2025-11-21#5c.b1"), "{out}");
    let (_, out, _) = run(dir.path(), &["history", "mini-maria"]);
    assert!(out.contains("State: open"), "{out}");
}

#[test]
fn a_role_that_does_not_hold_on_the_date_is_a_warning() {
    let dir = shipped();
    assert_eq!(run(dir.path(), &["new-agenda", "2026-01-29"]).0, 0);
    let agenda = dir.path().join("meetings/2026-01-29/agenda.md");
    let text = std::fs::read_to_string(&agenda).unwrap_or_default();
    let stale = text
        .replacen(
            "Föredragande: Beat Axa, ordförande",
            "Föredragande: Ulrika Gärdsback, ordförande",
            1,
        )
        .replace("chair: Beat Axa", "chair: Ulrika Gärdsback");
    std::fs::write(&agenda, stale).unwrap_or_else(|e| panic!("{e}"));
    let (code, out, _) = run(
        dir.path(),
        &["check", "--format", "concise", "meetings/2026-01-29/agenda.md"],
    );
    assert_eq!(code, 0, "{out}");
    let roles: Vec<&str> = out.lines().filter(|l| l.contains("warning[L509]")).collect();
    assert_eq!(roles.len(), 2, "{out}");
    assert!(roles.iter().all(|l| l.contains("names Beat Axa")), "{out}");
}
