//! The markers that open a list item and a task, read by hand: they are tried on every list
//! item of every file, where a regular expression costs more than the whole test.

/// After optional whitespace, `-`, `*`, `+`, or one to nine digits and `.` or `)`: where the
/// marker ends.
fn marker_end(raw: &str) -> Option<usize> {
    let rest = raw.trim_start();
    let lead = raw.len() - rest.len();
    if rest.starts_with(['-', '*', '+']) {
        return Some(lead + 1);
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    ((1..=9).contains(&digits) && rest[digits..].starts_with(['.', ')'])).then_some(lead + digits + 1)
}

/// The whitespace at the start of `text`, in bytes.
fn whitespace(text: &str) -> usize {
    text.len() - text.trim_start().len()
}

/// `^\s*(?:[-*+]|\d{1,9}[.)])\s+`: where a list item's text starts.
pub fn list_text_start(raw: &str) -> Option<usize> {
    let end = marker_end(raw)?;
    let spaces = whitespace(&raw[end..]);
    (spaces > 0).then_some(end + spaces)
}

/// A task box after a list marker, `- [ ]`, `1. [x]`: whether it is ticked, and where the text
/// after the box (and its whitespace) starts. With `spaced`, the box must be followed by
/// whitespace or the end, as Markdown's task lists want.
pub fn task_box(raw: &str, spaced: bool) -> Option<(bool, usize)> {
    let start = list_text_start(raw)?;
    let inner = raw[start..].strip_prefix('[')?;
    let mark = inner.chars().next().filter(|c| matches!(c, ' ' | 'x' | 'X'))?;
    let after = inner[1..].strip_prefix(']')?;
    if spaced && !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return None;
    }
    Some((mark != ' ', start + 3 + whitespace(after)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// The expressions these functions replace, kept here to compare with.
    fn expressions() -> (Regex, Regex, Regex) {
        let compile = |re: &str| Regex::new(re).unwrap_or_else(|e| panic!("{e}"));
        (
            compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+"),
            compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+\[[ xX]\](?:\s|$)"),
            compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+\[([ xX])\]\s*"),
        )
    }

    #[test]
    fn the_same_answers_as_the_expressions() {
        let (list, spaced, task) = expressions();
        for raw in [
            "- text",
            "  * text",
            "+\ttext",
            "12. text",
            "1) text",
            "1234567890. text",
            "-text",
            "- [ ] **A**: b",
            "- [x] done",
            "3. [X]",
            "- [ ]x",
            "- [y] no",
            "-  [ ]  two spaces",
            "\u{A0}- [ ] a no-break space first",
            "-\u{A0}[ ] a no-break space after the marker",
            "- [ ]\u{2003}an em space after the box",
            "text",
            "",
            "1.",
        ] {
            assert_eq!(list_text_start(raw), list.find(raw).map(|m| m.end()), "{raw:?}");
            assert_eq!(task_box(raw, true).is_some(), spaced.is_match(raw), "{raw:?}");
            let expected = task
                .captures(raw)
                .and_then(|c| Some((c.get(1)?.as_str() != " ", c.get(0)?.end())));
            assert_eq!(task_box(raw, false), expected, "{raw:?}");
        }
    }
}
