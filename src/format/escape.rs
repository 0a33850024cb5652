//! Free text (prose brought in from elsewhere) made safe to write into a meeting file: what
//! Markdown or the format would read as something else is escaped.

use crate::format::labels::Label;
use regex::Regex;
use std::sync::LazyLock;

static LABEL_START: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = Label::ALL.iter().map(|l| l.word()).collect();
    Regex::new(&format!(r"(?i)^(\**(?:{})\**\s*):", words.join("|"))).unwrap_or_else(|_| unreachable!())
});
static BLOCK_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[#>+*-]|\d{1,9}[.)](?:\s|$)|\[)").unwrap_or_else(|_| unreachable!()));

/// Escapes what would make a paragraph start a heading, list, quote, task or labelled line.
pub fn paragraph_start(text: &str) -> String {
    if let Some(caps) = LABEL_START.captures(text) {
        let label = caps.get(1).map(|m| m.as_str()).unwrap_or("");
        return format!("{label}\\:{}", &text[label.len() + 1..]);
    }
    if BLOCK_START.is_match(text) {
        let digits = text.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 {
            return format!("{}\\{}", &text[..digits], &text[digits..]);
        }
        return format!("\\{text}");
    }
    text.to_owned()
}

/// Whether a paragraph starts with a label's word and a space (`Föredragande beskrev …`),
/// which `check` reads as a labelled line without its colon.
pub fn starts_with_label_word(text: &str) -> bool {
    let first: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
    !first.is_empty()
        && text[first.len()..].starts_with([' ', '\t'])
        && Label::find(crate::format::labels::COLON_REQUIRED, &first).is_some()
}

/// HTML and placeholders in running text are shown as written.
pub fn inline(text: &str) -> String {
    text.replace('<', "&lt;").replace("[[", "[\\[")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_that_would_be_misread() {
        assert_eq!(paragraph_start("- inte en lista"), "\\- inte en lista");
        assert_eq!(
            paragraph_start("Status: klart enligt ovan"),
            "Status\\: klart enligt ovan"
        );
        assert_eq!(paragraph_start("**Senast**: i maj"), "**Senast**\\: i maj");
        assert_eq!(paragraph_start("1. maj"), "1\\. maj");
        assert_eq!(paragraph_start("Text som vanligt"), "Text som vanligt");
        assert_eq!(inline("a <b> [[c]]"), "a &lt;b> [\\[c]]");
        assert!(starts_with_label_word("Föredragande beskrev projektet"));
        assert!(!starts_with_label_word("Föredragandet beskrev"));
    }
}
