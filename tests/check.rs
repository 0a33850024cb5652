//! `lchnv check` end to end: the shipped meetings, the output formats, the documentation that
//! must not drift from the code, and bad input that must neither panic nor hang.
//!
//! Each test runs the binary in a temporary folder holding a `meetings/` copied from
//! `tests/fixtures/base/` (a small, clean, made-up network) or from the shipped `meetings/`.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_lchnv");

/// The base fixture's agenda of 2026-03-12: the file most tests break.
const AGENDA: &str = "2026-03-12/agenda.md";
/// The base fixture's minutes of 2026-02-05.
const MINUTES: &str = "2026-02-05/minutes.md";

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
    for entry in fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap_or_else(|e| panic!("{e}"));
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
        }
    }
}

/// A temporary folder with a `meetings/` in it.
struct Repo {
    dir: TempDir,
}

/// What a run printed and how it ended.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

impl Run {
    /// Both streams, for messages that may go to either.
    fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }

    /// No panic, and an exit code that is one of the documented ones.
    fn assert_sane(&self) {
        assert!(!self.stderr.contains("panicked"), "panic:\n{}", self.stderr);
        assert!(
            matches!(self.code, Some(0..=2)),
            "exit {:?} (killed by the time limit?)\nstdout:\n{}\nstderr:\n{}",
            self.code,
            self.stdout,
            self.stderr
        );
    }

    fn assert_code(&self, code: i32) {
        self.assert_sane();
        assert_eq!(
            self.code,
            Some(code),
            "\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
    }

    /// The output has a line containing every one of `parts`.
    fn assert_line(&self, parts: &[&str]) {
        let all = self.all();
        assert!(
            all.lines().any(|line| parts.iter().all(|p| line.contains(p))),
            "no line with {parts:?} in:\n{all}"
        );
    }
}

impl Repo {
    fn from(source: &Path) -> Repo {
        let dir = TempDir::new().unwrap_or_else(|e| panic!("{e}"));
        copy_dir(source, &dir.path().join("meetings"));
        Repo { dir }
    }

    /// The small clean network of the fixtures.
    fn base() -> Repo {
        Repo::from(&manifest().join("tests/fixtures/base"))
    }

    /// The network's real meetings, as shipped.
    fn shipped() -> Repo {
        Repo::from(&manifest().join("meetings"))
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join("meetings").join(rel)
    }

    fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let path = self.path(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{}: {e}", parent.display()));
        }
        fs::write(&path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }

    /// Replaces `from` (which must occur) by `to` in a file.
    fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, text.replacen(from, to, 1));
    }

    /// `lchnv` in the repository's folder, with a clean colour environment.
    fn cmd(&self) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.current_dir(self.dir.path())
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("LCHNV_MEETINGS")
            .timeout(Duration::from_secs(60));
        cmd
    }

    fn run(&self, args: &[&str]) -> Run {
        run(self.cmd().args(args))
    }

    /// `check --format concise --color never`, with `args` after.
    fn concise(&self, args: &[&str]) -> Run {
        let mut all = vec!["check", "--format", "concise", "--color", "never"];
        all.extend_from_slice(args);
        self.run(&all)
    }
}

fn run(cmd: &mut Command) -> Run {
    let start = Instant::now();
    let output = cmd.output().unwrap_or_else(|e| panic!("cannot run lchnv: {e}"));
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        elapsed: start.elapsed(),
    }
}

// The shipped meetings and the documentation.

#[test]
fn the_shipped_meetings_pass_with_no_error() {
    let run = run(Command::new(BIN)
        .current_dir(manifest())
        .env_remove("LCHNV_MEETINGS")
        .args(["check", "--color", "never", "--format", "concise"]));
    run.assert_code(0);
    // The one warning: the November minutes name no owner for the nomination, as the source.
    assert_eq!(
        run.stdout.lines().collect::<Vec<_>>(),
        ["meetings/2025-11-21/minutes.md:197:9: warning[L407] the minutes name no owner for this task"]
    );

    let run = self::run(
        Command::new(BIN)
            .current_dir(manifest())
            .env_remove("LCHNV_MEETINGS")
            .args(["check", "--format", "json"]),
    );
    run.assert_code(0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(json["summary"]["errors"], 0, "{json}");
    assert!(json["summary"]["files"].as_u64() >= Some(2), "{json}");
}

/// The fenced block under a heading of docs/format.md.
fn format_example(heading: &str) -> String {
    let doc = fs::read_to_string(manifest().join("docs/format.md")).unwrap_or_else(|e| panic!("{e}"));
    let at = doc
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading:?} in docs/format.md"));
    let open = "````markdown\n";
    let start = doc[at..].find(open).map(|i| at + i + open.len());
    let start = start.unwrap_or_else(|| panic!("no example under {heading:?}"));
    let end = doc[start..].find("\n````").map(|i| start + i + 1);
    doc[start..end.unwrap_or_else(|| panic!("unclosed example under {heading:?}"))].to_owned()
}

#[test]
fn the_examples_of_the_format_spec_pass() {
    let repo = Repo::shipped();
    let agenda = format_example("## Full example: an agenda");
    let minutes = format_example("## Full example: minutes");
    assert!(agenda.starts_with("---\nkind: agenda\n"), "{agenda}");
    assert!(minutes.starts_with("---\nkind: minutes\n"), "{minutes}");
    repo.write("2026-01-29/agenda.md", &agenda);
    repo.write("2026-01-29/minutes.md", &minutes);
    let run = repo.run(&["check", "--color", "never", "meetings/2026-01-29"]);
    run.assert_code(0);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "Checked 2 files: no findings.\n");

    // The check did read them: a mistake in the example is found.
    repo.write(
        "2026-01-29/minutes.md",
        minutes.replacen("- [ ] **RSS Dalarna**", "- [ ] **RSS Dalrna**", 1),
    );
    let run = repo.concise(&[]);
    run.assert_code(1);
    run.assert_line(&["meetings/2026-01-29/minutes.md:", "error[L402]", "RSS Dalrna"]);
}

#[test]
fn docs_rules_md_is_the_output_of_lchnv_rules_markdown() {
    let run = run(Command::new(BIN).args(["rules", "--markdown"]));
    run.assert_code(0);
    let docs = fs::read_to_string(manifest().join("docs/rules.md")).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        docs == run.stdout,
        "docs/rules.md is out of date: run `cargo run -q -- rules --markdown > docs/rules.md`"
    );
    // Every rule has its section.
    let listing = self::run(Command::new(BIN).arg("rules"));
    for line in listing.stdout.lines() {
        let name = line.split_whitespace().nth(1).unwrap_or_default();
        assert!(
            docs.contains(&format!("<a id=\"{name}\"></a>")),
            "{name} not in docs/rules.md"
        );
    }
    assert!(listing.stdout.lines().count() >= 40);
}

// Output formats, on the owner-unknown mistake of the fixtures.

fn owner_typo() -> Repo {
    let repo = Repo::base();
    repo.edit(MINUTES, "- [x] **Region Exempel**", "- [x] **Region Exmpel**");
    repo
}

#[test]
fn json_output_is_valid_json_with_every_field() {
    let repo = owner_typo();
    let run = repo.run(&["check", "--format", "json"]);
    run.assert_code(1);
    let json: serde_json::Value =
        serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}\n{}", run.stdout));
    assert_eq!(json["version"], 1);
    assert_eq!(json["summary"]["errors"], 1);
    assert_eq!(json["summary"]["warnings"], 0);
    assert_eq!(json["summary"]["files"], 3);
    let d = &json["diagnostics"][0];
    assert_eq!(d["code"], "L402");
    assert_eq!(d["rule"], "owner-unknown");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["file"], "meetings/2026-02-05/minutes.md");
    assert_eq!(d["line"], 72);
    assert_eq!(d["column"], 9);
    assert_eq!(d["end_column"], 9 + "Region Exmpel".len());
    assert_eq!(d["message"], "`Region Exmpel` is not in members.yaml");
    assert_eq!(d["help"], "did you mean `Region Exempel`?");
    assert_eq!(json["diagnostics"].as_array().map(Vec::len), Some(1));
    assert_eq!(run.stderr, "", "json keeps stderr quiet");
}

#[test]
fn github_output_is_workflow_commands() {
    let repo = owner_typo();
    repo.edit(
        MINUTES,
        "Kommunerna ställde sig bakom det.",
        "Samverkansnatverket ställde sig bakom det.",
    );
    let run = repo.run(&["check", "--format", "github"]);
    run.assert_code(1);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines,
        vec![
            "::warning file=meetings/2026-02-05/minutes.md,line=61,col=37,endColumn=56,\
             title=L701 ocr-damage::`Samverkansnatverket` looks damaged by OCR%0Ahelp: write `Samverkansnätverket`",
            "::error file=meetings/2026-02-05/minutes.md,line=72,col=9,endColumn=22,\
             title=L402 owner-unknown::`Region Exmpel` is not in members.yaml%0Ahelp: did you mean `Region Exempel`?",
        ]
    );
}

#[test]
fn concise_output_is_one_line_per_finding() {
    let repo = owner_typo();
    let run = repo.concise(&[]);
    run.assert_code(1);
    assert_eq!(
        run.stdout,
        "meetings/2026-02-05/minutes.md:72:9: error[L402] `Region Exmpel` is not in members.yaml\n"
    );
}

const HUMAN: &str = "\
error[L402]: `Region Exmpel` is not in members.yaml
  --> meetings/2026-02-05/minutes.md:72:9
   |
72 | - [x] **Region Exmpel**: skicka det antagna avtalet till kommunerna.
   |         ^^^^^^^^^^^^^ owner-unknown
   |
   = help: did you mean `Region Exempel`?

";

#[test]
fn human_output_shows_the_place_the_line_a_caret_and_help() {
    let repo = owner_typo();
    // Not a terminal: no colour.
    let run = repo.run(&["check"]);
    run.assert_code(1);
    assert_eq!(run.stdout, HUMAN);
    assert!(!run.all().contains('\x1b'));
    assert_eq!(run.stderr, "Checked 3 files: 1 error and 0 warnings.\n");
    // The same with colour turned off explicitly, or by NO_COLOR even when forced by CLICOLOR_FORCE.
    let never = repo.run(&["check", "--color", "never"]);
    assert_eq!(never.stdout, HUMAN);
    let no_color = run_with_env(&repo, &["check"], &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]);
    assert_eq!(no_color.stdout, HUMAN);
    assert!(!no_color.all().contains('\x1b'));
}

fn run_with_env(repo: &Repo, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = repo.cmd();
    cmd.args(args);
    for (key, value) in env {
        cmd.env(key, value);
    }
    run(&mut cmd)
}

#[test]
fn color_always_colours_even_into_a_pipe() {
    let repo = owner_typo();
    let run = repo.run(&["check", "--color", "always"]);
    run.assert_code(1);
    assert!(run.stdout.contains("\x1b["), "{:?}", run.stdout);
    assert!(run.stderr.contains("\x1b["), "{:?}", run.stderr);
    let plain = anstream::adapter::strip_str(&run.stdout).to_string();
    assert_eq!(plain, HUMAN);
}

#[test]
fn a_clean_repository_prints_only_the_summary() {
    let repo = Repo::base();
    let run = repo.run(&["check"]);
    run.assert_code(0);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "Checked 3 files: no findings.\n");
}

#[test]
fn paths_may_be_files_or_folders_and_findings_stay_within_them() {
    let repo = owner_typo();
    repo.edit(AGENDA, "chair: Anna Ek", "chair: Anna Eek");
    let all = repo.concise(&[]);
    all.assert_code(1);
    assert_eq!(all.stdout.lines().count(), 2, "{}", all.stdout);

    let one = repo.concise(&["meetings/2026-03-12/agenda.md"]);
    one.assert_code(0); // a warning only
    assert_eq!(
        one.stdout,
        "meetings/2026-03-12/agenda.md:6:8: warning[L508] `Anna Eek` is not a person in members.yaml\n"
    );
    assert!(one.stderr.is_empty(), "{}", one.stderr);

    let folder = repo.concise(&["meetings/2026-02-05"]);
    folder.assert_code(1);
    assert_eq!(folder.stdout.lines().count(), 1, "{}", folder.stdout);
    folder.assert_line(&["meetings/2026-02-05/minutes.md:72:9", "L402"]);

    // --meetings names the folder when no path is given.
    let elsewhere = repo.dir.path().join("meetings");
    let moved = run(Command::new(BIN)
        .current_dir(std::env::temp_dir())
        .env_remove("LCHNV_MEETINGS")
        .arg("--meetings")
        .arg(&elsewhere)
        .args(["check", "--format", "concise"]));
    moved.assert_code(1);
    assert_eq!(moved.stdout.lines().count(), 2, "{}", moved.stdout);
}

// Bad input: each gets exit 1 or 2, a message naming the file, and no panic.

#[test]
fn an_empty_file() {
    let repo = Repo::base();
    repo.write(AGENDA, "");
    let run = repo.concise(&[]);
    run.assert_code(1);
    assert_eq!(
        run.stdout,
        "meetings/2026-03-12/agenda.md:1:1: error[L101] the file is empty\n"
    );
    // Blank lines only are empty too.
    repo.write(AGENDA, "\n\n  \n");
    repo.concise(&[])
        .assert_line(&["meetings/2026-03-12/agenda.md:1:1", "L101", "empty"]);
}

#[test]
fn a_file_without_front_matter() {
    let repo = Repo::base();
    let text = repo.read(AGENDA);
    let body = &text[text.find("# Dagordning").unwrap_or(0)..];
    repo.write(AGENDA, body.replace("Bilaga: 1\n\n", ""));
    let run = repo.concise(&[]);
    run.assert_code(1);
    assert_eq!(
        run.stdout,
        "meetings/2026-03-12/agenda.md:1:1: error[L101] the file does not start with a front matter\n"
    );
}

#[test]
fn an_unclosed_front_matter() {
    let repo = Repo::base();
    repo.write(
        AGENDA,
        "---\nkind: agenda\ndate: 2026-03-12\n\n# Dagordning\n\n## 1. Mötets öppnande\n",
    );
    let run = repo.concise(&[]);
    run.assert_code(1);
    assert_eq!(
        run.stdout,
        "meetings/2026-03-12/agenda.md:1:1: error[L102] the front matter is not closed\n"
    );
}

#[test]
fn broken_yaml() {
    let repo = Repo::base();
    repo.write(
        AGENDA,
        "---\nkind: agenda\ndate: 2026-03-12\nplace: \"Teams\n---\n\n## 1. Mötets öppnande\n",
    );
    let run = repo.concise(&[]);
    run.assert_code(1);
    run.assert_line(&["meetings/2026-03-12/agenda.md:", "error[L103] invalid YAML"]);

    // In a network file.
    let repo = Repo::base();
    repo.edit(
        "matters.yaml",
        "  - id: utbildningsdag",
        "  - id: [utbildningsdag",
    );
    let run = repo.concise(&[]);
    // The meeting files are not checked against a network file that cannot be read.
    run.assert_code(2);
    run.assert_line(&["meetings/matters.yaml:", "error[L103]"]);
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(
        run.stderr.contains("meetings/matters.yaml could not be read"),
        "{}",
        run.stderr
    );
}

#[test]
fn yaml_values_of_the_wrong_type() {
    let repo = Repo::base();
    repo.edit(
        AGENDA,
        "chair: Anna Ek\n",
        "chair: [Anna Ek]\nattendees: Anna Ek\n",
    );
    repo.edit(AGENDA, "previous_minutes: 2026-02-05", "previous_minutes: true");
    let run = repo.concise(&[]);
    run.assert_code(1);
    assert_eq!(
        run.stdout,
        "meetings/2026-03-12/agenda.md:6:8: error[L104] `chair` should be text, found a list\n\
         meetings/2026-03-12/agenda.md:7:12: error[L104] `attendees` should be a list, found text\n\
         meetings/2026-03-12/agenda.md:8:19: error[L104] `previous_minutes` should be a date written YYYY-MM-DD, found true/false\n"
    );
}

#[test]
fn a_date_that_does_not_exist() {
    let repo = Repo::base();
    repo.edit(AGENDA, "date: 2026-03-12", "date: 2026-02-30");
    let run = repo.concise(&[]);
    run.assert_code(1);
    assert_eq!(
        run.stdout,
        "meetings/2026-03-12/agenda.md:3:7: error[L107] `date` is not a real date: `2026-02-30` (no such day)\n"
    );
}

fn bom_crlf(text: &str) -> Vec<u8> {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
    bytes
}

#[test]
fn a_byte_order_mark_and_crlf_line_endings_are_accepted() {
    let repo = Repo::base();
    for file in [AGENDA, MINUTES, "members.yaml", "calendar.yaml", "matters.yaml"] {
        let text = repo.read(file);
        repo.write(file, bom_crlf(&text));
    }
    assert!(
        fs::read(repo.path(MINUTES))
            .unwrap_or_default()
            .starts_with(b"\xEF\xBB\xBF---\r\n")
    );
    let run = repo.concise(&[]);
    run.assert_code(0);
    assert_eq!(run.stdout, "");

    // Positions in such a file are those a Windows editor shows.
    repo.edit(MINUTES, "- [x] **Region Exempel**", "- [x] **Region Exmpel**");
    let run = repo.concise(&[]);
    run.assert_code(1);
    assert_eq!(
        run.stdout,
        "meetings/2026-02-05/minutes.md:72:9: error[L402] `Region Exmpel` is not in members.yaml\n"
    );
}

#[test]
fn windows_1252_text_is_named_with_its_place() {
    let repo = Repo::base();
    let text = repo.read(AGENDA);
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
    repo.write(AGENDA, bytes);
    let run = repo.concise(&[]);
    run.assert_code(1);
    // Line 14 is `# Dagordning Samverkansnätverket i Exempellän`; `ä` is its 25th character.
    assert_eq!(
        run.stdout,
        "meetings/2026-03-12/agenda.md:14:25: error[L001] the file is not UTF-8: it looks like \
         Windows-1252 (byte 0xE4 here stands for `ä`)\n"
    );
    let human = repo.run(&["check", "--color", "never"]);
    assert!(
        human.stdout.contains("iconv -f WINDOWS-1252 -t UTF-8"),
        "{}",
        human.stdout
    );

    // In a network file too.
    let repo = Repo::base();
    let matters = repo.read("matters.yaml");
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&matters);
    repo.write("matters.yaml", bytes);
    // Line 3 is `    title: Avtal om hemvård`. (The meeting files are then not checked.)
    repo.concise(&[])
        .assert_line(&["meetings/matters.yaml:3:25", "error[L001]", "Windows-1252", "`å`"]);
}

#[test]
fn binary_data() {
    let repo = Repo::base();
    repo.write(AGENDA, b"PK\x03\x04\x14\x00\x06\x00word/document.xml\x00\xff\xfe");
    let run = repo.concise(&[]);
    run.assert_code(1);
    assert_eq!(
        run.stdout,
        "meetings/2026-03-12/agenda.md:1:6: error[L002] the file holds binary data (a NUL byte), not text\n"
    );
}

fn alias_bomb() -> String {
    let mut yaml = String::from(
        "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n",
    );
    let names = ["b", "c", "d", "e", "f", "g", "h", "i", "j"];
    let mut previous = "a";
    for name in names {
        let refs = vec![format!("*{previous}"); 9].join(", ");
        yaml.push_str(&format!("{name}: &{name} [{refs}]\n"));
        previous = name;
    }
    yaml
}

#[test]
fn a_yaml_alias_bomb_is_refused_quickly() {
    let repo = Repo::base();
    repo.write(
        AGENDA,
        format!(
            "---\nkind: agenda\ndate: 2026-03-12\nnotes:\n{}---\n",
            indent(&alias_bomb())
        ),
    );
    let run = repo.concise(&[]);
    run.assert_code(1);
    run.assert_line(&["meetings/2026-03-12/agenda.md:", "error[L103]"]);
    assert!(run.elapsed < Duration::from_secs(20), "took {:?}", run.elapsed);

    // In members.yaml: the network cannot be read, and the check says so.
    let repo = Repo::base();
    let members = repo.read("members.yaml");
    repo.write(
        "members.yaml",
        format!("{members}{}", alias_bomb().replace("a: &a", "x: &a")),
    );
    let run = repo.concise(&[]);
    run.assert_sane();
    assert_ne!(run.code, Some(0));
    run.assert_line(&["meetings/members.yaml:", "error[L103]"]);
    assert!(run.elapsed < Duration::from_secs(20), "took {:?}", run.elapsed);
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("  {l}\n")).collect()
}

#[test]
fn very_deep_yaml_is_refused() {
    let repo = Repo::base();
    repo.write(
        AGENDA,
        format!(
            "---\nkind: agenda\ndate: 2026-03-12\nnotes: {}\n---\n",
            "[".repeat(10_000)
        ),
    );
    let run = repo.concise(&[]);
    run.assert_code(1);
    run.assert_line(&["meetings/2026-03-12/agenda.md:", "error[L103]"]);

    let block: String = (0..1_000).map(|i| format!("{}k{i}:\n", "  ".repeat(i))).collect();
    repo.write(
        AGENDA,
        format!(
            "---\nkind: agenda\ndate: 2026-03-12\nnotes:\n{}---\n",
            indent(&block)
        ),
    );
    let run = repo.concise(&[]);
    run.assert_code(1);
    run.assert_line(&["meetings/2026-03-12/agenda.md:", "error[L103]"]);
    assert!(run.elapsed < Duration::from_secs(20), "took {:?}", run.elapsed);
}

#[test]
fn very_deep_markdown_finishes_quickly() {
    let repo = Repo::base();
    let deep = format!(
        "{} citat\n\n{}lista\n\n{}numrerad\n\n{}uppdrag\n",
        ">".repeat(10_000),
        "- ".repeat(10_000),
        "1. ".repeat(10_000),
        "- [ ] ".repeat(5_000),
    );
    repo.edit(
        MINUTES,
        "Inga övriga frågor anmäldes.",
        &format!("Inga övriga frågor anmäldes.\n\n{deep}"),
    );
    let run = repo.concise(&[]);
    run.assert_sane();
    assert!(run.elapsed < Duration::from_secs(20), "took {:?}", run.elapsed);
    // Only the nested task item (with no owner) is a finding; the rest is prose.
    assert_eq!(run.code, Some(1), "{}", run.stdout);
    assert!(
        run.stdout
            .lines()
            .all(|l| l.starts_with("meetings/2026-02-05/minutes.md:") && l.contains("[L401]")),
        "{}",
        run.stdout
    );
}

#[test]
fn a_20_mb_file_is_refused_without_reading_it() {
    let repo = Repo::base();
    let mut text = repo.read(AGENDA);
    let line = "Utfyllnad som gör filen mycket större än en dagordning brukar vara.\n";
    while text.len() < 20 << 20 {
        text.push_str(line);
    }
    repo.write(AGENDA, &text);
    let run = repo.concise(&[]);
    run.assert_code(1);
    assert_eq!(
        run.stdout,
        "meetings/2026-03-12/agenda.md:1:1: error[L003] the file is 20.0 MiB, over the limit of 4.0 MiB\n"
    );
    assert!(run.elapsed < Duration::from_secs(20), "took {:?}", run.elapsed);

    // A larger limit in lchnv.yaml lets it through.
    repo.write("lchnv.yaml", "max_file_bytes: 33554432\n");
    let run = repo.concise(&[]);
    run.assert_code(0);
}

#[test]
fn numbers_with_30_digits() {
    let repo = Repo::base();
    let big = "123456789012345678901234567890";
    repo.edit(AGENDA, "date: 2026-03-12", &format!("date: {big}"));
    repo.edit(AGENDA, "place: Teams", &format!("place: {big}{big}"));
    repo.edit(
        AGENDA,
        "## 6. Övriga frågor",
        &format!("## 6. Övriga frågor\n\n## {big}. Information: Stort nummer"),
    );
    repo.edit(MINUTES, "Senast: 2026-03-12.", &format!("Senast: {big}."));
    let run = repo.concise(&[]);
    run.assert_code(1);
    assert_eq!(
        run.stdout,
        format!(
            "meetings/2026-02-05/minutes.md:85:37: error[L403] `Senast: {big}` is not a date\n\
             meetings/2026-03-12/agenda.md:3:7: error[L107] `date` should be a date written YYYY-MM-DD, found a number\n\
             meetings/2026-03-12/agenda.md:5:8: error[L104] `place` should be text, found a number\n\
             meetings/2026-03-12/agenda.md:59:1: error[L201] `{big}. Information: Stort nummer` is not an item heading: the item number is out of range\n"
        )
    );
}

#[test]
fn a_folder_named_like_a_markdown_file() {
    let repo = Repo::base();
    repo.write("2026-03-12/x.md/.keep", "");
    repo.write("2026-03-12/minutes.md/.keep", "");
    let run = repo.concise(&[]);
    run.assert_code(1);
    assert_eq!(
        run.stdout,
        "meetings/2026-03-12/minutes.md:1:1: error[L004] `minutes.md` is a folder, not a Markdown file\n\
         meetings/2026-03-12/x.md:1:1: error[L004] `x.md` is a folder, not a Markdown file\n"
    );
    // Named on the command line.
    let run = repo.concise(&["meetings/2026-03-12/x.md"]);
    run.assert_code(1);
    run.assert_line(&["meetings/2026-03-12/x.md:1:1", "error[L004]"]);
}

#[cfg(unix)]
#[test]
fn a_symlink_loop() {
    use std::os::unix::fs::symlink;
    let repo = Repo::base();
    symlink("minutes.md", repo.path("2026-03-12/minutes.md")).unwrap_or_else(|e| panic!("{e}"));
    let run = repo.concise(&[]);
    run.assert_code(2);
    run.assert_line(&["error:", "meetings/2026-03-12/minutes.md", "symbolic links"]);

    let repo = Repo::base();
    symlink("..", repo.path("2026-03-12/upp")).unwrap_or_else(|e| panic!("{e}"));
    let run = repo.concise(&[]);
    run.assert_code(2);
    run.assert_line(&["error:", "meetings/2026-03-12/upp", "symbolic link loop"]);
}

#[cfg(unix)]
#[test]
fn a_dangling_symlink() {
    use std::os::unix::fs::symlink;
    let repo = Repo::base();
    symlink("finns-inte.md", repo.path("2026-03-12/minutes.md")).unwrap_or_else(|e| panic!("{e}"));
    let run = repo.concise(&[]);
    run.assert_code(2);
    run.assert_line(&["error:", "meetings/2026-03-12/minutes.md", "broken symbolic link"]);
}

#[test]
fn a_path_that_does_not_exist() {
    let repo = Repo::base();
    let run = repo.concise(&["meetings/2026-13-01"]);
    run.assert_code(2);
    run.assert_line(&["error:", "meetings/2026-13-01", "no such file or folder"]);
    // Nor is there a meetings folder here or above.
    fs::remove_dir_all(repo.path("")).unwrap_or_else(|e| panic!("{e}"));
    let run = repo.concise(&[]);
    run.assert_code(2);
    run.assert_line(&["error:", "no meetings folder here or above", "--meetings"]);
}

#[test]
fn a_folder_without_members_yaml() {
    let repo = Repo::base();
    fs::remove_file(repo.path("members.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let run = repo.concise(&[]);
    run.assert_code(2);
    run.assert_line(&["error:", "meetings", "members.yaml"]);

    // A calendar is required too.
    let repo = Repo::base();
    fs::remove_file(repo.path("calendar.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let run = repo.concise(&[]);
    run.assert_code(2);
    run.assert_line(&["error:", "meetings/calendar.yaml not found"]);
}

#[test]
fn a_broken_lchnv_yaml() {
    let repo = Repo::base();
    repo.write("lchnv.yaml", "rules:\n  ocr-damage: [error\n");
    let run = repo.concise(&[]);
    run.assert_code(2);
    run.assert_line(&["error:", "meetings/lchnv.yaml:", "invalid YAML"]);

    repo.write("lchnv.yaml", "max_file_bytes: lots\n");
    let run = repo.concise(&[]);
    run.assert_code(2);
    run.assert_line(&["error:", "meetings/lchnv.yaml:1:17", "max_file_bytes"]);

    repo.write("lchnv.yaml", b"rules:\n  ocr-damage: \xe4\n");
    let run = repo.concise(&[]);
    run.assert_code(2);
    run.assert_line(&["error:", "meetings/lchnv.yaml", "UTF-8"]);
}

#[test]
fn sarif_results_point_at_their_rules_and_junit_is_well_formed_xml() {
    let repo = Repo::base();
    repo.edit(
        "2026-02-05/minutes.md",
        "- [ ] **Styrgruppen**",
        "- [ ] **Styrgrupen**",
    );
    let sarif = repo.run(&["check", "--format", "sarif"]);
    sarif.assert_code(1);
    let log: serde_json::Value = serde_json::from_str(&sarif.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(rules.len(), lchnv::rule::Rule::ALL.len());
    let results = run["results"].as_array().cloned().unwrap_or_default();
    assert!(!results.is_empty());
    for result in &results {
        let index = result["ruleIndex"].as_u64().unwrap_or(u64::MAX) as usize;
        assert_eq!(
            rules.get(index).map(|r| &r["id"]),
            Some(&result["ruleId"]),
            "{result}"
        );
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(
            location["artifactLocation"]["uri"],
            "meetings/2026-02-05/minutes.md"
        );
        assert!(location["region"]["startLine"].as_u64() >= Some(1));
    }
    assert!(rules.iter().all(|r| {
        r["helpUri"].is_null()
            && r["help"]["markdown"].as_str().is_some_and(|m| {
                m.ends_with(&format!("(docs/rules.md#{}).", r["name"].as_str().unwrap_or("?")))
            })
    }));
    repo.write(
        "lchnv.yaml",
        "docs_url: https://docs.example.org/lchnv/rules.md\n",
    );
    let published = repo.run(&["check", "--format", "sarif"]);
    let log: serde_json::Value = serde_json::from_str(&published.stdout).unwrap_or_else(|e| panic!("{e}"));
    let first = &log["runs"][0]["tool"]["driver"]["rules"][0];
    assert_eq!(
        first["helpUri"].as_str().map(str::to_owned),
        first["name"]
            .as_str()
            .map(|n| format!("https://docs.example.org/lchnv/rules.md#{n}"))
    );
    repo.write("lchnv.yaml", "");

    let junit = repo.run(&["check", "--format", "junit"]);
    junit.assert_code(1);
    let mut reader = quick_xml::Reader::from_str(&junit.stdout);
    let (mut cases, mut failures) = (0, 0);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)) => {
                match e.name().as_ref() {
                    "testcase" => cases += 1,
                    "failure" => failures += 1,
                    _ => {}
                }
            }
            Ok(_) => {}
            Err(e) => panic!("not well-formed XML: {e}\n{}", junit.stdout),
        }
    }
    assert_eq!(cases, results.len());
    assert_eq!(failures, 1, "{}", junit.stdout);
}

/// The SARIF log is valid against the OASIS SARIF 2.1.0 schema, which the npm package of
/// tests/browser brings along (`npm ci` there); without it the test stops with a notice, except
/// under CI, where it fails.
#[test]
fn sarif_is_valid_against_the_sarif_2_1_0_schema() {
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/browser/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    let Ok(schema_text) = fs::read_to_string(&schema_path) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "the SARIF schema is missing: run `npm ci` in tests/browser"
        );
        eprintln!("skipped: no SARIF schema; run `npm ci` in tests/browser");
        return;
    };
    // The published schema's two patterns for a language tag have a stray `]` that a strict regex
    // engine refuses; they are replaced by the pattern they mean, the only change to the schema.
    let stray = r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#;
    assert_eq!(
        schema_text.matches(stray).count(),
        2,
        "the schema changed: review this test"
    );
    let schema_text = schema_text.replace(stray, r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#);
    let schema: serde_json::Value = serde_json::from_str(&schema_text).unwrap_or_else(|e| panic!("{e}"));
    let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{e}"));

    let repo = Repo::base();
    let clean = repo.run(&["check", "--format", "sarif"]);
    repo.edit(
        "2026-02-05/minutes.md",
        "- [ ] **Styrgruppen**",
        "- [] **Styrgrupen**",
    );
    let findings = repo.run(&["check", "--format", "sarif"]);
    findings.assert_code(1);
    repo.write(
        "lchnv.yaml",
        "docs_url: https://docs.example.org/lchnv/rules.md\n",
    );
    let published = repo.run(&["check", "--format", "sarif"]);
    assert!(
        published
            .stdout
            .contains("\"helpUri\": \"https://docs.example.org/")
    );
    for run in [&clean, &findings, &published] {
        let log: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}"));
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}\n{}", run.stdout);
    }
    assert!(findings.stdout.contains("\"ruleId\""));
}
