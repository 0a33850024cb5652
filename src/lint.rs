//! The lint engine behind `check` (and the check `import` runs on what it wrote): reads a
//! meetings folder through [`Folder`], runs the one-file rules on the files asked for, keeps a
//! small index of every file for the rules across files, and turns the findings into the list
//! people read: severities from `lchnv.yaml`, inline suppressions, at most [`CAP`] findings of
//! one rule in one file, and a window of each finding's line.

use crate::cache::{Cache, Digest, Part};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity};
use crate::exit::Exit;
use crate::findings::Findings;
use crate::model::Meeting;
use crate::read;
use crate::repo::{self, FileRead, Folder};
use crate::rule::Rule;
use crate::rules::{self, FileContext, index::FileIndex};
use crate::source::SourceFile;
use crate::suppress::Suppressions;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The most findings of one rule shown for one file; the rest are counted in one more line.
pub const CAP: usize = 50;

/// What a check found, ready to report.
#[derive(Debug, Default)]
pub struct Outcome {
    pub diagnostics: Vec<Diagnostic>,
    /// The tool could not do its job for these (exit 2).
    pub failures: Vec<String>,
    /// Files checked.
    pub files: usize,
    /// Meeting files whose results came from the cache, not from reading them again.
    pub from_cache: usize,
    /// Where the rules' documentation is published, from the (first) meetings folder's
    /// `lchnv.yaml`.
    pub docs_url: Option<String>,
}

impl Outcome {
    pub fn exit(&self) -> Exit {
        if !self.failures.is_empty() {
            Exit::Failure
        } else if self.diagnostics.iter().any(|d| d.severity == Severity::Error) {
            Exit::Findings
        } else {
            Exit::Clean
        }
    }
}

/// What the rules need to know besides the files.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The day rules that depend on the date count from (a draft left too long).
    pub today: NaiveDate,
    /// Read what the cache kept of unchanged files, and keep what is read.
    pub use_cache: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            today: chrono::Local::now().date_naive(),
            use_cache: false,
        }
    }
}

/// Checks files and folders, each in the meetings folder it belongs to. A path outside any
/// meetings folder is a failure.
pub fn check_paths(targets: &[PathBuf], options: &Options) -> Outcome {
    let mut outcome = Outcome::default();
    let (roots, failures) = repo::group_by_root(targets);
    outcome.failures.extend(failures);
    for (root, targets) in roots {
        check_root(&root, &targets, options, &mut outcome);
    }
    outcome
}

/// Which files of a meetings folder a check was asked about.
pub(crate) struct Wanted {
    /// The whole folder.
    whole: bool,
    /// Targets as canonical paths, for comparing with each file's.
    targets: Vec<PathBuf>,
}

impl Wanted {
    pub(crate) fn new(root: &Path, targets: &[PathBuf]) -> Wanted {
        let canonical_root = root.canonicalize().ok();
        let targets: Vec<PathBuf> = targets.iter().filter_map(|t| t.canonicalize().ok()).collect();
        // A target above the meetings folder (the repository's top) means the whole folder.
        let whole = targets
            .iter()
            .any(|t| canonical_root.as_ref().is_some_and(|r| r.starts_with(t)));
        Wanted { whole, targets }
    }

    pub(crate) fn covers(&self, path: &Path) -> bool {
        if self.whole {
            return true;
        }
        let Ok(path) = path.canonicalize() else {
            return false;
        };
        self.targets.iter().any(|t| path.starts_with(t))
    }
}

/// What the cache keeps of a file for `check`.
#[derive(serde::Serialize, serde::Deserialize)]
struct CheckedPart {
    diagnostics: Vec<Diagnostic>,
    beyond: Vec<(Rule, usize)>,
    index: FileIndex,
    depends: Depends,
}

/// What the one-file rules read besides the file, the configuration and the network files,
/// with what they found: cached findings hold while each still gives the same answer.
#[derive(serde::Serialize, serde::Deserialize)]
struct Depends {
    /// `previous_minutes`, and whether that date has minutes.
    previous_minutes: Option<(NaiveDate, bool)>,
    /// Attachments' files, and whether each exists.
    attachments: Vec<(PathBuf, bool)>,
    /// For draft minutes, whose age is counted: the day they were checked.
    draft_checked_on: Option<NaiveDate>,
}

impl Depends {
    fn of(meeting: &Meeting, folder: &Folder, today: NaiveDate) -> Depends {
        let header = &meeting.header;
        let dir = meeting.path.parent().unwrap_or(&folder.root);
        Depends {
            previous_minutes: header
                .previous_minutes
                .as_ref()
                .map(|p| (p.value, folder.minutes_dates.contains(&p.value))),
            attachments: header
                .attachments
                .iter()
                .filter_map(|a| a.file.as_ref())
                .map(|f| {
                    let path = dir.join(&f.value);
                    let exists = path.is_file();
                    (path, exists)
                })
                .collect(),
            draft_checked_on: (meeting.is_draft() && meeting.is_minutes()).then_some(today),
        }
    }

    fn hold(&self, folder: &Folder, today: NaiveDate) -> bool {
        self.previous_minutes
            .is_none_or(|(date, had)| folder.minutes_dates.contains(&date) == had)
            && self.attachments.iter().all(|(path, had)| path.is_file() == *had)
            && self.draft_checked_on.is_none_or(|day| day == today)
    }
}

/// One meeting file as `check` keeps it.
enum Checked {
    File {
        index: Option<FileIndex>,
        diagnostics: Vec<Diagnostic>,
        /// Findings of each rule let go beyond what can be shown.
        beyond: Vec<(Rule, usize)>,
        wanted: bool,
    },
    Failure(String),
}

fn check_root(root: &Path, targets: &[PathBuf], options: &Options, outcome: &mut Outcome) {
    let folder = match Folder::open(root) {
        Ok(folder) => folder,
        Err(error) => {
            outcome.failures.push(format!("{error:#}"));
            return;
        }
    };
    let wanted = Wanted::new(root, targets);
    if outcome.docs_url.is_none() {
        outcome.docs_url = folder.config.docs_url.clone();
    }
    let mut paths = folder.meeting_files.clone();
    // A Markdown file named on the command line is read even when it is misnamed.
    for target in targets {
        if target.extension().is_some_and(|e| e == "md")
            && std::fs::symlink_metadata(target).is_ok()
            && !paths.iter().any(|p| same_file(p, target))
        {
            paths.push(target.clone());
        }
    }
    let vocabulary = rules::network_vocabulary(&folder.network);
    let cache = if options.use_cache {
        Cache::open(root, Part::Check)
    } else {
        Cache::off()
    };
    let hits = AtomicUsize::new(0);
    let known = |path: &Path, digest: &Digest| {
        let part: CheckedPart = cache.get(path, digest, Part::Check)?;
        if !part.depends.hold(&folder, options.today) {
            return None;
        }
        hits.fetch_add(1, Ordering::Relaxed);
        let wanted = wanted.covers(path);
        Some(Checked::File {
            index: Some(part.index),
            diagnostics: if wanted { part.diagnostics } else { Vec::new() },
            beyond: if wanted { part.beyond } else { Vec::new() },
            wanted,
        })
    };
    let known = cache.is_on().then_some((&cache, &known as _));
    let results = folder.read_each_known(&paths, false, known, |read, digest| match read {
        FileRead::Unreadable { path, problem } => {
            let wanted = wanted.covers(&path) || targets.iter().any(|t| same_file(t, &path));
            match repo::unreadable_diagnostic(&path, &problem) {
                Some(diag) => Checked::File {
                    index: None,
                    diagnostics: vec![diag],
                    beyond: Vec::new(),
                    wanted,
                },
                None if wanted => Checked::Failure(crate::msg!(
                    "read-failed",
                    path = path.display().to_string(),
                    problem = problem.to_string()
                )),
                None => Checked::File {
                    index: None,
                    diagnostics: Vec::new(),
                    beyond: Vec::new(),
                    wanted,
                },
            }
        }
        FileRead::Parsed(parsed) => {
            let wanted = wanted.covers(&parsed.file.path);
            let (mut diagnostics, mut beyond) = (Vec::new(), Vec::new());
            if wanted {
                (diagnostics, beyond) = run_rules(
                    &folder,
                    &vocabulary,
                    &parsed.file,
                    &parsed.meeting,
                    options,
                    parsed.diagnostics,
                    Some(&parsed.meeting.suppressions),
                );
            }
            let index = FileIndex::new(&parsed.meeting, &folder.network.standard_items);
            if let (Some(digest), true) = (&digest, wanted) {
                let part = CheckedPart {
                    depends: Depends::of(&parsed.meeting, &folder, options.today),
                    diagnostics,
                    beyond,
                    index,
                };
                cache.put(&parsed.file.path, digest, Part::Check, &part);
                return Checked::File {
                    index: Some(part.index),
                    diagnostics: part.diagnostics,
                    beyond: part.beyond,
                    wanted,
                };
            }
            Checked::File {
                index: Some(index),
                diagnostics,
                beyond,
                wanted,
            }
        }
    });
    cache.save();
    let mut diagnostics: Vec<Diagnostic> = folder
        .diagnostics
        .iter()
        .filter(|d| wanted.whole || wanted.covers(&d.file))
        .cloned()
        .collect();
    let mut indexes = Vec::with_capacity(results.len());
    let mut beyond: HashMap<(PathBuf, Rule), usize> = HashMap::new();
    let mut checked_files = 0;
    for result in results {
        match result {
            Checked::File {
                index,
                diagnostics: found,
                beyond: more,
                wanted,
            } => {
                checked_files += usize::from(wanted);
                if let Some(file) = found.first().map(|d| d.file.clone()) {
                    for (rule, n) in more {
                        *beyond.entry((file.clone(), rule)).or_default() += n;
                    }
                }
                diagnostics.extend(found);
                indexes.extend(index);
            }
            Checked::Failure(failure) => {
                checked_files += 1;
                outcome.failures.push(failure);
            }
        }
    }
    if wanted.whole || targets.iter().any(|t| is_network_file(t)) {
        rules::check_network(&folder.root, &folder.network, &mut diagnostics);
    }
    let mut across = Vec::new();
    rules::check_across_files(&folder.network, &indexes, &mut across);
    diagnostics.extend(across.into_iter().filter(|d| wanted.covers(&d.file)));
    let mut suppressions: HashMap<&Path, &Suppressions> = folder
        .suppressions
        .iter()
        .map(|(path, s)| (path.as_path(), s))
        .collect();
    for file in &indexes {
        if !file.suppressions.is_empty() {
            suppressions.insert(file.path.as_path(), &file.suppressions);
        }
    }
    outcome.files += checked_files;
    outcome.from_cache += hits.into_inner();
    outcome.diagnostics.extend(finalize_counted(
        diagnostics,
        &beyond,
        &folder.config,
        &suppressions,
    ));
    outcome.failures.extend(folder.failures);
}

/// Checks one meeting file's text against an opened meetings folder, without reading the file
/// from disk: the one-file rules only (for a fuzzer, or an editor that has the text).
pub fn check_text(folder: &Folder, path: &Path, text: String, options: &Options) -> Vec<Diagnostic> {
    let file = SourceFile::new(path, text);
    let (meeting, diagnostics) = crate::parse::parse_meeting(&file, folder.body_context(), false);
    let vocabulary = rules::network_vocabulary(&folder.network);
    let (diagnostics, beyond) = run_rules(folder, &vocabulary, &file, &meeting, options, diagnostics, None);
    let beyond = counted(&file.path, beyond);
    finalize_counted(diagnostics, &beyond, &folder.config, &HashMap::new())
}

/// The one-file rules on a file's text, with the file's own suppressions and the configured
/// severities: what `check --fix` compares before and after a fix.
pub fn check_source(
    folder: &Folder,
    vocabulary: &crate::ocr::Vocabulary,
    file: &SourceFile,
    options: &Options,
) -> Vec<Diagnostic> {
    let (meeting, diagnostics) = crate::parse::parse_meeting(file, folder.body_context(), false);
    let (suppressions, _) = Suppressions::scan(&file.text);
    let (diagnostics, beyond) = run_rules(
        folder,
        vocabulary,
        file,
        &meeting,
        options,
        diagnostics,
        Some(&suppressions),
    );
    let beyond = counted(&file.path, beyond);
    let suppressions = HashMap::from([(file.path.as_path(), &suppressions)]);
    finalize_counted(diagnostics, &beyond, &folder.config, &suppressions)
}

/// The one-file rules on a parsed file, after the parser's `found`: the findings that can be
/// reported, held to a bound per rule (see [`Findings`]), and how many more of each rule there
/// were. `silence`: the file's suppressions, when the report applies them.
fn run_rules(
    folder: &Folder,
    vocabulary: &crate::ocr::Vocabulary,
    file: &SourceFile,
    meeting: &crate::model::Meeting,
    options: &Options,
    found: Vec<Diagnostic>,
    silence: Option<&Suppressions>,
) -> (Vec<Diagnostic>, Vec<(Rule, usize)>) {
    let reported = |d: &Diagnostic| {
        folder.config.severity(d.rule).is_some() && !silence.is_some_and(|s| s.silences(d.rule, d.pos.line))
    };
    let mut diagnostics = Findings::new(&reported);
    diagnostics.extend(found);
    let ctx = FileContext {
        file,
        meeting,
        network: &folder.network,
        config: &folder.config,
        root: &folder.root,
        minutes_dates: &folder.minutes_dates,
        vocabulary,
        today: options.today,
    };
    rules::check_file(&ctx, &mut diagnostics);
    diagnostics.into_parts()
}

/// Counts of findings let go in one file, by file and rule.
fn counted(file: &Path, beyond: Vec<(Rule, usize)>) -> HashMap<(PathBuf, Rule), usize> {
    beyond
        .into_iter()
        .map(|(rule, n)| ((file.to_path_buf(), rule), n))
        .collect()
}

fn is_network_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "yaml" || e == "yml")
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
}

/// Applies the configured severities and the inline suppressions, sorts, caps the findings of
/// one rule in one file at [`CAP`], and fills in the snippets that rules across files could not.
pub fn finalize(
    diagnostics: Vec<Diagnostic>,
    config: &Config,
    suppressions: &HashMap<&Path, &Suppressions>,
) -> Vec<Diagnostic> {
    finalize_counted(diagnostics, &HashMap::new(), config, suppressions)
}

/// As [`finalize`], with `beyond`: findings of a rule in a file that were let go while they
/// were made (they come after those given, and count for the "and N more" line).
fn finalize_counted(
    diagnostics: Vec<Diagnostic>,
    beyond: &HashMap<(PathBuf, Rule), usize>,
    config: &Config,
    suppressions: &HashMap<&Path, &Suppressions>,
) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter_map(|mut d| {
            let severity = config.severity(d.rule)?;
            if suppressions
                .get(d.file.as_path())
                .is_some_and(|s| s.silences(d.rule, d.pos.line))
            {
                return None;
            }
            d.severity = severity;
            Some(d)
        })
        .collect();
    out.sort_by(|a, b| {
        a.sort_key()
            .cmp(&b.sort_key())
            .then_with(|| a.message.cmp(&b.message))
    });
    out.dedup();
    let mut out = cap(out, beyond);
    fill_snippets(&mut out, config.max_file_bytes.max(read::SMALL_FILE_LIMIT));
    out
}

/// Keeps the first [`CAP`] findings of each rule in each file, and one line for the rest.
fn cap(diagnostics: Vec<Diagnostic>, beyond: &HashMap<(PathBuf, Rule), usize>) -> Vec<Diagnostic> {
    let mut counts: HashMap<(PathBuf, crate::rule::Rule), usize> = beyond.clone();
    for d in &diagnostics {
        *counts.entry((d.file.clone(), d.rule)).or_default() += 1;
    }
    if counts.values().all(|n| *n <= CAP) {
        return diagnostics;
    }
    let mut seen: HashMap<(PathBuf, crate::rule::Rule), usize> = HashMap::new();
    let mut out = Vec::with_capacity(diagnostics.len().min(counts.len() * (CAP + 1)));
    for d in diagnostics {
        let key = (d.file.clone(), d.rule);
        let n = seen.entry(key.clone()).or_default();
        *n += 1;
        let total = counts.get(&key).copied().unwrap_or(0);
        if *n <= CAP {
            out.push(d);
        } else if *n == CAP + 1 {
            let more = total - CAP;
            let mut summary = Diagnostic::new(
                d.rule,
                d.file.clone(),
                d.pos,
                format!(
                    "and {more} more `{}` finding{} in this file, from here on",
                    d.rule.name(),
                    if more == 1 { "" } else { "s" }
                ),
            );
            summary.severity = d.severity;
            out.push(summary.with_help("fix the findings above and check again to see the rest"));
        }
    }
    out
}

fn fill_snippets(diagnostics: &mut [Diagnostic], limit: u64) {
    let mut files: HashMap<PathBuf, Option<SourceFile>> = HashMap::new();
    for d in diagnostics.iter_mut().filter(|d| d.snippet.is_none()) {
        let file = files
            .entry(d.file.clone())
            // The same limits as any read: a file swapped for /dev/zero is not read.
            .or_insert_with(|| read::text(&d.file, limit).ok());
        if let Some(file) = file
            && !(d.pos.line == 1 && d.pos.column == 1 && file.text.is_empty())
        {
            d.snippet = file.snippet(d.pos);
        }
    }
}
