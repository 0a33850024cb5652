//! A meetings folder: finding it, reading its network files and finding its meeting files
//! ([`Folder`]), reading meeting files in parallel ([`Folder::read_each`]), and whole meetings
//! for the registers and the cycle ([`Repository`]). Nothing here runs a lint rule: `check`
//! reads through the same door in [`crate::lint`] and keeps only what its rules need.

use crate::cache::{self, Cache, Digest, Part};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity};
use crate::extract::{self, Need, Starts};
use crate::model::{ItemStatus, Kind, Meeting};
use crate::network::{self, Calendar, Matters, Members, Network, StandardItems};
use crate::parse::body::BodyContext;
use crate::read::{self, ReadProblem};
use crate::rule::Rule;
use crate::source::{DecodeProblem, SourceFile};
use crate::span::Pos;
use crate::suppress::Suppressions;
use crate::yaml;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

/// The meetings folder's usual name, looked for in each folder above the current one.
pub const DEFAULT_ROOT: &str = "meetings";

/// Where the meetings folder is: `explicit` (`--meetings`, `LCHNV_MEETINGS`) when given, else
/// found by walking up from the current folder, as git finds its repository.
pub fn locate(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(path) = explicit {
        return find_root(path);
    }
    let cwd = std::env::current_dir()?;
    let mut relative = PathBuf::new();
    for dir in cwd.ancestors() {
        if dir.join(network::MEMBERS_FILE).is_file() {
            return Ok(display_path(&relative));
        }
        if dir.join(DEFAULT_ROOT).join(network::MEMBERS_FILE).is_file() {
            return Ok(relative.join(DEFAULT_ROOT));
        }
        relative.push("..");
    }
    bail!(
        "{}",
        crate::msg!(
            "meetings-folder-none",
            members = network::MEMBERS_FILE,
            default = DEFAULT_ROOT,
            folder = cwd.display().to_string()
        )
    )
}

/// The targets grouped by the meetings folder each belongs to, in the order first met, and a
/// failure message for each target outside any meetings folder.
pub fn group_by_root(targets: &[PathBuf]) -> (Vec<(PathBuf, Vec<PathBuf>)>, Vec<String>) {
    let mut roots: Vec<(PathBuf, Vec<PathBuf>)> = Vec::new();
    let mut failures = Vec::new();
    for target in targets {
        match find_root(target) {
            Ok(root) => {
                let target = clean(target);
                match roots.iter_mut().find(|(r, _)| *r == root) {
                    Some((_, list)) => list.push(target),
                    None => roots.push((root, vec![target])),
                }
            }
            Err(error) => failures.push(format!("{error:#}")),
        }
    }
    (roots, failures)
}

/// The meetings folder a path belongs to: the path itself, the nearest folder above it that
/// holds a `members.yaml`, or the `meetings/` folder of a repository's top folder.
pub fn find_root(path: &Path) -> Result<PathBuf> {
    if std::fs::symlink_metadata(path).is_err() {
        bail!(
            "{}",
            crate::msg!("path-missing", path = path.display().to_string())
        );
    }
    let path = clean(path);
    let start = if path.is_dir() {
        path.clone()
    } else {
        display_path(path.parent().unwrap_or(Path::new("")))
    };
    // The top of a repository names its meetings folder by convention.
    if start.join(DEFAULT_ROOT).join(network::MEMBERS_FILE).is_file()
        && !start.join(network::MEMBERS_FILE).is_file()
    {
        return Ok(clean(&start.join(DEFAULT_ROOT)));
    }
    // Up from the path as written, then on above the current folder for a relative one.
    let mut dir = start;
    for _ in 0..256 {
        if dir.join(network::MEMBERS_FILE).is_file() {
            return Ok(dir);
        }
        let up = match dir.file_name() {
            Some(_) => display_path(dir.parent().unwrap_or(Path::new(""))),
            None => clean(&dir.join("..")),
        };
        let at_top = match (dir.canonicalize(), up.canonicalize()) {
            (Ok(here), Ok(above)) => here == above,
            _ => true,
        };
        if at_top {
            break;
        }
        dir = up;
    }
    bail!(
        "{}",
        crate::msg!(
            "meetings-folder-outside",
            path = path.display().to_string(),
            members = network::MEMBERS_FILE
        )
    )
}

/// A path without `.` components, `..` resolved against the names before it where there are
/// some (`meetings/..` is the top folder): how people expect the path they typed to be shown.
pub fn clean(path: &Path) -> PathBuf {
    let mut out: Vec<Component> = Vec::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.last(), Some(Component::Normal(_))) => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    display_path(&out.iter().collect::<PathBuf>())
}

fn display_path(path: &Path) -> PathBuf {
    if path.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        path.to_path_buf()
    }
}

/// A path inside the meetings folder `root`, written from `root` (`./x` as `x`).
pub fn join(root: &Path, relative: &Path) -> PathBuf {
    if root == Path::new(".") {
        relative.to_path_buf()
    } else {
        root.join(relative)
    }
}

/// A meetings folder opened: its configuration and network files read and its meeting files
/// found, nothing of the meetings read yet.
#[derive(Debug)]
pub struct Folder {
    pub root: PathBuf,
    pub config: Config,
    pub network: Network,
    /// Findings in the network files and in how the folder is laid out.
    pub diagnostics: Vec<Diagnostic>,
    /// Files that could not be read at all, each named with the reason.
    pub failures: Vec<String>,
    /// Inline suppressions of the network files, by path.
    pub suppressions: HashMap<PathBuf, Suppressions>,
    /// Network files that exist but could not be read: the meetings are not read against them.
    pub broken_network: Vec<PathBuf>,
    /// The meeting files, in path order.
    pub meeting_files: Vec<PathBuf>,
    /// The dates that have a `minutes.md`.
    pub minutes_dates: HashSet<NaiveDate>,
    context: BodyContext,
}

/// Gives a file's result from what is known of its content's hash, or `None` to read it.
pub type Known<'a, T> = &'a (dyn Fn(&Path, &Digest) -> Option<T> + Sync);

/// One meeting file as read: parsed, or why it could not be read.
#[derive(Debug)]
pub enum FileRead {
    Parsed(Box<Parsed>),
    Unreadable { path: PathBuf, problem: ReadProblem },
}

/// A meeting file parsed, with what the parser found wrong in it.
#[derive(Debug)]
pub struct Parsed {
    pub file: SourceFile,
    pub meeting: Meeting,
    pub diagnostics: Vec<Diagnostic>,
}

impl Folder {
    /// Opens the meetings folder at `root`. A missing `members.yaml` or `calendar.yaml`, or a
    /// configuration that cannot be read, stops here: nothing can be judged without them.
    pub fn open(root: &Path) -> Result<Folder> {
        if !root.is_dir() {
            bail!(
                "{}",
                crate::msg!("folder-missing", path = root.display().to_string())
            );
        }
        let config = Config::load(root)?;
        let mut folder = Folder {
            root: root.to_path_buf(),
            config,
            network: Network::default(),
            diagnostics: Vec::new(),
            failures: Vec::new(),
            suppressions: HashMap::new(),
            broken_network: Vec::new(),
            meeting_files: Vec::new(),
            minutes_dates: HashSet::new(),
            context: BodyContext::new(&[]),
        };
        folder.read_network()?;
        if folder.broken_network.is_empty() {
            folder.discover();
        }
        folder.context = BodyContext::new(&crate::format::phrases::names(&folder.network.members.network));
        folder.minutes_dates = folder
            .meeting_files
            .iter()
            .filter(|p| p.file_name().and_then(|n| n.to_str()) == Some(Kind::Minutes.file_name()))
            .filter_map(|p| {
                p.parent()?
                    .file_name()?
                    .to_str()
                    .and_then(|d| crate::schema::parse_date(d).ok())
            })
            .collect();
        Ok(folder)
    }

    /// Reads `paths` in parallel, parsing each meeting file and handing it to `visit`; the
    /// results come back in the order of `paths`.
    pub fn read_each<T, F>(&self, paths: &[PathBuf], keep_prose: bool, visit: F) -> Vec<T>
    where
        T: Send,
        F: Fn(FileRead) -> T + Sync + Send,
    {
        self.read_each_known(paths, keep_prose, None, |read, _| visit(read))
    }

    /// As [`Folder::read_each`], but a file whose content `known` recognises by its hash is
    /// not parsed: `known` gives its result. `visit` gets the hash of each file parsed (when
    /// `known` is given), to keep what it makes under it.
    pub fn read_each_known<T, F>(
        &self,
        paths: &[PathBuf],
        keep_prose: bool,
        known: Option<(&Cache, Known<'_, T>)>,
        visit: F,
    ) -> Vec<T>
    where
        T: Send,
        F: Fn(FileRead, Option<Digest>) -> T + Sync + Send,
    {
        let limit = self.config.max_file_bytes;
        paths
            .par_iter()
            .map(|path| {
                let unreadable = |problem| FileRead::Unreadable {
                    path: path.clone(),
                    problem,
                };
                // The stamp is taken before the content is read: a change in between shows next time.
                let stamp = match known {
                    Some((cache, known)) => {
                        let meta = std::fs::metadata(path).ok();
                        if let Some(meta) = &meta
                            && meta.len() <= limit
                            && let Some(digest) = cache.unchanged(path, meta)
                            && let Some(result) = known(path, &digest)
                        {
                            return result;
                        }
                        meta.as_ref().and_then(cache::Stamp::of)
                    }
                    None => None,
                };
                let bytes = match read::bytes(path, limit) {
                    Ok(bytes) => bytes,
                    Err(problem) => return visit(unreadable(problem), None),
                };
                let digest = known.map(|_| cache::digest(&bytes));
                if let (Some((cache, known)), Some(digest)) = (known, &digest) {
                    cache.saw(path, digest, stamp);
                    if let Some(result) = known(path, digest) {
                        return result;
                    }
                }
                let text = match crate::source::decode(bytes) {
                    Ok(text) => text,
                    Err(problem) => return visit(unreadable(ReadProblem::Decode(problem)), None),
                };
                let file = SourceFile::new(path, text);
                let (meeting, diagnostics) = crate::parse::parse_meeting(&file, &self.context, keep_prose);
                let parsed = Parsed {
                    file,
                    meeting,
                    diagnostics,
                };
                visit(FileRead::Parsed(Box::new(parsed)), digest)
            })
            .collect()
    }

    /// How the body parser reads this network's decisions.
    pub fn body_context(&self) -> &BodyContext {
        &self.context
    }

    /// Reads the network files; a required one missing is an error.
    fn read_network(&mut self) -> Result<()> {
        for required in [network::MEMBERS_FILE, network::CALENDAR_FILE] {
            let path = join(&self.root, Path::new(required));
            if !path.exists() {
                bail!(
                    "{}",
                    crate::msg!(
                        "network-file-missing",
                        path = path.display().to_string(),
                        members = network::MEMBERS_FILE,
                        calendar = network::CALENDAR_FILE
                    )
                );
            }
        }
        if let Some((file, node)) = self.read_yaml(network::MEMBERS_FILE) {
            self.network.members = Members::read(&file, &node, &mut self.diagnostics);
        }
        if let Some((file, node)) = self.read_yaml(network::CALENDAR_FILE) {
            self.network.calendar = Calendar::read(&file, &node, &mut self.diagnostics);
        }
        if let Some((file, node)) = self.read_yaml(network::MATTERS_FILE) {
            self.network.matters = Matters::read(&file, &node, &mut self.diagnostics);
        }
        if let Some((file, node)) = self.read_yaml(network::STANDARD_ITEMS_FILE) {
            self.network.standard_items = StandardItems::read(&file, &node, &mut self.diagnostics);
        }
        if !self.broken_network.is_empty() {
            // Every meeting file is read against the network files; with one unreadable, the
            // findings about meetings would only repeat its problem.
            let names: Vec<String> = self
                .broken_network
                .iter()
                .map(|p| p.display().to_string())
                .collect();
            self.failures.push(format!(
                "{} could not be read (see above); the meeting files were not read",
                names.join(" and ")
            ));
        }
        Ok(())
    }

    /// Reads a network file as YAML; `None` (after reporting) when it is absent or unreadable.
    fn read_yaml(&mut self, name: &str) -> Option<(SourceFile, yaml::Node)> {
        let path = join(&self.root, Path::new(name));
        if std::fs::symlink_metadata(&path).is_err() {
            return None;
        }
        let file = match read::text(&path, read::SMALL_FILE_LIMIT) {
            Ok(file) => file,
            Err(problem) => {
                match unreadable_diagnostic(&path, &problem) {
                    Some(diag) => self.diagnostics.push(diag),
                    None => self.failures.push(crate::msg!(
                        "read-failed",
                        path = path.display().to_string(),
                        problem = problem.to_string()
                    )),
                }
                self.broken_network.push(path);
                return None;
            }
        };
        let (suppressions, _) = Suppressions::scan(&file.text);
        if !suppressions.is_empty() {
            self.suppressions.insert(path.clone(), suppressions);
        }
        crate::invisible::check_yaml(&file, 0, file.text.len(), &mut self.diagnostics);
        match yaml::parse(&file, 0, file.text.len()) {
            Ok(node) => Some((file, node)),
            Err(diag) => {
                self.diagnostics.push(*diag);
                self.broken_network.push(path);
                None
            }
        }
    }

    /// Finds the meeting files, `DATE/agenda.md` and `DATE/minutes.md`, reporting misnamed ones
    /// and temporary files left by a write that was interrupted.
    fn discover(&mut self) {
        let walker = walkdir::WalkDir::new(&self.root)
            .min_depth(1)
            .max_depth(2)
            .follow_links(true)
            .sort_by_file_name();
        for entry in walker {
            let entry = match entry {
                Ok(entry) => entry,
                Err(error) => {
                    self.failures.push(walk_failure(&error));
                    continue;
                }
            };
            let path = clean(entry.path());
            let name = entry.file_name().to_string_lossy();
            if crate::write::is_temporary(&name) {
                self.diagnostics.push(
                    Diagnostic::new(
                        Rule::TemporaryFile,
                        &path,
                        Pos::START,
                        crate::msg!("temporary-file", name = &*name),
                    )
                    .with_help(crate::msg!("temporary-file-help")),
                );
                continue;
            }
            if entry.depth() != 2 || !name.ends_with(".md") {
                continue;
            }
            let folder = path
                .parent()
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let is_dated = crate::schema::parse_date(&folder).is_ok();
            if entry.file_type().is_dir() {
                self.diagnostics.push(
                    Diagnostic::new(
                        Rule::NotAFile,
                        &path,
                        Pos::START,
                        crate::msg!("folder-not-file", name = &*name),
                    )
                    .with_help(crate::msg!("folder-not-file-help")),
                );
                continue;
            }
            if Kind::from_file_name(&name).is_some() {
                if !is_dated {
                    self.diagnostics.push(
                        Diagnostic::new(
                            Rule::FolderName,
                            &path,
                            Pos::START,
                            crate::msg!("folder-name", folder = folder.as_str()),
                        )
                        .with_help(crate::msg!("folder-name-help")),
                    );
                }
                self.meeting_files.push(path);
            } else if has_kind_front_matter(&path) {
                self.diagnostics.push(
                    Diagnostic::new(
                        Rule::FileName,
                        &path,
                        Pos::START,
                        crate::msg!("file-name-wrong", name = &*name),
                    )
                    .with_help(crate::msg!("file-name-not-meeting-help")),
                );
            }
        }
    }

    /// The error-level findings in the network files, as failures: a register or a draft made
    /// from a network file that says something other than its author meant would mislead.
    pub fn network_failures(&self) -> Vec<String> {
        self.diagnostics
            .iter()
            .filter(|d| self.config.severity(d.rule) == Some(Severity::Error))
            .filter(|d| {
                !self
                    .suppressions
                    .get(&d.file)
                    .is_some_and(|s| s.silences(d.rule, d.pos.line))
            })
            .map(|d| {
                crate::msg!(
                    "network-failure",
                    place = format!("{}:{}:{}", d.file.display(), d.pos.line, d.pos.column),
                    message = d.message.as_str()
                )
            })
            .collect()
    }
}

/// The finding for a file whose content cannot be read as text; `None` when the problem is
/// not in the content (a missing file, an I/O error).
pub fn unreadable_diagnostic(path: &Path, problem: &ReadProblem) -> Option<Diagnostic> {
    let diag = match problem {
        ReadProblem::TooLarge { .. } => {
            Diagnostic::new(Rule::FileTooLarge, path, Pos::START, problem.to_string())
                .with_help(crate::msg!("file-too-large-help"))
        }
        ReadProblem::NotAFile(what) => Diagnostic::new(
            Rule::NotAFile,
            path,
            Pos::START,
            crate::read::not_a_file_message(what),
        )
        .with_help(crate::msg!("file-not-regular-help")),
        ReadProblem::Decode(DecodeProblem::Binary { line, column }) => Diagnostic::new(
            Rule::BinaryFile,
            path,
            Pos {
                offset: 0,
                line: *line,
                column: *column,
            },
            crate::msg!("binary-file"),
        )
        .with_help(crate::msg!("binary-file-help")),
        ReadProblem::Decode(DecodeProblem::NotUtf8 {
            line,
            column,
            byte,
            windows_1252,
        }) => {
            let message = match windows_1252 {
                Some(c) => crate::msg!(
                    "not-utf8-windows-1252",
                    byte = format!("0x{byte:02X}"),
                    char = c.to_string()
                ),
                None => crate::msg!("not-utf8", byte = format!("0x{byte:02X}")),
            };
            Diagnostic::new(
                Rule::NotUtf8,
                path,
                Pos {
                    offset: 0,
                    line: *line,
                    column: *column,
                },
                message,
            )
            .with_help(crate::msg!("not-utf8-help"))
        }
        ReadProblem::Missing | ReadProblem::Io(_) => return None,
    };
    Some(diag)
}

fn walk_failure(error: &walkdir::Error) -> String {
    let path = error.path().map(|p| p.display().to_string()).unwrap_or_default();
    if let Some(ancestor) = error.loop_ancestor() {
        return crate::msg!(
            "link-loop",
            path = path,
            ancestor = ancestor.display().to_string()
        );
    }
    if let Some(io) = error.io_error() {
        if io.kind() == std::io::ErrorKind::NotFound {
            return crate::msg!("link-broken", path = path);
        }
        return crate::msg!("read-failed", path = path, problem = crate::read::io_reason(io));
    }
    crate::msg!("read-failed", path = path, problem = error.to_string())
}

/// Whether a Markdown file starts with a front matter that has a `kind:` key (read no further
/// than its first 2 KB, and only from a regular file).
fn has_kind_front_matter(path: &Path) -> bool {
    use std::io::Read;
    let regular = std::fs::metadata(path).is_ok_and(|m| read::not_a_file(&m).is_none());
    if !regular {
        return false;
    }
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

/// Whole meetings, for the registers and the cycle.
#[derive(Debug, Default)]
pub struct Repository {
    pub root: PathBuf,
    pub config: Config,
    pub network: Network,
    /// Sorted by date, agendas before minutes.
    pub meetings: Vec<Meeting>,
    /// Each dated meeting file's index in `meetings`, by date and kind.
    index: HashMap<(NaiveDate, Kind), usize>,
    /// The matter ids the items of `meetings` name, read before the meetings were cut down to
    /// what the command needs.
    pub cited_matters: BTreeSet<String>,
}

/// How much to read.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Read draft minutes as if they were final.
    pub include_drafts: bool,
    /// A file not to read: the one a command is about to replace with `--force`.
    pub replacing: Option<PathBuf>,
    /// Leave out meeting files that cannot be read or understood, with a warning, instead of
    /// stopping (`import` only looks at the other meetings for their words and dates).
    pub lenient: bool,
    /// Keep the prose under items (rendering and the site show it; registers and the cycle do
    /// not, and leaving it out keeps their memory small).
    pub keep_prose: bool,
    /// Read what the cache kept of unchanged files, and keep what is read (not with prose).
    pub use_cache: bool,
    /// What the command reads of each meeting: the rest is dropped as soon as it is parsed.
    pub need: Need,
}

/// A repository read for a register or the cycle: every file understood, or the command stops.
#[derive(Debug, Default)]
pub struct Load {
    pub repo: Repository,
    /// Findings in files that were read, which may leave something out of the answer (a line
    /// that is almost a task): the command says so, `check` gives the details.
    pub warnings: Vec<Diagnostic>,
    /// Draft minutes left out.
    pub drafts_left_out: Vec<PathBuf>,
    /// Meeting files left out because they could not be read (only when lenient).
    pub left_out: Vec<String>,
    /// The meeting files read.
    pub files: Vec<PathBuf>,
    /// `--quiet`: [`Load::notes`] keeps its notes to itself and says only what may be missing.
    pub quiet: bool,
}

/// A meeting file as a register or the cycle keeps it: its meeting, with the findings that stop
/// the command or may leave something out of the answer.
#[derive(Debug)]
struct Judged {
    meeting: Meeting,
    /// The matter ids its items name, each once.
    matters: Vec<String>,
    /// Front matter that cannot be understood, as messages.
    failures: Vec<String>,
    warnings: Vec<Diagnostic>,
}

impl Judged {
    /// Judges the meeting's findings, then cuts it down to what `need` reads.
    fn new(
        mut meeting: Meeting,
        diagnostics: Vec<Diagnostic>,
        config: &Config,
        need: Need,
        starts: &Starts,
    ) -> Judged {
        let mut failures = Vec::new();
        let mut warnings = Vec::new();
        for diag in diagnostics {
            if config.severity(diag.rule) != Some(Severity::Error)
                || meeting.suppressions.silences(diag.rule, diag.pos.line)
            {
                continue;
            }
            if diag.rule.is_front_matter() {
                failures.push(format!(
                    "{}:{}:{}: {} (the front matter must be readable; run `lchnv check`)",
                    diag.file.display(),
                    diag.pos.line,
                    diag.pos.column,
                    diag.message
                ));
            } else if diag.rule.may_lose_content() {
                warnings.push(diag);
            }
        }
        let mut matters: Vec<String> = Vec::new();
        for id in meeting.items.iter().filter_map(|i| i.matter_id()) {
            if !matters.iter().any(|m| m == id) {
                matters.push(id.to_owned());
            }
        }
        extract::reduce(&mut meeting, need, starts);
        Judged {
            meeting,
            matters,
            failures,
            warnings,
        }
    }
}

impl Repository {
    /// Reads the meetings folder at `root` into whole meetings. A file that cannot be read, a
    /// front matter that cannot be understood or a network file with errors stops the command
    /// (exit 2, naming the file): an answer without it would be silently wrong.
    pub fn load(root: &Path, options: LoadOptions) -> Result<Load> {
        let folder = Folder::open(root)?;
        let mut failures = folder.failures.clone();
        failures.extend(folder.network_failures());
        let config = &folder.config;
        let need = options.need;
        let starts: Starts = folder
            .network
            .matters
            .matters
            .iter()
            .filter_map(|m| m.starts.as_ref().map(|s| (s.value.date, s.value.item)))
            .collect();
        let starts = &starts;
        let paths: Vec<PathBuf> = folder
            .meeting_files
            .iter()
            .filter(|p| options.replacing.as_deref() != Some(p.as_path()))
            .cloned()
            .collect();
        let mut meeting_failures = Vec::new();
        // The cache keeps meetings without their prose.
        let cache = if options.use_cache && !options.keep_prose {
            Cache::open(root, Part::Meeting)
        } else {
            Cache::off()
        };
        let known = |path: &Path, digest: &Digest| {
            let (meeting, diagnostics) =
                cache.get::<(Meeting, Vec<Diagnostic>)>(path, digest, Part::Meeting)?;
            Some(Ok(Judged::new(meeting, diagnostics, config, need, starts)))
        };
        // Each file is judged and reduced to its meeting while it is read, in parallel: its text
        // is dropped at once, so memory holds meetings, never the whole archive's text.
        let results = folder.read_each_known(
            &paths,
            options.keep_prose,
            cache.is_on().then_some((&cache, &known as _)),
            |read, digest| match read {
                FileRead::Unreadable { path, problem } => Err(crate::msg!(
                    "read-failed",
                    path = path.display().to_string(),
                    problem = problem.to_string()
                )),
                FileRead::Parsed(parsed) => {
                    let Parsed {
                        file,
                        mut meeting,
                        diagnostics,
                    } = *parsed;
                    meeting.shrink_to_fit();
                    if let Some(digest) = digest {
                        cache.put(&file.path, &digest, Part::Meeting, &(&meeting, &diagnostics));
                    }
                    drop(file);
                    Ok(Judged::new(meeting, diagnostics, config, need, starts))
                }
            },
        );
        cache.save();
        let mut load = Load::default();
        let mut meetings = Vec::with_capacity(results.len());
        let mut cited_matters = BTreeSet::new();
        for result in results {
            let judged = match result {
                Ok(judged) => judged,
                Err(failure) => {
                    meeting_failures.push(failure);
                    continue;
                }
            };
            let broken = !judged.failures.is_empty();
            meeting_failures.extend(judged.failures);
            load.warnings.extend(judged.warnings);
            load.files.push(judged.meeting.path.clone());
            if broken && options.lenient {
                continue;
            }
            let meeting = judged.meeting;
            if meeting.is_draft() && meeting.is_minutes() && !options.include_drafts {
                load.drafts_left_out.push(meeting.path.clone());
                continue;
            }
            cited_matters.extend(judged.matters);
            meetings.push(meeting);
        }
        load.warnings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        if options.lenient {
            load.left_out = meeting_failures;
        } else {
            failures.extend(meeting_failures);
        }
        if !failures.is_empty() {
            let count = failures.len();
            let shown: Vec<&String> = failures.iter().take(10).collect();
            let mut message = shown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n  ");
            if count > shown.len() {
                message.push_str(&format!(
                    "\n  {}",
                    crate::msg!("problems-more", count = count - shown.len())
                ));
            }
            if count == 1 {
                bail!("{message}");
            }
            bail!("{}\n  {message}", crate::msg!("problems-stop", count = count));
        }
        meetings.sort_by(|a, b| (a.date(), a.kind(), &a.path).cmp(&(b.date(), b.kind(), &b.path)));
        let index: HashMap<(NaiveDate, Kind), usize> = meetings
            .iter()
            .enumerate()
            .filter_map(|(i, m)| Some(((m.date()?, m.kind()?), i)))
            .collect();
        if let Need::Cycle(day) = need {
            reread_proposing_agendas(&folder, &mut meetings, &index, day)?;
        }
        load.repo = Repository {
            root: folder.root,
            config: folder.config,
            network: folder.network,
            meetings,
            index,
            cited_matters,
        };
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
        join(&self.root, Path::new(&date.format("%Y-%m-%d").to_string()))
    }
}

/// A postponed item comes back as its agenda proposed it, so the cycle reads again, whole, the
/// agendas of the minutes before `day` that postponed an item (it read no agenda whole before).
fn reread_proposing_agendas(
    folder: &Folder,
    meetings: &mut [Meeting],
    index: &HashMap<(NaiveDate, Kind), usize>,
    day: NaiveDate,
) -> Result<()> {
    let agendas: Vec<usize> = meetings
        .iter()
        .filter(|m| m.is_minutes() && m.date().is_some_and(|d| d < day))
        .filter(|m| m.items.iter().any(|i| i.status() == Some(ItemStatus::Postponed)))
        .filter_map(|m| index.get(&(m.date()?, Kind::Agenda)).copied())
        .collect();
    let paths: Vec<PathBuf> = agendas.iter().map(|i| meetings[*i].path.clone()).collect();
    let read = folder.read_each(&paths, false, |read| match read {
        FileRead::Parsed(parsed) => {
            let mut meeting = parsed.meeting;
            meeting.shrink_to_fit();
            Ok(meeting)
        }
        FileRead::Unreadable { path, problem } => Err(format!("cannot read {}: {problem}", path.display())),
    });
    for (i, meeting) in agendas.into_iter().zip(read) {
        match meeting {
            Ok(meeting) => meetings[i] = meeting,
            Err(failure) => bail!("{failure}"),
        }
    }
    Ok(())
}

impl Load {
    /// Writes what the answer may leave out to `err`: draft minutes not read (a note, which
    /// `--quiet` leaves out), and files or findings in files that may leave something out of the
    /// answer (warnings, always). Nothing is printed when there is nothing to say.
    pub fn notes(&self, err: &mut dyn std::io::Write) -> std::io::Result<()> {
        for left_out in &self.left_out {
            writeln!(
                err,
                "{}",
                crate::msg!("load-left-out", what = left_out.to_string())
            )?;
        }
        match self.drafts_left_out.as_slice() {
            _ if self.quiet => {}
            [] => {}
            [one] => writeln!(
                err,
                "{}",
                crate::msg!("load-draft-left-out", file = one.display().to_string())
            )?,
            many => {
                let files: Vec<String> = many.iter().map(|p| p.display().to_string()).collect();
                let text = crate::msg!(
                    "load-drafts-left-out",
                    count = many.len(),
                    files = files.join(", ")
                );
                writeln!(err, "{text}")?
            }
        }
        // Grouped by file: what `check` would report in the files this answer was read from.
        let mut files: Vec<&Path> = self.warnings.iter().map(|d| d.file.as_path()).collect();
        files.dedup();
        for file in files {
            let found: Vec<&Diagnostic> = self.warnings.iter().filter(|d| d.file == file).collect();
            let text = crate::msg!(
                "load-incomplete",
                file = file.display().to_string(),
                count = found.len()
            );
            writeln!(err, "{text}")?;
            for d in found.iter().take(10) {
                writeln!(
                    err,
                    "  {}:{}: {} [{}]",
                    d.pos.line,
                    d.pos.column,
                    d.message,
                    d.rule.name()
                )?;
            }
            if found.len() > 10 {
                writeln!(err, "  {}", crate::msg!("load-more", count = found.len() - 10))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_paths_as_typed() {
        assert_eq!(clean(Path::new("meetings/..")), PathBuf::from("."));
        assert_eq!(
            clean(Path::new("./2025-03-14/agenda.md")),
            PathBuf::from("2025-03-14/agenda.md")
        );
        assert_eq!(clean(Path::new("../x/./y")), PathBuf::from("../x/y"));
        assert_eq!(join(Path::new("."), Path::new("a.md")), PathBuf::from("a.md"));
    }
}
