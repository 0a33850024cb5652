//! Greedy word wrapping by characters, for table cells and indented text.

use anstyle::Style;
use std::io::{self, Write};

/// Splits `text` into lines of at most `width` characters, breaking between words; a word
/// longer than the width is cut. Line breaks in the text are kept. Never returns no lines.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut len = 0;
        for word in paragraph.split_whitespace() {
            let mut word: Vec<char> = word.chars().collect();
            if len > 0 && len + 1 + word.len() <= width {
                line.push(' ');
                line.extend(&word);
                len += 1 + word.len();
                continue;
            }
            if len > 0 {
                lines.push(std::mem::take(&mut line));
            }
            while word.len() > width {
                let rest = word.split_off(width);
                lines.push(word.iter().collect());
                word = rest;
            }
            line = word.iter().collect();
            len = word.len();
        }
        lines.push(line);
    }
    lines
}

/// Writes `text` wrapped to `width` (no limit when `None`): the first line after `first`, the
/// others after `rest`, which should be as long as `first`; the text in `style` (on a terminal).
pub fn write_wrapped(
    out: &mut dyn Write,
    text: &str,
    width: Option<usize>,
    (first, rest): (&str, &str),
    style: Style,
) -> io::Result<()> {
    let indent = first.chars().count().max(rest.chars().count());
    let lines = match width {
        Some(width) => wrap(text, width.saturating_sub(indent).max(20)),
        None => text.split('\n').map(str::to_owned).collect(),
    };
    for (i, line) in lines.iter().enumerate() {
        let prefix = if i == 0 { first } else { rest };
        let line = line.trim_end();
        if line.is_empty() {
            writeln!(out, "{}", prefix.trim_end())?;
        } else {
            writeln!(out, "{prefix}{style}{line}{style:#}")?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_between_words_and_cuts_long_words() {
        assert_eq!(
            wrap("att anta det reviderade avtalet", 12),
            ["att anta det", "reviderade", "avtalet"]
        );
        assert_eq!(wrap("hemsjukvårdsavtalet", 8), ["hemsjukv", "årdsavta", "let"]);
        assert_eq!(wrap("", 8), [""]);
        assert_eq!(wrap("a\nb c", 10), ["a", "b c"]);
    }

    #[test]
    fn wrapped_text_keeps_its_indent() {
        let mut out = Vec::new();
        let text = "ett två tre fyra fem sex sju åtta nio tio elva tolv";
        write_wrapped(&mut out, text, Some(30), ("  - ", "    "), Style::new()).ok();
        let text = String::from_utf8(out).unwrap_or_default();
        assert_eq!(
            text,
            "  - ett två tre fyra fem sex\n    sju åtta nio tio elva tolv\n"
        );
    }
}
