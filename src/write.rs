//! Writing files the safe way. Every write to a meetings folder happens in a [`Transaction`]:
//! under an exclusive lock on the folder (so two writers never interleave, and a read-modify-write
//! of `calendar.yaml` never loses another's change), through a temporary file that is renamed
//! into place (so a crash leaves the old file or the new one, never half of one), without
//! replacing an existing file unless asked to (the rename itself refuses, so of two racing
//! writers exactly one wins), and undone as a whole when a later step fails.

use crate::exit::Refusal;
use anyhow::{Context, Result};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The lock file in the meetings folder; it holds nothing and may be deleted when no lchnv runs.
pub const LOCK_FILE: &str = ".lchnv.lock";
const TEMP_PREFIX: &str = ".lchnv-";
const TEMP_SUFFIX: &str = ".tmp";

/// Whether a file name is one of lchnv's temporary files.
pub fn is_temporary(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX)
        && name.ends_with(TEMP_SUFFIX)
        && name.len() > TEMP_PREFIX.len() + TEMP_SUFFIX.len()
}

/// Writes to one meetings folder, all or nothing.
#[derive(Debug)]
pub struct Transaction {
    root: PathBuf,
    /// Held until the transaction ends; the lock goes with it.
    _lock: File,
    /// Folders and files this transaction created, in order.
    created_dirs: Vec<PathBuf>,
    created_files: Vec<PathBuf>,
    /// Files it replaced, with what they held before.
    replaced: Vec<(PathBuf, Vec<u8>)>,
    committed: bool,
}

impl Transaction {
    /// Takes the meetings folder's lock (waiting for another writer to finish) and removes the
    /// temporary files an interrupted write left in the folder itself.
    pub fn begin(root: &Path) -> Result<Transaction> {
        let path = root.join(LOCK_FILE);
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| crate::msg!("lock-open-failed", path = path.display().to_string()))?;
        lock.lock()
            .with_context(|| crate::msg!("lock-failed", path = path.display().to_string()))?;
        let transaction = Transaction {
            root: root.to_path_buf(),
            _lock: lock,
            created_dirs: Vec::new(),
            created_files: Vec::new(),
            replaced: Vec::new(),
            committed: false,
        };
        remove_stale_temporaries(root);
        Ok(transaction)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Writes a new file; an existing one is a [`Refusal`] unless `force`.
    pub fn create(&mut self, path: &Path, contents: &str, force: bool) -> Result<()> {
        self.create_bytes(path, contents.as_bytes(), force)
    }

    /// Writes a new file of any content (a Word or PDF document), as [`Transaction::create`].
    pub fn create_bytes(&mut self, path: &Path, contents: &[u8], force: bool) -> Result<()> {
        let exists = std::fs::symlink_metadata(path).is_ok();
        if exists && !force {
            return Err(already_exists(path));
        }
        let dir = self.make_parent(path)?;
        remove_stale_temporaries(&dir);
        let previous = if exists {
            Some(std::fs::read(path).with_context(|| read_failed(path))?)
        } else {
            None
        };
        let temp = temporary_bytes(&dir, path, contents)?;
        if force {
            temp.persist(path)
                .map_err(|e| anyhow::Error::new(e.error).context(write_failed(path)))?;
        } else {
            temp.persist_noclobber(path).map_err(|e| {
                if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                    already_exists(path)
                } else {
                    anyhow::Error::new(e.error).context(write_failed(path))
                }
            })?;
        }
        match previous {
            Some(bytes) => self.replaced.push((path.to_path_buf(), bytes)),
            None => self.created_files.push(path.to_path_buf()),
        }
        Ok(())
    }

    /// Reads a file, changes it with `change` and writes it back, all under the lock; `change`
    /// sees the file as it is now, not as it was when the command started.
    pub fn update(&mut self, path: &Path, change: impl FnOnce(&str) -> Result<String>) -> Result<()> {
        let before = crate::read::text(path, crate::read::SMALL_FILE_LIMIT)
            .map_err(|problem| anyhow::Error::msg(problem.to_string()).context(read_failed(path)))?;
        let bytes = std::fs::read(path).with_context(|| read_failed(path))?;
        let after = change(&before.text)?;
        let dir = self.make_parent(path)?;
        let temp = temporary(&dir, path, &after)?;
        temp.persist(path)
            .map_err(|e| anyhow::Error::new(e.error).context(write_failed(path)))?;
        self.replaced.push((path.to_path_buf(), bytes));
        Ok(())
    }

    /// Keeps what was written.
    pub fn commit(mut self) {
        self.committed = true;
    }

    fn make_parent(&mut self, path: &Path) -> Result<PathBuf> {
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut missing = Vec::new();
        let mut cursor = Some(dir.as_path());
        while let Some(d) = cursor {
            if d.as_os_str().is_empty() || d.exists() {
                break;
            }
            missing.push(d.to_path_buf());
            cursor = d.parent();
        }
        std::fs::create_dir_all(&dir)
            .with_context(|| crate::msg!("folder-create-failed", path = dir.display().to_string()))?;
        missing.reverse();
        self.created_dirs.extend(missing);
        Ok(dir)
    }

    fn undo(&mut self) {
        for (path, bytes) in self.replaced.drain(..).rev() {
            if let Ok(temp) = temporary_bytes(path.parent().unwrap_or(Path::new(".")), &path, &bytes) {
                let _ = temp.persist(&path);
            }
        }
        for path in self.created_files.drain(..).rev() {
            let _ = std::fs::remove_file(path);
        }
        // Only folders this transaction made, and only when empty.
        for dir in self.created_dirs.drain(..).rev() {
            let _ = std::fs::remove_dir(dir);
        }
    }
}

impl Drop for Transaction {
    fn drop(&mut self) {
        if !self.committed {
            self.undo();
        }
    }
}

/// The refusal to replace a file that is there without `--force`.
pub fn already_exists(path: &Path) -> anyhow::Error {
    Refusal(crate::msg!("refusal-exists", path = path.display().to_string())).into()
}

fn temporary(dir: &Path, target: &Path, contents: &str) -> Result<tempfile::NamedTempFile> {
    temporary_bytes(dir, target, contents.as_bytes())
}

fn temporary_bytes(dir: &Path, target: &Path, contents: &[u8]) -> Result<tempfile::NamedTempFile> {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let prefix = format!("{TEMP_PREFIX}{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    // The renamed file keeps the temporary's mode: a replaced file keeps its own, a new one gets
    // what any new file gets (the umask applies), not the private mode of a temporary file.
    let permissions = match std::fs::metadata(target) {
        Ok(meta) => Some(meta.permissions()),
        Err(_) => new_file_permissions(),
    };
    if let Some(permissions) = permissions {
        builder.permissions(permissions);
    }
    let mut temp = builder
        .tempfile_in(dir)
        .with_context(|| crate::msg!("temporary-create-failed", folder = dir.display().to_string()))?;
    temp.write_all(contents)
        .and_then(|()| temp.as_file().sync_all())
        .with_context(|| crate::msg!("temporary-write-failed", folder = dir.display().to_string()))?;
    Ok(temp)
}

/// "cannot read PATH", for the cause that follows it.
fn read_failed(path: &Path) -> String {
    crate::msg!("read-failed-at", path = path.display().to_string())
}

/// "cannot write PATH", for the cause that follows it.
pub fn write_failed(path: &Path) -> String {
    crate::msg!("write-failed", path = path.display().to_string())
}

#[cfg(unix)]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o666))
}

// Elsewhere a temporary file is an ordinary file to begin with.
#[cfg(not(unix))]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    None
}

/// Removes lchnv's temporary files in `dir`. Called under the lock: every live writer holds it,
/// so any temporary file found then belongs to a write that was interrupted.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if is_temporary(&name.to_string_lossy()) && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Writes one new file in the meetings folder `root`, on its own: the common case.
pub fn write_new(root: &Path, path: &Path, contents: &str, force: bool) -> Result<()> {
    let mut transaction = Transaction::begin(root)?;
    transaction.create(path, contents, force)?;
    transaction.commit();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_gets_the_usual_mode_and_a_replaced_file_keeps_its_own() {
        use std::os::unix::fs::PermissionsExt;
        let Ok(dir) = tempfile::tempdir() else { return };
        let mode = |path: &Path| {
            std::fs::metadata(path)
                .map(|m| m.permissions().mode() & 0o777)
                .ok()
        };
        let usual = dir.path().join("usual.md");
        assert!(std::fs::write(&usual, "x").is_ok());
        let written = dir.path().join("2026-01-29/agenda.md");
        assert!(write_new(dir.path(), &written, "first", false).is_ok());
        assert_eq!(
            mode(&written),
            mode(&usual),
            "not the private mode of a temporary file"
        );
        assert!(std::fs::set_permissions(&written, std::fs::Permissions::from_mode(0o640)).is_ok());
        assert!(write_new(dir.path(), &written, "second", true).is_ok());
        assert_eq!(mode(&written), Some(0o640));
    }

    #[test]
    fn refuses_to_overwrite_and_forces() {
        let Ok(dir) = tempfile::tempdir() else { return };
        let path = dir.path().join("2026-01-29/agenda.md");
        assert!(write_new(dir.path(), &path, "first", false).is_ok());
        let refused = write_new(dir.path(), &path, "second", false);
        assert!(refused.is_err_and(|e| e.downcast_ref::<Refusal>().is_some()));
        assert_eq!(std::fs::read_to_string(&path).ok().as_deref(), Some("first"));
        assert!(write_new(dir.path(), &path, "third", true).is_ok());
        assert_eq!(std::fs::read_to_string(&path).ok().as_deref(), Some("third"));
        assert_eq!(names(&dir.path().join("2026-01-29")), vec!["agenda.md"]);
    }

    #[test]
    fn a_failed_step_undoes_the_whole_transaction() {
        let Ok(dir) = tempfile::tempdir() else { return };
        let calendar = dir.path().join("calendar.yaml");
        assert!(std::fs::write(&calendar, "meetings: []\n").is_ok());
        let document = dir.path().join("2026-01-29/minutes.md");
        let result = (|| -> Result<()> {
            let mut transaction = Transaction::begin(dir.path())?;
            transaction.create(&document, "text", false)?;
            transaction.update(&calendar, |text| Ok(format!("{text}# changed\n")))?;
            transaction.update(&calendar, |_| anyhow::bail!("the calendar cannot take it"))?;
            transaction.commit();
            Ok(())
        })();
        assert!(result.is_err());
        assert!(!document.exists());
        assert!(
            !dir.path().join("2026-01-29").exists(),
            "no empty date folder is left"
        );
        assert_eq!(
            std::fs::read_to_string(&calendar).ok().as_deref(),
            Some("meetings: []\n")
        );
    }

    #[test]
    fn stale_temporary_files_are_removed_at_the_next_write() {
        let Ok(dir) = tempfile::tempdir() else { return };
        let folder = dir.path().join("2026-01-29");
        assert!(std::fs::create_dir(&folder).is_ok());
        let stale = folder.join(".lchnv-agenda.md.1234.tmp");
        assert!(std::fs::write(&stale, "half").is_ok());
        assert!(is_temporary(".lchnv-agenda.md.1234.tmp"));
        assert!(!is_temporary(".lchnv.lock"));
        assert!(write_new(dir.path(), &folder.join("minutes.md"), "text", false).is_ok());
        assert!(!stale.exists());
    }
}
