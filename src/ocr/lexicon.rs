//! The shipped Swedish word list as a finite-state set (compiled by `build.rs` from
//! `data/sv-words.txt.gz`). The set is part of the binary: it is ready without loading, shared by
//! every thread, and a lookup follows one state per byte. Restoring the marks of a word walks the
//! states along its letters, branching only at `a` and `o`.

use super::{Restore, has_marks};
use fst::raw::{Fst, Node};
use std::sync::LazyLock;

static WORDS_FST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/sv-words.fst"));

static BUILTIN: LazyLock<Lexicon> = LazyLock::new(|| Lexicon {
    // The bytes were written by the build script; a set that cannot be opened is an empty one.
    set: fst::Set::new(WORDS_FST).ok(),
});

/// The most states a restore may visit before it gives up.
const MAX_RESTORE_STEPS: usize = 20_000;

/// A set of lower-case words.
pub struct Lexicon {
    set: Option<fst::Set<&'static [u8]>>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lexicon({} words)", self.len())
    }
}

impl Lexicon {
    /// The shipped word list.
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN
    }

    pub fn contains(&self, lower: &str) -> bool {
        self.set.as_ref().is_some_and(|set| set.contains(lower))
    }

    pub fn len(&self) -> usize {
        self.set.as_ref().map_or(0, fst::Set::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The word with marks that a skeleton stands for: one, several, or none.
    pub(super) fn restore(&self, skeleton: &str) -> Option<Restore> {
        let fst = self.set.as_ref()?.as_fst();
        let mut walk = Walk {
            fst,
            found: Vec::new(),
            steps: 0,
            spelling: Vec::with_capacity(skeleton.len() + 8),
        };
        walk.from(fst.root(), skeleton);
        match walk.found.len() {
            0 => None,
            1 => walk
                .found
                .pop()
                .and_then(|bytes| String::from_utf8(bytes).ok())
                .map(|w| Restore::One(w.into_boxed_str())),
            _ => Some(Restore::Ambiguous),
        }
    }
}

/// A depth-first walk over the spellings of a skeleton that the set holds.
struct Walk<'f> {
    fst: &'f Fst<&'static [u8]>,
    found: Vec<Vec<u8>>,
    steps: usize,
    spelling: Vec<u8>,
}

impl<'f> Walk<'f> {
    fn from(&mut self, node: Node<'f>, rest: &str) {
        self.steps += 1;
        if self.found.len() > 1 || self.steps > MAX_RESTORE_STEPS {
            return;
        }
        let mut chars = rest.chars();
        let Some(c) = chars.next() else {
            if node.is_final()
                && let Ok(word) = std::str::from_utf8(&self.spelling)
                && has_marks(word)
            {
                self.found.push(self.spelling.clone());
            }
            return;
        };
        let tail = chars.as_str();
        let options: &[char] = match c {
            'a' => &['a', 'å', 'ä'],
            'o' => &['o', 'ö'],
            _ => std::slice::from_ref(&c),
        };
        for option in options {
            let mut buffer = [0u8; 4];
            let bytes = option.encode_utf8(&mut buffer).as_bytes();
            let Some(next) = self.follow(node, bytes) else {
                continue;
            };
            let len = self.spelling.len();
            self.spelling.extend_from_slice(bytes);
            self.from(next, tail);
            self.spelling.truncate(len);
        }
    }

    /// The state reached from `node` by `bytes`, if the set has such a prefix.
    fn follow(&self, mut node: Node<'f>, bytes: &[u8]) -> Option<Node<'f>> {
        for &b in bytes {
            let i = node.find_input(b)?;
            node = self.fst.node(node.transition_addr(i));
        }
        Some(node)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_is_there_and_answers() {
        let lexicon = Lexicon::builtin();
        assert!(lexicon.len() > 800_000, "{lexicon:?}");
        assert!(lexicon.contains("idé"));
        assert!(lexicon.contains("möte"));
        assert!(!lexicon.contains("mote-x"));
        assert_eq!(
            lexicon.restore("overgripande"),
            Some(Restore::One("övergripande".into()))
        );
        // `affarsman` is `affärsman` or `affärsmän`.
        assert_eq!(lexicon.restore("affarsman"), Some(Restore::Ambiguous));
        assert_eq!(lexicon.restore("xyzzy"), None);
    }
}
