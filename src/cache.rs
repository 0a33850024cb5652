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
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The cache folder's name, at the top of the repository.
pub const DIR_NAME: &str = ".lchnv-cache";
/// Puts the cache folder elsewhere.
pub const DIR_ENV: &str = "LCHNV_CACHE_DIR";
/// The build this program is, set by build.rs.
pub const BUILD_ID: &str = env!("LCHNV_BUILD_ID");
/// Starts every cache file, with the layout's version in its last byte.
const MAGIC: &[u8; 8] = b"lchnv\x00c\x02";
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
    /// cycle read and write.
    Meeting,
    /// The one-file rules' findings and the index the rules across files read: what `check`
    /// reads and writes (it does not pay for the registers' part).
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
    stamp: Option<Stamp>,
    meeting: Option<&'a [u8]>,
    check: Option<&'a [u8]>,
}

/// What the file system says of a file, compared before its content is read and hashed: when
/// it is the same as when the content was hashed, the content is taken to be the same (as git
/// and ruff do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    size: u64,
    /// Nanoseconds since 1970.
    modified: u64,
    inode: u64,
    device: u64,
    /// Nanoseconds since 1970 of the last change of the inode; 0 where there is none.
    changed: i128,
}

/// How long before the start of a run a file's last change must be for its stamp to be kept:
/// a file changed within the clock's granularity of being read could change again with the
/// same time and size (git's "racy clean" files), so such a file is hashed again next time.
const TRUSTED_AFTER: Duration = Duration::from_secs(2);

impl Stamp {
    /// The stamp of a file, when its modification time can be read.
    pub fn of(meta: &std::fs::Metadata) -> Option<Stamp> {
        let modified = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
        #[cfg(unix)]
        let (inode, device, changed) = {
            use std::os::unix::fs::MetadataExt;
            (
                meta.ino(),
                meta.dev(),
                i128::from(meta.ctime()) * 1_000_000_000 + i128::from(meta.ctime_nsec()),
            )
        };
        #[cfg(not(unix))]
        let (inode, device, changed) = (0, 0, 0);
        Some(Stamp {
            size: meta.len(),
            modified: u64::try_from(modified.as_nanos()).ok()?,
            inode,
            device,
            changed,
        })
    }

    /// Whether the file last changed long enough before `start` for the stamp to be trusted.
    fn settled(&self, start: SystemTime) -> bool {
        let Some(limit) = start
            .checked_sub(TRUSTED_AFTER)
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        else {
            return false;
        };
        let limit = limit.as_nanos();
        u128::from(self.modified) < limit && (self.changed <= 0 || self.changed.unsigned_abs() < limit)
    }
}

/// An entry of the cache file as read: where its parts are in the file's bytes.
#[derive(Debug, Clone)]
struct OldEntry {
    digest: Digest,
    stamp: Option<Stamp>,
    meeting: Option<Range<usize>>,
    check: Option<Range<usize>>,
}

impl OldEntry {
    fn part(&self, part: Part) -> Option<&Range<usize>> {
        match part {
            Part::Meeting => self.meeting.as_ref(),
            Part::Check => self.check.as_ref(),
        }
    }
}

/// What this run saw of a file: its content's hash, its stamp when trusted, and the parts it
/// made (parts it did not make are taken from the old entry when the content is the same).
#[derive(Debug, Clone, Default)]
struct Entry {
    digest: Digest,
    stamp: Option<Stamp>,
    meeting: Option<Vec<u8>>,
    check: Option<Vec<u8>>,
}

impl Entry {
    fn part(&self, part: Part) -> Option<&[u8]> {
        match part {
            Part::Meeting => self.meeting.as_deref(),
            Part::Check => self.check.as_deref(),
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
#[derive(Debug)]
pub struct Cache {
    /// The cache file; `None` when the cache is off.
    file: Option<PathBuf>,
    settings: Digest,
    /// When this run started: stamps of files changed shortly before are not kept.
    start: SystemTime,
    /// The cache file's bytes, which the old entries point into: parts are decoded from them
    /// only when asked for, never copied.
    bytes: Vec<u8>,
    old: HashMap<String, OldEntry>,
    /// Files this run read, with the parts it found or made.
    seen: Mutex<HashMap<String, Entry>>,
}

impl Default for Cache {
    fn default() -> Cache {
        Cache {
            file: None,
            settings: Digest::default(),
            start: SystemTime::now(),
            bytes: Vec::new(),
            old: HashMap::new(),
            seen: Mutex::new(HashMap::new()),
        }
    }
}

impl Cache {
    /// No cache: nothing is looked up and nothing written.
    pub fn off() -> Cache {
        Cache::default()
    }

    /// The cache of `part` for the meetings folder `root`, as named on the command line; an
    /// unreadable, corrupt or foreign cache file reads as empty. Each part has a file of its
    /// own, so a command reads only the part it uses.
    pub fn open(root: &Path, part: Part) -> Cache {
        let start = SystemTime::now();
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
        let part = match part {
            Part::Meeting => "meetings",
            Part::Check => "check",
        };
        let file = dir.join(format!("files-{}-{part}.bin", &name[..16]));
        let settings = settings(root);
        let bytes = std::fs::read(&file).unwrap_or_default();
        let (bytes, old) = match decode_file(&bytes, &settings) {
            Some(old) => (bytes, old),
            None => (Vec::new(), HashMap::new()),
        };
        Cache {
            file: Some(file),
            settings,
            start,
            bytes,
            old,
            seen: Mutex::new(HashMap::new()),
        }
    }

    pub fn is_on(&self) -> bool {
        self.file.is_some()
    }

    /// The hash kept for `path` when the file's stamp is the one kept with it: the file has
    /// not changed, and need not be read.
    pub fn unchanged(&self, path: &Path, meta: &std::fs::Metadata) -> Option<Digest> {
        let entry = self.old.get(path.to_str()?)?;
        let stamp = entry.stamp?;
        (Stamp::of(meta)? == stamp).then_some(entry.digest)
    }

    /// Records that this run found `path` with content `digest`, and its stamp as it was
    /// before the content was read (kept only when the file had settled by then).
    pub fn saw(&self, path: &Path, digest: &Digest, stamp: Option<Stamp>) {
        let Some(key) = path.to_str() else { return };
        let stamp = stamp.filter(|s| s.settled(self.start));
        self.note(key, digest, |entry| entry.stamp = stamp);
    }

    /// The part kept for `path` when its content is still `digest`; `None` when there is
    /// none or it cannot be decoded (then the file is read again).
    pub fn get<T: DeserializeOwned>(&self, path: &Path, digest: &Digest, part: Part) -> Option<T> {
        let key = path.to_str()?;
        let entry = self.old.get(key).filter(|e| e.digest == *digest)?;
        let value = postcard::from_bytes(self.bytes.get(entry.part(part)?.clone())?).ok()?;
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
        if !self.is_on() {
            return;
        }
        let Ok(mut seen) = self.seen.lock() else { return };
        if let Some(entry) = seen.get_mut(key) {
            if entry.digest != *digest {
                *entry = Entry {
                    digest: *digest,
                    ..Entry::default()
                };
            }
            change(entry);
            return;
        }
        let mut entry = Entry {
            digest: *digest,
            // A file found by its stamp keeps it.
            stamp: self
                .old
                .get(key)
                .filter(|e| e.digest == *digest)
                .and_then(|e| e.stamp),
            ..Entry::default()
        };
        change(&mut entry);
        seen.insert(key.to_owned(), entry);
    }

    /// Writes what this run saw back, when it differs from what was there: the files read
    /// (with the parts kept before that still hold) and nothing of files gone. A failure to
    /// write costs only the next run's time, so it is not reported.
    pub fn save(self) {
        let Some(file) = &self.file else { return };
        let Ok(seen) = self.seen.into_inner() else { return };
        let mut changed = self.old.len() != seen.len();
        let mut entries: Vec<StoredEntry> = Vec::with_capacity(seen.len());
        for (path, entry) in &seen {
            let before = self.old.get(path).filter(|b| b.digest == entry.digest);
            if before.is_none_or(|b| b.stamp != entry.stamp) {
                changed = true;
            }
            let mut parts = [None, None];
            for (slot, part) in parts.iter_mut().zip([Part::Meeting, Part::Check]) {
                let old = before
                    .and_then(|b| b.part(part))
                    .and_then(|range| self.bytes.get(range.clone()));
                *slot = match entry.part(part) {
                    Some(new) => {
                        changed |= old != Some(new);
                        Some(new)
                    }
                    None => old,
                };
            }
            let [meeting, check] = parts;
            entries.push(StoredEntry {
                path,
                digest: entry.digest,
                stamp: entry.stamp,
                meeting,
                check,
            });
        }
        if !changed {
            return;
        }
        entries.sort_by(|a, b| a.path.cmp(b.path));
        let stored = Stored {
            build: BUILD_ID,
            settings: self.settings,
            entries,
        };
        let Ok(body) = postcard::to_stdvec(&stored) else {
            return;
        };
        let _ = write_file(file, &body);
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
        Err(error) => {
            Err(anyhow::Error::new(error)
                .context(crate::msg!("remove-failed", path = dir.display().to_string())))
        }
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

/// A cache file's entries, when it is whole and was written by this build for these settings:
/// where each part lies in `bytes`.
fn decode_file(bytes: &[u8], settings: &Digest) -> Option<HashMap<String, OldEntry>> {
    let body = bytes.strip_prefix(MAGIC.as_slice())?;
    let stored: Stored = postcard::from_bytes(body).ok()?;
    if stored.build != BUILD_ID || stored.settings != *settings {
        return None;
    }
    // The parts are borrowed from `bytes`: their place in it is their distance from its start.
    let base = bytes.as_ptr() as usize;
    let range = |part: &[u8]| {
        let start = (part.as_ptr() as usize).checked_sub(base)?;
        let end = start.checked_add(part.len())?;
        (end <= bytes.len()).then_some(start..end)
    };
    let mut old = HashMap::with_capacity(stored.entries.len());
    for e in stored.entries {
        let entry = OldEntry {
            digest: e.digest,
            stamp: e.stamp,
            meeting: match e.meeting {
                Some(part) => Some(range(part)?),
                None => None,
            },
            check: match e.check {
                Some(part) => Some(range(part)?),
                None => None,
            },
        };
        old.insert(e.path.to_owned(), entry);
    }
    Some(old)
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
                stamp: None,
                meeting: Some(b"m"),
                check: None,
            }],
        };
        let mut bytes = MAGIC.to_vec();
        bytes.extend(postcard::to_stdvec(&stored).unwrap_or_default());
        let read = decode_file(&bytes, &settings);
        assert_eq!(read.as_ref().map(|m| m.len()), Some(1));
        let meeting = read.and_then(|m| m.get("a.md").and_then(|e| e.meeting.clone()));
        assert_eq!(meeting.and_then(|r| bytes.get(r)), Some(b"m".as_slice()));
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

    fn stamp_aged(age: Duration) -> Stamp {
        let at = (SystemTime::now() - age)
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        Stamp {
            size: 10,
            modified: u64::try_from(at).unwrap_or_default(),
            inode: 1,
            device: 1,
            changed: i128::try_from(at).unwrap_or_default(),
        }
    }

    #[test]
    fn a_file_changed_just_before_the_run_is_hashed_again_next_time() {
        let cache = Cache {
            file: Some(PathBuf::from("cache.bin")),
            ..Cache::default()
        };
        let (settled, racy) = (Path::new("old.md"), Path::new("new.md"));
        cache.saw(settled, &[1; 32], Some(stamp_aged(Duration::from_secs(60))));
        cache.saw(racy, &[2; 32], Some(stamp_aged(Duration::from_millis(500))));
        let seen = cache.seen.lock().map(|s| s.clone()).unwrap_or_default();
        assert!(seen.get("old.md").is_some_and(|e| e.stamp.is_some()));
        assert!(seen.get("new.md").is_some_and(|e| e.stamp.is_none()));
        let mut future = stamp_aged(Duration::ZERO);
        future.modified += 3_600_000_000_000;
        assert!(
            !future.settled(SystemTime::now()),
            "a time in the future is never trusted"
        );
    }
}
