//! Item headings without numbers. A document whose items carry no number at all (`## Ekonomi`,
//! `**Ekonomi**`, `EKONOMI` over the item's text) would otherwise have all of it read as the
//! text before the first item. When no line of it is a numbered heading, lines marked as
//! headings by their shape or by their Word style are numbered 1, 2, 3 … in their order, so that
//! they become the items.

use super::headings;
use super::lines::Line;
use super::recognise;
use crate::text::fold;

/// How the header's and the attendance's headings start, which documents also set as
/// headings: such a line is no item.
const HEADER_STARTS: &[&str] = &[
    "narvar",
    "franvar",
    "deltag",
    "beslutande",
    "ersattare",
    "ledamot",
    "tjanstepers",
    "tjanstem",
    "juster",
    "underskrift",
    "forhinder",
    "kallade",
];
/// The header's words as a heading's first word (`Datum`, not `Datorer`).
const HEADER_WORDS: &[&str] = &[
    "datum",
    "tid",
    "plats",
    "lokal",
    "ordforande",
    "sekreterare",
    "antecknare",
    "dagordning",
    "foredragningslista",
    "kallelse",
    "minnesanteckningar",
    "motesanteckningar",
    "anteckningar",
    "protokoll",
    "sammantradesprotokoll",
    "innehall",
    "bilagor",
];

/// Whether a heading's words belong to the header or the attendance (`Närvarande`, `Övriga
/// deltagare`, `Datum och tid`), not to an item (`Övriga frågor`).
fn is_header_heading(folded: &str) -> bool {
    let mut words = folded.split_whitespace();
    let first = words.next().unwrap_or_default();
    let first = if first == "ovriga" {
        words.next().unwrap_or_default()
    } else {
        first
    };
    HEADER_WORDS.contains(&first) || HEADER_STARTS.iter().any(|w| first.starts_with(w))
}

/// The heading a line is by its marks (or its style, `styled`), when it is one: its title
/// without them.
fn marked_title(text: &str, styled: bool) -> Option<String> {
    let text = text.trim();
    let hashes = text.chars().take_while(|c| *c == '#').count();
    let inner = if styled {
        text
    } else if (1..=6).contains(&hashes) && text[hashes..].starts_with(' ') {
        text[hashes..].trim()
    } else if let Some(inner) = ["**", "__"]
        .iter()
        .find_map(|m| text.strip_prefix(m)?.strip_suffix(m))
    {
        inner.trim()
    } else if headings::in_capitals(text) && text.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
        text
    } else {
        return None;
    };
    let inner = inner.trim_end_matches(':').trim();
    let folded = fold(inner);
    let header = is_header_heading(&folded);
    let titled = headings::reads_as_title(inner) || headings::in_capitals(inner);
    (titled && !header && !inner.contains('\t') && inner.chars().count() <= 80).then(|| inner.to_owned())
}

/// Numbers the unnumbered headings of a document that has no numbered one: each becomes
/// `n. Title`. Returns the line numbers and titles of the headings numbered; none unless there
/// are at least two, each with text under it. `styled`: the lines of a `.docx` that its styles
/// make headings.
pub fn number(lines: &mut [Line], styled: &[usize]) -> Vec<(usize, String)> {
    if recognise::first_item(lines) < lines.len() {
        return Vec::new();
    }
    let found: Vec<(usize, String)> = (0..lines.len())
        .filter_map(|i| {
            let is_styled = styled.contains(&lines[i].number);
            // A paragraph of a `.docx` is a line of its own; in text a heading follows a blank.
            let apart = is_styled || i == 0 || lines[i - 1].text.trim().is_empty();
            let title = marked_title(&lines[i].text, is_styled).filter(|_| apart)?;
            // Text under it, not another heading.
            let next = lines[i + 1..].iter().find(|l| !l.text.trim().is_empty())?;
            marked_title(&next.text, styled.contains(&next.number))
                .is_none()
                .then_some((i, title))
        })
        .collect();
    if found.len() < 2 {
        return Vec::new();
    }
    let mut numbered = Vec::new();
    for (n, (i, title)) in found.into_iter().enumerate() {
        lines[i].text = format!("{}. {title}", n + 1);
        numbered.push((lines[i].number, title));
    }
    numbered
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn headings_without_numbers_are_numbered() {
        let mut lines = super::super::lines::split(
            "Minnesanteckningar\n\nNÄRVARANDE\nEva Ek, Norrby\n\n## Mötets öppnande\nOrdföranden hälsade välkommen.\n\n**Ekonomi**\nBudgeten följs.\n\nÖVRIGA FRÅGOR\nInga.\n",
        );
        let numbered = number(&mut lines, &[]);
        assert_eq!(numbered.len(), 3);
        assert_eq!(numbered[0].1, "Mötets öppnande");
        let texts = texts(&lines);
        assert!(texts.contains(&"1. Mötets öppnande"));
        assert!(texts.contains(&"2. Ekonomi"));
        assert!(texts.contains(&"3. ÖVRIGA FRÅGOR"));
        assert!(texts.contains(&"NÄRVARANDE"));
        assert!(is_header_heading("ovriga narvarande"));
        assert!(is_header_heading("datum och tid"));
        assert!(!is_header_heading("ovriga fragor"));
        assert!(!is_header_heading("tidplan for arbetet"));
    }

    #[test]
    fn a_word_documents_headings_by_their_style() {
        let mut lines = super::super::lines::split(
            "Minnesanteckningar\nDatum: 2027-03-03\nMötets öppnande\nOrdföranden hälsade välkommen.\nEkonomi\nBudgeten följs.\n",
        );
        let numbered = number(&mut lines, &[1, 3, 5]);
        assert_eq!(numbered.len(), 2, "{numbered:?}");
        let texts = texts(&lines);
        assert_eq!(texts[0], "Minnesanteckningar");
        assert_eq!(texts[2], "1. Mötets öppnande");
        assert_eq!(texts[4], "2. Ekonomi");
    }

    #[test]
    fn a_numbered_document_or_a_single_heading_is_left_alone() {
        let text =
            "Minnesanteckningar\n\n1. Mötets öppnande\nHej.\n\n## Ekonomi\nBudgeten.\n\n## Övrigt\nInget.\n";
        let mut lines = super::super::lines::split(text);
        assert!(number(&mut lines, &[]).is_empty());
        let mut lines = super::super::lines::split("Minnesanteckningar\n\n## Ekonomi\nBudgeten följs.\n");
        assert!(number(&mut lines, &[]).is_empty());
        // A heading over another heading has no text of its own.
        let mut lines = super::super::lines::split("## Ekonomi\n## Budget\nText.\n\n## Övrigt\n");
        assert!(number(&mut lines, &[]).is_empty());
    }
}
