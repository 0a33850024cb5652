//! The line wrapper for everything lchnv writes: lines of at most [`WIDTH`] characters, a list
//! item's continuation lines indented two spaces, as the shipped meetings are written.

use crate::format::labels::Label;

/// The widest line lchnv writes, in characters.
pub const WIDTH: usize = 100;
/// What a list item's continuation lines start with.
pub const CONTINUATION: &str = "  ";

/// A paragraph, wrapped at [`WIDTH`].
pub fn paragraph(text: &str) -> String {
    fill(text, "", "", WIDTH)
}

/// A list item: `marker` (`-`, `- [ ]`), a space and the text, wrapped at [`WIDTH`] with the
/// continuation lines indented two spaces.
pub fn list_item(marker: &str, text: &str) -> String {
    fill(text, &format!("{marker} "), CONTINUATION, WIDTH)
}

/// Breaks `text` at spaces into lines of at most `width` characters, the first line after
/// `first` and the others after `rest` (both counted in the width). A longer word stands on a
/// line of its own. A `[[placeholder]]` is never broken (`lchnv check` finds placeholders only
/// within a line), a label stays with its value (`Återrapport: LCHNV`), and no line starts with
/// what Markdown would read as the start of a block (a list marker, `#`, `>`, a fence).
pub fn fill(text: &str, first: &str, rest: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + first.len() + 8);
    out.push_str(first);
    let mut column = first.chars().count();
    let mut empty = true;
    for unit in units(text) {
        let len = unit.chars().count();
        if !empty && column + 1 + len > width && !starts_block(&unit) {
            out.push('\n');
            out.push_str(rest);
            column = rest.chars().count();
            empty = true;
        }
        if !empty {
            out.push(' ');
            column += 1;
        }
        out.push_str(&unit);
        column += len;
        empty = false;
    }
    out
}

/// The words of `text`, with the words a line must not break between joined by a space.
fn units(text: &str) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    let mut open = false;
    let mut glue = false;
    for word in text.split_whitespace() {
        match units.last_mut() {
            Some(last) if open || glue => {
                last.push(' ');
                last.push_str(word);
            }
            _ => units.push(word.to_owned()),
        }
        if word.contains("[[") {
            open = true;
        }
        if open && word.contains("]]") {
            open = word.rfind("[[") > word.rfind("]]");
        }
        glue = is_label(word);
    }
    units
}

/// `Återrapport:` and the other labels of the format, with their colon.
fn is_label(word: &str) -> bool {
    word.strip_suffix(':')
        .is_some_and(|w| Label::find(Label::ALL, w.trim_matches('*')).is_some())
}

/// Whether a word at the start of a line would begin a Markdown block (a list, a heading, a
/// quote, a fence, a table row, HTML, a heading underline) instead of continuing the paragraph.
pub fn starts_block(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let repeated = chars.all(|c| c == first) && "-+*=#_`~".contains(first);
    let numbered = word.len() > 1
        && word.ends_with(['.', ')'])
        && word[..word.len() - 1].chars().all(|c| c.is_ascii_digit());
    repeated
        || numbered
        || word.starts_with(['>', '|', '<'])
        || word.starts_with("```")
        || word.starts_with("~~~")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_break_at_spaces_and_long_words_stand_alone() {
        assert_eq!(fill("aa bb cc dd", "", "", 5), "aa bb\ncc dd");
        assert_eq!(fill("ett  långtord", "", "", 3), "ett\nlångtord");
    }

    #[test]
    fn placeholders_and_labelled_values_stay_whole() {
        assert_eq!(
            fill("att x. [[bekräfta eller ändra]]", "", "", 10),
            "att x.\n[[bekräfta eller ändra]]"
        );
        assert_eq!(
            fill("uppgift. Återrapport: LCHNV.", "", "", 20),
            "uppgift.\nÅterrapport: LCHNV."
        );
        // Only the format's labels are glued: other words ending with a colon are prose.
        assert_eq!(fill("bakgrund: a", "", "", 10), "bakgrund:\na");
    }

    #[test]
    fn no_line_starts_a_block() {
        assert_eq!(fill("a b - c", "", "", 3), "a b -\nc");
        assert_eq!(fill("a b 12. c", "", "", 3), "a b 12.\nc");
        let text = format!("{} - 2. # > <b> ``` x", "ord ".repeat(24));
        let wrapped = paragraph(&text);
        for line in wrapped.lines() {
            let first = line.split_whitespace().next().unwrap_or("");
            assert!(!starts_block(first), "{line}");
        }
    }

    #[test]
    fn list_items_continue_two_spaces_in_and_fill_the_width() {
        let text = "ord ".repeat(60);
        let item = list_item("- [ ]", &text);
        let lines: Vec<&str> = item.lines().collect();
        assert!(lines[0].starts_with("- [ ] ord"));
        assert!(lines[1..].iter().all(|l| l.starts_with("  ord")));
        assert!(lines.iter().all(|l| l.chars().count() <= WIDTH));
        // Continuation lines use the whole width, as the shipped meetings do.
        assert!(lines[1].chars().count() > WIDTH - 4, "{item}");
    }
}
