//! A meeting or network file as decoded text, with a line index for `path:line:col`.

use crate::diagnostic::{Diagnostic, Snippet};
use crate::rule::Rule;
use crate::span::Pos;
use std::path::{Path, PathBuf};

/// A decoded text file: UTF-8, byte-order mark removed, line endings normalised to `\n`.
#[derive(Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
    /// The last position computed (byte offset, column): positions are asked for in order, so
    /// the next one on the same line counts on from there instead of from the line's start.
    last: std::cell::Cell<(usize, u32)>,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: String) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        SourceFile {
            path: path.into(),
            text,
            line_starts,
            last: std::cell::Cell::new((0, 1)),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The position of a byte offset (clamped to the text, and to a character boundary).
    pub fn pos(&self, offset: usize) -> Pos {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line_index = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line_index];
        let (last_offset, last_column) = self.last.get();
        let column = if last_offset >= start && last_offset <= offset && last_offset > 0 {
            last_column + to_u32(self.text[last_offset..offset].chars().count())
        } else {
            to_u32(self.text[start..offset].chars().count() + 1)
        };
        self.last.set((offset, column));
        Pos {
            offset,
            line: to_u32(line_index + 1),
            column,
        }
    }

    /// The byte offset where a 1-based line starts.
    pub fn line_start(&self, line: u32) -> Option<usize> {
        self.line_starts.get((line as usize).checked_sub(1)?).copied()
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> Option<&str> {
        let start = self.line_start(line)?;
        let end = self
            .line_starts
            .get(line as usize)
            .map(|next| next - 1)
            .unwrap_or(self.text.len());
        self.text.get(start..end.max(start))
    }

    pub fn line_count(&self) -> u32 {
        to_u32(self.line_starts.len())
    }

    /// The number of characters between two byte offsets (for the length of a caret).
    pub fn char_len(&self, start: usize, end: usize) -> u32 {
        let end = end.min(self.text.len());
        if start >= end {
            return 1;
        }
        self.text
            .get(start..end)
            .map(|s| to_u32(s.chars().count()))
            .unwrap_or(1)
    }

    /// A finding at a byte offset in this file, with the source line for the snippet.
    pub fn diag_at(&self, rule: Rule, offset: usize, message: impl Into<String>) -> Diagnostic {
        self.diag(rule, self.pos(offset), message)
    }

    /// A finding at a position in this file, with the source line for the snippet.
    pub fn diag(&self, rule: Rule, pos: Pos, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(rule, self.path.clone(), pos, message).with_snippet(self.snippet(pos))
    }

    /// A window of the line at `pos`, found by its byte offset (no scan of a long line).
    pub fn snippet(&self, pos: Pos) -> Option<Snippet> {
        let start = self.line_start(pos.line)?;
        let line = self.line_text(pos.line)?;
        let at = if (start..=start + line.len()).contains(&pos.offset) && !(pos.offset == 0 && pos.column > 1)
        {
            pos.offset - start
        } else {
            line.char_indices()
                .nth(pos.column.saturating_sub(1) as usize)
                .map_or(line.len(), |(i, _)| i)
        };
        Some(Snippet::around(line, at, pos.column))
    }
}

pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Why bytes could not be decoded as a text file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeProblem {
    /// A NUL byte: binary data.
    Binary { line: u32, column: u32 },
    /// Not UTF-8; `windows_1252` is the character the first bad byte stands for there, when the
    /// bytes look like a Windows-1252 file.
    NotUtf8 {
        line: u32,
        column: u32,
        byte: u8,
        windows_1252: Option<char>,
    },
}

/// Decodes a file's bytes: UTF-8 with or without a byte-order mark, CRLF or LF.
pub fn decode(bytes: Vec<u8>) -> Result<String, DecodeProblem> {
    if let Some(nul) = memchr::memchr(0, &bytes) {
        let (line, column) = line_column_of_byte(&bytes, nul);
        return Err(DecodeProblem::Binary { line, column });
    }
    // Validating is a pass over every byte of every file: simdutf8 does it many bytes at a time
    // (copying the valid text costs far less than std's check); on a failure std finds where.
    let checked = match simdutf8::basic::from_utf8(&bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(_) => String::from_utf8(bytes),
    };
    let text = match checked {
        Ok(text) => text,
        Err(error) => {
            let bad = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            let (line, column) = line_column_of_byte(&bytes, bad);
            let byte = bytes[bad];
            let windows_1252 = looks_like_windows_1252(&bytes)
                .then(|| {
                    let (decoded, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes[bad..=bad]);
                    decoded.chars().next()
                })
                .flatten();
            return Err(DecodeProblem::NotUtf8 {
                line,
                column,
                byte,
                windows_1252,
            });
        }
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    Ok(normalise_newlines(text))
}

fn normalise_newlines(text: String) -> String {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Windows-1252 text has high bytes standing alone between ASCII, where UTF-8 has them in runs.
fn looks_like_windows_1252(bytes: &[u8]) -> bool {
    let high = bytes.iter().filter(|b| **b >= 0x80).count();
    if high == 0 {
        return false;
    }
    let (_, _, had_errors) = encoding_rs::WINDOWS_1252.decode(bytes);
    let swedish = bytes
        .iter()
        .filter(|b| {
            matches!(
                **b,
                0xC4 | 0xC5 | 0xD6 | 0xE4 | 0xE5 | 0xF6 | 0xE9 | 0x96 | 0x93 | 0x94
            )
        })
        .count();
    !had_errors && swedish * 2 >= high
}

fn line_column_of_byte(bytes: &[u8], index: usize) -> (u32, u32) {
    let before = &bytes[..index.min(bytes.len())];
    let line = memchr::memchr_iter(b'\n', before).count() + 1;
    let line_start = memchr::memrchr(b'\n', before).map(|i| i + 1).unwrap_or(0);
    let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    (to_u32(line), to_u32(column))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let file = SourceFile::new("x.md", "åäö\nÄr det så?\n".to_owned());
        let offset = file.text.find("det").unwrap_or_default();
        let pos = file.pos(offset);
        assert_eq!((pos.line, pos.column), (2, 4));
        assert_eq!(file.line_text(2), Some("Är det så?"));
        assert_eq!(file.line_text(3), Some(""));
        assert_eq!(file.line_text(4), None);
    }

    #[test]
    fn bom_and_crlf_are_accepted() {
        let text = decode(b"\xEF\xBB\xBF---\r\nkind: agenda\r\n---\r\n".to_vec());
        assert_eq!(text, Ok("---\nkind: agenda\n---\n".to_owned()));
    }

    #[test]
    fn windows_1252_is_recognised_with_its_position() {
        let problem = decode(b"---\nplace: G\xe4vle\n".to_vec());
        assert_eq!(
            problem,
            Err(DecodeProblem::NotUtf8 {
                line: 2,
                column: 9,
                byte: 0xE4,
                windows_1252: Some('ä')
            })
        );
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00".to_vec()),
            Err(DecodeProblem::Binary { line: 1, column: 5 })
        );
    }
}
