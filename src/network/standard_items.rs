//! `standard-items.yaml`: the items every agenda and minutes open and close with.

use crate::diagnostic::Diagnostic;
use crate::schema::{Fields, Reader};
use crate::source::SourceFile;
use crate::yaml::Node;

#[derive(Debug, Clone)]
pub struct StandardItem {
    pub title: String,
    /// The usual proposal, as `att ...` clauses.
    pub proposal: Vec<String>,
    /// This item approves the previous minutes.
    pub previous_minutes: bool,
    /// The title as [`folded_chars`] gives it, folded once: every item of every file is
    /// compared with it.
    folded: String,
}

impl StandardItem {
    pub fn new(title: String, proposal: Vec<String>, previous_minutes: bool) -> StandardItem {
        let folded = folded_chars(&title).collect();
        StandardItem {
            title,
            proposal,
            previous_minutes,
            folded,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct StandardItems {
    pub opening: Vec<StandardItem>,
    pub closing: Vec<StandardItem>,
}

pub(crate) const TOP: &[&str] = &["opening", "closing"];
pub(crate) const ITEM: &[&str] = &["title", "proposal", "previous_minutes"];

impl StandardItems {
    pub fn read(file: &SourceFile, root: &Node, diags: &mut Vec<Diagnostic>) -> StandardItems {
        let mut r = Reader::new(file, diags);
        let Some(top) = r.map(root, "standard-items.yaml", TOP) else {
            return StandardItems::default();
        };
        StandardItems {
            opening: read_list(&mut r, &top, "opening"),
            closing: read_list(&mut r, &top, "closing"),
        }
    }

    /// Whether `title` is a standard item's title (or starts with one and goes on after a
    /// space), compared without case or extra spaces.
    pub fn matches(item: &StandardItem, title: &str) -> bool {
        let mut want = item.folded.chars();
        // Most titles differ in their first letter: ruled out before the title is folded.
        let first = title
            .trim_start()
            .chars()
            .next()
            .and_then(|c| c.to_lowercase().next());
        if item.folded.chars().next().is_some_and(|w| Some(w) != first) {
            return false;
        }
        let mut have = folded_chars(title);
        loop {
            match (want.next(), have.next()) {
                (None, None) | (None, Some(' ')) => return true,
                (Some(a), Some(b)) if a == b => {}
                _ => return false,
            }
        }
    }

    pub fn is_standard(&self, title: &str) -> bool {
        self.opening
            .iter()
            .chain(&self.closing)
            .any(|item| Self::matches(item, title))
    }
}

/// The characters of a text in lower case, with runs of whitespace as one space and none at the
/// ends: what `text::fold_case` gives, without allocating.
fn folded_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut words = text.split_whitespace().peekable();
    let mut current: Option<std::str::Chars<'_>> = None;
    let mut pending_space = false;
    std::iter::from_fn(move || {
        loop {
            if pending_space {
                pending_space = false;
                return Some(' ');
            }
            if let Some(chars) = current.as_mut()
                && let Some(c) = chars.next()
            {
                return Some(c);
            }
            if current.is_some() && words.peek().is_some() {
                pending_space = true;
            }
            current = Some(words.next()?.chars());
            if pending_space {
                continue;
            }
        }
    })
    .flat_map(char::to_lowercase)
}

fn read_list(r: &mut Reader, top: &Fields, key: &str) -> Vec<StandardItem> {
    let mut out = Vec::new();
    for node in r.opt_list(top, key) {
        let Some(fields) = r.map(node, "a standard item", ITEM) else {
            continue;
        };
        let Some(title) = r
            .require(&fields, "title", "a standard item")
            .and_then(|n| r.text(n, "title"))
        else {
            continue;
        };
        out.push(StandardItem::new(
            title.value,
            r.text_list(&fields, "proposal")
                .into_iter()
                .map(|s| s.value)
                .collect(),
            r.opt_bool(&fields, "previous_minutes"),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(title: &str) -> StandardItem {
        StandardItem::new(title.to_owned(), Vec::new(), false)
    }

    #[test]
    fn titles_match_without_case_and_may_go_on() {
        let opening = item("Mötets öppnande");
        assert!(StandardItems::matches(&opening, "Mötets öppnande"));
        assert!(StandardItems::matches(
            &opening,
            "MÖTETS  öppnande och presentationsrunda"
        ));
        assert!(!StandardItems::matches(&opening, "Mötets öppnandet"));
        assert!(!StandardItems::matches(&opening, "Mötets"));
        assert!(!StandardItems::matches(&item("Övriga frågor"), "Övriga"));
        // Spaces before the title, and a capital first letter of another alphabet.
        assert!(StandardItems::matches(&opening, "  mötets öppnande"));
        assert!(StandardItems::matches(&item("Ärende"), "ÄRENDE"));
        assert!(!StandardItems::matches(&opening, "Nötets öppnande"));
    }
}
