//! `matters.yaml`: the matters that run across meetings, each with a stable id.

use crate::diagnostic::Diagnostic;
use crate::model::Reference;
use crate::rule::Rule;
use crate::schema::Reader;
use crate::source::SourceFile;
use crate::span::Spanned;
use crate::yaml::Node;
use chrono::NaiveDate;

#[derive(Debug, Clone)]
pub struct Matter {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    /// The agenda section the matter stands under when it comes back.
    pub section: Option<String>,
    /// A standing item (a recurring "Aktuellt läge"): on every agenda while it is ongoing.
    pub standing: bool,
    /// The day the matter ended: it is not carried after it, and its history says closed.
    pub ended: Option<NaiveDate>,
    /// The item where the matter began, when that item stands under another matter.
    pub starts: Option<Spanned<Reference>>,
}

impl Matter {
    /// Whether a standing matter is still ongoing on `date`.
    pub fn standing_on(&self, date: NaiveDate) -> bool {
        self.standing && self.ended.is_none_or(|end| date <= end)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Matters {
    pub matters: Vec<Matter>,
}

pub(crate) const TOP: &[&str] = &["matters"];
pub(crate) const MATTER: &[&str] = &[
    "id",
    "title",
    "description",
    "section",
    "standing",
    "ended",
    "starts",
];

impl Matters {
    pub fn read(file: &SourceFile, root: &Node, diags: &mut Vec<Diagnostic>) -> Matters {
        let mut r = Reader::new(file, diags);
        let mut matters: Vec<Matter> = Vec::new();
        let Some(top) = r.map(root, "matters.yaml", TOP) else {
            return Matters::default();
        };
        for node in r.opt_list(&top, "matters") {
            let Some(fields) = r.map(node, "a matter", MATTER) else {
                continue;
            };
            let id = r.require(&fields, "id", "a matter").and_then(|n| r.text(n, "id"));
            let title = r
                .require(&fields, "title", "a matter")
                .and_then(|n| r.text(n, "title"));
            let (Some(id), Some(title)) = (id, title) else {
                continue;
            };
            if !is_matter_id(&id.value) {
                if let Some(id_node) = fields.get("id") {
                    r.invalid(
                        Rule::InvalidValue,
                        id_node,
                        crate::msg!("matter-id-invalid", id = id.value.as_str()),
                        Some(crate::msg!("matter-id-help", id = suggest_id(&id.value))),
                    );
                }
                continue;
            }
            if matters.iter().any(|m| m.id == id.value) {
                r.invalid(
                    Rule::DuplicateEntry,
                    node,
                    crate::msg!("matter-id-twice", id = id.value.as_str()),
                    None,
                );
                continue;
            }
            let starts = fields.get("starts").and_then(|node| {
                let text = r.text(node, "starts")?;
                match Reference::parse(&text.value) {
                    Ok(reference) => Some(text.map(|_| reference)),
                    Err(why) => {
                        r.invalid(
                            Rule::ReferenceUnresolved,
                            node,
                            why,
                            Some(crate::msg!("matter-starts-help")),
                        );
                        None
                    }
                }
            });
            matters.push(Matter {
                id: id.value,
                title: title.value,
                description: r.opt_text(&fields, "description").map(|s| s.value),
                section: r.opt_text(&fields, "section").map(|s| s.value),
                standing: r.opt_bool(&fields, "standing"),
                ended: r.opt_date(&fields, "ended").map(|d| d.value),
                starts,
            });
        }
        Matters { matters }
    }

    pub fn get(&self, id: &str) -> Option<&Matter> {
        self.matters.iter().find(|m| m.id == id)
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.matters.iter().map(|m| m.id.as_str())
    }
}

pub fn is_matter_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A valid id made from any text: `Mini Maria` → `mini-maria`.
pub fn suggest_id(text: &str) -> String {
    let plain = crate::text::fold(text);
    let mut id = String::new();
    for c in plain.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_matter_id("mini-maria"));
        assert!(!is_matter_id("Mini Maria"));
        assert_eq!(
            suggest_id("Vård- och omsorgscollege (VOC)"),
            "vard-och-omsorgscollege-voc"
        );
    }
}
