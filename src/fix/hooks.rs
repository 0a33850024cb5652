//! The fixes of single findings, one function per rule that fixes, called where the rule makes
//! its finding. Each returns `None` when the repair is not certain; the finding then stands
//! without a fix.

use super::Fix;
use crate::format::labels::Label;
use crate::model::Clause;
use crate::source::SourceFile;
use crate::span::Spanned;
use chrono::NaiveDate;

/// `ocr-damage`: the one repair the word has (the scan reports no word with two).
pub fn ocr_damage(file: &SourceFile, offset: usize, word: &str, repaired: &str) -> Option<Fix> {
    Fix::replace_checked(file, offset, word, repaired)
}

/// `task-malformed`: a line that is almost a task, written as the task the help shows.
pub fn almost_task(file: &SourceFile, line_start: usize, line: &str, task: &str) -> Option<Fix> {
    Fix::replace_checked(file, line_start, line, task)
}

/// `task-malformed`: a plain bullet under `Uppdrag:` gets a task box before its text.
pub fn task_box(file: &SourceFile, text_start: usize) -> Option<Fix> {
    let before = file.text.get(..text_start)?;
    before
        .ends_with([' ', '\t'])
        .then(|| Fix::replace(file, text_start..text_start, "[ ] "))
}

/// `heading-level`: the heading's `#` marks as many as its number calls for.
pub fn heading_level(file: &SourceFile, heading_start: usize, marks: &str) -> Option<Fix> {
    let rest = file.text.get(heading_start..)?;
    let indent = rest.len() - rest.trim_start_matches(' ').len();
    let hashes = rest[indent..].bytes().take_while(|b| *b == b'#').count();
    // A heading underlined with `---` or `===` has no marks to change.
    if hashes == 0 {
        return None;
    }
    let start = heading_start + indent;
    Some(Fix::replace(file, start..start + hashes, marks))
}

/// `clause-without-att`: `att` before the clause, as the help writes it, when the clause opens
/// with a verb in the infinitive; `att:` or `att,` loses its mark. A clause that opens with a
/// name (`Region Dalarna …`, `RSS …`), a noun (`avtalet antas`, where `att` alone would not make
/// Swedish) or anything but a word is left to a person.
pub fn clause_att(file: &SourceFile, clause: &Clause) -> Option<Fix> {
    let start = clause.pos.offset;
    let rest = file.text.get(start..)?;
    let first = clause.text.split_whitespace().next()?;
    if !rest.starts_with(first) {
        return None;
    }
    let bare = first.trim_end_matches([':', ',', '.', ';']);
    if bare.len() < first.len() && bare.eq_ignore_ascii_case("att") {
        return Some(Fix::replace(file, start..start + first.len(), "att"));
    }
    let mut letters = first.chars();
    let initial = letters.next()?;
    let ordinary = initial.is_alphabetic() && letters.all(|c| c.is_lowercase() || c == '-');
    let named_next = clause
        .text
        .split_whitespace()
        .nth(1)
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    if !ordinary || named_next || !reads_as_infinitive(first) {
        return None;
    }
    let lowered: String = initial.to_lowercase().collect();
    Some(Fix::replace(
        file,
        start..start + initial.len_utf8(),
        format!("att {lowered}"),
    ))
}

/// Swedish infinitives end in `a` (`anta`, `godkänna`) but for a few short ones (`ge`, `utse`);
/// a word that ends otherwise is most likely a noun.
fn reads_as_infinitive(word: &str) -> bool {
    const SHORT: &[&str] = &[
        "ge", "gå", "se", "stå", "bo", "nå", "tro", "bli", "utse", "avstå", "tillse",
    ];
    let word = word.trim_end_matches([':', ',', '.', ';']).to_lowercase();
    word.ends_with('a') || SHORT.contains(&word.as_str())
}

/// `due-date-invalid`: a due date written `YYMMDD` or in words (`15 januari 2026`), as
/// `YYYY-MM-DD`; with the line the help shows.
pub fn due_date(file: &SourceFile, due: &Spanned<String>) -> Option<(Fix, String)> {
    let date = date_in_other_form(&due.value)?;
    let rest = file.text.get(due.pos.offset..)?;
    let start = due.pos.offset + (rest.len() - rest.trim_start_matches([' ', '\t']).len());
    let iso = crate::format::dates::iso(date);
    let fix = Fix::replace_checked(file, start, &due.value, iso.clone())?;
    Some((fix, Label::Due.line(&iso)))
}

/// A whole value that is a real date written `YYMMDD` or in words.
fn date_in_other_form(value: &str) -> Option<NaiveDate> {
    let found = crate::import::dates::find_date(value)
        .filter(|f| f.start == 0 && f.end == value.len())
        .or_else(|| {
            crate::import::dates::find_six_digit(value).filter(|f| f.start == 0 && f.end == value.len())
        })?;
    // Figures already in the format's form are not this fix's business.
    (found.written != crate::format::dates::iso(found.date)).then_some(found.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applied(text: &str, fix: Option<Fix>) -> Option<String> {
        let fix = fix?;
        let edits: Vec<&super::super::Edit> = fix.edits.iter().collect();
        super::super::edit::apply(text, &edits)
    }

    fn clause(text: &str) -> (SourceFile, Clause) {
        let source = format!("- {text}\n");
        let file = SourceFile::new("a.md", source);
        let pos = file.pos(2);
        (
            file,
            Clause {
                text: text.to_owned(),
                pos,
                position: 1,
            },
        )
    }

    #[test]
    fn clauses_get_att_only_before_ordinary_words() {
        for (text, want) in [
            ("anta avtalet.", Some("- att anta avtalet.\n")),
            ("Anta avtalet.", Some("- att anta avtalet.\n")),
            ("att: anta avtalet.", Some("- att anta avtalet.\n")),
            ("Region Dalarna tar fram.", None),
            ("RSS tar fram.", None),
            ("2026 års plan.", None),
            ("avtalet om hemvård antas.", None),
            ("utse en ny ordförande.", Some("- att utse en ny ordförande.\n")),
            ("godkänna planen.", Some("- att godkänna planen.\n")),
        ] {
            let (file, clause) = clause(text);
            let fix = clause_att(&file, &clause);
            assert_eq!(applied(&file.text, fix).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn due_dates_in_words_and_six_figures() {
        for (written, want) in [
            ("15 januari 2026", Some("2026-01-15")),
            ("260115", Some("2026-01-15")),
            ("15 jan. 2026", Some("2026-01-15")),
            ("vecka 48", None),
            ("261315", None),
            ("2026-01-15", None),
        ] {
            let text = format!("Senast: {written}.\n");
            let file = SourceFile::new("a.md", text.clone());
            let due = Spanned::new(written.to_owned(), file.pos(7), 1);
            let fixed = due_date(&file, &due);
            let line = fixed.as_ref().map(|(_, line)| line.clone());
            assert_eq!(line, want.map(|d| format!("Senast: {d}")), "{written}");
            let out = applied(&text, fixed.map(|(fix, _)| fix));
            assert_eq!(out, want.map(|d| format!("Senast: {d}.\n")), "{written}");
        }
    }

    #[test]
    fn heading_marks_change_and_the_rest_stays() {
        let file = SourceFile::new("a.md", "#### 5c. Information: X\n".to_owned());
        assert_eq!(
            applied(&file.text, heading_level(&file, 0, "###")).as_deref(),
            Some("### 5c. Information: X\n")
        );
        let setext = SourceFile::new("a.md", "5. Titel\n---\n".to_owned());
        assert_eq!(heading_level(&setext, 0, "##"), None);
    }
}
