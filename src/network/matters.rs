//! `matters.yaml`: the matters that run across meetings, each with a stable id.

use crate::diagnostic::Diagnostic;
use crate::rule::Rule;
use crate::schema::Reader;
use crate::source::SourceFile;
use crate::yaml::Node;

#[derive(Debug, Clone)]
pub struct Matter {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Matters {
    pub matters: Vec<Matter>,
}

const TOP: &[&str] = &["matters"];
const MATTER: &[&str] = &["id", "title", "description"];

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
                        format!("`{}` is not a valid matter id", id.value),
                        Some(format!(
                            "use lower-case letters a–z, digits and hyphens, e.g. `{}`",
                            suggest_id(&id.value)
                        )),
                    );
                }
                continue;
            }
            if matters.iter().any(|m| m.id == id.value) {
                r.invalid(
                    Rule::DuplicateEntry,
                    node,
                    format!("matter id `{}` is declared twice", id.value),
                    None,
                );
                continue;
            }
            matters.push(Matter {
                id: id.value,
                title: title.value,
                description: r.opt_text(&fields, "description").map(|s| s.value),
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
