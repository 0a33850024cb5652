//! The safety net under the body parser: every line that looks like a task, or almost like one,
//! is either read as an assignment or reported. Markdown decides what a task is by its syntax
//! (a marker, one space, a box `[ ]`, a space); a line that misses by a character, or a valid
//! one that ends up in a code block or before the first item, would otherwise drop out of every
//! register without a word.

use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::rule::Rule;
use crate::source::SourceFile;

/// What a line looks like, as a task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskLine {
    /// A task as the format writes it.
    Task,
    /// Almost a task: the line as it should be written.
    Almost(String),
}

/// Reads a line's task shape: a list marker (or none), spaces, a box of spaces and `x`s in
/// brackets or parentheses, a space, the rest. `None` when the line is not task-like at all.
pub fn classify(line: &str) -> Option<TaskLine> {
    let indent_len = line.len() - line.trim_start_matches([' ', '\t']).len();
    let indent = &line[..indent_len];
    let rest = &line[indent_len..];
    // The marker: `-`, `*`, `+`, `•` or a number with `.` or `)`; it may be missing.
    let (marker, after_marker) = if let Some(r) = rest.strip_prefix(['-', '*', '+', '•']) {
        (&rest[..rest.len() - r.len()], r)
    } else {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        match rest.get(digits..).and_then(|r| r.strip_prefix(['.', ')'])) {
            Some(r) if (1..=9).contains(&digits) => (&rest[..rest.len() - r.len()], r),
            _ => ("", rest),
        }
    };
    let spaces = after_marker.len() - after_marker.trim_start_matches(is_space).len();
    let boxed = &after_marker[spaces..];
    let (open, close) = match boxed.chars().next() {
        Some('[') => ('[', ']'),
        Some('(') => ('(', ')'),
        _ => return None,
    };
    let inner_end = boxed[1..].find(close)? + 1;
    let inner = &boxed[1..inner_end];
    if inner.chars().count() > 3
        || !inner
            .chars()
            .all(|c| is_space(c) || matches!(c, 'x' | 'X' | '✓' | '✔'))
    {
        return None;
    }
    let after_box = &boxed[inner_end + 1..];
    // `[x](…)` is a link, `(x)` in running text is prose: a box is followed by a space or bold.
    if !(after_box.is_empty() || after_box.starts_with(is_space) || after_box.starts_with("**")) {
        return None;
    }
    if marker.is_empty() && open == '(' {
        return None;
    }
    let done = inner.chars().any(|c| !is_space(c));
    let exact = !marker.is_empty()
        && marker != "•"
        && spaces >= 1
        && after_marker[..spaces].chars().all(|c| c == ' ' || c == '\t')
        && open == '['
        && (inner == " " || inner == "x" || inner == "X")
        && (after_box.is_empty() || after_box.starts_with([' ', '\t']));
    if exact {
        return Some(TaskLine::Task);
    }
    let marker = if marker.is_empty() || marker == "•" {
        "-"
    } else {
        marker
    };
    let tick = if done { "x" } else { " " };
    let text = after_box.trim_start_matches(is_space);
    Some(TaskLine::Almost(
        format!("{indent}{marker} [{tick}] {text}").trim_end().to_owned(),
    ))
}

fn has_invisible_markup(line: &str) -> bool {
    line.chars()
        .take_while(|c| !c.is_alphabetic())
        .any(|c| crate::invisible::name(c).is_some())
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || crate::invisible::name(c).is_some()
}

/// Reports every line from byte `start` that is almost a task, and every task line that was not
/// read as an assignment (`read`: the lines where assignments start, sorted).
pub fn check_lines(file: &SourceFile, start: usize, read: &[u32], diags: &mut Vec<Diagnostic>) {
    let text = file.text.get(start..).unwrap_or("");
    let mut offset = start;
    let first_line = file.pos(start).line;
    let lines = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|i| i + 1)
        .chain(std::iter::once(text.len()))
        .scan(0, |start, end| {
            let line = &text[*start..end];
            *start = end;
            Some(line)
        })
        .filter(|line| !line.is_empty());
    for (n, line) in lines.enumerate() {
        let number = first_line + crate::source::to_u32(n);
        let content = line.trim_end_matches(['\n', '\r']);
        offset += line.len();
        if !may_be_task(content) {
            continue;
        }
        let offset = offset - line.len();
        match classify(content) {
            None => {}
            Some(TaskLine::Task) if read.binary_search(&number).is_ok() => {}
            Some(TaskLine::Task) => {
                let at = offset + (content.len() - content.trim_start().len());
                diags.push(
                    file.diag_at(Rule::TaskMalformed, at, msg!("task-line-not-read"))
                        .with_help(msg!("task-line-not-read-help")),
                );
            }
            // An invisible character in the markup has its own finding, which says what to retype.
            Some(TaskLine::Almost(_)) if has_invisible_markup(content) => {}
            Some(TaskLine::Almost(fixed)) => {
                let at = offset + (content.len() - content.trim_start().len());
                let shown: String = fixed.trim_start().chars().take(120).collect();
                diags.push(
                    file.diag_at(Rule::TaskMalformed, at, msg!("task-almost"))
                        .with_len(3)
                        .with_help(msg!("task-almost-help", text = shown))
                        .with_fix(crate::fix::hooks::almost_task(file, offset, content, &fixed)),
                );
            }
        }
    }
}

/// Whether [`classify`] can find a task in a line: after its indentation comes a list marker,
/// a box, a digit, or a character outside ASCII (a bullet, an invisible space). Most lines are
/// prose and are ruled out by their first byte.
fn may_be_task(line: &str) -> bool {
    let first = line.bytes().find(|b| *b != b' ' && *b != b'\t');
    first
        .is_some_and(|b| !b.is_ascii() || b.is_ascii_digit() || matches!(b, b'-' | b'*' | b'+' | b'[' | b'('))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(line: &str) -> Option<String> {
        match classify(line) {
            Some(TaskLine::Almost(fixed)) => Some(fixed),
            _ => None,
        }
    }

    #[test]
    fn tasks_and_near_misses() {
        assert_eq!(classify("- [ ] **Region Dalarna**: x"), Some(TaskLine::Task));
        assert_eq!(classify("  1. [X] **A**: x"), Some(TaskLine::Task));
        let want = "- [ ] **Region Dalarna**: x".to_owned();
        for line in [
            "- [] **Region Dalarna**: x",
            "-[ ] **Region Dalarna**: x",
            "- [  ] **Region Dalarna**: x",
            "- ( ) **Region Dalarna**: x",
            "- [ ]**Region Dalarna**: x",
            "-\u{A0}[ ] **Region Dalarna**: x",
            "[ ] **Region Dalarna**: x",
        ] {
            assert_eq!(fixed(line), Some(want.clone()), "{line}");
        }
        assert_eq!(
            fixed("- [x ] **A**: klart"),
            Some("- [x] **A**: klart".to_owned())
        );
    }

    #[test]
    fn prose_is_not_a_task() {
        for line in [
            "- att öppna mötet.",
            "Se [bilaga](a.pdf).",
            "- (se bilaga 3)",
            "[x](https://example.org) är en länk",
            "(x) i texten",
            "- [1] Källa",
            "",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }
}
