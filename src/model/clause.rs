//! One `att ...` clause of a proposal or decision.

use crate::span::Pos;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Clause {
    /// The clause as written, on one line, Markdown kept.
    pub text: String,
    pub pos: Pos,
    /// 1-based position among the item's clauses of the same list kind.
    pub position: u32,
}

impl Clause {
    /// Whether the clause starts with the word `att`.
    pub fn starts_with_att(&self) -> bool {
        let mut words = self.text.split_whitespace();
        words
            .next()
            .is_some_and(|w| w.trim_start_matches(['*', '_']).eq_ignore_ascii_case("att"))
    }
}
