//! A closing list whose points name their item first, `• (C) Eva Ek skickar …` or `- (punkt 4)
//! Eva Ek …`, as notes that gather every follow-up at their end write them: each point is moved
//! to the end of the item it names, so that it is read there as the item's follow-up.

use super::headings;
use super::lines::{Line, blank};
use regex::Regex;
use std::sync::LazyLock;

/// A point that starts with its item in parentheses: `• (C) …`, `- (F2) …`, `(p. 4) …`,
/// `(punkt 4.1) …`.
static POINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:[•\-–*·]\s*)?)\(((?i:p\.?\s*|punkt\s+)?)([A-Z]\d?|\d{1,2}(?:\.\d{1,2})?)\)\s+(\S.*)$")
        .unwrap_or_else(|_| unreachable!())
});

/// A point's parts: the bullet, the item reference as written, the item's label, the rest. The
/// bullet and the reference are not written again: the point becomes a paragraph of the item.
fn point(text: &str) -> Option<(&str, String, &str, &str)> {
    let caps = POINT.captures(text.trim())?;
    let written = format!("({}{})", caps.get(2)?.as_str(), caps.get(3)?.as_str());
    Some((
        caps.get(1)?.as_str(),
        written,
        caps.get(3)?.as_str(),
        caps.get(4)?.as_str(),
    ))
}

/// The label of an item heading as a reference writes it: `C`, `F2`, `4`, `4.1`.
fn heading_label(text: &str) -> Option<String> {
    let h = headings::parse(text)?;
    Some(h.label.trim_start_matches("§ ").trim_end_matches(')').to_owned())
}

/// Moves each point after the last item heading that names an item of the document to the end
/// of that item. Returns the lines and, for the report, each moved point's line, item label and
/// the reference as written.
pub fn to_items(lines: Vec<Line>) -> (Vec<Line>, Vec<(usize, String, String)>) {
    let heads: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| Some((i, heading_label(&l.text)?)))
        .collect();
    let Some(&(last, _)) = heads.last() else {
        return (lines, Vec::new());
    };
    // Each moved point: the index it goes before, and the line.
    let mut moved: Vec<(usize, Line)> = Vec::new();
    let mut taken = Vec::new();
    let mut report = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(last + 1) {
        let Some((bullet, written, label, rest)) = point(&line.text) else {
            continue;
        };
        let mut named = heads.iter().enumerate().filter(|(_, (_, l))| l == label);
        let (Some((k, _)), None) = (named.next(), named.next()) else {
            continue;
        };
        // The item ends before the next heading; the last item ends before this list.
        let end = heads.get(k + 1).map_or(last + 1, |(h, _)| *h);
        let end = lines[..end]
            .iter()
            .rposition(|l| !l.text.trim().is_empty())
            .map_or(end, |e| e + 1);
        if k + 1 == heads.len() {
            continue;
        }
        // A paragraph of its own: as a bullet it would run on from a decision's clauses.
        moved.push((
            end,
            Line {
                number: line.number,
                text: rest.to_owned(),
                page_break_before: false,
            },
        ));
        taken.push(i);
        let written = if bullet.trim().is_empty() {
            written
        } else {
            format!("{} {written}", bullet.trim())
        };
        report.push((line.number, label.to_owned(), written));
    }
    if moved.is_empty() {
        return (lines, Vec::new());
    }
    let mut out = Vec::with_capacity(lines.len() + moved.len() * 2);
    for (i, line) in lines.into_iter().enumerate() {
        for (_, point) in moved.iter().filter(|(e, _)| *e == i) {
            out.push(blank(line.number));
            out.push(point.clone());
            out.push(blank(line.number));
        }
        if !taken.contains(&i) {
            out.push(line);
        }
    }
    (out, report)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::import::lines::split as lines;

    /// The lines that are not blank.
    fn texts(lines: &[Line]) -> Vec<&str> {
        lines
            .iter()
            .map(|l| l.text.as_str())
            .filter(|t| !t.is_empty())
            .collect()
    }

    #[test]
    fn points_go_to_the_items_they_name() {
        let text = "A. Ekonomi\nBudgeten gicks igenom.\n\nB. Lokaler\nInget nytt.\n\nC. Nästa möte\n\
                    Den 3 maj.\n\nUPPFÖLJNING\n• (A) Eva Ek skickar budgeten senast 1/4.\n\
                    • (B) Per Lund bokar en lokal.\n• (Q) Ingen punkt heter så.\n";
        let (out, report) = to_items(lines(text));
        assert_eq!(
            texts(&out),
            [
                "A. Ekonomi",
                "Budgeten gicks igenom.",
                "Eva Ek skickar budgeten senast 1/4.",
                "B. Lokaler",
                "Inget nytt.",
                "Per Lund bokar en lokal.",
                "C. Nästa möte",
                "Den 3 maj.",
                "UPPFÖLJNING",
                "• (Q) Ingen punkt heter så.",
            ]
        );
        assert_eq!(report.len(), 2);
        assert_eq!(report[0].1, "A");
        assert_eq!(report[0].2, "• (A)");
    }

    #[test]
    fn numbered_items_and_points_within_an_item_stay() {
        let text = "1. Ekonomi\n- (2) Per Lund bokar en lokal.\n\n2. Lokaler\nInget nytt.\n\n3. Övrigt\n\
                    - (punkt 1) Eva Ek skickar budgeten.\n";
        let (out, report) = to_items(lines(text));
        assert_eq!(report.len(), 1);
        assert_eq!(
            texts(&out),
            [
                "1. Ekonomi",
                "- (2) Per Lund bokar en lokal.",
                "Eva Ek skickar budgeten.",
                "2. Lokaler",
                "Inget nytt.",
                "3. Övrigt",
            ]
        );
    }
}
