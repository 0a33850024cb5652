//! A document as HTML: a self-contained page with its own style sheet and print rules, and the
//! same article for the site's meeting pages, where references and matters become links.

use crate::format::rendered;
use crate::model::Reference;
use crate::render::document::{Clauses, DocAssignment, DocItem, Document, Fact};
use crate::render::markdown::{Block, Span};
use std::fmt::Write;

/// Where references and matters link to; a writer without links gives plain text.
pub trait Linker {
    /// The address of the anchor a reference names, when there is a page for it.
    fn reference(&self, reference: Reference) -> Option<String>;
    /// The address of a matter's page.
    fn matter(&self, id: &str) -> Option<String>;
}

/// No links: a document sent on its own.
pub struct NoLinks;

impl Linker for NoLinks {
    fn reference(&self, _: Reference) -> Option<String> {
        None
    }
    fn matter(&self, _: &str) -> Option<String> {
        None
    }
}

/// Text safe inside HTML elements and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A link when there is an address, else the text alone; `text` is already HTML.
pub fn link(href: Option<String>, text: &str) -> String {
    match href {
        Some(href) => format!("<a href=\"{}\">{text}</a>", escape(&href)),
        None => text.to_owned(),
    }
}

/// A table's head row, each header a column header.
pub fn thead(headers: &[&str]) -> String {
    let cells: String = headers
        .iter()
        .map(|h| format!("<th scope=\"col\">{}</th>", escape(h)))
        .collect();
    format!("<thead><tr>{cells}</tr></thead>\n")
}

/// The style of documents, on their own and on the site; print rules included.
pub const STYLE: &str = include_str!("document.css");

/// A whole page for one document, usable offline and printable.
pub fn page(doc: &Document) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main class=\"page\">\n",
        escape(&doc.title)
    );
    out.push_str(&article(doc, &NoLinks, "", 1));
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The document as an `<article>`, its title at heading `level`; anchors start with `prefix`.
pub fn article(doc: &Document, links: &dyn Linker, prefix: &str, level: u8) -> String {
    let h = |n: u8| n.clamp(1, 6);
    let mut out = String::new();
    out.push_str("<article class=\"document\">\n<header class=\"document-header\">\n");
    let network = match &doc.network_short {
        Some(short) => format!("{} ({short})", doc.network),
        None => doc.network.clone(),
    };
    let _ = writeln!(out, "<p class=\"network\">{}</p>", escape(&network));
    let _ = writeln!(
        out,
        "<h{0} id=\"{1}top\">{2}</h{0}>",
        h(level),
        escape(prefix),
        escape(&doc.heading)
    );
    out.push_str(&facts(&doc.facts, "facts"));
    out.push_str("</header>\n");

    if !doc.present.is_empty() || !doc.absent.is_empty() {
        let _ = writeln!(
            out,
            "<section class=\"attendance\">\n<h{0}>{1}</h{0}>\n<dl class=\"attendees\">",
            h(level + 1),
            rendered::PRESENT
        );
        for group in &doc.present {
            let _ = writeln!(
                out,
                "<dt>{}</dt><dd>{}</dd>",
                escape(&group.organisation),
                escape(&group.people.join(", "))
            );
        }
        out.push_str("</dl>\n");
        if !doc.absent.is_empty() {
            let _ = writeln!(
                out,
                "<h{0}>{1}</h{0}>\n<p>{2}</p>",
                h(level + 1),
                rendered::ABSENT,
                escape(&doc.absent.join(", "))
            );
        }
        out.push_str("</section>\n");
    }

    let _ = writeln!(
        out,
        "<section class=\"items\" aria-label=\"{}\">",
        rendered::ITEMS
    );
    for item in &doc.items {
        out.push_str(&item_html(
            item,
            links,
            prefix,
            h(level + if item.sub_item { 2 } else { 1 }),
        ));
    }
    out.push_str("</section>\n");

    if !doc.open_assignments.is_empty() {
        let _ = writeln!(
            out,
            "<section class=\"open-assignments\">\n<h{0}>{1}</h{0}>\n<table>\n{2}<tbody>",
            h(level + 1),
            rendered::OPEN_ASSIGNMENTS_AFTER,
            thead(&[
                rendered::OWNER,
                rendered::TASK,
                rendered::DUE,
                rendered::REPORT_TO,
                rendered::ITEM
            ])
        );
        for row in &doc.open_assignments {
            let item = match row.reference {
                Some(r) => link(Some(format!("#{prefix}{}", anchor(r))), &escape(&row.item)),
                None => escape(&row.item),
            };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{item}</td></tr>",
                escape(&row.owners),
                escape(&row.task),
                escape(&row.due),
                escape(&row.report_to)
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }

    if !doc.attachments.is_empty() {
        out.push_str(&section_start("attachments", h(level + 1), rendered::ATTACHMENTS));
        out.push_str(&facts(&doc.attachments, "attachment-list"));
        out.push_str("</section>\n");
    }
    if !doc.remarks.is_empty() {
        out.push_str(&section_start("remarks", h(level + 1), rendered::REMARKS));
        for remark in &doc.remarks {
            let _ = writeln!(out, "<p>{}</p>", escape(remark));
        }
        out.push_str("</section>\n");
    }
    out.push_str("</article>\n");
    out
}

/// `<section class="…">` and its heading.
fn section_start(class: &str, level: u8, heading: &str) -> String {
    format!(
        "<section class=\"{class}\">\n<h{level}>{}</h{level}>\n",
        escape(heading)
    )
}

/// The anchor of a reference within its meeting's document: `5e`, `5e.b1`, `5e.u1`.
pub fn anchor(reference: Reference) -> String {
    let full = reference.to_string();
    match full.split_once('#') {
        Some((_, rest)) => rest.to_owned(),
        None => full,
    }
}

fn facts(facts: &[Fact], class: &str) -> String {
    if facts.is_empty() {
        return String::new();
    }
    let mut out = format!("<dl class=\"{class}\">\n");
    for fact in facts {
        let _ = writeln!(
            out,
            "<div><dt>{}</dt><dd>{}</dd></div>",
            escape(&fact.label),
            escape(&fact.value)
        );
    }
    out.push_str("</dl>\n");
    out
}

fn item_html(item: &DocItem, links: &dyn Linker, prefix: &str, level: u8) -> String {
    let mut out = String::new();
    let class = if item.sub_item { "item sub-item" } else { "item" };
    let _ = writeln!(
        out,
        "<section class=\"{class}\" id=\"{}{}\">",
        escape(prefix),
        escape(&item.number)
    );
    let _ = writeln!(out, "<h{level}>{}</h{level}>", escape(&item.heading()));
    let mut lines: Vec<String> = Vec::new();
    if let Some((id, title)) = &item.matter
        && let Some(href) = links.matter(id)
    {
        lines.push(format!(
            "<span class=\"label\">{}:</span> {}",
            crate::format::labels::Label::Matter.word(),
            link(Some(href), &escape(title))
        ));
    }
    for fact in &item.facts {
        lines.push(format!(
            "<span class=\"label\">{}:</span> {}",
            escape(&fact.label),
            escape(&fact.value)
        ));
    }
    if let Some((words, reference)) = &item.origin {
        lines.push(link(links.reference(*reference), &escape(words)));
    }
    for (words, reference) in &item.closes {
        lines.push(link(links.reference(*reference), &escape(words)));
    }
    if !lines.is_empty() {
        let _ = writeln!(out, "<p class=\"item-facts\">{}</p>", lines.join("<br>\n"));
    }
    out.push_str(&blocks(&item.body));
    if let Some(returns) = &item.returns {
        let _ = writeln!(out, "<p class=\"returns\">{}</p>", escape(returns));
    }
    if let Some(clauses) = &item.clauses {
        out.push_str(&clauses_html(clauses, prefix));
    }
    if !item.assignments.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"intro\">{}:</p>\n<ul class=\"assignments\">",
            escape(&item.assignments_heading)
        );
        for a in &item.assignments {
            out.push_str(&assignment_html(a, links, prefix));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    out
}

fn clauses_html(clauses: &Clauses, prefix: &str) -> String {
    let class = if clauses.decided { "decision" } else { "proposal" };
    let mut out = format!(
        "<div class=\"{class}\">\n<p class=\"intro\">{}</p>\n<ul class=\"clauses\">\n",
        escape(&clauses.intro)
    );
    for clause in &clauses.clauses {
        match clause.reference {
            Some(r) => {
                let _ = writeln!(
                    out,
                    "<li id=\"{}{}\">{}</li>",
                    escape(prefix),
                    escape(&anchor(r)),
                    spans(&clause.spans)
                );
            }
            None => {
                let _ = writeln!(out, "<li>{}</li>", spans(&clause.spans));
            }
        }
    }
    out.push_str("</ul>\n</div>\n");
    out
}

fn assignment_html(a: &DocAssignment, links: &dyn Linker, prefix: &str) -> String {
    let id = a
        .reference
        .map(|r| format!(" id=\"{}{}\"", escape(prefix), escape(&anchor(r))))
        .unwrap_or_default();
    let class = if a.done { " class=\"done\"" } else { "" };
    let mut text = String::new();
    if a.done {
        let _ = write!(text, "<span class=\"state\">{}:</span> ", rendered::DONE);
    }
    let owners: Vec<String> = a
        .owners
        .iter()
        .map(|o| format!("<strong>{}</strong>", escape(o)))
        .collect();
    text.push_str(&owners.join(", "));
    if !owners.is_empty() {
        text.push_str(": ");
    }
    text.push_str(&spans(&a.task));
    for field in &a.fields {
        let _ = write!(text, " {}: {}.", escape(&field.label), escape(&field.value));
    }
    if let Some((words, reference)) = &a.origin {
        let _ = write!(text, " {}.", link(links.reference(*reference), &escape(words)));
    }
    format!("<li{id}{class}>{text}</li>\n")
}

/// Styled spans as HTML.
pub fn spans(spans: &[Span]) -> String {
    let mut out = String::new();
    for span in spans {
        let mut text = escape(&span.text);
        if span.italic {
            text = format!("<em>{text}</em>");
        }
        if span.bold {
            text = format!("<strong>{text}</strong>");
        }
        out.push_str(&text);
    }
    out
}

/// Prose blocks as HTML.
pub fn blocks(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Paragraph(s) => {
                let _ = writeln!(out, "<p>{}</p>", spans(s));
            }
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                let _ = writeln!(out, "<{tag}>");
                for item in items {
                    let _ = writeln!(out, "<li>{}</li>", spans(item));
                }
                let _ = writeln!(out, "</{tag}>");
            }
            Block::Table { header, rows } => {
                let header: Vec<&str> = header.iter().map(String::as_str).collect();
                let _ = write!(out, "<table>\n{}<tbody>\n", thead(&header));
                for row in rows {
                    out.push_str("<tr>");
                    for cell in row {
                        let _ = write!(out, "<td>{}</td>", escape(cell));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
        assert_eq!(
            spans(&[Span::bold("<x>"), Span::plain(" y")]),
            "<strong>&lt;x&gt;</strong> y"
        );
    }

    #[test]
    fn anchors_are_the_reference_after_its_date() {
        let r = Reference::parse("2025-11-21#5e.u1").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(anchor(r), "5e.u1");
        assert_eq!(anchor(r.item_reference()), "5e");
    }
}
