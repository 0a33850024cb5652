//! Importing an old agenda or minutes (plain text exported from Word or a PDF, or a `.docx`)
//! into a meeting file in the format.
//!
//! The steps: read the document ([`input`]); split it into lines and take out the debris of its
//! pages ([`lines`]); decide every word, repairing OCR damage with the lexicon
//! ([`crate::ocr::repair`]); recognise the header, attendee lists, items, proposals, decisions
//! and calendar ([`recognise`], [`attendees`], [`calendar`]); turn follow-ups into assignments
//! ([`followups`]); write the file ([`render`]); check that every word of the input is in it;
//! and say what was done ([`report`]).

pub mod actions;
pub mod attendees;
pub mod calendar;
pub mod dates;
pub mod due;
pub mod followups;
pub mod functions;
pub mod header;
pub mod headings;
pub mod initials;
pub mod input;
pub mod item_refs;
pub mod item_tables;
pub mod kind;
pub mod lines;
pub mod members_file;
pub mod names;
pub mod recognise;
pub mod render;
pub mod report;
pub mod roles_in_prose;
pub mod roster;
pub mod tasks;
pub mod unnumbered;
pub mod wrapped;

use crate::config::Config;
use crate::format::documents;
use crate::format::phrases::DecisionPhrases;
use crate::model::{Kind, Meeting, attachment_key};
use crate::network::Network;
use crate::ocr::Lexicon;

/// Whether a word has å, ä or ö.
fn has_marks(word: &str) -> bool {
    word.chars()
        .any(|c| matches!(c, 'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö'))
}
use crate::ocr::repair::{Damage, Repairer, Verdict, WordCounts};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use lines::Line;
use recognise::{Block, Change, ClauseKind, Conversion};
use report::Report;
use std::collections::{BTreeMap, HashMap, HashSet};

/// What the command line says about the document.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub kind: Option<Kind>,
    pub date: Option<NaiveDate>,
}

/// What the repository provides.
pub struct Setting<'a> {
    pub network: &'a Network,
    pub config: &'a Config,
    /// The words of the repository's meeting and network files.
    pub words: &'a WordCounts,
    /// Dates that have minutes in the repository.
    pub minutes_dates: HashSet<NaiveDate>,
    /// The meetings already in the repository (for the agenda of the date being imported).
    pub meetings: &'a [Meeting],
}

/// An imported document, ready to write.
#[derive(Debug, Clone)]
pub struct Imported {
    pub kind: Kind,
    pub date: NaiveDate,
    pub markdown: String,
    pub report: Report,
    /// The people the document names who are not in the members file (`--add-members`).
    pub new_people: Vec<report::NewPerson>,
}

/// Imports a document that has been read.
pub fn import(
    document: &input::Document,
    source: &str,
    options: &Options,
    setting: &Setting,
) -> Result<Imported> {
    let members = &setting.network.members;
    let mut names = names::Names::new(members);
    let mut report = Report {
        source: source.to_owned(),
        format: Some(document.format),
        ..Report::default()
    };

    // Lines, without the debris of the pages.
    let (all, joined) = lines::pipe_tables(lines::split(&document.text));
    let (all, marked) = lines::markdown(all);
    let (all, stamps) = lines::clock_stamps(all);
    let all = lines::side_by_side(all);
    // A word a table cell broke over two rows, joined again: what was written is accounted for.
    let joined: Vec<Conversion> = joined
        .into_iter()
        .map(|(line, from, to)| {
            report.changes.push(Change {
                item: None,
                line,
                what: crate::msg!("import-change-broken-cell", from = from.clone(), to = to.clone()),
            });
            Conversion { from, to }
        })
        .collect();
    let mut joined = joined;
    joined.extend(marked.into_iter().map(|(_, from)| Conversion {
        from,
        to: String::new(),
    }));
    // Items written as a table, and a table of contents that only repeats their headings.
    let (all, contents) = item_tables::contents(all);
    let (all, table_heading) = item_tables::note_table(all);
    let (kept, debris) = lines::remove_debris(all, &names.header_names(), recognise::looks_like_item);
    report.debris = debris;
    // A decision log's rows, moved under the items they name.
    let (kept, logged) = item_tables::decision_log(kept);
    let mut logged_items = Vec::new();
    for (line, item) in logged {
        report.changes.push(Change {
            item: Some(item.clone()),
            line,
            what: crate::msg!("import-change-decision-log", item = item.clone()),
        });
        // The row's item number is where its clause now stands.
        logged_items.push(Conversion {
            from: item,
            to: "item".to_owned(),
        });
    }

    // A closing list's points that name their item, moved to those items.
    let (kept, referred) = item_refs::to_items(kept);
    for (line, item, written) in referred {
        report.changes.push(Change {
            item: Some(item.clone()),
            line,
            what: crate::msg!(
                "import-change-item-reference",
                item = item.clone(),
                written = written.clone()
            ),
        });
        logged_items.push(Conversion {
            from: written,
            to: "item".to_owned(),
        });
    }

    // Every word decided.
    let lexicon = Lexicon::builtin();
    let repaired = repair_lines(kept, lexicon, setting.words, &mut report);

    // Items without numbers, numbered when no heading has one.
    let mut repaired = repaired;
    let numbered = unnumbered::number(&mut repaired, &document.headings);
    if let Some((line, _)) = numbered.first() {
        report.changes.push(Change {
            item: None,
            line: *line,
            what: crate::msg!("import-change-unnumbered-headings", count = numbered.len()),
        });
    }
    let first = recognise::first_item(&repaired);
    let (head, rest) = repaired.split_at(first.min(repaired.len()));
    // `Närvarande: …` under the last item: the attendance, read with the header.
    let (foot, rest) = header::attendance_at_foot(rest, &recognise::looks_like_item);
    let rest = rest.as_slice();
    // A blank line before them ends whatever the header was reading.
    let gap = foot.first().map(|l| Line {
        number: l.number,
        text: String::new(),
        page_break_before: false,
    });
    let mut head: Vec<Line> = head.iter().cloned().chain(gap).chain(foot).collect();
    // `Eva Ek (EE)` in the attendance, `EE` in the text.
    let (initials, taken) = initials::take(&mut head, rest);
    let head = head.as_slice();
    let mut header = header::read(head, &names);
    header
        .conversions
        .extend(taken.into_iter().map(|from| Conversion {
            from,
            to: "initials".to_owned(),
        }));
    // The table of contents stays as prose under the title; the minutes table's column headings
    // became the item headings.
    if !contents.is_empty() {
        let texts: Vec<&str> = contents.iter().map(|l| l.text.as_str()).collect();
        header.preamble.push(lines::join(&texts));
    }
    header.conversions.extend(logged_items);
    if let Some(row) = table_heading {
        header.conversions.push(Conversion {
            from: row.text,
            to: "item headings".to_owned(),
        });
    }
    let network = &members.network;
    let phrases = DecisionPhrases::for_network(network);

    // Kind and date: the command line, else the document.
    let decided = kind::decide(header.kind.as_ref(), head, rest, &phrases, &network.called);
    let (kind, kind_from) = match options.kind {
        Some(kind) if kind != decided.kind && !decided.guessed => (
            kind,
            crate::msg!(
                "import-kind-from-option-differs",
                kind = decided.kind.as_str(),
                why = decided.why.clone()
            ),
        ),
        Some(kind) => (kind, crate::msg!("import-kind-from-option")),
        None => (decided.kind, decided.why.clone()),
    };
    let guessed = options.kind.is_none() && decided.guessed;
    // Neither the text nor a flag gives the date: the file name may, and the file says so.
    let mut from_file_name: Option<String> = None;
    let (date, date_from) = match (options.date, &header.date) {
        (Some(date), Some((found, written))) if *found != date => (
            Some(date),
            crate::msg!("import-date-from-option-differs", written = written.clone()),
        ),
        (Some(date), _) => (Some(date), crate::msg!("import-date-from-option")),
        (None, Some((date, written))) => (
            Some(*date),
            crate::msg!("import-date-from-document", written = written.clone()),
        ),
        (None, None) => match dates::from_file_name(source) {
            Some(found) => {
                from_file_name = Some(found.written.clone());
                (
                    Some(found.date),
                    crate::msg!("import-date-from-file-name", written = found.written),
                )
            }
            None => (None, String::new()),
        },
    };
    let Some(date) = date else {
        bail!("{}", crate::msg!("import-no-date", source = source.to_owned()));
    };
    report.kind = kind.as_str().to_owned();
    report.kind_from = kind_from;
    report.date = dates::iso(date);
    report.date_from = date_from;

    // Who attended: people the members file does not know are kept, and can own follow-ups.
    let is_word = |w: &str| lexicon.contains(w) || setting.words.count(w) > 0;
    let mut attendance = attendees::read(&header.people, members, &is_word);
    let guests: Vec<String> = attendance
        .present
        .iter()
        .chain(&attendance.absent)
        .filter(|p| !p.known)
        .map(|p| p.name.clone())
        .collect();
    names.add_guests(&guests);
    // Organisations the attendance names that the members file does not know can own tasks too.
    let other_organisations: Vec<String> = attendance
        .present
        .iter()
        .chain(&attendance.absent)
        .filter_map(|p| p.other_organisation.clone())
        .collect();
    names.add_guests(&other_organisations);
    for (letters, name) in &initials {
        names.add_initials(letters, name);
    }
    let people: Vec<&attendees::Person> = attendance.present.iter().chain(&attendance.absent).collect();
    functions::add(&mut names, &people, members);

    // The items.
    let ctx = recognise::Context {
        kind,
        date,
        names: &names,
        standard: &setting.network.standard_items,
        item_types: &setting.config.item_types,
        phrases: &phrases,
    };
    let mut body = recognise::body(rest, &ctx);
    // `Eva Ek ledde mötet` in the opening paragraph.
    for paragraph in &header.preamble {
        let line = head.first().map_or(1, |l| l.number);
        body.closing
            .extend(roles_in_prose::in_text(paragraph, &names, line));
    }
    let calendar = due::Calendar {
        meeting: date,
        dates: {
            let mut dates: Vec<NaiveDate> = setting
                .network
                .calendar
                .entries
                .iter()
                .map(|e| e.date.value)
                .collect();
            dates.sort();
            dates
        },
        own: due::own_genitives(
            &crate::format::phrases::names(network)
                .into_iter()
                .chain(names::leading_body_word(members))
                .collect::<Vec<_>>(),
        ),
    };
    let follow_ctx = followups::Context {
        kind,
        calendar: &calendar,
    };
    let tables = std::mem::take(&mut body.action_tables);
    // `Ordföranden återkommer …` names an office, not a person: it is written as the document
    // writes it, since who holds it is the reader's inference.
    let outcome = followups::find(&mut body.items, &tables, &mut names, &follow_ctx);
    report.unresolved_follow_ups = outcome.unresolved;
    report.not_tasks = outcome.not_tasks;
    choose_types(&mut body, setting);
    borrow_matters(&mut body, setting, kind, date);
    let people = front_people(&header, &body, &mut attendance, &names, &mut report);

    // Attachments, in the order the items name them.
    let mut attachments: Vec<(String, String)> = Vec::new();
    for item in &body.items {
        for id in &item.attachments {
            if attachments
                .iter()
                .any(|(a, _)| attachment_key(a) == attachment_key(id))
            {
                continue;
            }
            let title = match body.previous_minutes {
                Some((previous, line)) if line == item.line => documents::previous_minutes_title(previous),
                _ => format!("Bilaga {id} till punkt {}: {}", item.number_text(), item.title),
            };
            attachments.push((id.clone(), title));
        }
    }

    // The previous minutes, when they can be found.
    let mut previous_minutes = None;
    if let Some((previous, _)) = body.previous_minutes {
        let archived = setting.network.calendar.get(previous).is_some_and(|e| e.archived);
        if setting.minutes_dates.contains(&previous) || archived {
            previous_minutes = Some(previous);
            report.previous_minutes = Some(if archived {
                crate::msg!("import-previous-archived", date = dates::iso(previous))
            } else {
                crate::msg!("import-previous-in-repository", date = dates::iso(previous))
            });
        } else {
            report.previous_minutes = Some(crate::msg!(
                "import-previous-missing",
                date = dates::iso(previous)
            ));
            body.notes.push(format!(
                "Föregående minnesanteckningar är från {}; de finns inte i arkivet, så previous_minutes är inte ifyllt.",
                dates::iso(previous)
            ));
        }
    }

    // Notes for the front matter.
    let mut notes = vec![format!(
        "Importerad med lchnv import från {source} ({}). Importrapporten visar vilka ord som reparerats och vilka som inte kunde placeras.",
        document.format.describe()
    )];
    if guessed {
        notes.push(
            "Dokumentet säger inte om det är en dagordning eller minnesanteckningar; det importerades som minnesanteckningar."
                .to_owned(),
        );
        body.changes.push(Change {
            item: None,
            line: 1,
            what: crate::msg!("import-change-kind-guessed"),
        });
    }
    if let Some(written) = &from_file_name {
        notes.push(format!(
            "Mötesdatumet står inte i dokumentet; det är hämtat från filnamnet ({source}: ”{written}”)."
        ));
        body.changes.push(Change {
            item: None,
            line: 1,
            what: crate::msg!("import-change-date-from-file-name", written = written.clone()),
        });
    }
    notes.append(&mut body.notes);
    if !attendance.leftovers.is_empty() {
        let texts: Vec<String> = attendance
            .leftovers
            .iter()
            .map(|l| format!("”{}”", l.text))
            .collect();
        notes.push(format!(
            "Närvarolistan innehåller text som inte kunde kopplas till någon i members.yaml: {}.",
            texts.join(", ")
        ));
    }

    let title = match &header.title {
        Some(title) => title.clone(),
        None => {
            let title = documents::title(kind, &network.name);
            body.changes.push(Change {
                item: None,
                line: 1,
                what: crate::msg!("import-change-title", title = title.clone()),
            });
            title
        }
    };

    let meeting = render::Meeting {
        kind,
        date,
        time: header.time.clone(),
        place: header.place.clone(),
        room: header.room.clone(),
        chair: people.chair.clone(),
        note_taker: people.note_taker.clone(),
        adjusters: &people.adjusters,
        attendees: &attendance.present,
        absentees: &attendance.absent,
        previous_minutes,
        attachments: attachments.clone(),
        notes,
        title,
        preamble: &header.preamble,
        items: &body.items,
        phrases: &phrases,
    };
    let markdown = render::render(&meeting);

    // Every word kept?
    let mut conversions = header.conversions.clone();
    conversions.extend(body.conversions.iter().cloned());
    conversions.extend(attendance.conversions.iter().cloned());
    conversions.extend(joined);
    conversions.extend(stamps.into_iter().map(|(_, from)| Conversion {
        from,
        to: "clock stamp".to_owned(),
    }));
    report.words = words_kept(&repaired, &markdown, &conversions);
    report.conversions = conversions;

    // Counts and the rest of the report.
    let items = &body.items;
    report.counts = report::Counts {
        items: items.iter().filter(|i| i.letter.is_none()).count(),
        sub_items: items.iter().filter(|i| i.letter.is_some()).count(),
        proposal_clauses: items
            .iter()
            .map(|i| i.clauses(ClauseKind::Proposal).count())
            .sum(),
        decision_clauses: items
            .iter()
            .map(|i| i.clauses(ClauseKind::Decision).count())
            .sum(),
        assignments: items.iter().map(|i| i.assignments().count()).sum(),
        attendees: attendance.present.len(),
        absentees: attendance.absent.len(),
        attachments: attachments.len(),
    };
    for item in items {
        for a in item.assignments() {
            let follow_up = report::FollowUp {
                item: item.number_text(),
                owners: a.owners.clone(),
                task: a.task.clone(),
                report_to: a.report_to.clone(),
                due: a.due.as_ref().map(|d| match d.date() {
                    Some(date) => dates::iso(date),
                    None => d.written().to_owned(),
                }),
                line: a.line,
                sentence: a.sentence.clone(),
                form: a.form,
                notes: a.notes.clone(),
                unsure: a.unsure.clone(),
            };
            if let Some(due::Due::Vague { written }) = &a.due {
                report.vague_due_dates.push(report::VagueDue {
                    item: item.number_text(),
                    owners: a.owners.clone(),
                    written: written.clone(),
                    line: a.line,
                });
            }
            report.assignments.push(follow_up);
        }
    }
    report.unmatched_attendee_text = attendance.leftovers.clone();
    report.attendee_changes = attendance.changes.clone();
    report.not_in_members = people.new_people.clone();
    report.changes = body.changes;
    Ok(Imported {
        kind,
        date,
        markdown,
        report,
        new_people: people.new_people,
    })
}

/// The people of the front matter besides the attendance: the chair, the note-taker and the
/// adjusters (from the header, from the lines after the items, else from the attendance's
/// functions), and everybody the document names who is not in the members file.
struct FrontPeople {
    chair: Option<String>,
    note_taker: Option<String>,
    adjusters: Vec<String>,
    new_people: Vec<report::NewPerson>,
}

fn front_people(
    header: &header::Header,
    body: &recognise::Body,
    attendance: &mut attendees::Attendance,
    names: &names::Names,
    report: &mut Report,
) -> FrontPeople {
    use header::ClosingRole;
    let members = names.members;
    // A person's name as the members file writes it, when it is there.
    let canonical = |name: &str| -> String {
        roster::member_person(name, members)
            .map(|p| members.people[p].name.clone())
            .unwrap_or_else(|| name.to_owned())
    };
    let closing = |role: ClosingRole| {
        body.closing
            .iter()
            .filter(move |(r, _)| *r == role)
            .map(|(_, n)| n)
    };
    let by_role = |words: &[&str]| -> Option<String> {
        attendance.present.iter().find_map(|p| {
            let role = p.role.as_deref()?.to_lowercase();
            // `(s) ordförande`: a party before the function.
            let role = match role.strip_prefix('(').and_then(|r| r.split_once(") ")) {
                Some((party, rest)) if party.chars().count() <= 3 => rest.to_owned(),
                _ => role,
            };
            let first = role.split(',').next().unwrap_or("").trim().to_owned();
            words
                .iter()
                .any(|w| {
                    first == *w || first.starts_with(&format!("{w} ")) || role.split(", ").any(|r| r == *w)
                })
                .then(|| p.name.clone())
        })
    };
    let mut chair = header.chair.as_ref().map(|n| canonical(&n.name));
    if let Some(named) = &header.chair
        && let (Some(rest), Some(person)) = (&named.rest, roster::member_person(&named.name, members))
        && let Some(written) = roster::member_org(rest, members)
        && members.people[person].organisation.is_some_and(|o| o != written)
    {
        report.attendee_changes.push(crate::msg!(
            "import-attendee-chair-organisation",
            name = named.name.clone(),
            rest = rest.clone()
        ));
    }
    if chair.is_none() {
        chair = closing(ClosingRole::Chair).next().map(|n| canonical(&n.name));
    }
    if chair.is_none()
        && let Some(found) = by_role(&["ordförande", "ordf.", "ordf", "mötesordförande"])
    {
        report
            .attendee_changes
            .push(crate::msg!("import-attendee-chair-found", name = found.clone()));
        chair = Some(found);
    }
    let mut note_taker = header.note_taker.as_ref().map(|n| canonical(&n.name));
    if note_taker.is_none() {
        note_taker = closing(ClosingRole::NoteTaker).next().map(|n| canonical(&n.name));
    }
    if note_taker.is_none()
        && let Some(found) = by_role(&[
            "sekreterare",
            "antecknare",
            "nämndsekreterare",
            "mötessekreterare",
        ])
    {
        report.attendee_changes.push(crate::msg!(
            "import-attendee-note-taker-found",
            name = found.clone()
        ));
        note_taker = Some(found);
    }
    let mut adjusters: Vec<String> = Vec::new();
    for named in header.adjusters.iter().chain(closing(ClosingRole::Adjuster)) {
        let name = canonical(&named.name);
        if !adjusters.contains(&name) {
            adjusters.push(name);
        }
    }
    // Everybody the document names who is not in the members file.
    let mut new_people: Vec<report::NewPerson> = Vec::new();
    for p in attendance
        .present
        .iter()
        .chain(&attendance.absent)
        .filter(|p| !p.known)
    {
        new_people.push(report::NewPerson {
            name: p.name.clone(),
            organisation: p.organisation.clone(),
            role: p.role.clone(),
            line: p.line,
            source: "attendance".to_owned(),
        });
    }
    // An owner named by office (`förvaltningschefen`) is no person to add: who holds it is for
    // a person to say, and `check` asks until then.
    for guest in names.guests.iter().filter(|g| !roster::is_office(g)) {
        if !new_people
            .iter()
            .any(|p| crate::text::fold(&p.name) == crate::text::fold(guest))
        {
            new_people.push(report::NewPerson {
                name: guest.clone(),
                organisation: None,
                role: None,
                line: 0,
                source: "follow-up".to_owned(),
            });
        }
    }
    for name in chair.iter().chain(&note_taker).chain(&adjusters) {
        let known = roster::member_person(name, members).is_some()
            || new_people
                .iter()
                .any(|p| crate::text::fold(&p.name) == crate::text::fold(name));
        if !known {
            new_people.push(report::NewPerson {
                name: name.clone(),
                organisation: None,
                role: None,
                line: 0,
                source: "header".to_owned(),
            });
        }
    }
    FrontPeople {
        chair,
        note_taker,
        adjusters,
        new_people,
    }
}

/// Whether the only character of a token that OCR puts for a Swedish letter is an `é`.
fn only_accent_e(token: &str) -> bool {
    token.contains('é') && !crate::ocr::repair::has_ocr_characters(&token.replace('é', "e"))
}

/// Decides every word of the lines and applies the repairs. Real words whose marks the scan
/// lost (`for` for `för`) are restored only when the whole document lost its marks.
fn repair_lines(lines: Vec<Line>, lexicon: &Lexicon, words: &WordCounts, report: &mut Report) -> Vec<Line> {
    let mut repairer = Repairer::new(lexicon, words);
    // First pass: how damaged is the document?
    let mut damaged = 0usize;
    let mut intact = 0usize;
    for line in &lines {
        for (_, _, token) in word_tokens(&line.text) {
            match repairer.judge(token) {
                Verdict::Repaired { damage, .. } if damage != Damage::Twin => damaged += 1,
                Verdict::Known
                    if token
                        .chars()
                        .any(|c| matches!(c, 'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö')) =>
                {
                    intact += 1
                }
                _ => {}
            }
        }
    }
    repairer.restore_twins = damaged >= 5 && damaged > intact;
    // A document that kept its marks all through (typed, not scanned): a name in it that no
    // list knows is a name, not damage; a guess is only offered.
    let kept_marks = intact >= 20 && damaged * 20 < intact;
    // What the document spells with certainty is evidence for the rest of it.
    let mut certain: Vec<String> = Vec::new();
    for line in &lines {
        for (_, _, token) in word_tokens(&line.text) {
            match repairer.judge(token) {
                Verdict::Repaired {
                    word,
                    damage: Damage::OcrCharacter,
                    ..
                } => certain.push(word),
                Verdict::Known
                    if token
                        .chars()
                        .any(|c| matches!(c, 'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö')) =>
                {
                    certain.push(token.to_owned())
                }
                _ => {}
            }
        }
    }
    repairer.learn(certain.iter().map(String::as_str));
    // Neighbouring words the document spells with certainty: the context that decides a word
    // that is a word with and without its marks.
    let mut pairs: Vec<(String, String)> = Vec::new();
    for line in &lines {
        let mut last: Option<String> = None;
        for (_, _, token) in word_tokens(&line.text) {
            let lower = token.to_lowercase();
            let sure = match repairer.judge(token) {
                Verdict::Known if has_marks(&lower) || repairer.marked_readings(&lower).is_empty() => {
                    Some(lower)
                }
                Verdict::Repaired { word, damage, .. } if damage != Damage::Twin => Some(word.to_lowercase()),
                _ => None,
            };
            if let (Some(left), Some(right)) = (&last, &sure) {
                pairs.push((left.clone(), right.clone()));
            }
            last = sure;
        }
    }
    repairer.learn_pairs(pairs.iter().map(|(l, r)| (l.as_str(), r.as_str())));
    let mut by_neighbours: HashMap<(String, String), String> = HashMap::new();

    let mut repairs: BTreeMap<(String, String), report::Repair> = BTreeMap::new();
    let mut unplaced: BTreeMap<String, report::Unplaced> = BTreeMap::new();
    let mut out = Vec::with_capacity(lines.len());
    let mut previous_end = String::new();
    let mut previous_blank = true;
    for line in lines {
        let mut text = String::with_capacity(line.text.len());
        let mut cursor = 0;
        let heading_start = heading_start(&line.text);
        let tokens = word_tokens(&line.text);
        let mut left: Option<String> = None;
        for (k, &(start, end, token)) in tokens.iter().enumerate() {
            let right = tokens.get(k + 1).map(|t| t.2.to_lowercase());
            let verdict = by_context(
                &repairer,
                token,
                left.as_deref(),
                right.as_deref(),
                &mut by_neighbours,
            );
            // In a document that kept its marks an `é` is written so (`Alvén`, `Helén`), not
            // read for a lost `å`, `ä` or `ö`.
            let verdict = match verdict {
                Verdict::Repaired { .. } if !repairer.restore_twins && only_accent_e(token) => Verdict::Known,
                Verdict::Repaired { word, .. }
                    if kept_marks
                        && token.starts_with(char::is_uppercase)
                        && token.chars().all(char::is_alphabetic) =>
                {
                    Verdict::Unplaced { hint: Some(word) }
                }
                other => other,
            };
            left = Some(match &verdict {
                Verdict::Repaired { word, .. } => word.to_lowercase(),
                _ => token.to_lowercase(),
            });
            let replacement = match verdict {
                Verdict::Known => None,
                Verdict::Repaired { word, damage, source } => {
                    // A word whose first letter was read as a digit (`6vriga`, `6rebro`) is a
                    // capital where a heading, a paragraph or a sentence starts, and where it is
                    // a name the repository writes with one.
                    let before = line.text[..start].trim_end();
                    let opens = start == heading_start
                        || (before.is_empty()
                            && (previous_blank || previous_end.trim_end().ends_with(['.', '!', '?', ':'])))
                        || before.ends_with(['.', '!', '?']);
                    let capital = opens || words.is_name(&word.to_lowercase());
                    let word = if capital && !token.starts_with(char::is_alphabetic) {
                        let mut chars = word.chars();
                        chars
                            .next()
                            .map(|c| c.to_uppercase().chain(chars).collect())
                            .unwrap_or(word)
                    } else {
                        word
                    };
                    let entry = repairs
                        .entry((token.to_owned(), word.clone()))
                        .or_insert_with(|| report::Repair {
                            from: token.to_owned(),
                            to: word.clone(),
                            damage,
                            source,
                            lines: Vec::new(),
                        });
                    entry.lines.push(line.number);
                    Some(word)
                }
                Verdict::Unplaced { hint } => {
                    let entry = unplaced
                        .entry(token.to_owned())
                        .or_insert_with(|| report::Unplaced {
                            word: token.to_owned(),
                            lines: Vec::new(),
                            hint,
                        });
                    entry.lines.push(line.number);
                    None
                }
            };
            if let Some(word) = replacement {
                text.push_str(&line.text[cursor..start]);
                text.push_str(&word);
                cursor = end;
            }
        }
        text.push_str(&line.text[cursor..]);
        // A lone `|` after a full stop is a capital I (`... för 2026. | framtagandet ...`).
        let text = pipe_for_i(&text, &previous_end, line.number, &mut repairs);
        previous_blank = text.trim().is_empty();
        if !previous_blank {
            previous_end = text.clone();
        }
        out.push(Line { text, ..line });
    }
    let mut repairs: Vec<report::Repair> = repairs.into_values().collect();
    repairs.sort_by(|a, b| b.lines.len().cmp(&a.lines.len()).then(a.from.cmp(&b.from)));
    // Words that are words with and without their marks: each decision for a person to confirm.
    report.context_decisions = repairs
        .iter()
        .filter(|r| r.damage == Damage::Twin)
        .map(|r| report::ContextDecision {
            from: r.from.clone(),
            to: r.to.clone(),
            lines: r.lines.clone(),
            why: by_neighbours
                .get(&(r.from.to_lowercase(), r.to.to_lowercase()))
                .cloned()
                .unwrap_or_else(|| {
                    crate::msg!(
                        "import-twin-marks-lost",
                        damaged = damaged,
                        intact = intact,
                        to = r.to.to_lowercase(),
                        from = r.from.to_lowercase()
                    )
                }),
        })
        .collect();
    for ((from, to), why) in &by_neighbours {
        if to == from {
            report.context_decisions.push(report::ContextDecision {
                from: from.clone(),
                to: to.clone(),
                lines: Vec::new(),
                why: why.clone(),
            });
        }
    }
    report.repairs = repairs;
    let mut unplaced: Vec<report::Unplaced> = unplaced.into_values().collect();
    unplaced.sort_by_key(|u| u.lines.first().copied().unwrap_or(0));
    report.unplaced = unplaced;
    out
}

/// Where the title of an item heading starts (after `10. `, `4.1 `, `a) `, `§ 23 `), or
/// `usize::MAX` when the line is no heading.
fn heading_start(text: &str) -> usize {
    static NUMBER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^(?:\d{1,2}(?:\.\d{1,2})?\.?|[a-z]\)|§\s*\d{1,3})[\t ]+")
            .unwrap_or_else(|_| unreachable!())
    });
    NUMBER.find(text).map(|m| m.end()).unwrap_or(usize::MAX)
}

/// Words after which `ar` is the noun `år` (`ett år`, `varje år`).
const YEAR_DETERMINERS: &[&str] = &[
    "ett",
    "varje",
    "nästa",
    "förra",
    "per",
    "samma",
    "detta",
    "halvt",
    "två",
    "tre",
    "fyra",
    "fem",
    "sex",
    "tio",
    "några",
    "flera",
    "många",
    "innevarande",
    "kommande",
];

/// The verdict on a word, with its neighbours deciding a word that is a word with and without
/// its marks (`for`/`för`, `ar`/`är`/`år`) in a document that lost its marks: the reading the
/// repository and the document put next to these neighbours more often wins. Each decision by
/// the neighbours is noted in `decided` (without marks → with them, and why).
fn by_context(
    repairer: &Repairer,
    token: &str,
    left: Option<&str>,
    right: Option<&str>,
    decided: &mut HashMap<(String, String), String>,
) -> Verdict {
    let verdict = repairer.judge(token);
    if !repairer.restore_twins || !token.chars().all(char::is_alphabetic) {
        return verdict;
    }
    let lower = token.to_lowercase();
    let readings = repairer.marked_readings(&lower);
    if readings.is_empty() {
        return verdict;
    }
    // `ett ar`, `nästa ar`, `per ar`: after a determiner or a number the noun is meant, never
    // the verb (`år`, not `är`).
    if lower == "ar"
        && left.is_some_and(|l| YEAR_DETERMINERS.contains(&l) || l.chars().all(|c| c.is_ascii_digit()))
        && readings.iter().any(|r| r == "år")
    {
        let neighbours = format!("{} {} {}", left.unwrap_or("…"), lower, right.unwrap_or("…"));
        decided.insert(
            (lower.clone(), "år".to_owned()),
            crate::msg!("import-twin-neighbours", word = "år", neighbours = neighbours),
        );
        return Verdict::Repaired {
            word: crate::ocr::apply_case(token, "år"),
            damage: Damage::Twin,
            source: crate::ocr::repair::Source::Repository,
        };
    }
    let own = repairer.context(left, &lower, right);
    let scored: Vec<(u32, &String)> = readings
        .iter()
        .map(|r| (repairer.context(left, r, right), r))
        .collect();
    let best = scored.iter().map(|(n, _)| *n).max().unwrap_or(0);
    let top: Vec<&String> = scored
        .iter()
        .filter(|(n, _)| *n == best)
        .map(|(_, r)| *r)
        .collect();
    let neighbours = format!("{} {} {}", left.unwrap_or("…"), lower, right.unwrap_or("…"));
    match (&verdict, top.as_slice()) {
        // The neighbours speak for the word as written: it stays.
        (
            Verdict::Repaired {
                word,
                damage: Damage::Twin,
                ..
            },
            _,
        ) if own > best => {
            decided.insert(
                (lower.clone(), lower.clone()),
                crate::msg!(
                    "import-twin-kept",
                    word = word.to_lowercase(),
                    neighbours = neighbours.clone()
                ),
            );
            Verdict::Known
        }
        // The neighbours speak for one reading with marks.
        (
            Verdict::Known
            | Verdict::Unplaced { .. }
            | Verdict::Repaired {
                damage: Damage::Twin, ..
            },
            [one],
        ) if best > own && best > 0 => {
            decided.insert(
                (lower.clone(), (*one).clone()),
                crate::msg!(
                    "import-twin-neighbours",
                    word = (*one).clone(),
                    neighbours = neighbours.clone()
                ),
            );
            Verdict::Repaired {
                word: crate::ocr::apply_case(token, one),
                damage: Damage::Twin,
                source: crate::ocr::repair::Source::Repository,
            }
        }
        _ => verdict,
    }
}

fn pipe_for_i(
    text: &str,
    previous: &str,
    number: usize,
    repairs: &mut BTreeMap<(String, String), report::Repair>,
) -> String {
    if text.matches('|').count() != 1 || text.contains('\t') {
        return text.to_owned();
    }
    let Some(at) = text.find('|') else {
        return text.to_owned();
    };
    let before = text[..at].trim_end();
    let after = text[at + 1..].trim_start();
    let alone = (before.is_empty() || before.ends_with(' ') || text[..at].ends_with(' '))
        && (after.is_empty() || text[at + 1..].starts_with(' '));
    let sentence_start = if before.is_empty() {
        previous.trim_end().ends_with(['.', '!', '?'])
    } else {
        before.ends_with(['.', '!', '?'])
    };
    if !(alone && sentence_start) {
        return text.to_owned();
    }
    repairs
        .entry(("|".to_owned(), "I".to_owned()))
        .or_insert_with(|| report::Repair {
            from: "|".to_owned(),
            to: "I".to_owned(),
            damage: Damage::OcrCharacter,
            source: crate::ocr::repair::Source::WordList,
            lines: Vec::new(),
        })
        .lines
        .push(number);
    format!("{}I{}", &text[..at], &text[at + 1..])
}

/// The words of a line for the repairer: runs of letters with the characters OCR puts for
/// letters (`6`, `0`, `1`, `|`, `@`), with byte ranges. Addresses and the suffix of an acronym
/// (`LÖK:arna`) are left out.
pub fn word_tokens(text: &str) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let is_part = |c: char| c.is_alphabetic() || c.is_ascii_digit() || c == '|' || c == '@';
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (start, is_part(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                start = None;
                let mut token = &text[s..i];
                let mut token_start = s;
                // `|` at the edges is a separator, not a letter.
                let lead = token.len() - token.trim_start_matches('|').len();
                token_start += lead;
                token = token.trim_matches('|');
                if !token.chars().any(char::is_alphabetic) {
                    continue;
                }
                // Leave addresses alone.
                let chunk_start = text[..s]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map(|(p, c)| p + c.len_utf8())
                    .unwrap_or(0);
                let chunk_end = text[i..]
                    .find(char::is_whitespace)
                    .map(|p| p + i)
                    .unwrap_or(text.len());
                let chunk = &text[chunk_start..chunk_end];
                if chunk.contains("://")
                    || chunk.starts_with("www.")
                    || (chunk.contains('@') && chunk.contains('.'))
                {
                    continue;
                }
                // `@Ulla`: a person tagged in notes typed in a meeting, no damaged word.
                if token
                    .strip_prefix('@')
                    .is_some_and(|rest| rest.starts_with(char::is_uppercase))
                {
                    continue;
                }
                // `LÖK:arna`, `RÖK:ar`: a Swedish ending on an acronym.
                let before = &text[..token_start];
                if let Some(before) = before.strip_suffix(':') {
                    let acronym: String = before.chars().rev().take_while(|c| c.is_alphabetic()).collect();
                    if acronym.chars().count() >= 2 && acronym.chars().all(char::is_uppercase) {
                        continue;
                    }
                }
                out.push((token_start, token_start + token.len(), token));
            }
            _ => {}
        }
    }
    out
}

/// Items the document gave no type get one: `Beslut` when a proposal or decision does more than
/// file the information, else `Information`.
fn choose_types(body: &mut recognise::Body, setting: &Setting) {
    let standard = &setting.network.standard_items;
    let mut changes = Vec::new();
    for item in &mut body.items {
        if item.type_text.is_some()
            || item.has_children
            || (item.letter.is_none() && standard.is_standard(&item.title))
        {
            continue;
        }
        let clauses: Vec<&str> = item
            .blocks
            .iter()
            .flat_map(|b| match b {
                Block::Clauses { clauses, .. } => clauses.iter().map(|c| c.text.as_str()).collect(),
                _ => Vec::new(),
            })
            .collect();
        let filing = |c: &str| {
            let f = crate::text::fold(c);
            f.contains("lagga") && f.contains("till handlingarna")
        };
        let kind = if clauses.iter().any(|c| !filing(c)) {
            "Beslut"
        } else {
            "Information"
        };
        let kind = setting
            .config
            .item_type(kind)
            .or_else(|| setting.config.item_types.first().map(String::as_str))
            .unwrap_or(kind)
            .to_owned();
        let why = if clauses.is_empty() {
            crate::msg!("import-type-why-nothing")
        } else if kind == "Beslut" {
            crate::msg!("import-type-why-more")
        } else {
            crate::msg!("import-type-why-file")
        };
        changes.push(Change {
            item: Some(item.number_text()),
            line: item.line,
            what: crate::msg!("import-change-type-chosen", kind = kind.clone(), why = why),
        });
        body.conversions.push(Conversion {
            from: String::new(),
            to: kind.clone(),
        });
        item.type_text = Some(kind);
    }
    body.changes.extend(changes);
}

/// Minutes of a date whose agenda is in the repository take the agenda's matter ids, item by
/// item (same number, same title).
fn borrow_matters(body: &mut recognise::Body, setting: &Setting, kind: Kind, date: NaiveDate) {
    if kind != Kind::Minutes {
        return;
    }
    let Some(agenda) = setting
        .meetings
        .iter()
        .find(|m| m.kind() == Some(Kind::Agenda) && m.date() == Some(date))
    else {
        return;
    };
    let mut changes = Vec::new();
    for item in &mut body.items {
        if item.matter.is_some() {
            continue;
        }
        let number = crate::model::ItemNumber::new(item.number, item.letter);
        let Some(theirs) = agenda.item(number) else {
            continue;
        };
        let Some(matter) = theirs.matter_id() else {
            continue;
        };
        let same = strsim::normalized_levenshtein(
            &crate::text::fold(&theirs.title),
            &crate::text::fold(&item.title),
        );
        if same >= 0.8 {
            item.matter = Some(matter.to_owned());
            changes.push(Change {
                item: Some(item.number_text()),
                line: item.line,
                what: crate::msg!(
                    "import-change-matter",
                    matter = matter.to_owned(),
                    number = number.to_string()
                ),
            });
        }
    }
    body.changes.extend(changes);
}

/// Whether every word of the (repaired) input lines is in the output, counting each word as
/// often as it occurs; text the import replaced on purpose (`conversions`) is accounted for.
pub fn words_kept(input: &[Line], output: &str, conversions: &[Conversion]) -> report::Words {
    let mut wanted: HashMap<String, usize> = HashMap::new();
    let mut total = 0;
    for line in input {
        for word in plain_words(&line.text) {
            *wanted.entry(word).or_default() += 1;
            total += 1;
        }
    }
    for conversion in conversions {
        for word in plain_words(&conversion.from) {
            if let Some(n) = wanted.get_mut(&word) {
                *n = n.saturating_sub(1);
            }
        }
    }
    let mut have: HashMap<String, usize> = HashMap::new();
    for word in plain_words(output) {
        *have.entry(word).or_default() += 1;
    }
    let mut missing: Vec<(String, usize)> = wanted
        .into_iter()
        .filter_map(|(word, n)| {
            let got = have.get(&word).copied().unwrap_or(0);
            (n > got).then(|| (word, n - got))
        })
        .collect();
    missing.sort();
    report::Words {
        input: total,
        missing,
    }
}

/// The words of a text for the word check: runs of letters and digits, in lower case.
pub fn plain_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Counts the words of a repository's files for the repairer.
pub fn repository_words(texts: impl IntoIterator<Item = String>) -> WordCounts {
    let mut words = WordCounts::with_format_words();
    for text in texts {
        for line in text.lines() {
            // Matter ids and file names are ASCII on purpose (`ok-psykisk-halsa-2025`).
            let key = line.trim_start().trim_start_matches("- ").to_lowercase();
            if ["id:", "ärende:", "file:", "from:", "från:"]
                .iter()
                .any(|k| key.starts_with(k))
            {
                continue;
            }
            words.add_text(line);
        }
    }
    words
}

#[cfg(test)]
pub(crate) mod testing {
    use crate::network::Members;
    use crate::source::SourceFile;

    pub const MEMBERS: &str = "network:
  name: Länsnätverket i Västmark
  short: LNV
  called: Länsnätverket
organisations:
  - name: Region Västmark
    kind: region
    member: true
    aliases: [Regionen]
  - name: Norrby
    kind: kommun
    member: true
    aliases: [Norrby kommun]
  - name: Åsby
    kind: kommun
    member: true
people:
  - name: Vera Lund
    organisation: Region Västmark
  - name: Vera Holm
  - name: Olle Berg
  - name: Eva Ek
    organisation: Norrby
  - name: Kalle Ström
    organisation: Norrby
  - name: Anna-Lena Sten Åberg
    organisation: Åsby
  - name: Hugo Dal
groups:
  - name: Styrgruppen
    aliases: [Styrgruppen för LNV]
";

    pub fn members() -> Members {
        let file = SourceFile::new("members.yaml", MEMBERS.to_owned());
        let mut diags = Vec::new();
        match crate::yaml::parse(&file, 0, file.text.len()) {
            Ok(node) => Members::read(&file, &node, &mut diags),
            Err(_) => Members::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_skip_addresses_and_acronym_endings() {
        let words: Vec<&str> = word_tokens("LÖK:arna, e-post x@y.se och I6per | 2026")
            .into_iter()
            .map(|t| t.2)
            .collect();
        assert_eq!(words, vec!["LÖK", "e", "post", "och", "I6per"]);
        let tagged: Vec<&str> = word_tokens("[ ] @Ulla Forsberg: skriva")
            .into_iter()
            .map(|t| t.2)
            .collect();
        assert_eq!(tagged, vec!["Forsberg", "skriva"]);
    }

    #[test]
    fn odd_input_does_not_panic() {
        let network = Network {
            members: testing::members(),
            ..Network::default()
        };
        let config = Config::default();
        let words = WordCounts::with_format_words();
        let setting = Setting {
            network: &network,
            config: &config,
            words: &words,
            minutes_dates: HashSet::new(),
            meetings: &[],
        };
        let options = Options {
            kind: Some(Kind::Minutes),
            date: NaiveDate::from_ymd_opt(2026, 1, 16),
        };
        for text in [
            "|",
            "1. ",
            "a) b\n1. A\na) B\nb) C\n",
            "\u{2003}x@y.se\u{3000}Lansnatverket\u{2003}beslutade\natt",
            "Datum: 32 mars 2025\n1. X\nLänsnätverket beslutade\n\n\nFörslag till beslut\n",
            "Vera-Lund Vera Lund Vera Lund\nLund\n1. Mötets öppnande\n| |\n2. Y\nTorsdag 31 februari kl. 25.00-26.00\n",
            "1. A (Bilaga 1 och ) (Bilaga)\nFöredragande:\nBilaga: x y\nStatus: nu\n- [ ] klart\n#rubrik\n<b>\n[[x]]",
        ] {
            let doc = input::Document {
                text: text.to_owned(),
                format: input::Format::Utf8,
                headings: Vec::new(),
            };
            if let Ok(imported) = import(&doc, "x.txt", &options, &setting) {
                assert!(imported.markdown.starts_with("---\nkind: minutes\n"));
            }
        }
    }

    #[test]
    fn neighbours_decide_a_word_with_and_without_marks() {
        let mut words = WordCounts::with_format_words();
        words.add_text("Planen gäller nästa år. Det är klart.");
        let mut repairer = Repairer::new(Lexicon::builtin(), &words);
        repairer.restore_twins = true;
        let mut decided = HashMap::new();
        let year = by_context(&repairer, "ar", Some("nästa"), Some("hon"), &mut decided);
        assert!(
            matches!(year, Verdict::Repaired { ref word, .. } if word == "år"),
            "{year:?}"
        );
        let is = by_context(&repairer, "ar", Some("det"), Some("klart"), &mut decided);
        assert!(
            matches!(is, Verdict::Repaired { ref word, .. } if word == "är"),
            "{is:?}"
        );
        assert_eq!(decided.len(), 2);
        // After a determiner the noun is meant, whatever the repository counts.
        let empty = WordCounts::with_format_words();
        let mut plain = Repairer::new(Lexicon::builtin(), &empty);
        plain.restore_twins = true;
        let after_ett = by_context(&plain, "ar", Some("ett"), None, &mut decided);
        assert!(
            matches!(after_ett, Verdict::Repaired { ref word, .. } if word == "år"),
            "{after_ett:?}"
        );
        // In a document that kept its marks, nothing is decided.
        repairer.restore_twins = false;
        assert_eq!(
            by_context(&repairer, "ar", Some("nästa"), None, &mut decided),
            Verdict::Known
        );
    }

    #[test]
    fn word_check_counts_and_conversions() {
        let input = vec![Line {
            number: 1,
            text: "Datum: 14 mars 2025. Ta fram, ta fram!".to_owned(),
            page_break_before: false,
        }];
        let conversions = vec![Conversion {
            from: "Datum: 14 mars 2025".to_owned(),
            to: "date".to_owned(),
        }];
        let kept = words_kept(&input, "- att ta fram\n- ta fram", &conversions);
        assert!(kept.missing.is_empty(), "{:?}", kept.missing);
        let lost = words_kept(&input, "- att ta fram", &conversions);
        assert_eq!(lost.missing, vec![("fram".to_owned(), 1), ("ta".to_owned(), 1)]);
    }
}
