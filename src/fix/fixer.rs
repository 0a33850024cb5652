//! Works out what `check --fix` changes, without writing: each file of the paths given is fixed
//! to a fixed point (fix, check again, fix what the fixes uncovered), then compared with what it
//! was. A file whose fixed text has a finding the file did not have stays as it is; so does a
//! renumbering whose items are named from a file outside the paths.

use super::{Edit, Fix, Move, edit, renumber};
use crate::diagnostic::Diagnostic;
use crate::lint::{self, Options, Wanted};
use crate::ocr::Vocabulary;
use crate::repo::{self, Folder};
use crate::source::SourceFile;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Rounds of fixing and checking again; a fix that uncovers another is rare, a chain of them
/// rarer still.
const ROUNDS: usize = 8;

/// One file as the fixes leave it.
#[derive(Debug)]
pub struct Change {
    pub path: PathBuf,
    /// The meetings folder the file belongs to (where the lock is taken).
    pub root: PathBuf,
    /// The decoded text before and after (`\n` line endings, no byte-order mark).
    pub before: String,
    pub after: String,
    /// Whether the file writes `\r\n` and opens with a byte-order mark; kept when it is written.
    crlf: bool,
    bom: bool,
    /// The findings the change repairs, as they were reported before it.
    pub fixed: Vec<Diagnostic>,
    /// References to renumbered items that the change updates.
    pub references: usize,
}

impl Change {
    /// The text to write, in the file's own line endings.
    pub fn contents(&self) -> String {
        let mut out = String::with_capacity(self.after.len() + 3);
        if self.bom {
            out.push('\u{feff}');
        }
        if self.crlf {
            out.push_str(&self.after.replace('\n', "\r\n"));
        } else {
            out.push_str(&self.after);
        }
        out
    }
}

/// A fix not made, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub path: PathBuf,
    pub reason: String,
}

/// What `--fix` would do.
#[derive(Debug, Default)]
pub struct Plan {
    pub changes: Vec<Change>,
    pub refused: Vec<Refused>,
    /// Meetings folders that could not be opened.
    pub failures: Vec<String>,
}

impl Plan {
    pub fn fixed_count(&self) -> usize {
        self.changes.iter().map(|c| c.fixed.len()).sum()
    }
}

/// The fixes of the files under `targets`.
pub fn plan(targets: &[PathBuf], options: &Options) -> Plan {
    let mut plan = Plan::default();
    let (roots, failures) = repo::group_by_root(targets);
    plan.failures.extend(failures);
    for (root, targets) in roots {
        match Folder::open(&root) {
            Ok(folder) => plan_folder(&folder, &targets, options, &mut plan),
            Err(error) => plan.failures.push(format!("{error:#}")),
        }
    }
    plan
}

/// A meetings folder's files, split by whether the paths given cover them.
struct Files {
    /// Meeting files to fix.
    meetings: Vec<PathBuf>,
    /// Network files under the paths: references in them follow a renumbering.
    network: Vec<PathBuf>,
    /// Every other file that may name an item, read when a renumbering asks.
    outside: Vec<PathBuf>,
    outside_texts: Option<Vec<(PathBuf, String)>>,
    limit: u64,
}

impl Files {
    fn new(folder: &Folder, targets: &[PathBuf]) -> Files {
        let wanted = Wanted::new(&folder.root, targets);
        let mut meetings = Vec::new();
        let mut outside = Vec::new();
        for path in &folder.meeting_files {
            if wanted.covers(path) {
                meetings.push(path.clone());
            } else {
                outside.push(path.clone());
            }
        }
        let mut network = Vec::new();
        for path in network_files(&folder.root) {
            if wanted.covers(&path) {
                network.push(path);
            } else {
                outside.push(path);
            }
        }
        Files {
            meetings,
            network,
            outside,
            outside_texts: None,
            limit: folder.config.max_file_bytes,
        }
    }

    /// The first file outside the paths that names one of the moved items.
    fn named_outside(&mut self, moves: &[Move]) -> Option<&Path> {
        let limit = self.limit;
        let outside = &self.outside;
        let texts = self.outside_texts.get_or_insert_with(|| {
            outside
                .iter()
                .filter_map(|p| Some((p.clone(), crate::read::text(p, limit).ok()?.text)))
                .collect()
        });
        texts
            .iter()
            .find(|(_, text)| !renumber::reference_edits(text, moves).is_empty())
            .map(|(path, _)| path.as_path())
    }
}

/// The YAML files of the meetings folder itself: the network files.
fn network_files(root: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml") && p.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// A file's text as read, with how it writes lines.
struct Read {
    text: String,
    crlf: bool,
    bom: bool,
}

fn read(path: &Path, limit: u64) -> Option<Read> {
    let bytes = crate::read::bytes(path, limit).ok()?;
    let bom = bytes.starts_with("\u{feff}".as_bytes());
    let crlf = memchr::memmem::find(&bytes, b"\r\n").is_some();
    let text = crate::source::decode(bytes).ok()?;
    Some(Read { text, crlf, bom })
}

/// A finding a fix would add: `error[L402] at line 12: …`.
fn new_finding(new: &Diagnostic) -> String {
    crate::msg!(
        "fix-new-finding",
        severity = crate::report::severity_word(new.severity),
        code = new.rule.code(),
        line = new.pos.line,
        message = new.message.clone()
    )
}

fn plan_folder(folder: &Folder, targets: &[PathBuf], options: &Options, plan: &mut Plan) {
    let vocabulary = crate::rules::network_vocabulary(&folder.network);
    let mut files = Files::new(folder, targets);
    let mut changes: Vec<(Change, Vec<Move>)> = Vec::new();
    for path in files.meetings.clone() {
        let fixer = FileFixer {
            folder,
            vocabulary: &vocabulary,
            options,
            path: &path,
        };
        match fixer.fix(&mut files, &mut plan.refused) {
            Ok(Some(found)) => changes.push(found),
            Ok(None) => {}
            Err(reason) => plan.refused.push(Refused { path, reason }),
        }
    }
    follow_references(
        folder,
        &vocabulary,
        options,
        &files,
        &mut changes,
        &mut plan.refused,
    );
    plan.changes.extend(changes.into_iter().map(|(change, _)| change));
}

struct FileFixer<'a> {
    folder: &'a Folder,
    vocabulary: &'a Vocabulary,
    options: &'a Options,
    path: &'a Path,
}

impl FileFixer<'_> {
    fn check(&self, text: &str) -> Vec<Diagnostic> {
        let file = SourceFile::new(self.path, text.to_owned());
        lint::check_source(self.folder, self.vocabulary, &file, self.options)
    }

    /// The file fixed, with the items it renumbered; `Err` says why it stays as it is.
    fn fix(
        &self,
        files: &mut Files,
        notes: &mut Vec<Refused>,
    ) -> Result<Option<(Change, Vec<Move>)>, String> {
        let Some(read) = read(self.path, files.limit) else {
            // `check` reports why the file cannot be read.
            return Ok(None);
        };
        let original = self.check(&read.text);
        if !original.iter().any(|d| d.fix.is_some()) {
            return Ok(None);
        }
        let mut text = read.text.clone();
        let mut found = original.clone();
        let mut moves: Vec<Move> = Vec::new();
        let mut blocked = false;
        for _ in 0..ROUNDS {
            let chosen = self.choose(&found, files, &mut blocked, notes);
            if chosen.is_empty() {
                break;
            }
            let mut edits: Vec<Edit> = chosen.iter().flat_map(|f| f.edits.iter().cloned()).collect();
            for fix in chosen.iter().filter(|f| !f.moves.is_empty()) {
                edits.extend(renumber::reference_edits(&text, &fix.moves));
                moves.extend(fix.moves.iter().copied());
            }
            let refs: Vec<&Edit> = edits.iter().collect();
            let Some(next) = edit::apply(&text, &refs) else {
                break;
            };
            if next == text {
                break;
            }
            text = next;
            found = self.check(&text);
        }
        if text == read.text {
            return Ok(None);
        }
        if let Some(new) = new_findings(&original, &found).first() {
            return Err(crate::msg!("fix-left-unchanged", finding = new_finding(new)));
        }
        let change = Change {
            path: self.path.to_path_buf(),
            root: self.folder.root.clone(),
            fixed: fixed_findings(&original, &found),
            before: read.text,
            after: text,
            crlf: read.crlf,
            bom: read.bom,
            references: 0,
        };
        Ok(Some((change, moves)))
    }

    /// The fixes of one round: in the order of the findings, each that touches no byte another
    /// has taken. A renumbering whose items are named outside the paths is left out, once said.
    fn choose<'d>(
        &self,
        found: &'d [Diagnostic],
        files: &mut Files,
        blocked: &mut bool,
        notes: &mut Vec<Refused>,
    ) -> Vec<&'d Fix> {
        let mut taken: Vec<&Edit> = Vec::new();
        let mut chosen = Vec::new();
        for fix in found.iter().filter_map(|d| d.fix.as_ref()) {
            if fix.edits.iter().any(|e| taken.iter().any(|t| overlap(e, t))) {
                continue;
            }
            if !fix.moves.is_empty() {
                if *blocked {
                    continue;
                }
                if let Some(other) = files.named_outside(&fix.moves) {
                    *blocked = true;
                    notes.push(Refused {
                        path: self.path.to_path_buf(),
                        reason: crate::msg!("fix-not-renumbered-named", path = other.display().to_string()),
                    });
                    continue;
                }
            }
            taken.extend(&fix.edits);
            chosen.push(fix);
        }
        chosen
    }
}

fn overlap(a: &Edit, b: &Edit) -> bool {
    (a.range.start < b.range.end && b.range.start < a.range.end) || a.range.start == b.range.start
}

/// References in the other files of the paths to items the changes renumbered, updated. When
/// an updated file would get a new finding, the renumbered files and the references stay as they
/// were.
fn follow_references(
    folder: &Folder,
    vocabulary: &Vocabulary,
    options: &Options,
    files: &Files,
    changes: &mut Vec<(Change, Vec<Move>)>,
    refused: &mut Vec<Refused>,
) {
    let moves: Vec<Move> = changes.iter().flat_map(|(_, m)| m.iter().copied()).collect();
    if moves.is_empty() {
        return;
    }
    let mut updates: Vec<Change> = Vec::new();
    let mut problem: Option<String> = None;
    for path in files.meetings.iter().chain(&files.network) {
        let own = changes.iter().position(|(c, _)| c.path == *path);
        // A renumbered file's own references were updated with it.
        if own.is_some_and(|i| !changes[i].1.is_empty()) {
            continue;
        }
        let (text, read) = match own {
            Some(i) => (changes[i].0.after.clone(), None),
            None => match read(path, files.limit) {
                Some(read) => (read.text.clone(), Some(read)),
                None => continue,
            },
        };
        let edits = renumber::reference_edits(&text, &moves);
        if edits.is_empty() {
            continue;
        }
        let refs: Vec<&Edit> = edits.iter().collect();
        let Some(after) = edit::apply(&text, &refs) else {
            continue;
        };
        if path.extension().is_some_and(|e| e == "md") {
            let fixer = FileFixer {
                folder,
                vocabulary,
                options,
                path,
            };
            if let Some(new) = new_findings(&fixer.check(&text), &fixer.check(&after)).first() {
                problem = Some(crate::msg!(
                    "fix-not-renumbered-references",
                    path = path.display().to_string(),
                    finding = new_finding(new)
                ));
                break;
            }
        }
        match (own, read) {
            (Some(i), _) => {
                changes[i].0.after = after;
                changes[i].0.references += edits.len();
            }
            (None, Some(read)) => updates.push(Change {
                path: path.clone(),
                root: folder.root.clone(),
                before: read.text,
                after,
                crlf: read.crlf,
                bom: read.bom,
                fixed: Vec::new(),
                references: edits.len(),
            }),
            (None, None) => {}
        }
    }
    if let Some(reason) = problem {
        // Renumbering is the whole file's fix or none of it: the files it was in stay unchanged.
        changes.retain(|(change, moved)| {
            if moved.is_empty() {
                return true;
            }
            refused.push(Refused {
                path: change.path.clone(),
                reason: reason.clone(),
            });
            false
        });
        return;
    }
    changes.extend(updates.into_iter().map(|c| (c, Vec::new())));
}

/// What identifies a finding across a fix: its rule and its message with the numbers in it
/// masked, so that a renumbered item's findings (`item 6 has no type` becoming `item 5 has no
/// type`) are the same findings.
fn key(d: &Diagnostic) -> (&'static str, String) {
    let mut message = String::with_capacity(d.message.len());
    let mut in_number = false;
    for c in d.message.chars() {
        if c.is_ascii_digit() {
            if !in_number {
                message.push('#');
            }
            in_number = true;
        } else {
            in_number = false;
            message.push(c);
        }
    }
    (d.rule.code(), message)
}

fn counts(found: &[Diagnostic]) -> HashMap<(&'static str, String), usize> {
    let mut counts = HashMap::new();
    for d in found {
        *counts.entry(key(d)).or_insert(0) += 1;
    }
    counts
}

/// Findings of `after` that `before` did not have.
fn new_findings<'a>(before: &[Diagnostic], after: &'a [Diagnostic]) -> Vec<&'a Diagnostic> {
    let mut left = counts(before);
    after
        .iter()
        .filter(|d| match left.get_mut(&key(d)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .collect()
}

/// Findings of `before` that `after` does not have any more.
fn fixed_findings(before: &[Diagnostic], after: &[Diagnostic]) -> Vec<Diagnostic> {
    let mut left = counts(after);
    before
        .iter()
        .filter(|d| match left.get_mut(&key(d)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rule::Rule;
    use crate::span::Pos;

    fn finding(rule: Rule, message: &str) -> Diagnostic {
        Diagnostic::new(rule, "a.md", Pos::START, message)
    }

    #[test]
    fn renumbered_findings_are_the_same_findings() {
        let before = vec![
            finding(Rule::ItemTypeMissing, "item 6 has no type"),
            finding(Rule::Numbering, "item 6 follows item 4; expected 5"),
        ];
        let after = vec![finding(Rule::ItemTypeMissing, "item 5 has no type")];
        assert!(new_findings(&before, &after).is_empty());
        let fixed = fixed_findings(&before, &after);
        assert_eq!(fixed.len(), 1);
        assert_eq!(fixed[0].rule, Rule::Numbering);
        let worse = vec![finding(Rule::OwnerUnknown, "`X` is not in members.yaml")];
        assert_eq!(new_findings(&before, &worse).len(), 1);
    }

    #[test]
    fn kept_line_endings_and_byte_order_mark() {
        let change = Change {
            path: PathBuf::from("a.md"),
            root: PathBuf::from("."),
            before: String::new(),
            after: "a\nb\n".to_owned(),
            crlf: true,
            bom: true,
            fixed: Vec::new(),
            references: 0,
        };
        assert_eq!(change.contents(), "\u{feff}a\r\nb\r\n");
    }
}
