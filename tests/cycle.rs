//! The meeting cycle end to end: `lchnv new-agenda` and `lchnv new-minutes` on a small network
//! (tests/fixtures/cycle) copied into a temporary folder, then `lchnv check` on what they wrote.
//!
//! The fixture's minutes leave, before 2025-11-01: one assignment open (3a.u1, due 2025-10-15),
//! one ticked in later minutes (3b.u1), one closed with `Avslutar:` (3c.u1), one carried forward
//! with a new due date and owner (3d.u1 → 2025-10-01 3b.u1), one reporting to a group (3e.u1), a
//! postponed decision item, one matter marked `Återkommer: ja` and one `Återkommer: nej`; and,
//! within matters that come back, one assignment closed with `Avslutar:` (3a.u2) and one ticked
//! (3d.u2).

use assert_cmd::Command;
use std::path::{Path, PathBuf};

const FIXTURE: &str = "tests/fixtures/cycle";

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A copy of the fixture repository in a temporary folder.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE), dir.path());
    dir
}

fn lchnv(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lchnv").unwrap();
    cmd.current_dir(dir)
        .env_remove("LCHNV_MEETINGS")
        // A fixed day for the rules that count days (a draft left too long).
        .env("LCHNV_TODAY", "2025-11-02")
        .env("NO_COLOR", "1");
    cmd
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[&str]) -> Run {
    let output = lchnv(dir).args(args).output().unwrap();
    Run {
        code: output.status.code(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

fn agenda_path(dir: &Path, date: &str) -> PathBuf {
    dir.join("meetings").join(date).join("agenda.md")
}

fn minutes_path(dir: &Path, date: &str) -> PathBuf {
    dir.join("meetings").join(date).join("minutes.md")
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
fn the_agenda_has_when_where_and_the_standard_items() {
    let dir = repo();
    let out = run(dir.path(), &["new-agenda", "2025-11-01", "--dry-run"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let text = out.stdout;
    assert!(
        text.starts_with("---\nkind: agenda\ndate: 2025-11-01\n"),
        "{text}"
    );
    for line in [
        "time: 13.00–15.30",
        "place: Storgatan 1, Norrby",
        "room: Salen",
        "note: Beredningen 1 h innan",
        "previous_minutes: 2025-10-01",
        "  - id: \"1\"\n    title: Minnesanteckningar 2025-10-01\n    file: ../2025-10-01/minutes.md",
        "# Dagordning Provnätverket i Länet",
        "## 1. Mötets öppnande\n\nFörslag till beslut: Provnätverket beslutar\n\n- att öppna mötet.",
        "## 2. Föregående minnesanteckningar 2025-10-01\n\nBilaga: 1\n",
    ] {
        assert!(text.contains(line), "missing `{line}` in:\n{text}");
    }
    assert!(text.trim_end().ends_with("## 5. Övriga frågor"), "{text}");
    // The dry run wrote nothing.
    assert!(!agenda_path(dir.path(), "2025-11-01").exists());
}

#[test]
fn an_open_assignment_is_carried_with_its_owner_and_reference() {
    let dir = repo();
    let text = run(dir.path(), &["new-agenda", "2025-11-01", "--dry-run"]).stdout;
    let item = section(&text, "### 3a. Information: Öppen fråga\n");
    assert!(item.contains("Ärende: oppen"), "{item}");
    assert!(item.contains("Föredragande: Alva Berg, ordförande"), "{item}");
    assert!(item.contains("Från mötet 1 september 2025, punkt 3a"), "{item}");
    assert!(
        item.contains("- [ ] **Norrby**: ta fram ett underlag om den öppna frågan."),
        "{item}"
    );
    assert!(
        item.contains("Återrapport: PNL. Från: 2025-09-01#3a.u1."),
        "{item}"
    );
    // Its due date has passed: said in words, not as a `Senast:` before the meeting.
    assert!(!item.contains("Senast:"), "{item}");
    assert!(
        item.contains("(Försenat: skulle ha varit klart\n  2025-10-15.)"),
        "{item}"
    );
    assert!(
        item.contains("- att lägga informationen till handlingarna."),
        "{item}"
    );
    // Its matter belongs to a section the template lists (`section:` in matters.yaml).
    assert!(
        text.contains("## 3. Rapport från regional nivå\n\n### 3a."),
        "{text}"
    );
}

#[test]
fn a_matter_carried_forward_comes_from_its_latest_minutes() {
    let dir = repo();
    let text = run(dir.path(), &["new-agenda", "2025-11-01", "--dry-run"]).stdout;
    // Its matter names no section: under the template's section for returning matters, never
    // under "Nya ärenden".
    assert!(
        text.contains("## 4. Uppföljning av tidigare ärenden\n\n### 4a. Information: Förs vidare"),
        "{text}"
    );
    let item = section(&text, "### 4a. Information: Förs vidare\n");
    assert!(item.contains("Från mötet 1 oktober 2025, punkt 3b"), "{item}");
    assert!(item.contains("- [ ] **Cecilia Dahl**, **Bo Ek**: samla in synpunkterna, nu även från Söderby."));
    assert!(
        item.contains("Senast: 2025-12-15. Från: 2025-10-01#3b.u1."),
        "{item}"
    );
    assert!(!text.contains("2025-09-01#3d"), "{text}");
    assert!(!text.contains("2025-09-01 punkt 3d"), "{text}");
}

#[test]
fn closed_and_unreported_assignments_are_not_carried() {
    let dir = repo();
    let text = run(dir.path(), &["new-agenda", "2025-11-01", "--dry-run"]).stdout;
    // Ticked `[x]` in the 2025-10-01 minutes with `Från:`.
    assert!(!text.contains("utreda frågan som bockas av"), "{text}");
    assert!(!text.contains("stangd-bock"), "{text}");
    // Closed by `Avslutar:` in the 2025-10-01 minutes.
    assert!(!text.contains("skriva rapporten som avslutas"), "{text}");
    assert!(!text.contains("stangd-avslutar"), "{text}");
    // The same, within matters that do come back.
    assert!(
        text.contains("Ärende: oppen") && text.contains("Ärende: overford"),
        "{text}"
    );
    assert!(!text.contains("boka ett möte om synpunkterna"), "{text}");
    assert!(!text.contains("skicka underlaget till Söderby"), "{text}");
    // Reports to a group, not to the network.
    assert!(!text.contains("till-beredningen"), "{text}");
    // `Återkommer: nej`.
    assert!(!text.contains("Kommer inte tillbaka"), "{text}");
}

#[test]
fn returning_and_postponed_matters_come_back() {
    let dir = repo();
    let text = run(dir.path(), &["new-agenda", "2025-11-01", "--dry-run"]).stdout;
    let postponed = section(&text, "### 4b. Beslut: Bordläggs\n");
    assert!(postponed.contains("Ärende: bordlagd"), "{postponed}");
    assert!(postponed.contains("Föredragande: Dan Fors"), "{postponed}");
    assert!(
        postponed.contains("- att anta planen för den bordlagda frågan,\n- att följa upp planen i december."),
        "{postponed}"
    );
    let returning = section(&text, "### 4c. Information: Kommer tillbaka\n");
    assert!(
        returning.contains("Från mötet 1 oktober 2025, punkt 3d"),
        "{returning}"
    );
    assert!(!returning.contains("- [ ]"), "{returning}");
}

#[test]
fn an_item_without_a_matter_is_carried_on_its_own() {
    let dir = repo();
    let minutes = minutes_path(dir.path(), "2025-10-01");
    let mut text = std::fs::read_to_string(&minutes).unwrap();
    text.push_str("\n### 4a. Information: Utan ärende\n\n- [ ] **Bo Ek**: ringa runt. Återrapport: PNL.\n");
    std::fs::write(&minutes, text).unwrap();
    let agenda = run(dir.path(), &["new-agenda", "2025-11-01", "--dry-run"]).stdout;
    let item = section(&agenda, "### 4d. Information: Utan ärende\n");
    assert!(item.contains("Från mötet 1 oktober 2025, punkt 4a"), "{item}");
    assert!(
        item.contains("- [ ] **Bo Ek**: ringa runt. Återrapport: PNL. Från: 2025-10-01#4a.u1."),
        "{item}"
    );
}

#[test]
fn the_written_agenda_passes_check_and_is_never_overwritten() {
    let dir = repo();
    let dry = run(dir.path(), &["new-agenda", "2025-11-01", "--dry-run"]).stdout;
    let out = run(dir.path(), &["new-agenda", "2025-11-01"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let path = agenda_path(dir.path(), "2025-11-01");
    assert_eq!(
        out.stdout.trim(),
        Path::new("meetings/2025-11-01/agenda.md").display().to_string()
    );
    let written = std::fs::read(&path).unwrap();
    assert_eq!(String::from_utf8(written.clone()).unwrap(), dry);

    let check = run(dir.path(), &["check"]);
    assert_eq!(check.code, Some(0), "{}{}", check.stdout, check.stderr);
    assert!(check.stdout.is_empty(), "{}", check.stdout);
    assert!(check.stderr.contains("no findings"), "{}", check.stderr);

    let again = run(dir.path(), &["new-agenda", "2025-11-01"]);
    assert_eq!(again.code, Some(1));
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
    assert!(again.stderr.contains("--force"), "{}", again.stderr);
    assert_eq!(std::fs::read(&path).unwrap(), written);
    // No temporary file was left behind.
    assert_eq!(std::fs::read_dir(path.parent().unwrap()).unwrap().count(), 1);
}

#[test]
fn force_replaces_an_existing_agenda() {
    let dir = repo();
    let path = agenda_path(dir.path(), "2025-11-01");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "an old draft\n").unwrap();
    let out = run(dir.path(), &["new-agenda", "2025-11-01", "--force"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("---\nkind: agenda\n"), "{text}");
    assert!(!text.contains("an old draft"));
}

#[test]
fn a_date_not_in_the_calendar_names_the_nearest_dates() {
    let dir = repo();
    let out = run(dir.path(), &["new-agenda", "2025-11-15"]);
    assert_eq!(out.code, Some(2), "{}", out.stdout);
    assert!(out.stderr.contains("2025-11-15 is not in"), "{}", out.stderr);
    assert!(out.stderr.contains("calendar.yaml"), "{}", out.stderr);
    assert!(out.stderr.contains("2025-11-01 and 2025-12-01"), "{}", out.stderr);
    assert!(out.stderr.contains("--time and --place"), "{}", out.stderr);
    assert!(!dir.path().join("meetings/2025-11-15").exists());

    let out = run(
        dir.path(),
        &[
            "new-agenda",
            "2025-11-15",
            "--dry-run",
            "--time",
            "10.00–12.00",
            "--place",
            "Biblioteket: lilla salen",
            "--room",
            "Läsesalen",
        ],
    );
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stdout.contains("time: 10.00–12.00\n"), "{}", out.stdout);
    // A value YAML would misread is quoted.
    assert!(
        out.stdout.contains("place: \"Biblioteket: lilla salen\"\n"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("room: Läsesalen\n"), "{}", out.stdout);
    assert!(out.stderr.contains("not in calendar.yaml"), "{}", out.stderr);
}

#[test]
fn a_date_that_is_not_a_date_is_refused_clearly() {
    let dir = repo();
    for bad in ["2025-13-01", "1 november"] {
        let out = run(dir.path(), &["new-agenda", bad]);
        assert_eq!(out.code, Some(2));
        assert!(out.stderr.contains("is not a meeting date"), "{}", out.stderr);
        assert!(out.stderr.contains("YYYY-MM-DD"), "{}", out.stderr);
    }
}

const CUSTOM_TEMPLATE: &str = r#"{% set sections = ["Att besluta", "Uppföljning"] %}
{% set returning_section = "Uppföljning" %}
---
kind: agenda
date: {{ date }}
{% if previous_minutes %}
previous_minutes: {{ previous_minutes }}
{% endif %}
{% if attachments %}
attachments:
{% for a in attachments %}
  - id: {{ a.id | yaml }}
    title: {{ a.title | yaml }}
    file: {{ a.file | yaml }}
{% endfor %}
{% endif %}
---

# Föredragningslista för {{ network.short }}

{% for item in items %}
## {{ item.number }}. {{ item.heading }}

{% for sub in item.sub_items %}
### {{ sub.number }}. {{ sub.heading }}

Ärende: {{ sub.matter }}

{% if sub.proposal %}
Förslag till beslut: {{ network.called }} beslutar

{% for clause in sub.proposal %}
- {{ clause }}
{% endfor %}
{% endif %}
{% endfor %}
{% if item.attachments %}
Bilaga: {{ item.attachments | join(", ") }}

{% endif %}
{% if item.proposal and not item.section %}
Förslag till beslut: {{ network.called }} beslutar

{% for clause in item.proposal %}
- {{ clause }}
{% endfor %}
{% endif %}
{% endfor %}
"#;

#[test]
fn the_template_beside_the_meetings_folder_shapes_the_agenda() {
    let dir = repo();
    let built_in = run(dir.path(), &["new-agenda", "2025-11-01", "--dry-run"]).stdout;
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    std::fs::write(dir.path().join("templates/agenda.md"), CUSTOM_TEMPLATE).unwrap();

    let out = run(dir.path(), &["new-agenda", "2025-11-01"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let text = std::fs::read_to_string(agenda_path(dir.path(), "2025-11-01")).unwrap();
    assert_ne!(text, built_in);
    assert!(text.contains("# Föredragningslista för PNL"), "{text}");
    // No matter names a section of this template: every returning item goes under the
    // template's `returning_section`, oldest first; the empty section is left out.
    assert!(
        text.contains("## 3. Uppföljning\n\n### 3a. Information: Öppen fråga"),
        "{text}"
    );
    assert!(text.contains("### 3b. Information: Förs vidare"), "{text}");
    assert!(text.contains("### 3c. Beslut: Bordläggs"), "{text}");
    assert!(text.contains("### 3d. Information: Kommer tillbaka"), "{text}");
    assert!(!text.contains("Att besluta"), "{text}");
    assert!(text.contains("## 4. Övriga frågor"), "{text}");
    assert!(!text.contains("Rapport från regional nivå"), "{text}");
    assert!(!text.contains("Nya ärenden"), "{text}");

    let check = run(dir.path(), &["check"]);
    assert_eq!(check.code, Some(0), "{}{}", check.stdout, check.stderr);
    assert!(check.stdout.is_empty(), "{}", check.stdout);
}

#[test]
fn a_template_given_on_the_command_line_wins() {
    let dir = repo();
    let file = dir.path().join("min-mall.md");
    // Templates written before `returning_section` name it `other_section`; it still works.
    let older = CUSTOM_TEMPLATE
        .replace("Föredragningslista", "Möteslista")
        .replace("returning_section", "other_section");
    std::fs::write(&file, older).unwrap();
    let out = run(
        dir.path(),
        &[
            "new-agenda",
            "2025-11-01",
            "--dry-run",
            "--template",
            "min-mall.md",
        ],
    );
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stdout.contains("# Möteslista för PNL"), "{}", out.stdout);
    assert!(
        out.stdout.contains("## 3. Uppföljning\n\n### 3a."),
        "{}",
        out.stdout
    );

    std::fs::write(&file, "{% if %}\n").unwrap();
    let out = run(
        dir.path(),
        &[
            "new-agenda",
            "2025-11-01",
            "--dry-run",
            "--template",
            "min-mall.md",
        ],
    );
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("min-mall.md"), "{}", out.stderr);
    assert!(out.stderr.contains("line 1"), "{}", out.stderr);
}

/// Writes the agenda and the minutes skeleton of 2025-11-01 and returns the minutes.
fn agenda_then_minutes(dir: &Path) -> String {
    let out = run(dir, &["new-agenda", "2025-11-01", "--chair", "Alva Berg"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let out = run(dir, &["new-minutes", "2025-11-01"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.stdout.trim(),
        Path::new("meetings/2025-11-01/minutes.md").display().to_string()
    );
    std::fs::read_to_string(minutes_path(dir, "2025-11-01")).unwrap()
}

#[test]
fn new_minutes_follows_the_agenda_with_placeholders() {
    let dir = repo();
    let text = agenda_then_minutes(dir.path());
    assert!(
        text.starts_with("---\nkind: minutes\nstatus: draft\ndate: 2025-11-01\n"),
        "{text}"
    );
    assert!(text.contains("chair: Alva Berg\n"), "{text}");
    assert!(text.contains("# note_taker: [["), "{text}");
    // The delegates, with their organisations; not the people who are not delegates.
    assert!(
        text.contains("  - name: Alva Berg\n    organisation: Norrby\n"),
        "{text}"
    );
    assert!(
        text.contains("  - name: Bo Ek\n    organisation: Söderby\n"),
        "{text}"
    );
    assert!(
        text.contains("  - name: Dan Fors\n    organisation: Regionen\n"),
        "{text}"
    );
    assert!(!text.contains("name: Cecilia Dahl"), "{text}");
    assert!(text.contains("previous_minutes: 2025-10-01\n"), "{text}");
    assert!(text.contains("    file: ../2025-10-01/minutes.md\n"), "{text}");
    // Same items and numbers; proposals as decisions to confirm.
    assert!(text.contains(
        "## 1. Mötets öppnande\n\nProvnätverket beslutade\n\n- att öppna mötet. [[bekräfta eller ändra]]"
    ));
    assert!(
        text.contains("## 2. Föregående minnesanteckningar 2025-10-01\n\nBilaga: 1\n"),
        "{text}"
    );
    let postponed = section(&text, "### 4b. Beslut: Bordläggs\n");
    assert!(postponed.contains(
        "Provnätverket beslutade\n\n- att anta planen för den bordlagda frågan, [[bekräfta eller ändra]]"
    ));
    assert!(postponed.contains("Föredragande: Dan Fors"), "{postponed}");
    // Carried assignments to tick or keep, with their references.
    let carried = section(&text, "### 4a. Information: Förs vidare\n");
    assert!(
        carried.contains("Från mötet 1 oktober 2025, punkt 3b"),
        "{carried}"
    );
    assert!(
        carried.contains("- [ ] **Cecilia Dahl**, **Bo Ek**: samla in synpunkterna"),
        "{carried}"
    );
    assert!(
        carried.contains("Senast: 2025-12-15. Från: 2025-10-01#3b.u1."),
        "{carried}"
    );
    // A passed due date asks for a new one.
    let open = section(&text, "### 3a. Information: Öppen fråga\n");
    assert!(
        open.contains("[[försenat, skulle ha varit klart 2025-10-15"),
        "{open}"
    );
    assert!(text.trim_end().ends_with("]]"), "{text}");
}

#[test]
fn the_minutes_skeleton_has_only_placeholder_warnings() {
    let dir = repo();
    agenda_then_minutes(dir.path());
    let check = run(dir.path(), &["check", "--format", "concise"]);
    assert_eq!(check.code, Some(0), "{}{}", check.stdout, check.stderr);
    let lines: Vec<&str> = check.stdout.lines().collect();
    assert!(lines.len() > 10, "{}", check.stdout);
    for line in lines {
        assert!(line.contains("minutes.md"), "{line}");
        assert!(line.contains("warning[L308]"), "{line}");
    }
}

#[test]
fn a_draft_is_not_a_meeting_that_happened() {
    let dir = repo();
    agenda_then_minutes(dir.path());
    // The skeleton confirms the proposals and lists every delegate as present; until the
    // note-taker finishes it, no register counts it.
    let decisions = run(dir.path(), &["decisions", "--format", "csv"]);
    assert_eq!(decisions.code, Some(0), "{}", decisions.stderr);
    assert!(!decisions.stdout.contains("2025-11-01"), "{}", decisions.stdout);
    assert!(
        decisions
            .stderr
            .contains("draft minutes meetings/2025-11-01/minutes.md were left out"),
        "{}",
        decisions.stderr
    );
    assert!(
        decisions.stderr.contains("--include-drafts"),
        "{}",
        decisions.stderr
    );
    let attendance = run(dir.path(), &["attendance", "--format", "json"]);
    assert!(!attendance.stdout.contains("2025-11-01"), "{}", attendance.stdout);
    let with = run(dir.path(), &["decisions", "--format", "csv", "--include-drafts"]);
    assert!(with.stdout.contains("2025-11-01#1.b1"), "{}", with.stdout);
    assert!(with.stderr.is_empty(), "{}", with.stderr);
    // Nor is it read for the next agenda.
    let next = run(dir.path(), &["new-agenda", "2025-12-01", "--dry-run"]);
    assert_eq!(next.code, Some(0), "{}", next.stderr);
    assert!(next.stderr.contains("left out"), "{}", next.stderr);
    assert!(
        !next.stdout.contains("Föregående minnesanteckningar 2025-11-01"),
        "{}",
        next.stdout
    );
    // `check`: placeholders are warnings in the draft; a draft left a month is a warning too.
    let late = run(
        dir.path(),
        &["check", "--format", "concise", "--today", "2025-12-15"],
    );
    assert_eq!(late.code, Some(0), "{}", late.stdout);
    assert!(late.stdout.contains("warning[L603]"), "{}", late.stdout);
    // The same placeholders in final minutes are errors.
    let path = minutes_path(dir.path(), "2025-11-01");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("status: draft\n", "")).unwrap();
    let fin = run(dir.path(), &["check", "--format", "concise"]);
    assert_eq!(fin.code, Some(1), "{}", fin.stdout);
    assert!(fin.stdout.contains("error[L309]"), "{}", fin.stdout);
    assert!(!fin.stdout.contains("warning[L308]"), "{}", fin.stdout);
}

#[test]
fn new_minutes_refuses_without_an_agenda() {
    let dir = repo();
    let out = run(dir.path(), &["new-minutes", "2025-11-01"]);
    assert_eq!(out.code, Some(1), "{}", out.stdout);
    assert!(
        out.stderr.contains("there is no agenda for 2025-11-01"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("agendas exist for 2025-10-01"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("lchnv new-agenda 2025-11-01"),
        "{}",
        out.stderr
    );
    assert!(!minutes_path(dir.path(), "2025-11-01").exists());
}

#[test]
fn new_minutes_never_overwrites_minutes() {
    let dir = repo();
    let path = minutes_path(dir.path(), "2025-10-01");
    let before = std::fs::read(&path).unwrap();
    let out = run(dir.path(), &["new-minutes", "2025-10-01"]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let out = run(dir.path(), &["new-minutes", "2025-10-01", "--dry-run"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout
            .contains("## 3. Uppföljning\n\n### 3a. Beslut: Bordläggs"),
        "{}",
        out.stdout
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// Replaces every `[[placeholder]]` as a note-taker would, by deleting it.
fn fill_in(text: &str) -> String {
    let placeholder = regex::Regex::new(r" ?\[\[[^\]\n]*\]\]").unwrap();
    placeholder.replace_all(text, "").into_owned()
}

#[test]
fn the_cycle_goes_round_ticked_assignments_stay_behind() {
    let dir = repo();
    let minutes = agenda_then_minutes(dir.path());
    // Finished minutes: placeholders filled in, one task ticked, no longer a draft.
    let done = fill_in(&minutes)
        .replace("- [ ] **Norrby**", "- [x] **Norrby**")
        .replace("status: draft\n", "");
    assert!(done.contains("- [x] **Norrby**"));
    std::fs::write(minutes_path(dir.path(), "2025-11-01"), done).unwrap();
    let check = run(dir.path(), &["check"]);
    assert_eq!(check.code, Some(0), "{}{}", check.stdout, check.stderr);
    assert!(check.stdout.is_empty(), "{}", check.stdout);

    let next = run(dir.path(), &["new-agenda", "2025-12-01", "--dry-run"]);
    assert_eq!(next.code, Some(0), "{}", next.stderr);
    let text = next.stdout;
    assert!(
        text.contains("## 2. Föregående minnesanteckningar 2025-11-01"),
        "{text}"
    );
    assert!(!text.contains("Öppen fråga"), "{text}");
    assert!(!text.contains("**Norrby**"), "{text}");
    // Decided or taken note of at 2025-11-01, so not back.
    assert!(!text.contains("Bordläggs"), "{text}");
    assert!(!text.contains("Kommer tillbaka"), "{text}");
    // Still open: carried from its latest state.
    let item = section(&text, "### 3a. Information: Förs vidare\n");
    assert!(item.contains("Från mötet 1 november 2025, punkt 4a"), "{item}");
    assert!(item.contains("Från: 2025-11-01#4a.u1."), "{item}");
}
