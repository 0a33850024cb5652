//! End-to-end tests of the registers: `todo`, `decisions`, `history` and `attendance`, on the
//! shipped meetings folder (the acceptance checks) and on small repositories built here.
//! Every format of every command also has a case in `tests/cmd/` (run by `tests/cli.rs`).

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("meetings")
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/registers/meetings")
}

fn lchnv(meetings: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lchnv"));
    cmd.env_remove("LCHNV_MEETINGS")
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .arg("--meetings")
        .arg(meetings);
    cmd
}

/// Runs and returns (exit code, stdout, stderr).
fn run(meetings: &Path, args: &[&str]) -> (i32, String, String) {
    let output = lchnv(meetings).args(args).output().expect("lchnv runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn json(meetings: &Path, args: &[&str]) -> Value {
    let (code, stdout, stderr) = run(meetings, args);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).expect("valid JSON")
}

fn strings<'a>(value: &'a Value, key: &str) -> Vec<&'a str> {
    value[key]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default()
}

fn references(doc: &Value, list: &str) -> Vec<String> {
    doc[list]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|e| e["reference"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

// ---- the shipped meetings folder -------------------------------------------------------------

#[test]
fn shipped_region_dalarna_owes_the_lpu_representative_and_the_discharge_routine() {
    let doc = json(
        &shipped(),
        &[
            "todo",
            "--owner",
            "Region Dalarna",
            "--format",
            "json",
            "--today",
            "2025-12-01",
        ],
    );
    let refs = references(&doc, "assignments");
    assert!(refs.contains(&"2025-11-21#6b.u1".to_owned()), "{refs:?}");
    assert!(refs.contains(&"2025-11-21#8a.u1".to_owned()), "{refs:?}");
    // members.yaml places Johanna Munters in Region Dalarna.
    assert!(refs.contains(&"2025-11-21#5e.u1".to_owned()), "{refs:?}");
    // Nobody else's: Älvdalen's and the steering group's assignments are not the Region's.
    assert!(!refs.contains(&"2025-11-21#5b.u1".to_owned()), "{refs:?}");
    assert!(!refs.contains(&"2025-11-21#5a.u1".to_owned()), "{refs:?}");
    let lpu = doc["assignments"]
        .as_array()
        .and_then(|a| a.iter().find(|e| e["reference"] == "2025-11-21#6b.u1"))
        .expect("the LPU assignment");
    assert_eq!(strings(lpu, "owners"), ["Region Dalarna"]);
    assert_eq!(lpu["report_to"], "LCHNV");
    assert_eq!(lpu["matter"], "lpu");
    assert_eq!(lpu["done"], false);
    let routine = doc["assignments"]
        .as_array()
        .and_then(|a| a.iter().find(|e| e["reference"] == "2025-11-21#8a.u1"))
        .expect("the discharge routine");
    assert_eq!(strings(routine, "owners"), ["Beat Axa"]);
}

#[test]
fn shipped_owner_names_ignore_case_and_marks() {
    let args = |owner| {
        [
            "todo",
            "--owner",
            owner,
            "--format",
            "json",
            "--today",
            "2025-12-01",
        ]
    };
    let exact = run(&shipped(), &args("Region Dalarna"));
    let lower = run(&shipped(), &args("region dalarna"));
    assert_eq!(exact.0, 0);
    assert_eq!(exact, lower);
    let alias = run(&shipped(), &args("REGIONEN"));
    assert_eq!(exact, alias);
    // "alvdalen" finds Älvdalen: its own assignment, and the one it owes as a member of
    // Ledamöterna.
    let doc = json(&shipped(), &args("alvdalen"));
    assert_eq!(
        references(&doc, "assignments"),
        ["2025-11-21#5b.u1", "2025-11-21#5d.u1"]
    );
    assert_eq!(doc["assignments"][1]["as_member_of"], "Ledamöterna");
    assert_eq!(doc["assignments"][1]["member"], "Älvdalen");
}

#[test]
fn shipped_unknown_owner_exits_2_with_the_nearest_name() {
    let (code, stdout, stderr) = run(&shipped(), &["todo", "--owner", "Regon Dalarna"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.contains("`Regon Dalarna` is not a person, organisation or group"),
        "{stderr}"
    );
    assert!(stderr.contains("members.yaml"), "{stderr}");
    assert!(stderr.contains("`Region Dalarna`"), "{stderr}");
}

#[test]
fn shipped_decisions_grep_finds_the_revised_hygiene_agreement() {
    let (code, stdout, stderr) = run(&shipped(), &["decisions", "--grep", "vårdhygien", "--width", "0"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("2025-11-21#4a.b1"), "{stdout}");
    assert!(
        stdout.contains(
            "att anta det reviderade samverkansavtalet mellan kommunerna och Region Dalarna om vårdhygien."
        ),
        "{stdout}"
    );
    // Without the mark and in capitals it is the same search.
    let doc = json(
        &shipped(),
        &["decisions", "--grep", "VARDHYGIEN", "--format", "json"],
    );
    let refs = references(&doc, "decisions");
    assert_eq!(refs, ["2025-11-21#4a.b1"]);
    assert_eq!(doc["decisions"][0]["matter"], "vardhygienavtal");
}

#[test]
fn shipped_history_links_march_and_november_items() {
    let doc = json(&shipped(), &["history", "--format", "json"]);
    let matters = doc["matters"].as_array().expect("a list of matters");
    for id in ["hemsjukvardsavtal", "mini-maria", "gnv-handlingsplan", "lpu"] {
        let matter = matters.iter().find(|m| m["id"] == id).expect(id);
        assert_eq!(matter["first"]["date"], "2025-03-14", "{id}");
        assert_eq!(matter["first"]["kind"], "agenda", "{id}");
        assert_eq!(matter["latest"]["date"], "2025-11-21", "{id}");
        assert_eq!(matter["latest"]["kind"], "minutes", "{id}");
        assert_eq!(matter["meetings"], 2, "{id}");
    }
    let state = |id: &str| {
        matters
            .iter()
            .find(|m| m["id"] == id)
            .map(|m| m["state"].clone())
            .unwrap_or_default()
    };
    // LPU waits for the Region's proposal; the action plan and Mini-Maria are standing items
    // still going on.
    assert_eq!(state("lpu"), "open");
    assert_eq!(state("gnv-handlingsplan"), "open");
    assert_eq!(state("mini-maria"), "open");
    // The long-term agreement began under the March item on the home-care agreement.
    let long_term = matters
        .iter()
        .find(|m| m["id"] == "hemsjukvardsavtal-langsiktigt")
        .expect("hemsjukvardsavtal-langsiktigt");
    assert_eq!(long_term["first"]["reference"], "2025-03-14#6b");
    // Only the March agenda is in the repository, not its minutes.
    assert_eq!(state("kommunikationsplan-rss"), "no-minutes");
}

#[test]
fn shipped_history_of_one_matter_shows_both_meetings() {
    let (code, stdout, stderr) = run(&shipped(), &["history", "lpu", "--width", "100"]);
    assert_eq!(code, 0, "{stderr}");
    let march = stdout.find("2025-03-14 agenda, item 7: Beslut: Lokal praktikutveckling");
    let november = stdout.find("2025-11-21 minutes, item 6b: Beslut: Ersättare för Emelie Forslund");
    assert!(march.is_some() && november.is_some(), "{stdout}");
    assert!(march < november, "date order: {stdout}");
    assert!(
        stdout.contains("State: open (open assignment: 2025-11-21#6b.u1)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("[ ] 2025-11-21#6b.u1 Region Dalarna:"),
        "{stdout}"
    );
    assert!(stdout.lines().all(|l| l.chars().count() <= 100), "{stdout}");
}

#[test]
fn shipped_unknown_matter_exits_2_with_the_nearest_ids() {
    let (code, _, stderr) = run(&shipped(), &["history", "mini-marja"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("`mini-marja` is not a matter"), "{stderr}");
    assert!(stderr.contains("`mini-maria`"), "{stderr}");
}

#[test]
fn shipped_attendance_does_not_count_the_lost_page_as_absence() {
    let doc = json(&shipped(), &["attendance", "--format", "json"]);
    assert_eq!(strings(&doc, "meetings"), ["2025-11-21"]);
    let orgs = doc["organisations"].as_array().expect("organisations");
    let org = |name: &str| {
        orgs.iter()
            .find(|o| o["name"] == name)
            .cloned()
            .unwrap_or_default()
    };
    // The first page of the November list (Avesta to Hedemora) is lost.
    for name in ["Avesta", "Borlänge", "Falun", "Gagnef", "Hedemora"] {
        let o = org(name);
        assert_eq!(o["meetings"][0]["status"], "not-recorded", "{name}");
        assert_eq!(o["absent"], 0, "{name}");
        assert_eq!(o["rate"], Value::Null, "{name}");
    }
    assert_eq!(org("Leksand")["meetings"][0]["present"][0], "Jasmin Löf");
    assert_eq!(org("Leksand")["rate"], 1.0);
    // Ludvika came though one of its two people did not.
    assert_eq!(org("Ludvika")["meetings"][0]["status"], "present");
    assert_eq!(
        strings(&org("Ludvika")["meetings"][0], "absent"),
        ["Andreas Fors"]
    );
    // Member organisations first, in the order of members.yaml; RSS Dalarna is not a member.
    assert_eq!(
        orgs.first().map(|o| o["name"].clone()),
        Some(Value::from("Avesta"))
    );
    assert_eq!(
        orgs.last().map(|o| o["name"].clone()),
        Some(Value::from("RSS Dalarna"))
    );
    assert_eq!(org("RSS Dalarna")["member"], false);
    // The chair's organisation is not in the documents.
    assert_eq!(doc["unassigned"][0]["name"], "Ulrika Gärdsback");
}

// ---- the small test repository ---------------------------------------------------------------

#[test]
fn todo_follows_carried_ticked_and_closed_assignments() {
    let doc = json(
        &fixture(),
        &["todo", "--all", "--format", "json", "--today", "2026-04-10"],
    );
    let rows = doc["assignments"].as_array().expect("assignments");
    let find = |r: &str| {
        rows.iter()
            .find(|e| e["reference"] == r)
            .cloned()
            .unwrap_or_default()
    };
    // Carried forward with a new due date: keeps its first reference, takes the latest line.
    let carried = find("2026-01-29#1.u2");
    assert_eq!(carried["latest_reference"], "2026-03-20#1.u2");
    assert_eq!(carried["due"], "2026-04-30");
    assert_eq!(carried["done"], false);
    // Ticked where it was carried forward.
    assert_eq!(find("2026-01-29#1.u1")["done"], true);
    // Closed by a later item's `Avslutar:`.
    assert_eq!(find("2026-01-29#4.u1")["done"], true);
    assert_eq!(find("2026-01-29#4.u1")["closed_by"], "2026-03-20#3");
    assert_eq!(find("2026-01-29#4.u1")["overdue_days"], Value::Null);
    // Sorted by due date, undated last.
    let order = references(&doc, "assignments");
    assert_eq!(
        order,
        [
            "2026-01-29#4.u1",
            "2026-01-29#4.u2",
            "2026-01-29#1.u2",
            "2026-01-29#1.u1",
            "2026-01-29#2.u1"
        ]
    );
}

#[test]
fn todo_counts_overdue_days_from_today() {
    let (code, stdout, _) = run(&fixture(), &["todo", "--today", "2026-03-02", "--width", "0"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("(overdue by 1 day)"), "{stdout}");
    assert!(stdout.contains("1 overdue."), "{stdout}");
    let (_, stdout, _) = run(&fixture(), &["todo", "--today", "2026-03-01", "--width", "0"]);
    assert!(stdout.contains("(today)"), "{stdout}");
    assert!(!stdout.contains("overdue by"), "{stdout}");
    let doc = json(
        &fixture(),
        &["todo", "--overdue", "--format", "json", "--today", "2026-05-10"],
    );
    assert_eq!(
        references(&doc, "assignments"),
        ["2026-01-29#4.u2", "2026-01-29#1.u2"]
    );
    assert_eq!(doc["assignments"][1]["overdue_days"], 10);
}

#[test]
fn todo_filters_by_due_date_meeting_and_owner() {
    let args = ["todo", "--format", "json", "--today", "2026-04-10"];
    let due = json(&fixture(), &[&args[..], &["--due-before", "2026-04-30"]].concat());
    assert_eq!(references(&due, "assignments"), ["2026-01-29#4.u2"]);
    let meeting = json(&fixture(), &[&args[..], &["--meeting", "2026-03-20"]].concat());
    assert_eq!(references(&meeting, "assignments"), ["2026-01-29#1.u2"]);
    // An organisation includes its people: Olle Ek is in Region Norrdal.
    let region = json(&fixture(), &[&args[..], &["--owner", "region norrdal"]].concat());
    assert_eq!(references(&region, "assignments"), ["2026-01-29#1.u2"]);
    // A person is only themself.
    let person = json(&fixture(), &[&args[..], &["--owner", "karin berg"]].concat());
    assert_eq!(references(&person, "assignments"), Vec::<String>::new());
    // "aby" is Åby; its one assignment is done.
    let aby = json(&fixture(), &[&args[..], &["--owner", "aby", "--all"]].concat());
    assert_eq!(references(&aby, "assignments"), ["2026-01-29#1.u1"]);
    let group = json(
        &fixture(),
        &[&args[..], &["--owner", "Styrgruppen för CNN"]].concat(),
    );
    assert_eq!(references(&group, "assignments"), ["2026-01-29#2.u1"]);
}

#[test]
fn todo_meeting_without_minutes_is_an_error() {
    let (code, stdout, stderr) = run(&fixture(), &["todo", "--meeting", "2026-05-22"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("no minutes dated 2026-05-22"), "{stderr}");
    assert!(stderr.contains("2026-01-29, 2026-03-20"), "{stderr}");
    let (code, _, stderr) = run(&fixture(), &["todo", "--today", "2026-02-30"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no such day"), "{stderr}");
}

#[test]
fn table_fits_the_width_from_the_option_or_columns() {
    for width in [60usize, 80, 100] {
        let (code, stdout, _) = run(
            &fixture(),
            &["todo", "--today", "2026-04-10", "--width", &width.to_string()],
        );
        assert_eq!(code, 0);
        let widest = stdout.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(widest <= width, "{width}: {stdout}");
    }
    let from_env = lchnv(&fixture())
        .args(["todo", "--today", "2026-04-10"])
        .env("COLUMNS", "70")
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&from_env.stdout);
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest <= 70 && widest > 50, "{text}");
    // --width 0: one line per assignment, nothing wrapped.
    let (_, stdout, _) = run(&fixture(), &["todo", "--today", "2026-04-10", "--width", "0"]);
    assert!(
        stdout.contains("Olle Ek      sammanställa underlaget för uppföljningen.  2026-04-30"),
        "{stdout}"
    );
}

#[test]
fn colour_only_when_asked_for() {
    let plain = run(&fixture(), &["todo", "--today", "2026-04-10"]).1;
    assert!(!plain.contains('\u{1b}'), "{plain}");
    let coloured = lchnv(&fixture())
        .args(["todo", "--today", "2026-04-10", "--color", "always"])
        .env_remove("NO_COLOR")
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&coloured.stdout);
    assert!(text.contains("\u{1b}[1mReference"), "{text}");
}

#[test]
fn empty_results_exit_0() {
    let (code, stdout, _) = run(&fixture(), &["todo", "--owner", "Dala"]);
    assert_eq!(code, 0);
    assert_eq!(stdout, "No open assignments found.\n");
    let (code, stdout, _) = run(&fixture(), &["decisions", "--grep", "ingenting sådant"]);
    assert_eq!(code, 0);
    assert_eq!(stdout, "No decisions found.\n");
    let (code, stdout, _) = run(&fixture(), &["attendance", "--since", "2030-01-01"]);
    assert_eq!(code, 0);
    assert_eq!(stdout, "No minutes in the period.\n");
    let doc = json(
        &fixture(),
        &[
            "todo",
            "--owner",
            "Dala",
            "--format",
            "json",
            "--today",
            "2026-04-10",
        ],
    );
    assert_eq!(doc["assignments"], Value::Array(Vec::new()));
}

#[test]
fn decisions_filter_by_period_matter_and_text() {
    let doc = json(
        &fixture(),
        &[
            "decisions",
            "--format",
            "json",
            "--since",
            "2026-03-20",
            "--until",
            "2026-03-20",
        ],
    );
    assert_eq!(
        references(&doc, "decisions"),
        ["2026-03-20#1.b1", "2026-03-20#2.b1", "2026-03-20#3.b1"]
    );
    let doc = json(
        &fixture(),
        &["decisions", "--format", "json", "--matter", "STODRAPPORT"],
    );
    assert_eq!(
        references(&doc, "decisions"),
        ["2026-01-29#4.b1", "2026-03-20#3.b1"]
    );
    // The item title counts too: "hälsoläget" is only in the title of item 2.
    let doc = json(
        &fixture(),
        &["decisions", "--format", "json", "--grep", "halsolaget"],
    );
    assert_eq!(references(&doc, "decisions"), ["2026-01-29#2.b1"]);
    let (code, _, stderr) = run(&fixture(), &["decisions", "--matter", "aldreplanen"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("`aldreplan`"), "{stderr}");
}

#[test]
fn history_states_and_reasons() {
    let doc = json(&fixture(), &["history", "--format", "json"]);
    let matters = doc["matters"].as_array().expect("matters");
    let get = |id: &str| {
        matters
            .iter()
            .find(|m| m["id"] == id)
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(get("vardhygien")["state"], "closed");
    assert_eq!(get("halsolaget")["state"], "open");
    assert_eq!(get("halsolaget")["declared"], false);
    assert_eq!(get("digitalisering")["state"], "no-minutes");
    assert_eq!(get("budget")["meetings"], 0);
    assert_eq!(get("budget")["first"], Value::Null);
    let detail = json(&fixture(), &["history", "vardhygien", "--format", "json"]);
    let items = detail["items"].as_array().expect("items");
    assert_eq!(items.len(), 3);
    assert_eq!(items[1]["status"], "postponed");
    assert_eq!(items[2]["decisions"][0]["reference"], "2026-03-20#2.b1");
    let carried = json(&fixture(), &["history", "aldreplan", "--format", "json"]);
    let later = &carried["items"][2]["assignments"][1];
    assert_eq!(later["reference"], "2026-03-20#1.u2");
    assert_eq!(later["tracked_as"], "2026-01-29#1.u2");
}

#[test]
fn attendance_shows_substitutes_absence_and_rates() {
    let doc = json(&fixture(), &["attendance", "--format", "json"]);
    let orgs = doc["organisations"].as_array().expect("organisations");
    let get = |name: &str| {
        orgs.iter()
            .find(|o| o["name"] == name)
            .cloned()
            .unwrap_or_default()
    };
    let region = get("Region Norrdal");
    assert_eq!(region["meetings"][1]["status"], "substitute");
    assert_eq!(region["meetings"][1]["substitutes"][0]["name"], "Maja Ström");
    assert_eq!(region["meetings"][1]["substitutes"][0]["for"], "Karin Berg");
    assert_eq!(region["by_substitute"], 1);
    assert_eq!(region["representatives"].as_array().map(Vec::len), Some(2));
    let berga = get("Berga");
    assert_eq!(
        berga["meetings"][0]["present"][0], "Per Lind",
        "organisation from members.yaml"
    );
    assert_eq!(berga["meetings"][1]["status"], "absent");
    assert_eq!(berga["rate"], 0.5);
    let stodet = get("Stödet");
    assert_eq!(stodet["member"], false);
    assert_eq!(stodet["not_recorded"], 1);
    assert_eq!(stodet["rate"], 1.0);
    let period = json(
        &fixture(),
        &["attendance", "--format", "json", "--until", "2026-02-01"],
    );
    assert_eq!(strings(&period, "meetings"), ["2026-01-29"]);
}

// ---- repositories with damage ------------------------------------------------------------------

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

#[test]
fn a_minutes_file_whose_front_matter_is_broken_stops_the_register() {
    let dir = tempfile::tempdir().expect("tempdir");
    let meetings = dir.path().join("meetings");
    copy_dir(&fixture(), &meetings);
    // A front matter that never closes: the March minutes lose their header and items.
    let march = meetings.join("2026-03-20/minutes.md");
    let text = fs::read_to_string(&march).expect("read");
    fs::write(&march, text.replacen("---\n\n# Minnes", "\n# Minnes", 1)).expect("write");
    // An answer without the March minutes would be silently incomplete.
    for command in ["todo", "decisions", "history", "attendance"] {
        let (code, stdout, stderr) = run(&meetings, &[command]);
        assert_eq!(code, 2, "{command}: {stderr}");
        assert!(stdout.is_empty(), "{command}: {stdout}");
        assert!(stderr.contains("2026-03-20/minutes.md"), "{command}: {stderr}");
        assert!(stderr.contains("not closed"), "{command}: {stderr}");
    }
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_exit_2_before_any_answer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let meetings = dir.path().join("meetings");
    copy_dir(&fixture(), &meetings);
    fs::create_dir_all(meetings.join("2026-05-22")).expect("mkdir");
    std::os::unix::fs::symlink(
        meetings.join("nowhere.md"),
        meetings.join("2026-05-22/minutes.md"),
    )
    .expect("symlink");
    let (code, stdout, stderr) = run(&meetings, &["decisions", "--width", "0"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty(), "no partial answer: {stdout}");
    assert!(stderr.contains("2026-05-22/minutes.md"), "{stderr}");
    assert!(stderr.contains("broken symbolic link"), "{stderr}");
}

#[test]
fn a_missing_meetings_folder_is_exit_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, stdout, stderr) = run(&dir.path().join("nothing"), &["todo"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("nothing"), "{stderr}");
}

/// Each register reads its meetings cut down to what it needs: on the shipped meetings, the
/// fixture and the cycle's fixture, it answers what it answers from whole meetings.
#[test]
fn registers_answer_alike_from_whole_and_from_cut_meetings() {
    use lchnv::extract::Need;
    use lchnv::ledger::Ledger;
    use lchnv::registers::{attendance, decisions, history, todo};
    use lchnv::repo::{LoadOptions, Repository};

    let cycle = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cycle/meetings");
    for root in [shipped(), fixture(), cycle] {
        let load = |need| {
            let options = LoadOptions {
                include_drafts: true,
                need,
                ..LoadOptions::default()
            };
            Repository::load(&root, options)
                .unwrap_or_else(|e| panic!("{}: {e:#}", root.display()))
                .repo
        };
        let json = |value: &dyn erased::Json| value.text();
        let whole = load(Need::Whole);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default();
        let todo_filter = todo::Filter::everything(today);
        let whole_ledger = Ledger::new(&whole);

        let cut = load(Need::Assignments);
        assert_eq!(
            json(&todo::rows(&Ledger::new(&cut), &todo_filter)),
            json(&todo::rows(&whole_ledger, &todo_filter)),
            "todo, {}",
            root.display()
        );
        let cut = load(Need::Decisions);
        let filter = decisions::Filter::default();
        assert_eq!(
            json(&decisions::rows(&cut, &filter)),
            json(&decisions::rows(&whole, &filter)),
            "decisions, {}",
            root.display()
        );
        assert_eq!(history::matter_ids(&cut), history::matter_ids(&whole));
        let cut = load(Need::Matters);
        let cut_ledger = Ledger::new(&cut);
        assert_eq!(
            json(&history::summaries(&cut_ledger)),
            json(&history::summaries(&whole_ledger)),
            "history, {}",
            root.display()
        );
        let ids = history::matter_ids(&whole);
        assert!(!ids.is_empty(), "{}: matters to follow", root.display());
        for id in ids {
            assert_eq!(
                json(&history::detail(&cut_ledger, id)),
                json(&history::detail(&whole_ledger, id)),
                "history {id}, {}",
                root.display()
            );
        }
        let cut = load(Need::Attendance);
        assert_eq!(
            json(&attendance::register(&cut, None, None)),
            json(&attendance::register(&whole, None, None)),
            "attendance, {}",
            root.display()
        );
    }
}

/// JSON text of what the registers give, to compare answers that have no `PartialEq`.
mod erased {
    pub trait Json {
        fn text(&self) -> String;
    }

    impl<T: serde::Serialize> Json for T {
        fn text(&self) -> String {
            serde_json::to_string(self).unwrap_or_else(|e| panic!("{e}"))
        }
    }
}
