//! The one way lchnv reads a file: the file type and the size are checked before a byte is read,
//! so a FIFO, a device, `/dev/zero` or a file of gigabytes never stalls or swamps a command.

use crate::source::{self, DecodeProblem, SourceFile};
use std::fmt;
use std::io::Read;
use std::path::Path;

/// The size limit for files that are not meeting files (network files, templates, the
/// configuration): they are small by nature.
pub const SMALL_FILE_LIMIT: u64 = 4 << 20;

/// Why a file could not be read as text.
#[derive(Debug)]
pub enum ReadProblem {
    /// No such file (or a broken symbolic link).
    Missing,
    /// A folder, FIFO, socket or device: named by what it is.
    NotAFile(&'static str),
    /// Larger than the limit.
    TooLarge {
        size: u64,
        limit: u64,
    },
    /// Not text: binary data or not UTF-8.
    Decode(DecodeProblem),
    Io(std::io::Error),
}

impl ReadProblem {
    /// Whether the problem is in the content (a finding for `check`) rather than in reading.
    pub fn is_content(&self) -> bool {
        matches!(self, ReadProblem::TooLarge { .. } | ReadProblem::Decode(_))
    }
}

impl fmt::Display for ReadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadProblem::Missing => f.write_str(&crate::msg!("no-such-file")),
            ReadProblem::NotAFile(what) => f.write_str(&not_a_file_message(what)),
            ReadProblem::TooLarge { size, limit } => f.write_str(&crate::msg!(
                "file-too-large",
                size = crate::text::human_size(*size),
                limit = crate::text::human_size(*limit)
            )),
            ReadProblem::Decode(DecodeProblem::Binary { line, column }) => {
                f.write_str(&crate::msg!("file-binary", line = *line, column = *column))
            }
            ReadProblem::Decode(DecodeProblem::NotUtf8 {
                line,
                column,
                byte,
                windows_1252,
            }) => {
                let byte = format!("0x{byte:02X}");
                f.write_str(&match windows_1252 {
                    Some(c) => crate::msg!(
                        "file-not-utf8-windows",
                        byte = byte,
                        line = *line,
                        column = *column,
                        character = c.to_string()
                    ),
                    None => crate::msg!("file-not-utf8", byte = byte, line = *line, column = *column),
                })
            }
            ReadProblem::Io(error) => f.write_str(&io_reason(error)),
        }
    }
}

/// What [`not_a_file`] found, in the reader's language.
pub fn not_a_file_message(what: &str) -> String {
    let kind = match what {
        "a folder" => crate::msg!("file-kind-folder"),
        "a FIFO (named pipe)" => crate::msg!("file-kind-fifo"),
        "a socket" => crate::msg!("file-kind-socket"),
        "a device" => crate::msg!("file-kind-device"),
        _ => return crate::msg!("file-not-regular"),
    };
    crate::msg!("file-not-regular-kind", kind = kind)
}

/// Why the system refused, in the reader's language where the kind is a common one; else the
/// system's own words.
pub fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::PermissionDenied => crate::msg!("io-permission-denied"),
        std::io::ErrorKind::NotFound => crate::msg!("no-such-file"),
        std::io::ErrorKind::AlreadyExists => crate::msg!("io-already-exists"),
        std::io::ErrorKind::StorageFull => crate::msg!("io-storage-full"),
        std::io::ErrorKind::ReadOnlyFilesystem => crate::msg!("io-read-only"),
        _ => error.to_string(),
    }
}

/// What a path is, when it is not a regular file.
pub fn not_a_file(meta: &std::fs::Metadata) -> Option<&'static str> {
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device");
        }
    }
    Some("not a regular file")
}

/// Reads the bytes of a regular file of at most `limit` bytes (symbolic links followed).
pub fn bytes(path: &Path, limit: u64) -> Result<Vec<u8>, ReadProblem> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Err(ReadProblem::Missing),
        Err(error) => return Err(ReadProblem::Io(error)),
    };
    if let Some(what) = not_a_file(&meta) {
        return Err(ReadProblem::NotAFile(what));
    }
    if meta.len() > limit {
        return Err(ReadProblem::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    let file = std::fs::File::open(path).map_err(ReadProblem::Io)?;
    // The file may have changed since it was measured: never read past the limit.
    let mut buffer = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut buffer)
        .map_err(ReadProblem::Io)?;
    if buffer.len() as u64 > limit {
        return Err(ReadProblem::TooLarge {
            size: buffer.len() as u64,
            limit,
        });
    }
    Ok(buffer)
}

/// Reads a text file (UTF-8, BOM and CRLF normalised) of at most `limit` bytes.
pub fn text(path: &Path, limit: u64) -> Result<SourceFile, ReadProblem> {
    let bytes = bytes(path, limit)?;
    let text = source::decode(bytes).map_err(ReadProblem::Decode)?;
    Ok(SourceFile::new(path, text))
}

/// Reads a text file for a command that needs it, as an operational error naming the file.
pub fn text_or_error(path: &Path, limit: u64) -> anyhow::Result<SourceFile> {
    text(path, limit).map_err(|problem| {
        anyhow::anyhow!(
            "{}",
            crate::msg!(
                "read-failed",
                path = path.display().to_string(),
                problem = problem.to_string()
            )
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_and_types_are_checked_before_reading() {
        let Ok(dir) = tempfile::tempdir() else { return };
        let path = dir.path().join("a.md");
        assert!(std::fs::write(&path, "hej\r\n").is_ok());
        assert_eq!(text(&path, 100).map(|f| f.text).ok().as_deref(), Some("hej\n"));
        assert!(matches!(
            text(&path, 2),
            Err(ReadProblem::TooLarge { size: 5, limit: 2 })
        ));
        assert!(matches!(
            text(dir.path(), 100),
            Err(ReadProblem::NotAFile("a folder"))
        ));
        assert!(matches!(
            text(&dir.path().join("none"), 100),
            Err(ReadProblem::Missing)
        ));
        #[cfg(unix)]
        assert!(matches!(
            text(Path::new("/dev/zero"), 100),
            Err(ReadProblem::NotAFile("a device"))
        ));
    }
}
