//! Positions in a source file, so every finding can point at `path:line:col`.

/// A position in a decoded source file: byte offset, 1-based line, 1-based column in characters.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Pos {
    pub offset: usize,
    pub line: u32,
    pub column: u32,
}

impl Pos {
    pub const START: Pos = Pos {
        offset: 0,
        line: 1,
        column: 1,
    };
}

/// A value together with where it was read.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Spanned<T> {
    pub value: T,
    pub pos: Pos,
    /// Length in characters of the text the value was read from (for the caret).
    pub len: u32,
}

impl<T> Spanned<T> {
    pub fn new(value: T, pos: Pos, len: u32) -> Self {
        Spanned { value, pos, len }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Spanned<U> {
        Spanned {
            value: f(self.value),
            pos: self.pos,
            len: self.len,
        }
    }

    pub fn as_ref(&self) -> Spanned<&T> {
        Spanned {
            value: &self.value,
            pos: self.pos,
            len: self.len,
        }
    }
}
