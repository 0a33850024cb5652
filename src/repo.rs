//! A meetings folder: finding it, finding its files, and reading them (in parallel) into a
//! [`Repository`].

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::model::{Kind, Meeting};
use crate::network::{self, Calendar, Matters, Members, Network, StandardItems};
use crate::parse::body::BodyContext;
use crate::rule::Rule;
use crate::rules;
use crate::source::{self, DecodeProblem, SourceFile};
use crate::span::Pos;
use crate::suppress::Suppressions;
use crate::yaml;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// The default meetings folder, relative to the current directory.
pub const DEFAULT_ROOT: &str = "meetings";

/// Everything read from a meetings folder.
#[derive(Debug, Default)]
pub struct Repository {
    pub root: PathBuf,
    pub config: Config,
    pub network: Network,
    /// Sorted by date, agendas before minutes.
    pub meetings: Vec<Meeting>,
    /// Each dated meeting file's index in `meetings`, by date and kind.
    index: HashMap<(NaiveDate, Kind), usize>,
}

/// The result of reading a repository: what was read, what is wrong with it, and what could not
/// be read at all.
#[derive(Debug, Default)]
pub struct Load {
    pub repo: Repository,
    pub diagnostics: Vec<Diagnostic>,
    /// Operational problems: a file that cannot be read, a symlink loop.
    pub failures: Vec<String>,
    /// Inline suppressions of network files, by path (meeting files keep theirs).
    pub suppressions: HashMap<PathBuf, Suppressions>,
    /// The meeting files read, in order.
    pub files: Vec<PathBuf>,
    /// For `check`: what the rules across files need of each meeting file. The meetings
    /// themselves are not kept then.
    pub index: Vec<rules::index::FileIndex>,
}

/// How much to do while reading.
#[derive(Debug, Clone, Copy, Default)]
pub struct LoadOptions {
    /// Run the rules that look at one file at a time (for `check`).
    pub check: bool,
}

/// The meetings folder a path belongs to: the path itself or the nearest folder above it that
/// holds a `members.yaml`.
pub fn find_root(path: &Path) -> Result<PathBuf> {
    if std::fs::symlink_metadata(path).is_err() {
        bail!("{}: no such file or folder", path.display());
    }
    let start = if path.is_dir() {
        path
    } else {
        path.parent().unwrap_or(Path::new(""))
    };
    for dir in start.ancestors() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        if dir.join(network::MEMBERS_FILE).is_file() {
            return Ok(dir.to_path_buf());
        }
    }
    bail!(
        "{} is not in a meetings folder: no {} found in it or above it",
        path.display(),
        network::MEMBERS_FILE
    )
}

impl Repository {
    /// Reads the meetings folder at `root`.
    pub fn load(root: &Path, options: LoadOptions) -> Result<Load> {
        Repository::load_with(root, &[], options)
    }

    /// Reads the meetings folder at `root`, also reading `extra` files that are not named like
    /// meeting files (a path given to `check` explicitly).
    pub fn load_with(root: &Path, extra: &[PathBuf], options: LoadOptions) -> Result<Load> {
        if !root.is_dir() {
            bail!("{}: no such folder", root.display());
        }
        let config = Config::load(root)?;
        let mut load = Load::default();
        let (network, broken) = load_network(root, &mut load)?;
        if !broken.is_empty() {
            // Every meeting file is read against the network files; with one unreadable, the
            // findings about meetings would only repeat its problem.
            let names: Vec<String> = broken.iter().map(|p| p.display().to_string()).collect();
            load.failures.push(format!(
                "{} could not be read (see above); the meeting files were not checked",
                names.join(" and ")
            ));
            load.repo = Repository {
                root: root.to_path_buf(),
                config,
                network,
                ..Repository::default()
            };
            return Ok(load);
        }
        let discovered = discover(root, &mut load);
        let mut paths = discovered.meeting_files;
        for path in extra {
            if !paths.contains(path) && path.is_file() {
                paths.push(path.clone());
            }
        }
        let minutes_dates: HashSet<NaiveDate> = paths
            .iter()
            .filter(|p| p.file_name().and_then(|n| n.to_str()) == Some(Kind::Minutes.file_name()))
            .filter_map(|p| {
                p.parent()?
                    .file_name()?
                    .to_str()
                    .and_then(|d| crate::schema::parse_date(d).ok())
            })
            .collect();
        let mut context = BodyContext::new(&crate::format::phrases::names(&network.members.network));
        // `check` keeps no prose: only an index of each file outlives its rules.
        context.keep_prose = !options.check;
        let vocabulary = if options.check {
            rules::network_vocabulary(&network)
        } else {
            crate::ocr::Vocabulary::default()
        };
        let shared = Shared {
            vocabulary: &vocabulary,
            root,
            config: &config,
            network: &network,
            context: &context,
            minutes_dates: &minutes_dates,
            options,
        };
        let results: Vec<FileResult> = paths.par_iter().map(|path| read_meeting(path, &shared)).collect();
        let mut meetings = Vec::with_capacity(results.len());
        for result in results {
            load.diagnostics.extend(result.diagnostics);
            load.failures.extend(result.failure);
            meetings.extend(result.meeting);
            load.index.extend(result.index);
        }
        load.files = paths;
        meetings.sort_by(|a, b| (a.date(), a.kind(), &a.path).cmp(&(b.date(), b.kind(), &b.path)));
        let index = meetings
            .iter()
            .enumerate()
            .filter_map(|(i, m)| Some(((m.date()?, m.kind()?), i)))
            .collect();
        load.repo = Repository {
            root: root.to_path_buf(),
            config,
            network,
            meetings,
            index,
        };
        if options.check {
            rules::check_network(&load.repo, &mut load.diagnostics);
            rules::check_across_files(&load.repo.network, &load.index, &mut load.diagnostics);
        }
        Ok(load)
    }

    /// The minutes of a date.
    pub fn minutes(&self, date: NaiveDate) -> Option<&Meeting> {
        self.meeting(date, Kind::Minutes)
    }

    /// The agenda of a date.
    pub fn agenda(&self, date: NaiveDate) -> Option<&Meeting> {
        self.meeting(date, Kind::Agenda)
    }

    /// The meeting file of a date and kind.
    pub fn meeting(&self, date: NaiveDate, kind: Kind) -> Option<&Meeting> {
        self.index.get(&(date, kind)).and_then(|i| self.meetings.get(*i))
    }

    /// All minutes, oldest first.
    pub fn all_minutes(&self) -> impl Iterator<Item = &Meeting> {
        self.meetings.iter().filter(|m| m.kind() == Some(Kind::Minutes))
    }

    /// The folder of a meeting date.
    pub fn meeting_dir(&self, date: NaiveDate) -> PathBuf {
        self.root.join(date.format("%Y-%m-%d").to_string())
    }
}

struct Shared<'a> {
    vocabulary: &'a crate::ocr::Vocabulary,
    root: &'a Path,
    config: &'a Config,
    network: &'a Network,
    context: &'a BodyContext,
    minutes_dates: &'a HashSet<NaiveDate>,
    options: LoadOptions,
}

#[derive(Default)]
struct FileResult {
    meeting: Option<Meeting>,
    index: Option<rules::index::FileIndex>,
    diagnostics: Vec<Diagnostic>,
    failure: Option<String>,
}

fn read_meeting(path: &Path, shared: &Shared) -> FileResult {
    let mut result = FileResult::default();
    let size = match std::fs::metadata(path) {
        Ok(meta) => meta.len(),
        Err(error) => {
            result.failure = Some(format!("cannot read {}: {error}", path.display()));
            return result;
        }
    };
    if size > shared.config.max_file_bytes {
        result.diagnostics.push(
            Diagnostic::new(
                Rule::FileTooLarge,
                path,
                Pos::START,
                format!(
                    "the file is {}, over the limit of {}",
                    crate::text::human_size(size),
                    crate::text::human_size(shared.config.max_file_bytes)
                ),
            )
            .with_help("meeting files are 10–20 KB; move large content to an attachment, or raise `max_file_bytes` in lchnv.yaml"),
        );
        return result;
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            result.failure = Some(format!("cannot read {}: {error}", path.display()));
            return result;
        }
    };
    let text = match source::decode(bytes) {
        Ok(text) => text,
        Err(problem) => {
            result.diagnostics.push(decode_diagnostic(path, problem));
            return result;
        }
    };
    let file = SourceFile::new(path, text);
    let (meeting, mut diags) = crate::parse::parse_meeting(&file, shared.context);
    if shared.options.check {
        let ctx = rules::FileContext {
            file: &file,
            meeting: &meeting,
            network: shared.network,
            config: shared.config,
            root: shared.root,
            minutes_dates: shared.minutes_dates,
            vocabulary: shared.vocabulary,
        };
        rules::check_file(&ctx, &mut diags);
        result.index = Some(rules::index::FileIndex::new(
            &meeting,
            &shared.network.standard_items,
        ));
    } else {
        result.meeting = Some(meeting);
    }
    result.diagnostics = diags;
    result
}

fn decode_diagnostic(path: &Path, problem: DecodeProblem) -> Diagnostic {
    match problem {
        DecodeProblem::Binary { line, column } => Diagnostic::new(
            Rule::BinaryFile,
            path,
            Pos {
                offset: 0,
                line,
                column,
            },
            "the file holds binary data (a NUL byte), not text",
        )
        .with_help("a Word or PDF document cannot be read as Markdown; bring it in with `lchnv import`"),
        DecodeProblem::NotUtf8 {
            line,
            column,
            byte,
            windows_1252,
        } => {
            let message = match windows_1252 {
                Some(c) => format!(
                    "the file is not UTF-8: it looks like Windows-1252 (byte 0x{byte:02X} here stands for `{c}`)"
                ),
                None => format!("the file is not UTF-8: byte 0x{byte:02X} is not valid here"),
            };
            Diagnostic::new(
                Rule::NotUtf8,
                path,
                Pos {
                    offset: 0,
                    line,
                    column,
                },
                message,
            )
            .with_help("save the file as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8 in.md > out.md`")
        }
    }
}

/// Reads a network file as YAML; `None` (after reporting) when it cannot be read.
fn read_yaml_file(path: &Path, load: &mut Load) -> Option<(SourceFile, yaml::Node)> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            load.failures
                .push(format!("cannot read {}: {error}", path.display()));
            return None;
        }
    };
    let text = match source::decode(bytes) {
        Ok(text) => text,
        Err(problem) => {
            load.diagnostics.push(decode_diagnostic(path, problem));
            return None;
        }
    };
    let file = SourceFile::new(path, text);
    let (suppressions, _) = Suppressions::scan(&file.text);
    if !suppressions.is_empty() {
        load.suppressions.insert(path.to_path_buf(), suppressions);
    }
    match yaml::parse(&file, 0, file.text.len()) {
        Ok(node) => Some((file, node)),
        Err(diag) => {
            load.diagnostics.push(*diag);
            None
        }
    }
}

/// Reads the network files; also returns those that exist but could not be read.
fn load_network(root: &Path, load: &mut Load) -> Result<(Network, Vec<PathBuf>)> {
    let mut network = Network::default();
    let mut broken = Vec::new();
    for required in [network::MEMBERS_FILE, network::CALENDAR_FILE] {
        let path = root.join(required);
        if !path.is_file() {
            bail!(
                "{} not found: a meetings folder needs {} and {}",
                path.display(),
                network::MEMBERS_FILE,
                network::CALENDAR_FILE
            );
        }
    }
    let mut read = |name: &str, load: &mut Load| {
        let path = root.join(name);
        if !path.is_file() {
            return None;
        }
        let read = read_yaml_file(&path, load);
        if read.is_none() {
            broken.push(path);
        }
        read
    };
    if let Some((file, node)) = read(network::MEMBERS_FILE, load) {
        network.members = Members::read(&file, &node, &mut load.diagnostics);
    }
    if let Some((file, node)) = read(network::CALENDAR_FILE, load) {
        network.calendar = Calendar::read(&file, &node, &mut load.diagnostics);
    }
    if let Some((file, node)) = read(network::MATTERS_FILE, load) {
        network.matters = Matters::read(&file, &node, &mut load.diagnostics);
    }
    if let Some((file, node)) = read(network::STANDARD_ITEMS_FILE, load) {
        network.standard_items = StandardItems::read(&file, &node, &mut load.diagnostics);
    }
    Ok((network, broken))
}

struct Discovered {
    meeting_files: Vec<PathBuf>,
}

/// Finds the meeting files: `DATE/agenda.md` and `DATE/minutes.md`, reporting misnamed ones.
fn discover(root: &Path, load: &mut Load) -> Discovered {
    let mut meeting_files = Vec::new();
    let walker = walkdir::WalkDir::new(root)
        .min_depth(1)
        .max_depth(2)
        .follow_links(true)
        .sort_by_file_name();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                load.failures.push(walk_failure(&error));
                continue;
            }
        };
        if entry.depth() != 2 {
            continue;
        }
        let path = entry.path();
        let name = entry.file_name().to_string_lossy();
        let folder = path
            .parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let is_dated = crate::schema::parse_date(&folder).is_ok();
        if !name.ends_with(".md") {
            continue;
        }
        if !entry.file_type().is_file() {
            load.diagnostics.push(
                Diagnostic::new(
                    Rule::NotAFile,
                    path,
                    Pos::START,
                    format!("`{name}` is a folder, not a Markdown file"),
                )
                .with_help("remove the folder and create the file"),
            );
            continue;
        }
        let named = Kind::from_file_name(&name).is_some();
        if named {
            if !is_dated {
                load.diagnostics.push(
                    Diagnostic::new(
                        Rule::FolderName,
                        path,
                        Pos::START,
                        format!("the folder `{folder}` is not named by a date"),
                    )
                    .with_help("name a meeting folder by its date, YYYY-MM-DD, e.g. `2026-01-29`"),
                );
            }
            meeting_files.push(path.to_path_buf());
        } else if has_kind_front_matter(path) {
            load.diagnostics.push(
                Diagnostic::new(
                    Rule::FileName,
                    path,
                    Pos::START,
                    format!("`{name}` has a meeting front matter but is not named agenda.md or minutes.md"),
                )
                .with_help("rename it to `agenda.md` or `minutes.md`; lchnv reads no other names"),
            );
        }
    }
    Discovered { meeting_files }
}

fn walk_failure(error: &walkdir::Error) -> String {
    let path = error.path().map(|p| p.display().to_string()).unwrap_or_default();
    if let Some(ancestor) = error.loop_ancestor() {
        return format!(
            "{path}: symbolic link loop (it leads back to {})",
            ancestor.display()
        );
    }
    if let Some(io) = error.io_error() {
        if io.kind() == std::io::ErrorKind::NotFound {
            return format!("{path}: broken symbolic link (its target does not exist)");
        }
        return format!("cannot read {path}: {io}");
    }
    format!("cannot read {path}: {error}")
}

/// Whether a Markdown file starts with a front matter that has a `kind:` key.
fn has_kind_front_matter(path: &Path) -> bool {
    use std::io::Read;
    let mut head = Vec::with_capacity(2048);
    let read = std::fs::File::open(path).and_then(|f| f.take(2048).read_to_end(&mut head));
    if read.is_err() {
        return false;
    }
    let text = String::from_utf8_lossy(&head);
    let text = text.trim_start_matches('\u{feff}');
    text.starts_with("---")
        && text
            .lines()
            .skip(1)
            .take_while(|l| l.trim_end() != "---")
            .any(|l| l.starts_with("kind:"))
}
