//! A mutation test that stays in the suite: the shipped meetings and the rule fixtures, mutated
//! at random (lines deleted, duplicated, swapped; bytes inserted; the file cut short; invisible
//! characters and near-miss markup put in), must never make `check` or a register panic or hang,
//! and the parser must never lose a task line without a finding on that line.
//!
//! A fixed seed runs for about 20 seconds; `LCHNV_FUZZ_SECS` runs longer and `LCHNV_FUZZ_SEED`
//! starts elsewhere. A failing case is written to `target/mutation-failures/` to replay.

mod common;
use common::copy_dir;

use lchnv::diagnostic::Diagnostic;
use lchnv::ledger::Ledger;
use lchnv::parse::body::BodyContext;
use lchnv::parse::tasks::{TaskLine, classify};
use lchnv::registers;
use lchnv::repo::{LoadOptions, Repository};
use lchnv::rule::Rule;
use lchnv::source::SourceFile;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// xorshift64*: a few lines of our own instead of a dependency; the same seed, the same run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const INSERTS: &[&str] = &[
    "\u{A0}",
    "\u{200B}",
    "\u{FEFF}",
    "\t",
    "[",
    "]",
    "[[",
    "]]",
    "**",
    "-",
    "- [ ] ",
    "-[ ]",
    "- []",
    "#",
    "### ",
    "## 9. ",
    ":",
    "\n",
    "\n\n",
    "    ",
    "\r",
    "\0",
    "\u{FFFD}",
    "å",
    "Ärende: ",
    "Föredragande:",
    "---\n",
    "<!--",
    "-->",
    "`",
    "```\n",
    "> ",
    "|",
    "att ",
    "Länschefsnätverket beslutade\n\n",
];

/// One random change to a text.
fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let n = lines.len().max(1);
    match rng.below(9) {
        0 if lines.len() > 1 => {
            lines.remove(rng.below(n));
        }
        1 => {
            let i = rng.below(n);
            let line = lines.get(i).cloned().unwrap_or_default();
            lines.insert(i, line);
        }
        2 if lines.len() > 1 => {
            let (a, b) = (rng.below(n), rng.below(n));
            lines.swap(a, b);
        }
        3 => {
            // Cut short at a character boundary.
            let mut cut = rng.below(text.len() + 1);
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            return text[..cut].to_owned();
        }
        4 => {
            // A random byte string, as long as it stays UTF-8 (invalid UTF-8 is its own case).
            let bytes: Vec<u8> = (0..1 + rng.below(8)).map(|_| (rng.next() & 0x7F) as u8).collect();
            return insert_at(text, &String::from_utf8_lossy(&bytes), rng);
        }
        5 => {
            // Near-miss markup on a task line.
            if let Some(i) = lines.iter().position(|l| l.trim_start().starts_with("- [")) {
                let pick = rng.below(5);
                let line = &lines[i];
                lines[i] = match pick {
                    0 => line.replacen("- [ ]", "- []", 1),
                    1 => line.replacen("- [ ]", "-[ ]", 1),
                    2 => line.replacen("- [ ] ", "- [ ]", 1),
                    3 => line.replacen("- [ ]", "- ( )", 1),
                    _ => line.replacen("- ", "-\u{A0}", 1),
                };
            }
        }
        6 => {
            // A heading one level off.
            if let Some(i) = lines.iter().position(|l| l.starts_with("##")) {
                lines[i] = if rng.below(2) == 0 {
                    format!("#{}", lines[i])
                } else {
                    lines[i].replacen("##", "#", 1)
                };
            }
        }
        7 => {
            let i = rng.below(n);
            let indent = " ".repeat(1 + rng.below(5));
            if let Some(line) = lines.get_mut(i) {
                line.insert_str(0, &indent);
            }
        }
        _ => {
            let piece = *rng.pick(INSERTS);
            return insert_at(text, piece, rng);
        }
    }
    lines.join("\n")
}

fn insert_at(text: &str, piece: &str, rng: &mut Rng) -> String {
    let mut at = rng.below(text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    format!("{}{piece}{}", &text[..at], &text[at..])
}

/// Meeting files to start from: the shipped meetings and every rule fixture's meeting files.
fn corpus() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut stack = vec![
        root.join("meetings"),
        root.join("tests/fixtures/rules"),
        root.join("tests/fixtures/base"),
    ];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "md")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                files.push((path, text));
            }
        }
    }
    files.sort();
    files
}

/// Every task-like line is either an assignment or has a finding on its line (or the file's
/// front matter cannot be read at all, which is a finding for the whole file).
fn lost_task_lines(text: &str, context: &BodyContext) -> Vec<String> {
    let file = SourceFile::new("meetings/2026-01-29/minutes.md", text.to_owned());
    let (meeting, diags) = lchnv::parse::parse_meeting(&file, context, false);
    if diags.iter().any(|d| d.rule.is_front_matter()) {
        return Vec::new();
    }
    let starts: std::collections::HashSet<u32> = meeting
        .items
        .iter()
        .flat_map(|item| item.assignments.iter().map(|a| a.pos.line))
        .collect();
    let flagged = |line: u32| {
        diags.iter().any(|d: &Diagnostic| {
            d.pos.line == line && matches!(d.rule, Rule::TaskMalformed | Rule::InvisibleCharacter)
        })
    };
    let mut lost = Vec::new();
    let mut in_front_matter = text.starts_with("---");
    for (n, line) in text.split('\n').enumerate() {
        let number = u32::try_from(n + 1).unwrap_or(u32::MAX);
        if in_front_matter {
            if n > 0 && (line.trim_end() == "---" || line.trim_end() == "...") {
                in_front_matter = false;
            }
            continue;
        }
        let line = line.trim_end_matches('\r');
        if matches!(classify(line), Some(TaskLine::Task | TaskLine::Almost(_)))
            && !starts.contains(&number)
            && !flagged(number)
        {
            lost.push(format!("line {number}: {line}"));
        }
    }
    lost
}

/// Runs `check` on the mutated file and every register on the repository, in-process.
fn exercise(meetings: &Path, target: &Path) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 2, 1).unwrap_or_default();
    let outcome = lchnv::lint::check_paths(
        &[target.to_path_buf()],
        &lchnv::lint::Options {
            today,
            use_cache: false,
        },
    );
    let _ = outcome.exit();
    let whole = lchnv::lint::check_paths(
        &[meetings.to_path_buf()],
        &lchnv::lint::Options {
            today,
            use_cache: false,
        },
    );
    let _ = whole.exit();
    for include_drafts in [false, true] {
        // A file that cannot be understood is a failure (exit 2): an error here, not a panic.
        let Ok(load) = Repository::load(
            meetings,
            LoadOptions {
                include_drafts,
                ..LoadOptions::default()
            },
        ) else {
            continue;
        };
        let ledger = Ledger::new(&load.repo);
        let filter = registers::todo::Filter::everything(today);
        let _ = registers::todo::rows(&ledger, &filter);
        let _ = registers::decisions::rows(
            &load.repo,
            &registers::decisions::Filter {
                since: None,
                until: None,
                matter: None,
                grep: None,
            },
        );
        let _ = registers::history::summaries(&ledger);
        let _ = registers::attendance::register(&load.repo, None, None);
    }
}

#[test]
fn mutated_meetings_never_panic_hang_or_lose_a_task_line() {
    let seconds: u64 = std::env::var("LCHNV_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let seed: u64 = std::env::var("LCHNV_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x1C4E_2025);
    let mut rng = Rng(seed | 1);
    let corpus = corpus();
    assert!(
        corpus.len() > 20,
        "the corpus is the shipped meetings and the rule fixtures"
    );
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let meetings = dir.path().join("meetings");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("meetings"), &meetings);
    let target = meetings.join("2026-01-29/minutes.md");
    std::fs::create_dir_all(meetings.join("2026-01-29")).unwrap_or_else(|e| panic!("{e}"));
    let context = BodyContext::new(&["Länschefsnätverket".to_owned(), "LCHNV".to_owned()]);
    let failures = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/mutation-failures");
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut cases = 0u64;
    while Instant::now() < deadline {
        let (origin, text) = rng.pick(&corpus).clone();
        let mut mutated = text;
        for _ in 0..1 + rng.below(3) {
            mutated = mutate(&mutated, &mut rng);
        }
        cases += 1;
        let save = |why: &str| {
            let _ = std::fs::create_dir_all(&failures);
            let path = failures.join(format!("case-{seed}-{cases}.md"));
            let _ = std::fs::write(&path, &mutated);
            format!(
                "{why}\n(from {}, mutated; saved as {})",
                origin.display(),
                path.display()
            )
        };
        let lost = lost_task_lines(&mutated, &context);
        assert!(
            lost.is_empty(),
            "{}",
            save(&format!("task lines lost without a finding: {lost:?}"))
        );
        std::fs::write(&target, &mutated).unwrap_or_else(|e| panic!("{e}"));
        // In a thread, so a hang fails the test instead of stalling the suite.
        let (send, receive) = mpsc::channel();
        let (m, t) = (meetings.clone(), target.clone());
        std::thread::spawn(move || {
            let result = std::panic::catch_unwind(|| exercise(&m, &t));
            let _ = send.send(result);
        });
        match receive.recv_timeout(Duration::from_secs(10)) {
            Ok(Ok(())) => {}
            Ok(Err(_)) => panic!("{}", save("panicked")),
            Err(_) => panic!("{}", save("did not finish within 10 s")),
        }
    }
    eprintln!("mutation test: {cases} cases from seed {seed} in {seconds} s");
    assert!(cases > 50, "too few cases ran ({cases}) to mean anything");
}
