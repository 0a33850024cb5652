//! Trust, end to end: a record that has lost something never passes `check`, a draft is not a
//! meeting that happened, a file that cannot be read stops the commands that need it, one bad
//! file stays one bad file, names compare as people see them, writes cannot race, and paths work
//! as typed. Each case runs the binary on a copy of the shipped meetings (or a fixture).

mod common;
use common::copy_dir;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_lchnv");
const MINUTES: &str = "2025-11-21/minutes.md";
const LPU_TASK: &str =
    "- [ ] **Region Dalarna**: föreslå en ny regional systemledningsrepresentant till LPU.";

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// A temporary repository: `meetings/` copied from `source`.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn from(source: &str) -> Repo {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join(source),
            &dir.path().join("meetings"),
        );
        Repo { dir }
    }

    fn shipped() -> Repo {
        Repo::from("meetings")
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join("meetings").join(rel)
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let path = self.path(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }

    /// Replaces `from` (which must occur) by `to` in a file.
    fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, text.replacen(from, to, 1));
    }

    fn run(&self, args: &[&str]) -> Run {
        self.run_in("", args)
    }

    /// Runs `lchnv` in a folder of the repository (relative to its top).
    fn run_in(&self, folder: &str, args: &[&str]) -> Run {
        let mut child = Command::new(BIN)
            .current_dir(self.dir.path().join(folder))
            .env("NO_COLOR", "1")
            .env("LCHNV_TODAY", "2025-12-01")
            .env_remove("LCHNV_MEETINGS")
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        // A guard against a hang, not a measure of speed (bench/hostile.sh measures that).
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        while child.try_wait().ok().flatten().is_none() {
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                panic!("lchnv {args:?} did not finish within 60 s");
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
        let run = Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        };
        assert!(!run.stderr.contains("panicked"), "panic:\n{}", run.stderr);
        run
    }
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("no {needle:?}"))
}

// 1. Nothing is silently dropped.

#[test]
fn every_almost_task_is_an_error_with_the_corrected_line() {
    for variant in [
        "- [] **Region Dalarna**:",
        "-[ ] **Region Dalarna**:",
        "- [  ] **Region Dalarna**:",
        "- [x ] **Region Dalarna**:",
        "- ( ) **Region Dalarna**:",
        "- [ ]**Region Dalarna**:",
        "- **Region Dalarna**:",
    ] {
        let repo = Repo::shipped();
        repo.edit(MINUTES, "- [ ] **Region Dalarna**:", variant);
        let line = line_of(&repo.read(MINUTES), "systemledningsrepresentant till LPU.");
        let check = repo.run(&["check"]);
        assert_eq!(check.code, Some(1), "{variant}\n{}", check.all());
        assert!(
            check.stdout.contains("error[L406]") && check.stdout.contains(&format!("minutes.md:{line}:")),
            "{variant}\n{}",
            check.stdout
        );
        let fixed = if variant.contains("[x") {
            "- [x] **Region Dalarna**:"
        } else {
            "- [ ] **Region Dalarna**:"
        };
        assert!(
            check
                .stdout
                .contains(&format!("help: write it as a task: `{fixed}")),
            "{variant}\n{}",
            check.stdout
        );
        // The registers and the next agenda still answer, and say what they may leave out.
        let todo = repo.run(&["todo"]);
        assert_eq!(todo.code, Some(0), "{}", todo.stderr);
        assert!(
            todo.stderr
                .contains("minutes.md has an error that `lchnv check` reports"),
            "{}",
            todo.stderr
        );
        assert!(todo.stderr.contains(&format!("{line}:1:")), "{}", todo.stderr);
        let agenda = repo.run(&["new-agenda", "2026-01-29", "--dry-run"]);
        assert!(agenda.stderr.contains("task-malformed"), "{}", agenda.stderr);
    }
}

#[test]
fn a_task_line_in_a_code_block_or_before_the_first_item_is_reported() {
    let repo = Repo::shipped();
    // Indented four spaces after a blank line: Markdown reads it as code.
    repo.edit(MINUTES, &format!("\n{LPU_TASK}"), &format!("\n    {LPU_TASK}"));
    let check = repo.run(&["check", "--format", "concise"]);
    assert_eq!(check.code, Some(1), "{}", check.all());
    assert!(
        check
            .stdout
            .contains("error[L406] this task line is not read as a task"),
        "{}",
        check.stdout
    );
}

#[test]
fn a_heading_one_level_off_is_an_error_and_never_merges_two_items() {
    let repo = Repo::shipped();
    repo.edit(
        MINUTES,
        "### 5c. Information: Aktuellt läge Mini-Maria",
        "#### 5c. Information: Aktuellt läge Mini-Maria",
    );
    repo.edit(MINUTES, "## 6. Aktuellt på RSS", "### 6. Aktuellt på RSS");
    let check = repo.run(&["check"]);
    assert_eq!(check.code, Some(1), "{}", check.all());
    assert!(
        check.stdout.contains("error[L205]: `5c.` is a sub-item"),
        "{}",
        check.stdout
    );
    assert!(
        check
            .stdout
            .contains("help: write `### 5c. Information: Aktuellt läge Mini-Maria`"),
        "{}",
        check.stdout
    );
    assert!(
        check.stdout.contains("help: write `## 6. Aktuellt på RSS`"),
        "{}",
        check.stdout
    );
    assert!(
        !check.stdout.contains("L202"),
        "read as the items they are, the numbers run on: {}",
        check.stdout
    );
    // Item 5b keeps its own matter; 5c's `Ärende:` does not replace it.
    let decisions = repo.run(&["decisions", "--matter", "hemsjukvardsavtal", "--format", "csv"]);
    assert!(
        decisions.stdout.contains("2025-11-21#5b.b1"),
        "{}",
        decisions.all()
    );
    let mini = repo.run(&["decisions", "--matter", "mini-maria", "--format", "csv"]);
    assert!(mini.stdout.contains("2025-11-21#5c.b1"), "{}", mini.all());
}

#[test]
fn a_second_single_valued_label_and_an_unknown_label_are_errors() {
    let repo = Repo::shipped();
    repo.edit(
        MINUTES,
        "Ärende: mini-maria\n",
        "Ärende: mini-maria\n\nÄrende: hemsjukvardsavtal\n",
    );
    repo.edit(
        MINUTES,
        "Ärende: voc\n\nFöredragande:",
        "Ärende: voc\n\nFöredragnde:",
    );
    let check = repo.run(&["check", "--format", "concise"]);
    assert!(
        check.stdout.contains("error[L310] a second `Ärende:` in item 5c"),
        "{}",
        check.stdout
    );
    assert!(
        check.stdout.contains("error[L311] `Föredragnde` is not a label"),
        "{}",
        check.stdout
    );
    let human = repo.run(&["check"]);
    assert!(
        human.stdout.contains("did you mean `Föredragande:`?"),
        "{}",
        human.stdout
    );
}

#[test]
fn invisible_characters_in_syntax_are_named_with_code_point_and_column() {
    let repo = Repo::shipped();
    repo.edit(MINUTES, LPU_TASK, &LPU_TASK.replacen("- ", "-\u{A0}", 1));
    repo.edit(
        MINUTES,
        "- att godkänna dagordningen.",
        "- \u{200B}att godkänna dagordningen.",
    );
    repo.edit(
        MINUTES,
        "chair: Ulrika Gärdsback\n",
        "chair: Ulrika Gärdsback\n\t\n",
    );
    let text = repo.read(MINUTES);
    let check = repo.run(&["check", "--format", "concise"]);
    assert_eq!(check.code, Some(1), "{}", check.all());
    let lpu = line_of(&text, "systemledningsrepresentant till LPU.");
    let att = line_of(&text, "att godkänna dagordningen");
    for (line, column, code_point) in [(lpu, 2, "U+00A0"), (att, 3, "U+200B"), (5, 1, "U+0009")] {
        assert!(
            check.stdout.lines().any(
                |l| l.contains(&format!("minutes.md:{line}:{column}: error[L008]")) && l.contains(code_point)
            ),
            "{line}:{column} {code_point}\n{}",
            check.stdout
        );
    }
}

// 3. Findings versus failures.

#[test]
fn a_minutes_file_that_is_not_text_stops_every_command_that_needs_it() {
    let repo = Repo::shipped();
    let text = repo.read(MINUTES);
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
    repo.write(MINUTES, bytes.as_ref());
    for args in [
        &["todo"][..],
        &["decisions"],
        &["history"],
        &["attendance"],
        &["new-agenda", "2026-01-29", "--dry-run"],
        &["new-minutes", "2025-03-14", "--dry-run"],
    ] {
        let run = repo.run(args);
        assert_eq!(run.code, Some(2), "{args:?}\n{}", run.all());
        assert!(
            run.stdout.is_empty(),
            "{args:?}: no partial answer\n{}",
            run.stdout
        );
        assert!(
            run.stderr.contains("2025-11-21/minutes.md") && run.stderr.contains("not UTF-8"),
            "{args:?}\n{}",
            run.stderr
        );
    }
    let check = repo.run(&["check", "--format", "concise"]);
    assert_eq!(check.code, Some(1), "{}", check.all());
    assert!(check.stdout.contains("error[L001]"), "{}", check.stdout);
}

#[cfg(unix)]
#[test]
fn hostile_files_answer_with_a_message_naming_the_file() {
    let repo = Repo::shipped();
    let target = repo.path("2026-01-29/minutes.md");
    std::fs::create_dir_all(repo.path("2026-01-29")).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink("/dev/zero", &target).unwrap_or_else(|e| panic!("{e}"));
    for args in [
        &["check"][..],
        &["todo"],
        &["check", "meetings/2025-11-21/minutes.md"],
    ] {
        let run = repo.run(args);
        assert!(matches!(run.code, Some(1 | 2)), "{args:?}\n{}", run.all());
        if args != ["check", "meetings/2025-11-21/minutes.md"] {
            assert!(
                run.all().contains("2026-01-29/minutes.md"),
                "{args:?}\n{}",
                run.all()
            );
            assert!(run.all().contains("a device"), "{args:?}\n{}", run.all());
        }
    }
    // A FIFO as lchnv.yaml would block a plain read for ever.
    std::fs::remove_file(&target).unwrap_or_else(|e| panic!("{e}"));
    let fifo = repo.path("lchnv.yaml");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        for args in [&["check"][..], &["todo"]] {
            let run = repo.run(args);
            assert_eq!(run.code, Some(2), "{args:?}\n{}", run.all());
            assert!(
                run.stderr.contains("lchnv.yaml") && run.stderr.contains("FIFO"),
                "{}",
                run.stderr
            );
        }
    }
}

#[test]
fn invalid_network_files_are_failures_for_the_registers_and_findings_for_check() {
    let repo = Repo::shipped();
    repo.edit("members.yaml", "  - name: Avesta\n", "  - name: \"  \"\n");
    let check = repo.run(&["check", "--format", "concise"]);
    assert_eq!(check.code, Some(1), "{}", check.all());
    assert!(check.stdout.contains("members.yaml:8:"), "{}", check.stdout);
    assert!(check.stdout.contains("`name` is empty"), "{}", check.stdout);
    let todo = repo.run(&["todo"]);
    assert_eq!(todo.code, Some(2), "{}", todo.all());
    assert!(
        todo.stderr.contains("members.yaml:8:") && todo.stderr.contains("is empty"),
        "{}",
        todo.stderr
    );
    let repo = Repo::shipped();
    repo.edit(
        "calendar.yaml",
        "  - date: 2026-03-20\n",
        "  - date: [2026-03-20]\n",
    );
    let decisions = repo.run(&["decisions"]);
    assert_eq!(decisions.code, Some(2), "{}", decisions.all());
    assert!(decisions.stderr.contains("calendar.yaml"), "{}", decisions.stderr);
}

#[test]
fn check_of_one_file_runs_the_rules_on_that_file_only() {
    let repo = Repo::shipped();
    // The agenda elsewhere is full of findings; checking the minutes must not report them.
    repo.edit("2025-03-14/agenda.md", "## 2.", "## 22.");
    let run = repo.run(&["check", "meetings/2025-11-21/minutes.md"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(run.stderr.contains("Checked 1 file: 0 errors"), "{}", run.stderr);
    assert!(!run.stdout.contains("2025-03-14"), "{}", run.stdout);
    let all = repo.run(&["check"]);
    assert_eq!(all.code, Some(1), "{}", all.all());
}

// 5. Names.

#[test]
fn a_decomposed_name_is_the_same_name() {
    let repo = Repo::shipped();
    repo.edit(MINUTES, "organisation: Rättvik", "organisation: Ra\u{308}ttvik");
    let check = repo.run(&["check", "--format", "concise"]);
    assert_eq!(check.code, Some(0), "{}", check.all());
    assert!(!check.stdout.contains("L507"), "{}", check.stdout);
}

// 6. Writes.

#[test]
fn two_racing_new_agendas_for_one_date_give_exactly_one_writer() {
    let repo = Repo::shipped();
    let agenda = repo.path("2026-01-29/agenda.md");
    for round in 0..20 {
        let _ = std::fs::remove_file(&agenda);
        let spawn = || {
            Command::new(BIN)
                .current_dir(repo.dir.path())
                .env_remove("LCHNV_MEETINGS")
                .args(["new-agenda", "2026-01-29"])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap_or_else(|e| panic!("{e}"))
        };
        let (a, b) = (spawn(), spawn());
        let codes: Vec<Option<i32>> = [a, b]
            .into_iter()
            .map(|c| c.wait_with_output().map(|o| o.status.code()).unwrap_or(None))
            .collect();
        let won = codes.iter().filter(|c| **c == Some(0)).count();
        let refused = codes.iter().filter(|c| **c == Some(1)).count();
        assert_eq!((won, refused), (1, 1), "round {round}: {codes:?}");
        assert!(agenda.is_file());
    }
    let leftovers: Vec<String> = std::fs::read_dir(repo.path("2026-01-29"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "agenda.md")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn racing_imports_that_add_to_the_calendar_keep_every_date() {
    let repo = Repo::from("tests/fixtures/import/repo");
    let document = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/agenda-2026-02-20.txt");
    let mut dates = Vec::new();
    for pair in 0..20u32 {
        let children: Vec<_> = (0..2u32)
            .map(|n| {
                let date = format!("2027-{:02}-{:02}", 1 + pair % 12, 1 + n + 2 * (pair / 12));
                dates.push(date.clone());
                Command::new(BIN)
                    .current_dir(repo.dir.path())
                    .env_remove("LCHNV_MEETINGS")
                    .args(["import", "--add-to-calendar", "--date", &date])
                    .arg(&document)
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap_or_else(|e| panic!("{e}"))
            })
            .collect();
        for child in children {
            let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
            assert!(
                matches!(output.status.code(), Some(0 | 1)),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
    let calendar = repo.read("calendar.yaml");
    for date in &dates {
        assert!(
            calendar.contains(&format!("- date: {date}")),
            "{date} lost:\n{calendar}"
        );
        assert!(repo.path(&format!("{date}/agenda.md")).is_file(), "{date}");
    }
}

#[test]
fn a_temporary_file_left_behind_is_reported_then_removed_by_the_next_write() {
    let repo = Repo::shipped();
    repo.write("2026-01-29/.lchnv-agenda.md.4711.tmp", "halv");
    let check = repo.run(&["check", "--format", "concise"]);
    assert!(
        check
            .stdout
            .contains("2026-01-29/.lchnv-agenda.md.4711.tmp:1:1: warning[L007]"),
        "{}",
        check.stdout
    );
    let write = repo.run(&["new-agenda", "2026-01-29"]);
    assert_eq!(write.code, Some(0), "{}", write.all());
    assert!(!repo.path("2026-01-29/.lchnv-agenda.md.4711.tmp").exists());
}

// 7. Paths as people type them.

#[test]
fn commands_work_from_any_folder_inside_the_repository() {
    let repo = Repo::shipped();
    let one = repo.run_in("meetings", &["check", "2025-03-14/agenda.md"]);
    assert_eq!(one.code, Some(0), "{}", one.all());
    assert!(
        one.stderr.contains("Checked 1 file: no findings."),
        "{}",
        one.stderr
    );
    let here = repo.run_in("meetings/2025-11-21", &["check", "minutes.md"]);
    assert_eq!(here.code, Some(0), "{}", here.all());
    assert!(here.stderr.contains("Checked 1 file"), "{}", here.stderr);
    let todo = repo.run_in("meetings/2025-11-21", &["todo", "--format", "csv"]);
    assert_eq!(todo.code, Some(0), "{}", todo.all());
    assert!(todo.stdout.contains("2025-11-21#6b.u1"), "{}", todo.stdout);
    let up = repo.run(&["check", "meetings/.."]);
    assert_eq!(up.code, Some(0), "{}", up.all());
    assert!(up.stderr.contains("Checked 2 files"), "{}", up.stderr);
    let outside = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let stray = outside.path().join("notes.md");
    std::fs::write(&stray, "# x\n").unwrap_or_else(|e| panic!("{e}"));
    let run = repo.run(&["check", &stray.to_string_lossy()]);
    assert_eq!(run.code, Some(2), "{}", run.all());
    assert!(
        run.stderr.contains("is not in a meetings folder"),
        "{}",
        run.stderr
    );
    // --meetings wins over the walk up.
    let explicit = repo.run_in("meetings/2025-11-21", &["--meetings", "..", "check"]);
    assert!(explicit.stderr.contains("Checked 2 files"), "{}", explicit.all());
}
