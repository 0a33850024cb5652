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
}

#[derive(Debug, Clone, Default)]
pub struct StandardItems {
    pub opening: Vec<StandardItem>,
    pub closing: Vec<StandardItem>,
}

const TOP: &[&str] = &["opening", "closing"];
const ITEM: &[&str] = &["title", "proposal", "previous_minutes"];

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

    /// Whether `title` is a standard item's title (or starts with one).
    pub fn matches(item: &StandardItem, title: &str) -> bool {
        let want = crate::text::fold_case(&item.title);
        let have = crate::text::fold_case(title);
        have == want || have.starts_with(&format!("{want} "))
    }

    pub fn is_standard(&self, title: &str) -> bool {
        self.opening
            .iter()
            .chain(&self.closing)
            .any(|item| Self::matches(item, title))
    }
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
        out.push(StandardItem {
            title: title.value,
            proposal: r
                .text_list(&fields, "proposal")
                .into_iter()
                .map(|s| s.value)
                .collect(),
            previous_minutes: r.opt_bool(&fields, "previous_minutes"),
        });
    }
    out
}
