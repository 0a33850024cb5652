//! Who attended: the lists under `Närvarande:` and `Frånvarande:` (and their many other
//! names), attendance tables (see [`super::roster`]), and the attendee table at the top of
//! minutes that text extraction interleaved without tabs (a row of the left column and a row of
//! the right column on one line), which is matched against the members file. People who are
//! not in the members file are kept as attendees and listed in the report.
//!
//! A name whose words are joined by hyphens where the members file has a space
//! (`Maria-Rensten` for Maria Rensten) is how a struck-through name comes out of a scan; it is
//! listed among the absentees with a placeholder asking a person to confirm.

use super::lines::join;
use super::recognise::Conversion;
use super::roster::{self, Entry};
use crate::network::{Members, Party};
use crate::text::fold;

/// Which list a line belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Present,
    Absent,
    /// Lines before the first item that name people, without a label.
    Table,
}

/// A line of an attendee list.
#[derive(Debug, Clone)]
pub struct PeopleLine {
    pub line: usize,
    pub text: String,
    pub section: Section,
    /// The organisation the section is of (`Övriga närvarande, socialförvaltningen`).
    pub org: Option<String>,
    /// The function the section's label names (`Tjänstgörande ersättare`), for the people in it
    /// whose own line names none.
    pub role: Option<String>,
}

/// An attendee or absentee found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Person {
    pub name: String,
    /// The organisation as the members file names it.
    pub organisation: Option<String>,
    /// An organisation the members file does not know, as written.
    pub other_organisation: Option<String>,
    pub role: Option<String>,
    pub note: Option<String>,
    pub line: usize,
    /// In the members file.
    pub known: bool,
}

/// Text of the lists that matched nobody.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Leftover {
    pub line: usize,
    pub text: String,
}

#[derive(Debug, Clone, Default)]
pub struct Attendance {
    pub present: Vec<Person>,
    pub absent: Vec<Person>,
    pub leftovers: Vec<Leftover>,
    /// What was done that a person should know: names joined over lines, struck names.
    pub changes: Vec<String>,
    /// Text turned into structure: table headings, organisations written by their names.
    pub conversions: Vec<Conversion>,
}

#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Person(usize),
    Struck(usize, String),
    Org(usize, String),
    Text(String),
    Sep(char),
}

/// Reads the attendee lists. `is_word` says whether a lower-case word is a word (to tell a role
/// after a comma from a garbled name).
pub fn read(lines: &[PeopleLine], members: &Members, is_word: &dyn Fn(&str) -> bool) -> Attendance {
    let mut attendance = Attendance::default();
    let mut lines: Vec<PeopleLine> = join_wrapped(&titles_first(&cells_per_line(&without_bullets(lines))));
    lines = people_in_columns(lines, &mut attendance);
    organisation_headings(&mut lines, members, &mut attendance);
    join_split_names(&mut lines, members, &mut attendance);
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if line.text.trim().is_empty() {
            i += 1;
            continue;
        }
        if line.text.contains('\t') {
            // A table: this line and the next ones of the same section with columns.
            let mut end = i + 1;
            while end < lines.len() && lines[end].section == line.section && lines[end].text.contains('\t') {
                end += 1;
            }
            read_table(&lines[i..end], members, &mut attendance);
            i = end;
            continue;
        }
        if line.section == Section::Table {
            let segs = segments(&line.text, members);
            assign(line, &segs, members, is_word, &mut attendance);
        } else {
            read_list(line, members, &mut attendance);
        }
        i += 1;
    }
    // One entry per person: the first, with what a later entry adds (a name in a mail's header,
    // then with a role in the list), and nobody both present and absent.
    let mut seen: Vec<String> = Vec::new();
    let mut kept: Vec<Person> = Vec::with_capacity(attendance.present.len());
    for person in attendance.present.drain(..) {
        match kept.iter_mut().find(|k| fold(&k.name) == fold(&person.name)) {
            Some(first) => fill_in(first, person),
            None => {
                seen.push(fold(&person.name));
                kept.push(person);
            }
        }
    }
    attendance.present = kept;
    attendance.absent.retain(|p| {
        let key = fold(&p.name);
        if seen.contains(&key) {
            return false;
        }
        seen.push(key);
        true
    });
    attendance
}

/// What a later entry of the same person gives that the first lacks: a role (an e-mail address
/// in angle brackets is none), an organisation, a note.
fn fill_in(first: &mut Person, later: Person) {
    if first.role.as_deref().is_none_or(|r| r.starts_with('<')) && later.role.is_some() {
        first.role = later.role;
    }
    if first.organisation.is_none() && first.other_organisation.is_none() {
        first.organisation = later.organisation;
        first.other_organisation = later.other_organisation;
    }
    if first.note.is_none() {
        first.note = later.note;
    }
}

/// A labelled list that runs over several lines (`…, 1:e vice ordförande,` / `Bo Lindkvist (S),
/// …`): one line, so that an entry cut by the wrap stays one entry.
/// List lines without their bullet marks (`- Name, role`, `• Name`).
fn without_bullets(lines: &[PeopleLine]) -> Vec<PeopleLine> {
    lines
        .iter()
        .map(|line| {
            let text = line.text.trim_start();
            let bare = ["- ", "– ", "• ", "* ", "· ", "▪ "]
                .iter()
                .find_map(|mark| text.strip_prefix(mark));
            let text = bare.map_or_else(|| line.text.clone(), |t| t.trim_start().to_owned());
            PeopleLine {
                text: slashed_columns(&text),
                ..line.clone()
            }
        })
        .collect()
}

/// A table written one cell a line, as text extraction leaves a PDF's table: a heading row of
/// column headings a line each (`Namn`, `Funktion`, `Organisation`, `Närvarande`), then the
/// cells in that order. The rows are joined again, their cells separated by tabs, up to a line
/// that breaks the count (a blank line, another section).
fn cells_per_line(lines: &[PeopleLine]) -> Vec<PeopleLine> {
    let mut out: Vec<PeopleLine> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        // The longest run of headings from here, two or more.
        let run = lines[i..]
            .iter()
            .take_while(|l| l.section == lines[i].section && roster::is_heading_cell(&l.text))
            .count();
        // The cells after the headings, up to a blank line or another section.
        let cells = lines[i + run..]
            .iter()
            .take_while(|l| {
                l.section == lines[i].section && !l.text.trim().is_empty() && !l.text.contains('\t')
            })
            .count();
        // A label over the table may read as a heading too (`Deltagare`): the heading row is
        // the part of the run whose width the cells fill in whole rows.
        let skip = (0..run.saturating_sub(2)).find(|&k| cells >= run - k && cells % (run - k) == 0);
        let Some(skip) = skip.filter(|_| run >= 3) else {
            out.push(lines[i].clone());
            i += 1;
            continue;
        };
        out.extend(lines[i..i + skip].iter().cloned());
        i += skip;
        let run = run - skip;
        let heading: Vec<&str> = lines[i..i + run].iter().map(|l| l.text.trim()).collect();
        out.push(PeopleLine {
            text: heading.join("\t"),
            ..lines[i].clone()
        });
        i += run;
        while let Some(row) = lines.get(i..i + run) {
            if row
                .iter()
                .any(|l| l.section != lines[i].section || l.text.trim().is_empty() || l.text.contains('\t'))
            {
                break;
            }
            let cells: Vec<&str> = row.iter().map(|l| l.text.trim()).collect();
            out.push(PeopleLine {
                text: cells.join("\t"),
                ..row[0].clone()
            });
            i += run;
        }
    }
    out
}

/// Entries that give a person's function before the name (`socialchef Anna Ek, Norrby kommun`,
/// several on a line between ` | `): one line each, the name first and the function last
/// (`Anna Ek, Norrby kommun, socialchef`), as a list entry is read.
fn titles_first(lines: &[PeopleLine]) -> Vec<PeopleLine> {
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let mut entries: Vec<&str> = line
            .text
            .split(" | ")
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .collect();
        // `socialdirektör Eva Ek, controller Per Lund (§ 12)`: a list of them between commas.
        if let [one] = entries.as_slice() {
            let parts: Vec<&str> = one.split(", ").collect();
            if parts.len() >= 2 && parts.iter().all(|p| !p.contains(',') && title_first(p).is_some()) {
                entries = parts;
            }
        }
        let turned: Vec<Option<String>> = entries.iter().map(|e| title_first(e)).collect();
        if turned.iter().all(Option::is_none) {
            out.push(line.clone());
            continue;
        }
        for (entry, turned) in entries.iter().zip(turned) {
            out.push(PeopleLine {
                text: turned.unwrap_or_else(|| (*entry).to_owned()),
                ..line.clone()
            });
        }
    }
    out
}

/// `socialchef Anna Ek, Norrby kommun` → `Anna Ek, Norrby kommun, socialchef`: a function of one
/// to three words not written as a name (`IFO-chef`, `verksamhetschef BUP`), then a name of two
/// to four words, then a comma or nothing.
fn title_first(entry: &str) -> Option<String> {
    // `(§ 12)` at the end stays at the end.
    if let Some(open) = entry.rfind(" (")
        && entry.ends_with(')')
        && !entry[..open].contains(',')
    {
        let turned = title_first(&entry[..open])?;
        return Some(format!("{turned}{}", &entry[open..]));
    }
    let (head, rest) = match entry.split_once(',') {
        Some((head, rest)) => (head.trim(), Some(rest.trim())),
        None => (entry.trim(), None),
    };
    if head.contains('\t') {
        return None;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let as_name = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
    };
    if words.first().is_none_or(|w| as_name(w)) {
        return None;
    }
    let start = (1..words.len().min(4)).find(|&k| words[k..].iter().all(|w| as_name(w)))?;
    let name = &words[start..];
    if !(2..=4).contains(&name.len()) {
        return None;
    }
    let role = words[..start].join(" ");
    Some(match rest {
        Some(rest) if !rest.is_empty() => format!("{}, {rest}, {role}", name.join(" ")),
        _ => format!("{}, {role}", name.join(" ")),
    })
}

/// A table with one row per organisation and a column each for those present and those absent
/// (`Organisation  Närvarande  Förhinder`, several people in a cell separated by `;`): one line
/// per person, `Name (role), Organisation`, in the section its column says.
fn people_in_columns(lines: Vec<PeopleLine>, attendance: &mut Attendance) -> Vec<PeopleLine> {
    let mut out = Vec::with_capacity(lines.len());
    let mut columns: Option<Vec<Option<Section>>> = None;
    for line in lines {
        let cells: Vec<&str> = line.text.split('\t').map(str::trim).collect();
        if cells.len() < 2 {
            columns = None;
            out.push(line);
            continue;
        }
        let heading: Vec<Option<Section>> = cells
            .iter()
            .map(|c| match fold(c).as_str() {
                "narvarande" | "deltog" => Some(Section::Present),
                "forhinder" | "franvarande" | "anmalt forhinder" => Some(Section::Absent),
                _ => None,
            })
            .collect();
        let first_names_organisation = matches!(
            fold(cells[0]).as_str(),
            "organisation" | "kommun" | "kommun/organisation" | "verksamhet" | "huvudman"
        );
        if first_names_organisation && heading[1..].iter().all(Option::is_some) {
            attendance.conversions.push(Conversion {
                from: line.text.clone(),
                to: "table heading".to_owned(),
            });
            columns = Some(heading);
            continue;
        }
        let Some(sections) = &columns else {
            out.push(line);
            continue;
        };
        let mut anybody = false;
        for (cell, section) in cells.iter().zip(sections).skip(1) {
            let Some(section) = section else { continue };
            for person in cell
                .split(';')
                .map(str::trim)
                .filter(|p| p.chars().any(char::is_alphabetic))
            {
                anybody = true;
                out.push(PeopleLine {
                    text: format!("{person}, {}", cells[0]),
                    section: *section,
                    ..line.clone()
                });
            }
        }
        if !anybody {
            // `Sävsjö, Aneby  –  –`: organisations that sent nobody, reported.
            attendance.leftovers.push(Leftover {
                line: line.line,
                text: line.text.replace('\t', " "),
            });
        }
    }
    out
}

/// `Vera Lund / Norrby kommun / utvecklare` (or with middle dots, `Vera Lund · Norrby kommun ·
/// utvecklare`): columns written with a mark between spaced fields, read as a table's row.
fn slashed_columns(text: &str) -> String {
    let mark = if text.contains(" · ") { " · " } else { " / " };
    let fields: Vec<&str> = text.split(mark).map(str::trim).collect();
    let columns =
        (2..=4).contains(&fields.len()) && !text.contains('\t') && fields.iter().all(|f| !f.is_empty());
    if columns {
        fields.join("\t")
    } else {
        text.to_owned()
    }
}

/// An organisation alone on a line of a list (`Socialförvaltningen` over `Name, role` lines):
/// the organisation of the people listed under it, up to the next such line.
fn organisation_headings(lines: &mut Vec<PeopleLine>, members: &Members, attendance: &mut Attendance) {
    let mut current: Option<(Section, String)> = None;
    let mut keep = Vec::with_capacity(lines.len());
    for (k, line) in lines.iter().enumerate() {
        let text = line.text.trim().trim_end_matches(':').trim();
        let alone = line.section != Section::Table
            && line.org.is_none()
            && !text.contains([',', '\t', ';', '('])
            // `Name – Kommun – role` is a person's line, its fields set apart by dashes.
            && !text.contains(" – ")
            && !text.contains(" - ")
            && matches!(roster::piece(text, members), Some(roster::Piece::Org(..)))
            && lines.get(k + 1).is_some_and(|next| {
                next.section == line.section && roster::list(&next.text, members).0.len() == 1
            });
        if alone {
            current = Some((line.section, text.to_owned()));
            attendance.conversions.push(Conversion {
                from: line.text.clone(),
                to: "attendees' organisation".to_owned(),
            });
            continue;
        }
        let mut line = line.clone();
        match &current {
            Some((section, org)) if *section == line.section && line.org.is_none() => {
                line.org = Some(org.clone());
            }
            Some(_) => current = None,
            None => {}
        }
        keep.push(line);
    }
    *lines = keep;
}

fn join_wrapped(lines: &[PeopleLine]) -> Vec<PeopleLine> {
    let mut out: Vec<PeopleLine> = Vec::with_capacity(lines.len());
    for line in lines {
        if let Some(last) = out.last_mut()
            && last.section == line.section
            && line.section != Section::Table
            && !last.text.contains('\t')
            && !line.text.contains('\t')
            && !line.text.trim().is_empty()
            && runs_on(&last.text, &line.text)
        {
            last.text = join(&[last.text.as_str(), line.text.as_str()]);
            continue;
        }
        out.push(line.clone());
    }
    out
}

/// Whether a list line goes on on the next: it ends with a comma or a word that needs what
/// follows (`för`, `och`), or the next starts in small letters.
fn runs_on(text: &str, next: &str) -> bool {
    let text = text.trim_end();
    let last = fold(text.rsplit(' ').next().unwrap_or(""));
    text.ends_with(',')
        || matches!(last.as_str(), "for" | "och" | "samt")
        || next.trim_start().starts_with(char::is_lowercase)
}

/// A person from a table row or a list entry.
fn person(entry: Entry, line: &PeopleLine, members: &Members, attendance: &mut Attendance) -> Person {
    let section_org = line
        .org
        .as_deref()
        .map(|o| (roster::member_org(o, members), o.to_owned()));
    let org = entry.org.or(section_org);
    let listed = entry
        .member
        .and_then(|p| members.people[p].organisation)
        .map(|o| members.organisations[o].name.clone());
    let (organisation, other) = match org {
        Some((Some(index), written)) => {
            let name = members.organisations[index].name.clone();
            if name != written {
                attendance.conversions.push(Conversion {
                    from: written,
                    to: name.clone(),
                });
            }
            (Some(name), None)
        }
        Some((None, written)) => (listed, Some(written)),
        None => (listed, None),
    };
    let mut references = entry.references.clone();
    let roles: Vec<String> = entry
        .roles
        .iter()
        .map(|r| match roster::function_and_reference(r) {
            Some((function, reference)) => {
                references.push(reference);
                function
            }
            None => r.clone(),
        })
        .map(|r| {
            r.trim()
                .trim_start_matches('(')
                .trim_end_matches(')')
                .trim()
                .to_owned()
        })
        .filter(|r| !r.is_empty())
        .collect();
    let roles = if roles.is_empty() {
        line.role.iter().cloned().collect()
    } else {
        roles
    };
    let note = (!references.is_empty()).then(|| references.join(", "));
    Person {
        name: entry.name,
        organisation,
        other_organisation: other,
        role: (!roles.is_empty()).then(|| roles.join(", ")),
        note,
        line: line.line,
        known: entry.member.is_some(),
    }
}

fn push(person: Person, section: Section, attendance: &mut Attendance) {
    match section {
        Section::Absent => attendance.absent.push(person),
        _ => attendance.present.push(person),
    }
}

fn read_table(lines: &[PeopleLine], members: &Members, attendance: &mut Attendance) {
    let mut rows: Vec<Vec<&str>> = lines.iter().map(|l| l.text.split('\t').collect()).collect();
    let mut first = 0;
    let columns = rows.first().and_then(|cells| {
        let cells: Vec<&str> = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
        roster::heading_row(&cells)
    });
    if columns.is_some() {
        attendance.conversions.push(Conversion {
            from: lines[0].text.clone(),
            to: "table heading".to_owned(),
        });
        first = 1;
        // The heading's cells: the rows' empty cells would shift the columns.
        for row in rows.iter_mut().skip(1) {
            row.retain(|c| !c.trim().is_empty());
        }
    }
    // Without a heading row that names the columns, a last column of marks is the presence.
    let marked = if columns.is_none() {
        presence_marks(&mut rows[first..])
    } else {
        None
    };
    let (entries, nobody) = roster::table(&rows[first..], columns.as_deref(), members);
    let mut entries = entries.into_iter().peekable();
    let mut seen_person = false;
    for k in 0..rows.len() - first {
        let line = &lines[first + k];
        if nobody.contains(&k) {
            // Only the first row may be a heading over the columns; any other row that names
            // nobody is reported, never dropped.
            if seen_person || k > 0 {
                attendance.leftovers.push(Leftover {
                    line: line.line,
                    text: line.text.replace('\t', " "),
                });
            } else {
                // A heading over the table's columns (`Kommunerna  Regionen`).
                attendance.conversions.push(Conversion {
                    from: line.text.clone(),
                    to: "table heading".to_owned(),
                });
            }
            continue;
        }
        while let Some((_, entry)) = entries.next_if(|(row, _)| *row == k) {
            seen_person = true;
            let unmarked = marked.as_ref().is_some_and(|m| !m[k]);
            let section = if entry.absent() || unmarked {
                Section::Absent
            } else {
                line.section
            };
            if let Some(m) = &marked
                && m[k]
            {
                attendance.conversions.push(Conversion {
                    from: "x".to_owned(),
                    to: "attendees".to_owned(),
                });
            }
            if let Some(cell) = &entry.presence {
                attendance.conversions.push(Conversion {
                    from: cell.clone(),
                    to: if entry.absent() { "absentees" } else { "attendees" }.to_owned(),
                });
            }
            let p = person(entry, line, members, attendance);
            push(p, section, attendance);
        }
    }
}

/// A column of marks (`x`, `✓`) at the end of the rows, most rows marked: it says who was
/// there, and a row without the mark is an absentee. The marks are taken out of the rows; which
/// rows had one is returned.
fn presence_marks(rows: &mut [Vec<&str>]) -> Option<Vec<bool>> {
    let is_mark = |cell: &str| matches!(cell.trim(), "x" | "X" | "✓" | "✔" | "☒");
    let last_is_mark = |row: &Vec<&str>| {
        row.iter()
            .rev()
            .find(|c| !c.trim().is_empty())
            .is_some_and(|c| is_mark(c))
    };
    let marks: Vec<bool> = rows.iter().map(last_is_mark).collect();
    let count = marks.iter().filter(|m| **m).count();
    if count * 2 <= rows.len() {
        return None;
    }
    for (row, marked) in rows.iter_mut().zip(&marks) {
        if *marked && let Some(at) = row.iter().rposition(|c| !c.trim().is_empty()) {
            row.remove(at);
        }
    }
    Some(marks)
}

fn read_list(line: &PeopleLine, members: &Members, attendance: &mut Attendance) {
    let (entries, leftover) = roster::list(&line.text, members);
    for entry in entries {
        let p = person(entry, line, members, attendance);
        push(p, line.section, attendance);
    }
    if !leftover.is_empty() {
        attendance.leftovers.push(Leftover {
            line: line.line,
            text: leftover.join(", "),
        });
    }
}

/// `Inga-Lill Frank` on one line and `Rehnberg` alone on the next: one person.
fn join_split_names(lines: &mut [PeopleLine], members: &Members, attendance: &mut Attendance) {
    for person in &members.people {
        let words: Vec<&str> = person.name.split_whitespace().collect();
        if words.len() < 3 {
            continue;
        }
        let head = words[..words.len() - 1].join(" ");
        let tail = words[words.len() - 1];
        for i in 0..lines.len() {
            let folded = format!(" {} ", fold(&lines[i].text.replace(['\t', '|', ','], " ")));
            if !folded.contains(&format!(" {} ", fold(&head)))
                || folded.contains(&format!(" {} ", fold(&person.name)))
            {
                continue;
            }
            let Some(j) = (i + 1..lines.len().min(i + 3)).find(|&j| fold(lines[j].text.trim()) == fold(tail))
            else {
                continue;
            };
            if let Some(end) = find_folded(&lines[i].text, &head) {
                let (before, after) = lines[i].text.split_at(end);
                lines[i].text = format!("{before} {tail}{after}");
                lines[j].text.clear();
                attendance.changes.push(crate::msg!(
                    "import-attendee-name-split",
                    name = person.name.clone(),
                    first = lines[i].line,
                    second = lines[j].line
                ));
            }
        }
    }
}

/// The byte offset where `needle` ends in `text`, compared without case or accents.
fn find_folded(text: &str, needle: &str) -> Option<usize> {
    let n = needle.chars().count();
    let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    for &start in &starts {
        let end = text[start..]
            .char_indices()
            .nth(n)
            .map(|(i, _)| start + i)
            .unwrap_or(text.len());
        if fold(&text[start..end]) == fold(needle) {
            return Some(end);
        }
    }
    None
}

/// Splits a line into names, organisations, separators and other text.
fn segments(text: &str, members: &Members) -> Vec<Seg> {
    // Tokens: words, with `|`, tabs and trailing commas as separators.
    let mut tokens: Vec<Seg> = Vec::new();
    for (k, cell) in text.split('\t').enumerate() {
        if k > 0 {
            tokens.push(Seg::Sep('\t'));
        }
        for raw in cell.split(' ').filter(|w| !w.is_empty()) {
            if raw == "|" {
                tokens.push(Seg::Sep('|'));
                continue;
            }
            let (word, comma) = match raw.strip_suffix([',', ';']) {
                Some(w) => (w, true),
                None => (raw, false),
            };
            if !word.is_empty() {
                tokens.push(Seg::Text(word.to_owned()));
            }
            if comma {
                tokens.push(Seg::Sep(','));
            }
        }
    }
    let word_at = |i: usize| match tokens.get(i) {
        Some(Seg::Text(w)) => Some(fold(w.trim_end_matches(['.', ':']))),
        _ => None,
    };
    let matches_at = |i: usize, name: &str| -> usize {
        let parts: Vec<String> = name.split_whitespace().map(fold).collect();
        for (k, part) in parts.iter().enumerate() {
            if word_at(i + k).as_deref() != Some(part.as_str()) {
                return 0;
            }
        }
        parts.len()
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !matches!(tokens[i], Seg::Text(_)) {
            out.push(tokens[i].clone());
            i += 1;
            continue;
        }
        let person = members
            .people
            .iter()
            .enumerate()
            .map(|(p, person)| (p, matches_at(i, &person.name)))
            .filter(|(_, n)| *n > 0)
            .max_by_key(|(_, n)| *n);
        if let Some((p, n)) = person {
            out.push(Seg::Person(p));
            i += n;
            continue;
        }
        let mut org: Option<(usize, usize)> = None;
        for (o, organisation) in members.organisations.iter().enumerate() {
            for name in std::iter::once(&organisation.name).chain(&organisation.aliases) {
                let n = matches_at(i, name);
                if n > 0 && org.is_none_or(|(_, m)| n > m) {
                    org = Some((o, n));
                }
            }
        }
        if let Some((o, n)) = org {
            let written: Vec<String> = tokens[i..i + n]
                .iter()
                .filter_map(|t| match t {
                    Seg::Text(w) => Some(w.clone()),
                    _ => None,
                })
                .collect();
            out.push(Seg::Org(o, written.join(" ")));
            i += n;
            continue;
        }
        if let Some(Seg::Text(word)) = tokens.get(i)
            && let Some(p) = struck(word, members)
        {
            out.push(Seg::Struck(p, word.clone()));
            i += 1;
            continue;
        }
        if let Some(seg) = tokens.get(i) {
            out.push(seg.clone());
        }
        i += 1;
    }
    out
}

/// A person's name with hyphens where the members file has spaces: struck through in a scan.
fn struck(word: &str, members: &Members) -> Option<usize> {
    if !word.contains('-') {
        return None;
    }
    let parts: Vec<String> = word.split('-').filter(|p| !p.is_empty()).map(fold).collect();
    if parts.len() < 2 {
        return None;
    }
    members.people.iter().position(|person| {
        let words: Vec<String> = person.name.split_whitespace().map(fold).collect();
        words.len() >= 2 && words == parts && !person.name.contains(word)
    })
}

fn assign(
    line: &PeopleLine,
    segs: &[Seg],
    members: &Members,
    is_word: &dyn Fn(&str) -> bool,
    attendance: &mut Attendance,
) {
    let mut leftover: Vec<String> = Vec::new();
    let mut i = 0;
    // Text before the first name is not anybody's.
    while i < segs.len() && !matches!(segs[i], Seg::Person(_) | Seg::Struck(..)) {
        push_leftover(&mut leftover, &segs[i]);
        i += 1;
    }
    while i < segs.len() {
        let (index, written) = match &segs[i] {
            Seg::Person(p) => (*p, None),
            Seg::Struck(p, w) => (*p, Some(w.clone())),
            _ => {
                i += 1;
                continue;
            }
        };
        let struck_through = written.is_some();
        i += 1;
        let mut role: Vec<String> = Vec::new();
        let mut org: Option<usize> = None;
        let mut after_comma = false;
        let mut done = false;
        while i < segs.len() && !matches!(segs[i], Seg::Person(_) | Seg::Struck(..)) {
            match &segs[i] {
                Seg::Sep(',') if role.is_empty() && org.is_none() => after_comma = true,
                Seg::Sep(_) => {}
                Seg::Org(o, _) if org.is_none() => {
                    org = Some(*o);
                    done = true;
                }
                Seg::Text(word) if !done && !struck_through => {
                    let plain = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                    if after_comma && !(plain.is_empty() || is_word(&plain)) {
                        leftover.push(word.clone());
                        done = true;
                    } else {
                        role.push(word.clone());
                    }
                }
                other => push_leftover(&mut leftover, other),
            }
            i += 1;
        }
        let person = &members.people[index];
        let listed_org = person.organisation.map(|o| members.organisations[o].name.clone());
        let organisation = org.map(|o| members.organisations[o].name.clone()).or(listed_org);
        let role = (!role.is_empty()).then(|| join(&role.iter().map(String::as_str).collect::<Vec<_>>()));
        let mut found = Person {
            name: person.name.clone(),
            organisation,
            other_organisation: None,
            role,
            note: None,
            line: line.line,
            known: true,
        };
        if struck_through {
            found.note = Some(format!(
                "[[överstruket i originalet? namnet står som ”{}” på rad {}]]",
                written.unwrap_or_default(),
                line.line
            ));
            attendance.changes.push(crate::msg!(
                "import-attendee-struck-through",
                name = person.name.clone(),
                line = line.line
            ));
            attendance.absent.push(found);
        } else if line.section == Section::Absent {
            attendance.absent.push(found);
        } else {
            attendance.present.push(found);
        }
    }
    if !leftover.is_empty() {
        let text = leftover.join(" ");
        if text.chars().any(char::is_alphanumeric) {
            // An unknown guest in a labelled list: `Närvarande: Kalle Ek, Falun`.
            attendance.leftovers.push(Leftover {
                line: line.line,
                text,
            });
        }
    }
}

fn push_leftover(leftover: &mut Vec<String>, seg: &Seg) {
    match seg {
        Seg::Text(w) => leftover.push(w.clone()),
        Seg::Org(_, written) => leftover.push(written.clone()),
        Seg::Sep('|') => leftover.push("|".to_owned()),
        Seg::Sep(',') => {
            if let Some(last) = leftover.last_mut() {
                last.push(',');
            }
        }
        _ => {}
    }
}

/// Whether a value reads as a list of people without the members file: it starts with a name
/// (`Bo Ek (S), Eva Ek (M)`, `Eva Ek, controller`).
pub fn names_people_loosely(value: &str) -> bool {
    let first = value.split([',', '(', ';']).next().unwrap_or("").trim();
    roster::looks_like_name(first)
}

/// People named in a line, for telling attendee lines from other lines.
pub fn names_people(text: &str, members: &Members) -> bool {
    segments(text, members)
        .iter()
        .any(|s| matches!(s, Seg::Person(_) | Seg::Struck(..)))
}

/// The parties of the attendees, for counting.
pub fn parties(attendance: &Attendance, members: &Members) -> Vec<Party> {
    attendance
        .present
        .iter()
        .filter_map(|p| members.person(&p.name).map(Party::Person))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_one_cell_a_line() {
        let line = |text: &str| PeopleLine {
            line: 1,
            text: text.into(),
            section: Section::Present,
            org: None,
            role: None,
        };
        let lines: Vec<PeopleLine> = [
            "Deltagare",
            "Namn",
            "Funktion",
            "Organisation",
            "Eva Ek",
            "Socialchef",
            "Norrby kommun",
            "Per Lund",
            "Kurator",
            "Åsby kommun",
            "",
            "Ola",
        ]
        .iter()
        .map(|t| line(t))
        .collect();
        let out = cells_per_line(&lines);
        assert_eq!(
            out.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(),
            [
                "Deltagare",
                "Namn\tFunktion\tOrganisation",
                "Eva Ek\tSocialchef\tNorrby kommun",
                "Per Lund\tKurator\tÅsby kommun",
                "",
                "Ola"
            ]
        );
    }

    #[test]
    fn a_function_before_the_name() {
        assert_eq!(
            title_first("socialchef Anna Ek, Norrby kommun").as_deref(),
            Some("Anna Ek, Norrby kommun, socialchef")
        );
        assert_eq!(
            title_first("verksamhetschef BUP Per Olof Lund, regionen").as_deref(),
            Some("Per Olof Lund, regionen, verksamhetschef BUP")
        );
        assert_eq!(
            title_first("IFO-chef Eva Ek").as_deref(),
            Some("Eva Ek, IFO-chef")
        );
        assert_eq!(title_first("Anna Ek, socialchef"), None);
        assert_eq!(
            title_first("controller Per Lund (§ 12)").as_deref(),
            Some("Per Lund, controller (§ 12)")
        );
        let list = PeopleLine {
            line: 4,
            text: "socialdirektör Eva Ek, controller Per Lund (§ 12)".into(),
            section: Section::Present,
            org: None,
            role: None,
        };
        assert_eq!(
            titles_first(&[list])
                .iter()
                .map(|l| l.text.as_str())
                .collect::<Vec<_>>(),
            ["Eva Ek, socialdirektör", "Per Lund, controller (§ 12)"]
        );
        assert_eq!(title_first("och sedan Norrby"), None);
        let line = PeopleLine {
            line: 3,
            text: "skolchef Eva Ek, Åsby kommun | rektor Olle Berg, Norrby kommun".into(),
            section: Section::Absent,
            org: None,
            role: None,
        };
        let split = titles_first(&[line]);
        assert_eq!(
            split.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(),
            [
                "Eva Ek, Åsby kommun, skolchef",
                "Olle Berg, Norrby kommun, rektor"
            ]
        );
    }
    use crate::import::testing::members;

    fn lines(text: &str) -> Vec<PeopleLine> {
        text.lines()
            .enumerate()
            .map(|(i, t)| PeopleLine {
                line: i + 1,
                text: t.to_owned(),
                section: Section::Table,
                org: None,
                role: None,
            })
            .collect()
    }

    /// The people present, each with the role read.
    fn names_and_roles(a: &Attendance) -> Vec<(&str, Option<&str>)> {
        a.present
            .iter()
            .map(|p| (p.name.as_str(), p.role.as_deref()))
            .collect()
    }

    fn is_word(w: &str) -> bool {
        matches!(w, "ordförande" | "samordnare")
    }

    #[test]
    fn labelled_lists_and_guests() {
        let members = members();
        let lines = vec![
            PeopleLine {
                line: 3,
                text: "Vera Lund, Region Västmark".into(),
                section: Section::Present,
                org: None,
                role: None,
            },
            PeopleLine {
                line: 3,
                text: "Kalle Gäst, konsult, Norrby".into(),
                section: Section::Present,
                org: None,
                role: None,
            },
            PeopleLine {
                line: 4,
                text: "Olle Berg".into(),
                section: Section::Absent,
                org: None,
                role: None,
            },
        ];
        let a = read(&lines, &members, &is_word);
        let present: Vec<(&str, bool)> = a.present.iter().map(|p| (p.name.as_str(), p.known)).collect();
        assert_eq!(present, vec![("Vera Lund", true), ("Kalle Gäst", false)]);
        assert_eq!(a.present[1].organisation.as_deref(), Some("Norrby"));
        assert_eq!(a.present[1].role.as_deref(), Some("konsult"));
        assert_eq!(a.absent.len(), 1);
        assert!(a.leftovers.is_empty());
    }

    #[test]
    fn a_column_each_for_present_and_absent() {
        let members = members();
        let text = "Kommun\tNärvarande\tFörhinder\nNorrby\tKalle Gäst (konsult); Vera Lund (utvecklare)\t–\nÅsby, Dalby\t–\t–\nRegion Västmark\t–\tOlle Berg";
        let a = read(&lines(text), &members, &is_word);
        let present = names_and_roles(&a);
        assert_eq!(
            present,
            vec![("Kalle Gäst", Some("konsult")), ("Vera Lund", Some("utvecklare"))]
        );
        assert_eq!(a.present[0].organisation.as_deref(), Some("Norrby"));
        let absent: Vec<&str> = a.absent.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(absent, vec!["Olle Berg"]);
        let left: Vec<&str> = a.leftovers.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(left, vec!["Åsby, Dalby – –"]);
    }

    #[test]
    fn a_later_entry_of_a_person_fills_in_the_role() {
        let person = |role: Option<&str>| Person {
            name: "Vera Lund".to_owned(),
            organisation: None,
            other_organisation: None,
            role: role.map(str::to_owned),
            note: None,
            line: 1,
            known: false,
        };
        let mut first = person(Some("<vera.lund@example.se>"));
        fill_in(&mut first, person(Some("processledare")));
        assert_eq!(first.role.as_deref(), Some("processledare"));
        let mut first = person(Some("utvecklare"));
        fill_in(&mut first, person(Some("processledare")));
        assert_eq!(first.role.as_deref(), Some("utvecklare"));
    }

    #[test]
    fn a_line_of_fields_between_dashes_is_a_person_not_an_organisation_heading() {
        let members = members();
        let lines = lines("Vera Lund – Region Västmark – utvecklare\nOlle Berg – Norrby kommun – socialchef");
        let a = read(&lines, &members, &is_word);
        let present: Vec<&str> = a.present.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(present, vec!["Vera Lund", "Olle Berg"]);
    }

    #[test]
    fn a_column_of_marks_says_who_was_there() {
        let members = members();
        let a = read(
            &lines(
                "Norrby kommun\tVera Lund, utvecklare\tx\nRegion Västmark\tOlle Berg, samordnare\nNorrby kommun\tEva Ek, chef\tx",
            ),
            &members,
            &is_word,
        );
        let present = names_and_roles(&a);
        assert_eq!(
            present,
            vec![("Vera Lund", Some("utvecklare")), ("Eva Ek", Some("chef"))]
        );
        let absent: Vec<&str> = a.absent.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(absent, vec!["Olle Berg"]);
    }

    #[test]
    fn fields_between_slashes_are_columns() {
        let members = members();
        let dotted = read(
            &lines("Vera Lund · Region Västmark · utvecklare, stab"),
            &members,
            &is_word,
        );
        assert_eq!(dotted.present[0].role.as_deref(), Some("utvecklare, stab"));
        assert_eq!(dotted.present[0].organisation.as_deref(), Some("Region Västmark"));
        let mut lines = lines("Vera Lund / Region Västmark / utvecklare\nOlle Berg / Norrby");
        lines[1].section = Section::Absent;

        let a = read(&lines, &members, &is_word);
        let present = names_and_roles(&a);
        assert_eq!(present, vec![("Vera Lund", Some("utvecklare"))]);
        assert_eq!(a.present[0].organisation.as_deref(), Some("Region Västmark"));
        let absent: Vec<&str> = a.absent.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(absent, vec!["Olle Berg"]);
        assert!(a.leftovers.is_empty(), "{:?}", a.leftovers);
    }

    #[test]
    fn interleaved_columns_roles_struck_and_split_names() {
        let members = members();
        let text = "Vera Lund Region Västmark Olle Berg Samordnare\n\
                    Eva Ek, Kalle-Ström | Norrby | Tomas-Ny Tf chef\n\
                    Anna-Lena Sten Åsby Hugo Dal Utvecklare\nÅberg";
        let a = read(&lines(text), &members, &is_word);
        let names: Vec<&str> = a.present.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            vec![
                "Vera Lund",
                "Olle Berg",
                "Eva Ek",
                "Anna-Lena Sten Åberg",
                "Hugo Dal"
            ]
        );
        assert_eq!(a.present[0].organisation.as_deref(), Some("Region Västmark"));
        assert_eq!(a.present[1].role.as_deref(), Some("Samordnare"));
        assert_eq!(a.present[2].organisation.as_deref(), Some("Norrby"));
        let absent: Vec<&str> = a.absent.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(absent, vec!["Kalle Ström"]);
        assert!(a.absent[0].note.as_deref().is_some_and(|n| n.starts_with("[[")));
        let left: Vec<&str> = a.leftovers.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(left, vec!["Tomas-Ny Tf chef"]);
        assert_eq!(a.present[3].organisation.as_deref(), Some("Åsby"));
        assert_eq!(a.present[4].role.as_deref(), Some("Utvecklare"));
        assert_eq!(a.changes.len(), 2);
    }
}
