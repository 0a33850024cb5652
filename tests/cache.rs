//! The cache of unchanged files' results: a run that reads from it says exactly what a run
//! without it says, for every command and format; an edited file is read again, and only it;
//! a corrupt cache file is ignored and written anew.

mod common;

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/registers/meetings")
}

/// A copy of the registers' fixture with a finding added, and the cache folder beside it.
fn repository() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let meetings = dir.path().join("meetings");
    common::copy_dir(&fixture(), &meetings);
    let agenda = first_meeting_file(&meetings);
    let mut text = fs::read_to_string(&agenda).expect("agenda");
    text.push_str("\nText att fylla i: [[namn]].\n");
    fs::write(&agenda, text).expect("agenda written");
    let cache = dir.path().join("cache");
    (dir, meetings, cache)
}

fn first_meeting_file(meetings: &Path) -> PathBuf {
    let mut dates: Vec<PathBuf> = fs::read_dir(meetings)
        .expect("meetings folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dates.sort();
    dates
        .iter()
        .map(|d| d.join("agenda.md"))
        .find(|p| p.is_file())
        .expect("an agenda")
}

/// Runs lchnv on `meetings` with the cache in `cache` (or none) and returns exit code, stdout
/// and stderr.
fn run(meetings: &Path, cache: Option<&Path>, args: &[&str]) -> (i32, Vec<u8>, Vec<u8>) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lchnv"));
    cmd.env_remove("LCHNV_MEETINGS")
        .env_remove("LCHNV_NO_CACHE")
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .env("LCHNV_TODAY", "2026-06-01")
        .arg("--meetings")
        .arg(meetings);
    match cache {
        Some(dir) => cmd.env("LCHNV_CACHE_DIR", dir),
        None => cmd
            .env("LCHNV_CACHE_DIR", meetings.join("unused"))
            .arg("--no-cache"),
    };
    let output = cmd.args(args).output().expect("lchnv runs");
    (output.status.code().unwrap_or(-1), output.stdout, output.stderr)
}

fn cache_files(cache: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(cache)
        .map(|r| r.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "bin"));
    files
}

#[test]
fn cached_runs_say_what_uncached_runs_say() {
    let (_dir, meetings, cache) = repository();
    let mut commands: Vec<Vec<&str>> = Vec::new();
    for format in ["human", "concise", "json", "github", "sarif", "junit"] {
        commands.push(vec!["check", "--format", format]);
    }
    for register in ["todo", "decisions", "history", "attendance"] {
        for format in ["table", "json", "csv", "markdown"] {
            commands.push(vec![register, "--format", format]);
        }
    }
    commands.push(vec!["todo", "--all", "--format", "json"]);
    commands.push(vec!["new-agenda", "--dry-run"]);
    for args in &commands {
        let uncached = run(&meetings, None, args);
        assert!(
            !cache_files(&meetings.join("unused")).iter().any(|_| true),
            "--no-cache writes nothing"
        );
        let first = run(&meetings, Some(&cache), args);
        let second = run(&meetings, Some(&cache), args);
        for (which, cached) in [("filling the cache", &first), ("from the cache", &second)] {
            assert_eq!(cached.0, uncached.0, "{args:?} {which}: exit code");
            assert_eq!(
                String::from_utf8_lossy(&cached.1),
                String::from_utf8_lossy(&uncached.1),
                "{args:?} {which}: standard output"
            );
            assert_eq!(
                String::from_utf8_lossy(&cached.2),
                String::from_utf8_lossy(&uncached.2),
                "{args:?} {which}: standard error"
            );
        }
    }
    assert_eq!(
        cache_files(&cache).len(),
        2,
        "one cache file for the folder and part (check, meetings)"
    );
    assert!(
        fs::read_to_string(cache.join(".gitignore")).is_ok_and(|t| t.lines().any(|l| l == "*")),
        "the cache folder ignores itself"
    );
}

#[test]
fn an_edited_file_is_read_again_and_only_it() {
    let (_dir, meetings, cache) = repository();
    let options = |use_cache| lchnv::lint::Options {
        today: chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default(),
        use_cache,
    };
    // The library finds the cache at the top of the folder's repository: none here, so the
    // meetings folder itself.
    let targets = [meetings.clone()];
    let cold = lchnv::lint::check_paths(&targets, &options(true));
    assert!(cold.files > 2, "files checked: {}", cold.files);
    assert_eq!(cold.from_cache, 0);
    let warm = lchnv::lint::check_paths(&targets, &options(true));
    assert_eq!(warm.from_cache, warm.files, "every file from the cache");
    assert_eq!(warm.diagnostics, cold.diagnostics);

    let agenda = first_meeting_file(&meetings);
    let text = fs::read_to_string(&agenda).expect("agenda");
    fs::write(&agenda, text.replace("[[namn]]", "[[namn]] och [[datum]]")).expect("edited");
    let edited = lchnv::lint::check_paths(&targets, &options(true));
    assert_eq!(
        edited.from_cache,
        edited.files - 1,
        "only the edited file is read again"
    );
    let fresh = lchnv::lint::check_paths(&targets, &options(false));
    assert_eq!(edited.diagnostics, fresh.diagnostics);
    assert!(
        edited.diagnostics.iter().any(|d| d.message.contains("datum")),
        "the edit's finding is reported"
    );
    drop(cache);
}

#[test]
fn a_corrupt_cache_file_is_ignored_and_written_anew() {
    let (_dir, meetings, cache) = repository();
    let args = ["check", "--format", "json"];
    let uncached = run(&meetings, None, &args);
    let _ = run(&meetings, Some(&cache), &args);
    let files = cache_files(&cache);
    assert_eq!(files.len(), 1);
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 251) as u8).collect();
    for bytes in [
        garbage.as_slice(),
        b"",
        b"lchnv\x00c\x02\xff\xff\xff",
        b"lchnv\x00c\x01",
    ] {
        fs::write(&files[0], bytes).expect("cache file spoilt");
        let read = run(&meetings, Some(&cache), &args);
        assert_eq!(read, uncached, "a spoilt cache changes nothing");
        let rewritten = fs::read(&files[0]).expect("cache file");
        assert!(
            rewritten.len() > 100 && rewritten != bytes,
            "the cache file is written anew"
        );
        assert_eq!(run(&meetings, Some(&cache), &args), uncached);
    }
}

#[test]
fn cache_clean_removes_the_folder() {
    let (_dir, meetings, cache) = repository();
    let _ = run(&meetings, Some(&cache), &["todo"]);
    assert!(cache.is_dir());
    let (code, stdout, _) = run(&meetings, Some(&cache), &["cache", "dir"]);
    assert_eq!(code, 0);
    assert_eq!(
        String::from_utf8_lossy(&stdout).trim(),
        cache.display().to_string()
    );
    let (code, _, stderr) = run(&meetings, Some(&cache), &["cache", "clean"]);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&stderr));
    assert!(!cache.exists());
}

/// Sets the modification time of every meeting file to `age` ago.
fn age_meeting_files(meetings: &Path, age: std::time::Duration) {
    let when = std::time::SystemTime::now() - age;
    for date in fs::read_dir(meetings).expect("meetings folder").flatten() {
        for file in fs::read_dir(date.path()).into_iter().flatten().flatten() {
            if file.path().extension().is_some_and(|e| e == "md") {
                let handle = fs::File::options()
                    .write(true)
                    .open(file.path())
                    .expect("file opens");
                handle.set_modified(when).expect("time set");
            }
        }
    }
}

#[test]
fn unchanged_files_are_known_by_their_stamp_and_an_edit_of_the_same_size_is_read_again() {
    let (_dir, meetings, cache) = repository();
    let hour = std::time::Duration::from_secs(3600);
    age_meeting_files(&meetings, hour);
    let args = ["check", "--format", "json"];
    let uncached = run(&meetings, None, &args);
    assert_eq!(run(&meetings, Some(&cache), &args), uncached, "filling the cache");
    let files = cache_files(&cache);
    assert_eq!(files.len(), 1);
    let written = fs::read(&files[0]).expect("cache file");
    let written_at = fs::metadata(&files[0]).and_then(|m| m.modified()).expect("time");
    assert_eq!(run(&meetings, Some(&cache), &args), uncached, "from the cache");
    assert_eq!(
        fs::read(&files[0]).expect("cache file"),
        written,
        "nothing to write"
    );
    assert_eq!(
        fs::metadata(&files[0]).and_then(|m| m.modified()).expect("time"),
        written_at,
        "an unchanged cache is not written again"
    );

    // The same number of bytes and the same modification time: on Unix the change time of the
    // inode still tells; elsewhere the edit is given another (old) modification time.
    let agenda = first_meeting_file(&meetings);
    let text = fs::read_to_string(&agenda).expect("agenda");
    let before = fs::metadata(&agenda).and_then(|m| m.modified()).expect("time");
    let edited = text.replace("[[namn]]", "[[ntid]]");
    assert_eq!(edited.len(), text.len());
    fs::write(&agenda, edited).expect("edited");
    let after = if cfg!(unix) { before } else { before - hour };
    let handle = fs::File::options().write(true).open(&agenda).expect("file opens");
    handle.set_modified(after).expect("time set");
    drop(handle);
    let fresh = run(&meetings, None, &args);
    assert!(
        String::from_utf8_lossy(&fresh.1).contains("ntid"),
        "the edit makes its own finding"
    );
    assert_eq!(
        run(&meetings, Some(&cache), &args),
        fresh,
        "the edited file is read again"
    );
    assert_eq!(run(&meetings, Some(&cache), &args), fresh);
}
