//! Invisible and unusual space characters where the format reads syntax: they look like a space
//! (or like nothing) but change what a line is, so each one is a finding with its code point and
//! column. Prose may hold them (a no-break space in `3 B` is fine); the markup may not.

use crate::diagnostic::Diagnostic;
use crate::rule::Rule;
use crate::source::SourceFile;

/// The name of an invisible or unusual space character, when `c` is one.
pub fn name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{00A0}' => "no-break space",
        '\u{00AD}' => "soft hyphen",
        '\u{180E}' => "Mongolian vowel separator",
        '\u{2000}'..='\u{200A}' => "typographic space",
        '\u{200B}' => "zero-width space",
        '\u{200C}' => "zero-width non-joiner",
        '\u{200D}' => "zero-width joiner",
        '\u{200E}' | '\u{200F}' => "direction mark",
        '\u{2028}' => "line separator",
        '\u{2029}' => "paragraph separator",
        '\u{202F}' => "narrow no-break space",
        '\u{2060}' => "word joiner",
        '\u{3000}' => "ideographic space",
        '\u{FEFF}' => "zero-width no-break space (byte-order mark)",
        _ => return None,
    })
}

fn is_invisible(c: char) -> bool {
    name(c).is_some()
}

/// The byte offsets of the invisible characters in a text, in order. Their UTF-8 encodings start
/// with one of five bytes, which `memchr` finds; the en dash of every meeting time (`E2 80 93`)
/// shares a first byte with some of them and is ruled out by the next ones.
fn invisible_offsets(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let at = |i: &usize| {
        text.get(*i..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(is_invisible)
    };
    let mut found: Vec<usize> = memchr::memchr3_iter(0xC2, 0xE2, 0xEF, bytes).filter(at).collect();
    let before = found.len();
    found.extend(memchr::memchr2_iter(0xE1, 0xE3, bytes).filter(at));
    if found.len() > before {
        found.sort_unstable();
    }
    found
}

/// Reports invisible characters in the markup of the body lines from byte `start`: in a line's
/// leading markup (heading marks and number, list marker, task box, bold owner marks, up to its
/// first word), before a clause's `att`, and around a label's colon.
pub fn check_body(file: &SourceFile, start: usize, diags: &mut Vec<Diagnostic>) {
    let text = file.text.get(start..).unwrap_or("");
    let bytes = text.as_bytes();
    // Only the lines that hold one are read.
    let mut done_until = 0;
    for at in invisible_offsets(text) {
        if at < done_until {
            continue;
        }
        let line_start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
        let line_end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
        check_line(file, start + line_start, &text[line_start..line_end], diags);
        done_until = line_end;
    }
}

fn check_line(file: &SourceFile, offset: usize, line: &str, diags: &mut Vec<Diagnostic>) {
    if !line.chars().any(is_invisible) {
        return;
    }
    // The markup: everything before the first word of two letters.
    let mut chars = line.char_indices().peekable();
    let mut markup_end = line.len();
    while let Some((i, c)) = chars.next() {
        if c.is_alphabetic() && chars.peek().is_some_and(|(_, n)| n.is_alphabetic()) {
            markup_end = i;
            break;
        }
    }
    let leading = line.trim_start_matches(|c: char| c == ' ' || c == '\t' || is_invisible(c));
    let markup = if starts_with_markup(leading) || leading.len() < line.trim_start_matches([' ', '\t']).len()
    {
        markup_end
    } else {
        0
    };
    let mut reported = false;
    for (i, c) in line[..markup].char_indices().filter(|(_, c)| is_invisible(*c)) {
        report(file, offset + i, c, "in the line's markup", diags);
        reported = true;
    }
    if reported {
        return;
    }
    // A label's colon: `Ärende : x`, `Ärende:\u{A0}x`.
    let rest = &line[markup_end..];
    if let Some(colon) = rest.find(':') {
        let label = &rest[..colon];
        let word = label.trim_end_matches(|c: char| c.is_whitespace() || is_invisible(c) || c == '*');
        if word.chars().all(char::is_alphabetic) && !word.is_empty() && word.chars().count() <= 14 {
            let around_end = rest[colon + 1..]
                .char_indices()
                .find(|(_, c)| !(c.is_whitespace() || is_invisible(*c) || *c == '*'))
                .map_or(rest.len(), |(i, _)| colon + 1 + i);
            for (i, c) in rest[word.len()..around_end]
                .char_indices()
                .filter(|(_, c)| is_invisible(*c))
            {
                report(
                    file,
                    offset + markup_end + word.len() + i,
                    c,
                    "around a label's colon",
                    diags,
                );
            }
        }
    }
}

/// Whether a line (its leading spaces removed) starts with Markdown markup: a heading, a list
/// marker, a task box, bold.
fn starts_with_markup(line: &str) -> bool {
    if line.starts_with(['#', '-', '*', '+', '[', '(', '>', '|']) {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && line[digits..].starts_with(['.', ')'])
}

fn report(file: &SourceFile, offset: usize, c: char, place: &str, diags: &mut Vec<Diagnostic>) {
    let what = name(c).unwrap_or("invisible character");
    let place = match place {
        "in the line's markup" => crate::msg!("invisible-in-markup"),
        "in the YAML indentation" => crate::msg!("invisible-in-indentation"),
        "in a YAML key" => crate::msg!("invisible-in-key"),
        other => other.to_owned(),
    };
    let pos = file.pos(offset);
    diags.push(
        file.diag(
            Rule::InvisibleCharacter,
            pos,
            crate::msg!(
                "invisible-character",
                code = format!("U+{:04X}", u32::from(c)),
                name = what,
                place = place,
                column = pos.column
            ),
        )
        .with_help(crate::msg!("invisible-character-help")),
    );
}

/// Reports tabs in the indentation of YAML lines and invisible characters in YAML keys,
/// indentation and list markers, in `file.text[start..end]`.
pub fn check_yaml(file: &SourceFile, start: usize, end: usize, diags: &mut Vec<Diagnostic>) {
    let text = file.text.get(start..end).unwrap_or("");
    // Most front matters have neither.
    if memchr::memchr(b'\t', text.as_bytes()).is_none() && invisible_offsets(text).is_empty() {
        return;
    }
    let mut offset = start;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let indent_end = body
            .char_indices()
            .find(|(_, c)| !(*c == ' ' || *c == '\t' || *c == '-' || is_invisible(*c)))
            .map_or(body.len(), |(i, _)| i);
        for (i, c) in body[..indent_end].char_indices() {
            if c == '\t' {
                let pos = file.pos(offset + i);
                diags.push(
                    file.diag(
                        Rule::InvisibleCharacter,
                        pos,
                        crate::msg!("yaml-tab", column = pos.column),
                    )
                    .with_help(crate::msg!("yaml-tab-help")),
                );
            } else if is_invisible(c) {
                report(file, offset + i, c, "in the YAML indentation", diags);
            }
        }
        // A key with an invisible character is a different key.
        if let Some(colon) = body[indent_end..]
            .find(": ")
            .or_else(|| body[indent_end..].strip_suffix(':').map(str::len))
        {
            let key = &body[indent_end..indent_end + colon];
            if !key.starts_with(['"', '\'', '#']) {
                for (i, c) in key.char_indices().filter(|(_, c)| is_invisible(*c)) {
                    report(file, offset + indent_end + i, c, "in a YAML key", diags);
                }
            }
        }
        offset += line.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> Vec<(u32, u32, String)> {
        let file = SourceFile::new("m.md", text.to_owned());
        let mut diags = Vec::new();
        check_body(&file, 0, &mut diags);
        diags
            .into_iter()
            .map(|d| (d.pos.line, d.pos.column, d.message))
            .collect()
    }

    #[test]
    fn invisible_characters_in_markup_are_named() {
        let found =
            body("Text 3\u{A0}B är prosa.\n-\u{A0}[ ] **Region Dalarna**: x\n- [\u{200B}] **A**: y\n");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!((found[0].0, found[0].1), (2, 2));
        assert!(found[0].2.contains("U+00A0"));
        assert_eq!((found[1].0, found[1].1), (3, 4));
        assert!(found[1].2.contains("U+200B"));
    }

    #[test]
    fn before_att_and_around_labels() {
        let found = body("- \u{200B}att öppna mötet.\nÄrende:\u{A0}mini-maria\n");
        assert_eq!(
            found.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(),
            vec![(1, 3), (2, 8)]
        );
    }

    #[test]
    fn only_invisible_characters_count_and_a_dash_is_not_one() {
        assert!(body("09.00–12.00 på Regionens hus, 3 § och 20 °C.\n- [ ] x\n").is_empty());
        let text = "a\u{2060}b\u{180E}c\u{3000}d\u{FEFF}e\u{AD}f–g";
        let offsets = invisible_offsets(text);
        let found: Vec<char> = offsets.iter().filter_map(|i| text[*i..].chars().next()).collect();
        assert_eq!(
            found,
            vec!['\u{2060}', '\u{180E}', '\u{3000}', '\u{FEFF}', '\u{AD}']
        );
    }

    #[test]
    fn tabs_in_yaml_indentation() {
        let file = SourceFile::new("m.md", "kind: agenda\nattendees:\n\t- name: X\n".to_owned());
        let mut diags = Vec::new();
        check_yaml(&file, 0, file.text.len(), &mut diags);
        assert_eq!(diags.len(), 1);
        assert_eq!((diags[0].pos.line, diags[0].pos.column), (3, 1));
        assert!(diags[0].message.contains("U+0009"));
    }
}
