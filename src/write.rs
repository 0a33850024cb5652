//! Writing files the safe way: never over a user's file without `force`, and atomically (a
//! temporary file beside the target, then a rename), so a crash leaves the old file or the new
//! one, never half of one.

use crate::exit::Refusal;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::Path;

/// Writes `contents` to `path`, creating its folder. An existing file is a [`Refusal`] unless
/// `force`.
pub fn write_new(path: &Path, contents: &str, force: bool) -> Result<()> {
    if !force && std::fs::symlink_metadata(path).is_ok() {
        return Err(Refusal(format!(
            "{} already exists; not overwriting it (use --force to replace it)",
            path.display()
        ))
        .into());
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create the folder {}", dir.display()))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> Result<()> {
        let mut file =
            std::fs::File::create(&temp).with_context(|| format!("cannot create {}", temp.display()))?;
        file.write_all(contents.as_bytes())
            .with_context(|| format!("cannot write {}", temp.display()))?;
        file.sync_all()
            .with_context(|| format!("cannot write {}", temp.display()))?;
        std::fs::rename(&temp, path).with_context(|| format!("cannot write {}", path.display()))?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_overwrite_and_forces() {
        let dir = tempfile::tempdir().ok();
        let Some(dir) = dir else { return };
        let path = dir.path().join("2026-01-29/agenda.md");
        assert!(write_new(&path, "first", false).is_ok());
        let refused = write_new(&path, "second", false);
        assert!(refused.is_err_and(|e| e.downcast_ref::<Refusal>().is_some()));
        assert_eq!(std::fs::read_to_string(&path).ok().as_deref(), Some("first"));
        assert!(write_new(&path, "third", true).is_ok());
        assert_eq!(std::fs::read_to_string(&path).ok().as_deref(), Some("third"));
        let leftovers = std::fs::read_dir(path.parent().unwrap_or(dir.path()))
            .map(|d| d.count())
            .unwrap_or(0);
        assert_eq!(leftovers, 1);
    }
}
