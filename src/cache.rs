//! The cache of what reading one meeting file gave: its findings and its compact extract, kept
//! in `.lchnv-cache/` so that a second run reads again only the files that changed.
//!
//! A file's results are found by its path and the hash of its content, inside a cache file that
//! belongs to one build of lchnv (version and a hash of its sources), one meetings folder as
//! named on the command line, one language of the messages, and one state of its configuration
//! and network files: a change to any of them starts afresh. The rules across files are never
//! cached. A cache file that cannot be read, or that another build or setting wrote, is ignored
//! and written anew; it is replaced by a rename, so runs at the same time never leave half a
//! file.

use crate::config::CONFIG_FILE;
use crate::network::{CALENDAR_FILE, MATTERS_FILE, MEMBERS_FILE, STANDARD_ITEMS_FILE};
use crate::read;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The cache folder's name, at the top of the repository.
pub const DIR_NAME: &str = ".lchnv-cache";
/// Puts the cache folder elsewhere.
pub const DIR_ENV: &str = "LCHNV_CACHE_DIR";
/// The build this program is, set by build.rs.
pub const BUILD_ID: &str = env!("LCHNV_BUILD_ID");
/// Starts every cache file, with the layout's version in its last byte.
const MAGIC: &[u8; 8] = b"lchnv\x00c\x01";
/// Written into the cache folder, so that git never sees it.
const GITIGNORE: &str = "# Written by lchnv: its cache, which git should not keep.\n*\n";

/// The hash of a file's content.
pub type Digest = [u8; 32];

pub fn digest(bytes: &[u8]) -> Digest {
    *blake3::hash(bytes).as_bytes()
}

/// What is kept of a file; each command reads the part it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The meeting without its prose, and the parser's findings: what the registers and the
    /// cycle read.
    Meeting,
    /// The one-file rules' findings and the index the rules across files read: what `check`
    /// reads.
    Check,
}

/// A cache file as stored: its parts still encoded, so a run decodes only what it uses.
#[derive(Serialize, Deserialize)]
struct Stored<'a> {
    build: &'a str,
    settings: Digest,
    #[serde(borrow)]
    entries: Vec<StoredEntry<'a>>,
}

#[derive(Serialize, Deserialize)]
struct StoredEntry<'a> {
    path: &'a str,
    digest: Digest,
    meeting: Option<&'a [u8]>,
    check: Option<&'a [u8]>,
}

#[derive(Debug, Clone, Default)]
struct Entry {
    digest: Digest,
    meeting: Option<Vec<u8>>,
    check: Option<Vec<u8>>,
}

impl Entry {
    fn part(&self, part: Part) -> Option<&Vec<u8>> {
        match part {
            Part::Meeting => self.meeting.as_ref(),
            Part::Check => self.check.as_ref(),
        }
    }

    fn part_mut(&mut self, part: Part) -> &mut Option<Vec<u8>> {
        match part {
            Part::Meeting => &mut self.meeting,
            Part::Check => &mut self.check,
        }
    }
}

/// The cache of one meetings folder for one run: what the last run left, and what this run
/// saw and made, written back by [`Cache::save`].
#[derive(Debug, Default)]
pub struct Cache {
    /// The cache file; `None` when the cache is off.
    file: Option<PathBuf>,
    settings: Digest,
    old: HashMap<String, Entry>,
    /// Files this run read, with the parts it found or made.
    seen: Mutex<HashMap<String, Entry>>,
}

impl Cache {
    /// No cache: nothing is looked up and nothing written.
    pub fn off() -> Cache {
        Cache::default()
    }

    /// The cache of the meetings folder `root`, as named on the command line; an unreadable,
    /// corrupt or foreign cache file reads as empty.
    pub fn open(root: &Path) -> Cache {
        let Some(dir) = location(root) else {
            return Cache::off();
        };
        let canonical = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        // Findings name files as the folder was named, so each naming has its own file.
        let mut name = blake3::Hasher::new();
        name.update(canonical.as_os_str().as_encoded_bytes());
        name.update(&[0]);
        name.update(root.as_os_str().as_encoded_bytes());
        let name = name.finalize().to_hex();
        let file = dir.join(format!("files-{}.bin", &name[..16]));
        let settings = settings(root);
        let old = std::fs::read(&file)
            .ok()
            .and_then(|bytes| decode_file(&bytes, &settings))
            .unwrap_or_default();
        Cache {
            file: Some(file),
            settings,
            old,
            seen: Mutex::new(HashMap::new()),
        }
    }

    pub fn is_on(&self) -> bool {
        self.file.is_some()
    }

    /// The part kept for `path` when its content is still `digest`; `None` when there is
    /// none or it cannot be decoded (then the file is read again).
    pub fn get<T: DeserializeOwned>(&self, path: &Path, digest: &Digest, part: Part) -> Option<T> {
        let key = path.to_str()?;
        let entry = self.old.get(key).filter(|e| e.digest == *digest)?;
        let value = postcard::from_bytes(entry.part(part)?).ok()?;
        self.note(key, digest, |_| {});
        Some(value)
    }

    /// Keeps a part made for `path` with content `digest`.
    pub fn put<T: Serialize + ?Sized>(&self, path: &Path, digest: &Digest, part: Part, value: &T) {
        let Some(key) = path.to_str() else { return };
        if !self.is_on() {
            return;
        }
        if let Ok(bytes) = postcard::to_stdvec(value) {
            self.note(key, digest, |entry| *entry.part_mut(part) = Some(bytes));
        }
    }

    /// Records that this run read `key` with content `digest`, and changes its entry.
    fn note(&self, key: &str, digest: &Digest, change: impl FnOnce(&mut Entry)) {
        let Ok(mut seen) = self.seen.lock() else { return };
        let entry = seen.entry(key.to_owned()).or_insert_with(|| Entry {
            digest: *digest,
            ..Entry::default()
        });
        if entry.digest != *digest {
            *entry = Entry {
                digest: *digest,
                ..Entry::default()
            };
        }
        change(entry);
    }

    /// Writes what this run saw back, when it differs from what was there: the files read
    /// (with the parts kept before that still hold) and nothing of files gone. A failure to
    /// write costs only the next run's time, so it is not reported.
    pub fn save(self) {
        let Some(file) = self.file else { return };
        let Ok(seen) = self.seen.into_inner() else { return };
        let mut old = self.old;
        let mut changed = old.len() != seen.len();
        let mut entries: Vec<(String, Entry)> = Vec::with_capacity(seen.len());
        for (path, mut entry) in seen {
            match old.remove(&path) {
                Some(before) if before.digest == entry.digest => {
                    for part in [Part::Meeting, Part::Check] {
                        if entry.part(part).is_none() {
                            *entry.part_mut(part) = before.part(part).cloned();
                        } else if entry.part(part) != before.part(part) {
                            changed = true;
                        }
                    }
                }
                _ => changed = true,
            }
            entries.push((path, entry));
        }
        if !changed {
            return;
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let stored = Stored {
            build: BUILD_ID,
            settings: self.settings,
            entries: entries
                .iter()
                .map(|(path, e)| StoredEntry {
                    path,
                    digest: e.digest,
                    meeting: e.meeting.as_deref(),
                    check: e.check.as_deref(),
                })
                .collect(),
        };
        let Ok(body) = postcard::to_stdvec(&stored) else {
            return;
        };
        let _ = write_file(&file, &body);
    }
}

/// The cache folder of a meetings folder: `LCHNV_CACHE_DIR`, else `.lchnv-cache` at the top
/// of the git repository it is in, else in the meetings folder itself.
pub fn location(root: &Path) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let canonical = root.canonicalize().ok()?;
    let top = canonical
        .ancestors()
        .find(|dir| dir.join(".git").exists())
        .unwrap_or(&canonical);
    Some(top.join(DIR_NAME))
}

/// Removes the cache folder of a meetings folder; whether there was one.
pub fn clean(root: &Path) -> anyhow::Result<Option<PathBuf>> {
    let Some(dir) = location(root) else {
        return Ok(None);
    };
    match std::fs::remove_dir_all(&dir) {
        Ok(()) => Ok(Some(dir)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(anyhow::anyhow!("cannot remove {}: {error}", dir.display())),
    }
}

/// What every file's results depend on besides the file: this build, the folder as named, and
/// the configuration and network files' contents.
fn settings(root: &Path) -> Digest {
    let mut hasher = blake3::Hasher::new();
    hasher.update(MAGIC);
    hasher.update(BUILD_ID.as_bytes());
    hasher.update(&[0]);
    hasher.update(root.as_os_str().as_encoded_bytes());
    // Findings are kept in the words of the language they were made in.
    hasher.update(&[0, crate::i18n::current().index()]);
    for name in [
        CONFIG_FILE,
        MEMBERS_FILE,
        CALENDAR_FILE,
        MATTERS_FILE,
        STANDARD_ITEMS_FILE,
    ] {
        hasher.update(&[0]);
        hasher.update(name.as_bytes());
        match read::bytes(&crate::repo::join(root, Path::new(name)), read::SMALL_FILE_LIMIT) {
            Ok(bytes) => {
                hasher.update(&[1]);
                hasher.update(&digest(&bytes));
            }
            Err(problem) => {
                hasher.update(&[2]);
                hasher.update(problem.to_string().as_bytes());
            }
        }
    }
    *hasher.finalize().as_bytes()
}

/// A cache file's entries, when it is whole and was written by this build for these settings.
fn decode_file(bytes: &[u8], settings: &Digest) -> Option<HashMap<String, Entry>> {
    let body = bytes.strip_prefix(MAGIC.as_slice())?;
    let stored: Stored = postcard::from_bytes(body).ok()?;
    if stored.build != BUILD_ID || stored.settings != *settings {
        return None;
    }
    Some(
        stored
            .entries
            .into_iter()
            .map(|e| {
                (
                    e.path.to_owned(),
                    Entry {
                        digest: e.digest,
                        meeting: e.meeting.map(<[u8]>::to_vec),
                        check: e.check.map(<[u8]>::to_vec),
                    },
                )
            })
            .collect(),
    )
}

/// Writes a cache file whole or not at all: into a temporary file beside it, then renamed over
/// it. The folder gets its `.gitignore` when it is made.
fn write_file(file: &Path, body: &[u8]) -> std::io::Result<()> {
    let dir = file.parent().unwrap_or(Path::new("."));
    if !dir.is_dir() {
        std::fs::create_dir_all(dir)?;
    }
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        std::fs::write(&ignore, GITIGNORE)?;
    }
    let mut temp = tempfile::Builder::new()
        .prefix(".files-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    temp.write_all(MAGIC)?;
    temp.write_all(body)?;
    temp.as_file().sync_data().ok();
    temp.persist(file).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cache_file_of_another_build_or_broken_is_not_read() {
        let settings = [7; 32];
        let stored = Stored {
            build: BUILD_ID,
            settings,
            entries: vec![StoredEntry {
                path: "a.md",
                digest: [1; 32],
                meeting: Some(b"m"),
                check: None,
            }],
        };
        let mut bytes = MAGIC.to_vec();
        bytes.extend(postcard::to_stdvec(&stored).unwrap_or_default());
        let read = decode_file(&bytes, &settings);
        assert_eq!(read.as_ref().map(|m| m.len()), Some(1));
        assert_eq!(
            read.and_then(|m| m.get("a.md").and_then(|e| e.meeting.clone())),
            Some(b"m".to_vec())
        );
        assert!(decode_file(&bytes, &[8; 32]).is_none(), "other settings");
        assert!(
            decode_file(&bytes[..bytes.len() - 3], &settings).is_none(),
            "cut short"
        );
        let mut foreign = bytes.clone();
        foreign[0] = b'X';
        assert!(decode_file(&foreign, &settings).is_none(), "not a cache file");
        let other = Stored {
            build: "0.0.0+other",
            ..stored
        };
        let mut bytes = MAGIC.to_vec();
        bytes.extend(postcard::to_stdvec(&other).unwrap_or_default());
        assert!(decode_file(&bytes, &settings).is_none(), "another build");
    }
}
