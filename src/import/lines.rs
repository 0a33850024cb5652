//! The document as lines: normalised, with the debris of its pages (running headers and
//! footers, page numbers) taken out and listed, and helpers to join a paragraph's lines.

use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// One line of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the document as read.
    pub number: usize,
    pub text: String,
    /// A page break (form feed) comes right before the line.
    pub page_break_before: bool,
}

/// An empty line, to keep what is moved between lines a paragraph of its own.
pub fn blank(number: usize) -> Line {
    Line {
        number,
        text: String::new(),
        page_break_before: false,
    }
}

/// A line taken out as page debris.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Debris {
    pub line: usize,
    pub text: String,
    pub why: String,
}

/// Splits a text into trimmed lines. Non-breaking spaces become spaces, soft hyphens and
/// zero-width characters go, a run of three or more spaces (a column gap in a layout export)
/// becomes a tab, and a form feed marks a page break.
pub fn split(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut page_break = false;
    let raw_lines: Vec<&str> = text.split('\n').collect();
    // A table cell that a layout export wrapped onto the next line is joined to its row; the
    // row keeps its line number.
    let joined = super::wrapped::join_cells(&raw_lines);
    for (index, raw) in joined.iter().enumerate() {
        let Some(raw) = raw else { continue };
        let mut line = String::with_capacity(raw.len());
        for c in raw.chars() {
            match c {
                '\r' | '\u{ad}' | '\u{200b}' | '\u{feff}' => {}
                '\x0c' => page_break = true,
                '\u{a0}' | '\u{2007}' | '\u{202f}' => line.push(' '),
                // Word's Symbol-font bullets, exported as private-use characters.
                '\u{f0b7}' | '\u{f0a7}' | '\u{f076}' | '\u{f0d8}' | '\u{f0fc}' | '\u{f02d}' => line.push('•'),
                other => line.push(other),
            }
        }
        let text = normalise_spaces(line.trim());
        out.push(Line {
            number: index + 1,
            text,
            page_break_before: std::mem::take(&mut page_break) && !line.trim().is_empty(),
        });
        if !line.trim().is_empty() {
            page_break = false;
        }
    }
    while out.last().is_some_and(|l| l.text.is_empty()) {
        out.pop();
    }
    out
}

/// The cells of a table row written with pipes (`| Namn | Verksamhet |`), or `None`.
fn pipe_cells(text: &str) -> Option<Vec<String>> {
    let inner = text.strip_prefix('|')?.strip_suffix('|')?;
    let cells: Vec<String> = inner.split('|').map(|c| c.trim().to_owned()).collect();
    (cells.len() >= 2).then_some(cells)
}

/// A cell's text and its continuation: a word hyphenated at the cell's edge (`Götalands-` /
/// `regionen`) is one word again; other text joins with a space.
pub(super) fn join_cell(cell: &str, more: &str) -> String {
    let hyphenated = cell
        .strip_suffix('-')
        .filter(|stem| stem.chars().last().is_some_and(char::is_lowercase))
        .filter(|_| more.chars().next().is_some_and(char::is_lowercase));
    match hyphenated {
        Some(stem) => format!("{stem}{more}"),
        None => join(&[cell, more]),
    }
}

/// Lines of notes typed during a meeting, each stamped with the clock (`[09.52] Beslut: …`): the
/// stamp goes, so that what follows is read as what it is; a heading keeps its clock time as a
/// column. Returns the lines and each stamp taken off: its line and the stamp as written.
pub fn clock_stamps(lines: Vec<Line>) -> (Vec<Line>, Vec<(usize, String)>) {
    let mut taken = Vec::new();
    let lines = lines
        .into_iter()
        .map(|mut line| {
            if let Some((clock, rest)) = super::headings::stamped(&line.text) {
                taken.push((line.number, format!("[{clock}]")));
                line.text = rest.to_owned();
            }
            line
        })
        .collect();
    (lines, taken)
}

/// Two lists side by side, a pipe between them on every line (`Karin Holmberg (S) | Lars
/// Nyström (S)`, the right one shorter, its lines ending in the pipe): the left list, then the
/// right one, each line keeping its number, so that each list stays under its own heading.
/// Three lines or more, each with one pipe and text before it, two of them with text after it.
pub fn side_by_side(lines: Vec<Line>) -> Vec<Line> {
    let halves = |l: &Line| -> Option<(String, String)> {
        let text = l.text.replace('\t', "   ");
        if text.matches('|').count() != 1 {
            return None;
        }
        let (left, right) = text.split_once('|')?;
        let left = left.trim();
        (!left.is_empty()).then(|| (left.to_owned(), right.trim().to_owned()))
    };
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let run = lines[i..].iter().take_while(|l| halves(l).is_some()).count();
        let with_right = lines[i..i + run]
            .iter()
            .filter_map(halves)
            .filter(|(_, right)| !right.is_empty())
            .count();
        if run < 3 || with_right < 2 {
            out.push(lines[i].clone());
            i += 1;
            continue;
        }
        let block = &lines[i..i + run];
        let mut right_lines = Vec::new();
        for line in block {
            let Some((left, right)) = halves(line) else {
                continue;
            };
            out.push(Line {
                text: left,
                ..line.clone()
            });
            if !right.is_empty() {
                right_lines.push(Line {
                    text: right,
                    page_break_before: false,
                    ..line.clone()
                });
            }
        }
        out.extend(right_lines);
        i += run;
    }
    out
}

/// The cells of a row written with pipes between its cells but not around them (`1 | Task |
/// Owner`), as a PDF converter writes a table: three cells or more.
fn inner_pipe_cells(text: &str) -> Option<Vec<String>> {
    if text.starts_with('|') || !text.contains(" | ") {
        return None;
    }
    let cells: Vec<String> = text.split(" | ").map(|c| c.trim().to_owned()).collect();
    (cells.len() >= 3).then_some(cells)
}

/// A Markdown heading's marks: `### Närvarande`.
static MARKDOWN_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^#{1,6}\s+(.*?)(?:\s+#+)?\s*$").unwrap_or_else(|_| unreachable!()));
/// A Markdown rule: `---`, `***`, `___`.
static MARKDOWN_RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$").unwrap_or_else(|_| unreachable!()));

/// Text exported as Markdown whose items are numbered headings read as the text it marks up: a
/// heading's `#` marks and a bold word's `**` go, and a rule after a blank line is a blank line (a line of dashes right under
/// a line of text underlines it, and stays). Returns the lines and, for the report, each line
/// whose marks went with the marks.
pub fn markdown(lines: Vec<Line>) -> (Vec<Line>, Vec<(usize, String)>) {
    // Only where the items are numbered Markdown headings (`### 1. Inledning`): elsewhere a
    // heading's marks are what shows an item without a number.
    let numbered = lines.iter().any(|l| {
        MARKDOWN_HEADING.captures(l.text.trim()).is_some_and(|c| {
            c.get(1)
                .is_some_and(|t| super::headings::parse(t.as_str()).is_some())
        })
    });
    if !numbered {
        return (lines, Vec::new());
    }
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut marks = Vec::new();
    for mut line in lines {
        let above_blank = out.last().is_none_or(|l: &Line| l.text.trim().is_empty());
        if above_blank && MARKDOWN_RULE.is_match(&line.text) {
            marks.push((line.number, line.text.trim().to_owned()));
            line.text = String::new();
        } else if let Some(caps) = MARKDOWN_HEADING.captures(line.text.trim()) {
            let hashes = line.text.trim().split(' ').next().unwrap_or("").to_owned();
            line.text = caps.get(1).map_or("", |m| m.as_str()).to_owned();
            marks.push((line.number, hashes));
        }
        if line.text.matches("**").count() >= 2 && line.text.matches("**").count() % 2 == 0 {
            line.text = line.text.replace("**", "");
            marks.push((line.number, "**".to_owned()));
        }
        out.push(line);
    }
    (out, marks)
}

/// Tables written with pipes, as a PDF converter or Markdown writes them, become rows of cells
/// split at tabs like any other table: the `|---|` line under the heading goes, and a row whose
/// first cell is empty continues the cells of the row above (`| Jonas Ek | Västra Götalands- |`
/// over `| | regionen |`). Returns the lines and each word joined across rows: its line, the
/// word as written and as joined.
pub fn pipe_tables(lines: Vec<Line>) -> (Vec<Line>, Vec<(usize, String, String)>) {
    let mut joined = Vec::new();
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut previous: Option<Vec<String>> = None;
    // Pipes only between the cells make a table when two lines next to each other have as many.
    let inner: Vec<Option<usize>> = lines
        .iter()
        .map(|l| inner_pipe_cells(&l.text).map(|c| c.len()))
        .collect();
    let in_table = |i: usize| {
        inner[i].is_some_and(|n| {
            (i > 0 && inner[i - 1] == Some(n)) || inner.get(i + 1).copied().flatten() == Some(n)
        })
    };
    for (i, mut line) in lines.into_iter().enumerate() {
        let cells =
            pipe_cells(&line.text).or_else(|| in_table(i).then(|| inner_pipe_cells(&line.text)).flatten());
        let Some(cells) = cells else {
            previous = None;
            out.push(line);
            continue;
        };
        if cells
            .iter()
            .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
        {
            continue;
        }
        if let (Some(above), Some(last)) = (&mut previous, out.last_mut())
            && cells.first().is_some_and(String::is_empty)
            && cells.len() == above.len()
        {
            for (cell, more) in above.iter_mut().zip(&cells) {
                if !more.is_empty() {
                    let whole = join_cell(cell, more);
                    if whole != format!("{cell} {more}") {
                        let written = format!("{cell} / {more}");
                        joined.push((last.number, written, whole.clone()));
                    }
                    *cell = whole;
                }
            }
            last.text = above.join("\t");
            continue;
        }
        line.text = cells.join("\t");
        previous = Some(cells);
        out.push(line);
    }
    (out, joined)
}

/// Runs of spaces: three or more are a column gap; in a line laid out in columns (it has such a
/// gap, or a tab), two are one too (`Punkt  Åtgärd      Ansvarig`).
fn normalise_spaces(line: &str) -> String {
    let columns = line.contains("   ") || line.contains('\t');
    let gap = if columns { 2 } else { 3 };
    let mut out = String::with_capacity(line.len());
    let mut spaces = 0;
    for c in line.chars() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if spaces > 0 {
            out.push(if spaces >= gap { '\t' } else { ' ' });
            spaces = 0;
        }
        out.push(c);
    }
    out
}

/// A page number at the end of a footer line: `… 2 (5)`, `… Sida 2 av 4`, `… Sida 2`.
static PAGE_NUMBER_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\s)(?:\d{1,3}\s*\(\s*\d{1,3}\s*\)|sida\s*\d{1,3}(?:\s*(?:av|/)\s*\d{1,3})?)$")
        .unwrap_or_else(|_| unreachable!())
});

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:sida|page|s\.)\s*\d{1,3}(?:\s*(?:av|of|/|\()\s*\d{1,3}\)?)?$|^\d{1,3}\s*(?:/|\(|av)\s*\d{1,3}\)?$|^[-–]\s*\d{1,3}\s*[-–]$")
        .unwrap_or_else(|_| unreachable!())
});

/// Whether a line is mostly capitals: a running header (`RSS DALARNA`, `REGIONAL SAMVERKANS-
/// OCH STÖDSTRUKTUR`).
pub fn is_upper_case_line(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 4 {
        return false;
    }
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let capital_words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase))
        .count();
    upper * 10 >= letters.len() * 6 && capital_words >= 2
}

/// Takes page debris out of the lines after the first item: page numbers, lines repeated at page
/// breaks, and blocks of capitals that name the network or one of its organisations (a running
/// header). Returns the remaining lines and what was taken out.
///
/// `names` are the names a running header would carry (folded with [`crate::text::fold`]);
/// `is_item` says whether a line is an item heading, which is never debris.
pub fn remove_debris(
    lines: Vec<Line>,
    names: &[String],
    is_item: impl Fn(&str) -> bool,
) -> (Vec<Line>, Vec<Debris>) {
    let first_item = lines.iter().position(|l| is_item(&l.text)).unwrap_or(lines.len());
    let mut debris_at: HashMap<usize, String> = HashMap::new();

    // Lines at page edges that come back on other pages.
    let mut edge_counts: HashMap<String, usize> = HashMap::new();
    let edges = page_edges(&lines);
    for &i in &edges {
        *edge_counts.entry(shape(&lines[i].text)).or_default() += 1;
    }
    let mut all_counts: HashMap<&str, usize> = HashMap::new();
    for line in &lines {
        *all_counts.entry(line.text.as_str()).or_default() += 1;
    }

    let mut shape_counts: HashMap<String, usize> = HashMap::new();
    for line in &lines {
        *shape_counts.entry(shape(&line.text)).or_default() += 1;
    }
    let first_line = lines.iter().position(|l| !l.text.is_empty());

    // The document's first two or three lines coming back together, in order, on later pages:
    // a running header of several lines (`Eslövs kommun` over `Nämnden  Protokoll  datum`).
    if let Some(f) = first_line {
        for k in (2..=3).rev() {
            let block: Vec<&str> = lines.iter().skip(f).take(k).map(|l| l.text.as_str()).collect();
            if block.len() < k || block.iter().any(|t| t.is_empty()) {
                continue;
            }
            let repeats: Vec<usize> = (f + k..lines.len().saturating_sub(k - 1))
                .filter(|&p| (0..k).all(|d| lines[p + d].text == block[d]))
                .collect();
            if repeats.len() >= 2 {
                for p in repeats {
                    for d in 0..k {
                        debris_at.insert(p + d, crate::msg!("import-debris-header-lines"));
                    }
                }
                break;
            }
        }
    }
    for (i, line) in lines.iter().enumerate() {
        let text = line.text.as_str();
        if text.is_empty() || is_item(text) || debris_at.contains_key(&i) {
            continue;
        }
        if PAGE_NUMBER.is_match(text) {
            debris_at.insert(i, crate::msg!("import-debris-page-number"));
            continue;
        }
        // `3. Budget` over `---------`: a plain-text heading's underline, no words of its own.
        let underline =
            text.chars().count() >= 3 && (text.chars().all(|c| c == '-') || text.chars().all(|c| c == '='));
        if underline && i > 0 && !lines[i - 1].text.is_empty() {
            debris_at.insert(i, crate::msg!("import-debris-underline"));
            continue;
        }
        // A footer with the page number, repeated on every page: `Justerandes sign … 2 (5)`.
        if PAGE_NUMBER_END.is_match(text) && shape_counts.get(&shape(text)).copied().unwrap_or(0) >= 2 {
            debris_at.insert(i, crate::msg!("import-debris-footer"));
            continue;
        }
        // A running header repeated on every page of a text without page breaks: laid out in
        // columns or in capitals, and the document's first line. The first is its title.
        let laid_out = text.contains('\t') || is_upper_case_line(text);
        let repeats_first = first_line.is_some_and(|f| f != i && lines[f].text == text);
        if laid_out && repeats_first {
            debris_at.insert(i, crate::msg!("import-debris-header-line"));
            continue;
        }
        if edges.contains(&i)
            && edge_counts.get(&shape(text)).copied().unwrap_or(0) >= 2
            && text.chars().count() >= 3
        {
            debris_at.insert(i, crate::msg!("import-debris-header-or-footer"));
            continue;
        }
        if i > first_item
            && is_upper_case_line(text)
            && all_counts.get(text).copied().unwrap_or(0) >= 2
            && !names_any(text, names).is_empty()
        {
            debris_at.insert(i, crate::msg!("import-debris-capitals"));
        }
    }

    // Blocks of capitals inside the items that name the network or an organisation.
    let mut i = first_item + 1;
    while i < lines.len() {
        if !is_upper_case_line(&lines[i].text) || is_item(&lines[i].text) {
            i += 1;
            continue;
        }
        // A run of capital lines, allowing single blank lines between them.
        let start = i;
        let mut end = i;
        let mut j = i + 1;
        while j < lines.len() {
            if is_upper_case_line(&lines[j].text) && !is_item(&lines[j].text) {
                end = j;
                j += 1;
            } else if lines[j].text.is_empty()
                && lines
                    .get(j + 1)
                    .is_some_and(|n| is_upper_case_line(&n.text) && !is_item(&n.text))
            {
                j += 1;
            } else {
                break;
            }
        }
        let block: Vec<&str> = lines[start..=end].iter().map(|l| l.text.as_str()).collect();
        if !names_any(&block.join(" "), names).is_empty() {
            for (k, line) in lines.iter().enumerate().take(end + 1).skip(start) {
                if !line.text.is_empty() {
                    debris_at
                        .entry(k)
                        .or_insert_with(|| crate::msg!("import-debris-capitals-names"));
                }
            }
        }
        i = end + 1;
    }

    let mut kept = Vec::with_capacity(lines.len());
    let mut debris = Vec::new();
    for (i, line) in lines.into_iter().enumerate() {
        match debris_at.get(&i) {
            Some(why) => debris.push(Debris {
                line: line.number,
                text: line.text,
                why: why.clone(),
            }),
            None => kept.push(line),
        }
    }
    (close_gaps(kept, &debris), debris)
}

/// Whether a line ends with a word no sentence ends with: a preposition, a conjunction or an
/// article.
fn ends_unfinished(text: &str) -> bool {
    let last = text.rsplit(' ').next().unwrap_or("").to_lowercase();
    matches!(
        last.as_str(),
        "av" | "för"
            | "till"
            | "med"
            | "och"
            | "i"
            | "på"
            | "om"
            | "att"
            | "en"
            | "ett"
            | "den"
            | "det"
            | "de"
            | "som"
            | "från"
            | "vid"
            | "hos"
            | "mot"
            | "samt"
            | "eller"
            | "under"
            | "efter"
            | "inför"
    )
}

/// Where debris was taken out of a sentence that runs on (no full stop before, a small letter
/// after, or a word no sentence ends with before), the blank lines around it go too, so the
/// paragraph is one again.
fn close_gaps(lines: Vec<Line>, debris: &[Debris]) -> Vec<Line> {
    if debris.is_empty() {
        return lines;
    }
    let removed: std::collections::HashSet<usize> = debris.iter().map(|d| d.line).collect();
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if line.text.is_empty() {
            // A run of blanks: did debris stand in it?
            let mut j = i;
            while j < lines.len() && lines[j].text.is_empty() {
                j += 1;
            }
            let from = out.last().map(|l| l.number).unwrap_or(0);
            let to = lines.get(j).map(|l| l.number).unwrap_or(usize::MAX);
            let had_debris = removed.iter().any(|&n| n > from && n < to);
            // The next line goes on with a small letter, or the line before ends with a word no
            // sentence ends with (`… tas fram av` / `Region Kronoberg …`).
            let runs_on = out
                .last()
                .is_some_and(|prev| !prev.text.ends_with(['.', ':', '!', '?']) && !prev.text.is_empty())
                && lines
                    .get(j)
                    .and_then(|next| next.text.chars().next())
                    .is_some_and(|c| {
                        c.is_lowercase()
                            || (c.is_alphabetic()
                                && out.last().is_some_and(|prev| ends_unfinished(&prev.text)))
                    });
            if had_debris && runs_on {
                i = j;
                continue;
            }
            if had_debris {
                // One blank is enough.
                out.push(line.clone());
                i = j;
                continue;
            }
        }
        out.push(line.clone());
        i += 1;
    }
    out
}

/// The indices of the first and last non-blank lines of each page, when the text has pages.
fn page_edges(lines: &[Line]) -> Vec<usize> {
    let breaks: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.page_break_before)
        .map(|(i, _)| i)
        .collect();
    if breaks.is_empty() {
        return Vec::new();
    }
    let mut edges = Vec::new();
    let mut starts = vec![0];
    starts.extend(&breaks);
    starts.push(lines.len());
    for pair in starts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        if let Some(first) = (start..end).find(|&i| !lines[i].text.is_empty()) {
            edges.push(first);
        }
        if let Some(last) = (start..end).rev().find(|&i| !lines[i].text.is_empty()) {
            edges.push(last);
        }
    }
    edges
}

/// A line with its digits blanked: `Sida 2` and `Sida 3` have one shape.
fn shape(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect::<String>()
        .to_lowercase()
}

/// The names (folded) that occur in a text as whole words.
pub fn names_any<'a>(text: &str, names: &'a [String]) -> Vec<&'a str> {
    let folded = format!(" {} ", words_folded(text));
    names
        .iter()
        .filter(|n| n.chars().count() >= 3)
        .filter(|n| folded.contains(&format!(" {n} ")))
        .map(String::as_str)
        .collect()
}

/// A text folded for comparison, punctuation as spaces.
pub fn words_folded(text: &str) -> String {
    let plain: String = crate::text::fold(text)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Joins the lines of one paragraph: a word broken at a line end (`RKA-` / `process`) is joined
/// again, other lines with a space; tabs become spaces.
pub fn join(lines: &[&str]) -> String {
    let mut out = String::new();
    for line in lines {
        let line = line.replace('\t', " ");
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if out.is_empty() {
            out.push_str(line);
            continue;
        }
        let next_word = line.split_whitespace().next().unwrap_or("");
        let broken = out.ends_with('-')
            && out[..out.len() - 1]
                .chars()
                .last()
                .is_some_and(char::is_alphabetic)
            && next_word.chars().next().is_some_and(char::is_lowercase)
            && !matches!(
                next_word,
                "och" | "eller" | "samt" | "respektive" | "till" | "som"
            );
        if !broken {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipes_between_cells_make_a_table_over_two_lines_or_more() {
        let (lines, _) = pipe_tables(split(
            "Nr | Uppdrag | Ansvarig\n1 | Ta fram | SKV\nDatum 2027-05-13 | Tid 09.00 | Plats Borås | Rum Viskan\n\nA | B",
        ));
        assert_eq!(lines[0].text, "Nr\tUppdrag\tAnsvarig");
        assert_eq!(lines[1].text, "1\tTa fram\tSKV");
        // A row with one more cell than its neighbour, and two cells alone, stay as written.
        assert_eq!(
            lines[2].text,
            "Datum 2027-05-13 | Tid 09.00 | Plats Borås | Rum Viskan"
        );
        assert_eq!(lines[4].text, "A | B");
    }

    #[test]
    fn two_lists_side_by_side_one_after_the_other() {
        let lines = side_by_side(split(
            "LEDAMÖTER           | ERSÄTTARE\nKarin Holm (S)      | Lars Nyström (S)\nLena Sjö (S)        | Ann Hägg (M)\nJohan Strand (SD)   |\n\nA | B",
        ));
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "LEDAMÖTER",
                "Karin Holm (S)",
                "Lena Sjö (S)",
                "Johan Strand (SD)",
                "ERSÄTTARE",
                "Lars Nyström (S)",
                "Ann Hägg (M)",
                "",
                "A | B"
            ]
        );
        assert_eq!(lines[5].number, 2);
    }

    #[test]
    fn clock_stamps_go_from_lines_but_not_from_headings() {
        let (lines, taken) = clock_stamps(split(
            "[09.30] Ärende 4 – Länsrutin\n[09.52] Beslut: nätverket beslutar att A.\n[10.25] Paus",
        ));
        assert_eq!(lines[0].text, "[09.30] Ärende 4 – Länsrutin");
        assert_eq!(lines[1].text, "Beslut: nätverket beslutar att A.");
        assert_eq!(lines[2].text, "Paus");
        assert_eq!(taken, vec![(2, "[09.52]".to_owned()), (3, "[10.25]".to_owned())]);
    }

    fn lines(text: &str) -> Vec<Line> {
        split(text)
    }

    fn is_item(text: &str) -> bool {
        text.starts_with(|c: char| c.is_ascii_digit()) && text.contains(". ")
    }

    #[test]
    fn running_header_naming_the_organisation_goes() {
        let text = "1. Mötets öppnande\nText som\n\nVÄSTMARKS STÖDSTRUKTUR xx\n\nREGIONAL SAMVERKAN FÖR VÄSTMARK\n\nfortsätter här.\n\nDATUM OCH TID PLATS\n";
        let names = vec!["vastmarks stodstruktur".to_owned()];
        let (kept, debris) = remove_debris(lines(text), &names, is_item);
        assert_eq!(debris.len(), 2, "{debris:?}");
        let texts: Vec<&str> = kept.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "1. Mötets öppnande",
                "Text som",
                "fortsätter här.",
                "",
                "DATUM OCH TID PLATS"
            ]
        );
    }

    #[test]
    fn a_sentence_cut_by_a_page_break_before_a_name_is_joined() {
        let text = "1. Punkt\nEn plan tas fram av\n\nSida 1 av 2\n\x0cNätverket Västmark\nRegion Västmark till mötet i maj.\nSida 2 av 2\n\x0cNätverket Västmark\nSlut.";
        let (kept, _) = remove_debris(lines(text), &[], is_item);
        let texts: Vec<&str> = kept.iter().map(|l| l.text.as_str()).collect();
        let at = texts.iter().position(|t| *t == "En plan tas fram av");
        assert_eq!(
            at.and_then(|i| texts.get(i + 1)).copied(),
            Some("Region Västmark till mötet i maj."),
            "{texts:?}"
        );
    }

    #[test]
    fn a_headings_underline_goes_and_a_lone_rule_stays() {
        let text = "Rubrik\n\n2. Ekonomi\n==========\nText.\n\n----\nSlut.";
        let (kept, debris) = remove_debris(lines(text), &[], is_item);
        let gone: Vec<&str> = debris.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(gone, vec!["=========="]);
        assert!(kept.iter().any(|l| l.text == "----"));
    }

    #[test]
    fn page_numbers_and_repeated_page_edges_go() {
        let text = "Rubrik\n1. Punkt\nText.\nSida 1 av 2\n\x0cNätverket Västmark\nMer text.\nSida 2 av 2\n\x0cNätverket Västmark\nSlut.";
        let (kept, debris) = remove_debris(lines(text), &[], is_item);
        let why: Vec<&str> = debris.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            why,
            vec![
                "Sida 1 av 2",
                "Nätverket Västmark",
                "Sida 2 av 2",
                "Nätverket Västmark"
            ]
        );
        assert!(kept.iter().any(|l| l.text == "Slut."));
    }

    #[test]
    fn a_header_of_several_lines_repeated_on_every_page_goes() {
        let text = "Eslövs kommun\nNämnden\tProtokoll\n1. Punkt\nText.\nEslövs kommun\nNämnden\tProtokoll\nMer.\nEslövs kommun\nNämnden\tProtokoll\nSlut.";
        let (kept, debris) = remove_debris(lines(text), &[], is_item);
        assert_eq!(debris.len(), 4);
        let kept: Vec<&str> = kept.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(kept.first().copied(), Some("Eslövs kommun"));
        assert_eq!(kept.iter().filter(|t| **t == "Eslövs kommun").count(), 1);
    }

    #[test]
    fn pipe_tables_become_rows_of_cells() {
        let (rows, joined) = pipe_tables(lines(
            "| Namn | Verksamhet | Närvaro |\n|---|---|---|\n| Jonas Ek | Västra Götalands- | Ja |\n| | regionen | |\nSlut",
        ));
        assert_eq!(
            joined,
            [(
                3,
                "Västra Götalands- / regionen".to_owned(),
                "Västra Götalandsregionen".to_owned()
            )]
        );
        let texts: Vec<&str> = rows.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Namn\tVerksamhet\tNärvaro",
                "Jonas Ek\tVästra Götalandsregionen\tJa",
                "Slut"
            ]
        );
        assert_eq!(rows[1].number, 3);
    }

    #[test]
    fn joins_broken_words_but_not_och() {
        assert_eq!(
            join(&["ta fram RKA-", "process och hälso-", "och sjukvård"]),
            "ta fram RKA-process och hälso- och sjukvård"
        );
    }

    #[test]
    fn markdown_marks_go() {
        let (out, marks) = markdown(split(
            "## Minnesanteckningar\n\n---\n**Tid**\t13–16\nRubrik\n---\n**Beslut:** att *så* ske\n### 1. Ekonomi\n",
        ));
        let texts: Vec<&str> = out.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Minnesanteckningar",
                "",
                "",
                "Tid\t13–16",
                "Rubrik",
                "---",
                "Beslut: att *så* ske",
                "1. Ekonomi"
            ]
        );
        assert_eq!(marks.len(), 5);
        // Without numbered headings the marks show the items: they stay.
        let (kept, marks) = markdown(split("## Ekonomi\n**Budget**\n"));
        assert_eq!(kept[0].text, "## Ekonomi");
        assert!(marks.is_empty());
    }
}
