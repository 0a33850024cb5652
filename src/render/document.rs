//! One meeting as the members read it, built once and written by each writer (Word, PDF, HTML,
//! the site): the network's name, the title, when and where, the items with their proposals or
//! decisions, attendance and open assignments. No front matter, no matter ids and no references
//! in figures: where an item comes from is said in words.

use crate::format::{dates, documents, labels::Label, phrases, references, rendered};
use crate::model::{self, Kind, Meeting, Reference, Target};
use crate::registers::attendance;
use crate::render::markdown::{self, Block, Span};
use crate::repo::Repository;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// Who reads the document: a published page never shows an e-mail address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Sent to the members by the note-taker.
    Members,
    /// Published on the archive site.
    Public,
}

/// A labelled fact: `Tid: 09.30–12.00`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

impl Fact {
    fn new(label: &str, value: impl Into<String>) -> Fact {
        Fact {
            label: label.to_owned(),
            value: value.into(),
        }
    }
}

/// A meeting's document.
#[derive(Debug, Clone)]
pub struct Document {
    pub kind: Kind,
    pub date: NaiveDate,
    /// `Länschefsnätverket i Dalarna`
    pub network: String,
    /// `LCHNV`
    pub network_short: Option<String>,
    /// `Dagordning` or `Minnesanteckningar`.
    pub heading: String,
    /// `Dagordning Länschefsnätverket i Dalarna 29 januari 2026`: the file's title.
    pub title: String,
    /// Date with weekday, time, place, room, note, chair, note-taker.
    pub facts: Vec<Fact>,
    /// Minutes: who came, by organisation.
    pub present: Vec<Group>,
    /// Minutes: who was absent, `Name (Organisation)`.
    pub absent: Vec<String>,
    pub items: Vec<DocItem>,
    /// `3 B`: `Innovationsprojekt vård i hemmet, tidig hemgång`.
    pub attachments: Vec<Fact>,
    /// Minutes: the assignments still open after the meeting.
    pub open_assignments: Vec<AssignmentRow>,
    /// The front matter's notes about the record.
    pub remarks: Vec<String>,
}

/// People present for one organisation.
#[derive(Debug, Clone)]
pub struct Group {
    pub organisation: String,
    pub people: Vec<String>,
}

/// An item or sub-item.
#[derive(Debug, Clone)]
pub struct DocItem {
    /// `5` or `5e`; also the item's anchor.
    pub number: String,
    pub reference: Option<Reference>,
    pub sub_item: bool,
    /// `Information/Dialog`
    pub kind: Option<String>,
    pub title: String,
    /// The matter's id (for links on the site) and title.
    pub matter: Option<(String, String)>,
    /// `Föredragande`, `Bilagor`, `Status` lines.
    pub facts: Vec<Fact>,
    /// `Från mötet 21 november 2025, punkt 5e`, and the item it names.
    pub origin: Option<(String, Reference)>,
    /// `Ärendet återkommer.`
    pub returns: Option<String>,
    /// Assignments the item closes, in words, with what they name.
    pub closes: Vec<(String, Reference)>,
    pub body: Vec<Block>,
    /// Proposal (agenda) or decision (minutes).
    pub clauses: Option<Clauses>,
    /// `Uppdrag` (minutes) or `Öppna uppdrag` (agenda).
    pub assignments_heading: String,
    pub assignments: Vec<DocAssignment>,
}

impl DocItem {
    /// `5e. Information: Vård- och omsorgscollege (VOC)`
    pub fn heading(&self) -> String {
        match &self.kind {
            Some(kind) => format!("{}. {kind}: {}", self.number, self.title),
            None => format!("{}. {}", self.number, self.title),
        }
    }
}

/// `Länschefsnätverket beslutade` and its `att` clauses.
#[derive(Debug, Clone)]
pub struct Clauses {
    pub intro: String,
    pub decided: bool,
    pub clauses: Vec<Clause>,
}

#[derive(Debug, Clone)]
pub struct Clause {
    pub spans: Vec<Span>,
    /// A decision's reference, `2025-11-21#5e.b1` (for anchors, never shown).
    pub reference: Option<Reference>,
}

/// An assignment under its item.
#[derive(Debug, Clone)]
pub struct DocAssignment {
    pub done: bool,
    pub owners: Vec<String>,
    pub task: Vec<Span>,
    /// `Återrapport: LCHNV`, `Senast: 20 mars 2026`.
    pub fields: Vec<Fact>,
    /// Where it was first given, in words, and its reference there.
    pub origin: Option<(String, Reference)>,
    /// Its own reference in minutes (for anchors, never shown).
    pub reference: Option<Reference>,
}

/// A row of the minutes' table of open assignments.
#[derive(Debug, Clone)]
pub struct AssignmentRow {
    pub owners: String,
    pub task: String,
    pub due: String,
    pub report_to: String,
    pub item: String,
    pub reference: Option<Reference>,
}

/// The document of a meeting file of `repo`.
pub fn build(repo: &Repository, meeting: &Meeting, audience: Audience) -> Document {
    let members = &repo.network.members;
    let kind = meeting.kind().unwrap_or(Kind::Agenda);
    let date = meeting.date().unwrap_or_default();
    let scrub = |text: &str| match audience {
        Audience::Members => text.to_owned(),
        Audience::Public => withhold_emails(text),
    };
    let network = &members.network;
    let heading = documents::title_word(kind).to_owned();
    let title = format!("{} {} {}", heading, network.name, dates::in_words(date));

    let calendar = repo.network.calendar.get(date);
    let header = &meeting.header;
    let pick = |own: &Option<crate::span::Spanned<String>>, planned: Option<&String>| {
        own.as_ref()
            .map(|s| s.value.clone())
            .or_else(|| planned.cloned())
            .filter(|s| !s.trim().is_empty())
    };
    let mut facts = vec![Fact::new(rendered::DATE, dates::long(date))];
    let planned =
        |f: fn(&crate::network::CalendarEntry) -> &Option<String>| calendar.and_then(|c| f(c).as_ref());
    for (label, own, plan) in [
        (rendered::TIME, &header.time, planned(|c| &c.time)),
        (rendered::PLACE, &header.place, planned(|c| &c.place)),
        (rendered::ROOM, &header.room, planned(|c| &c.room)),
        (rendered::NOTE, &header.note, planned(|c| &c.note)),
    ] {
        if let Some(value) = pick(own, plan) {
            facts.push(Fact::new(label, scrub(&value)));
        }
    }
    if let Some(chair) = &header.chair {
        facts.push(Fact::new(rendered::CHAIR, chair.value.clone()));
    }
    if let Some(taker) = &header.note_taker {
        facts.push(Fact::new(rendered::NOTE_TAKER, taker.value.clone()));
    }

    let (present, absent) = if kind == Kind::Minutes {
        attendance_of(repo, meeting, date)
    } else {
        (Vec::new(), Vec::new())
    };

    let items = meeting
        .items
        .iter()
        .map(|item| build_item(repo, meeting, item, kind, &scrub))
        .collect();

    let attachments = header
        .attachments
        .iter()
        .map(|a| Fact::new(&a.id.value, scrub(&a.title)))
        .collect();

    let open_assignments = if kind == Kind::Minutes {
        meeting
            .items
            .iter()
            .flat_map(|item| item.assignments.iter().map(move |a| (item, a)))
            .filter(|(_, a)| !a.done)
            .map(|(item, a)| AssignmentRow {
                owners: owners_of(a).join(", "),
                task: scrub(&markdown::plain(&markdown::inline(&a.task))),
                due: a
                    .due
                    .as_ref()
                    .map(|d| rendered::due(a.due_date, &d.value))
                    .unwrap_or_default(),
                report_to: a.report_to.as_ref().map(|r| r.value.clone()).unwrap_or_default(),
                item: item.number.to_string(),
                reference: meeting
                    .reference(item)
                    .map(|r| r.with_target(Target::Assignment(a.position))),
            })
            .collect()
    } else {
        Vec::new()
    };

    Document {
        kind,
        date,
        network: network.name.clone(),
        network_short: network.short.clone(),
        heading,
        title,
        facts,
        present,
        absent,
        items,
        attachments,
        open_assignments,
        remarks: header.notes.iter().map(|n| scrub(n)).collect(),
    }
}

fn owners_of(a: &model::Assignment) -> Vec<String> {
    a.owners.iter().map(|o| o.value.clone()).collect()
}

fn build_item(
    repo: &Repository,
    meeting: &Meeting,
    item: &model::Item,
    kind: Kind,
    scrub: &dyn Fn(&str) -> String,
) -> DocItem {
    let network = &repo.network.members.network;
    let reference = meeting.reference(item);
    let mut facts = Vec::new();
    if !item.presenters.is_empty() {
        facts.push(Fact::new(Label::Presenters.word(), item.presenters.join("; ")));
    }
    if !item.attachments.is_empty() {
        let ids: Vec<&str> = item.attachments.iter().map(|a| a.value.as_str()).collect();
        facts.push(Fact::new(
            Label::for_attachments(ids.len()).word(),
            ids.join(", "),
        ));
    }
    if let Some(status) = item.status() {
        facts.push(Fact::new(Label::Status.word(), rendered::status(status)));
    }
    let matter = item.matter_id().map(|id| {
        let title = repo
            .network
            .matters
            .get(id)
            .map(|m| m.title.clone())
            .unwrap_or_else(|| item.title.clone());
        (id.to_owned(), title)
    });
    let (source, decided) = match kind {
        Kind::Minutes => (&item.decisions, true),
        Kind::Agenda => (&item.proposal, false),
    };
    let clauses = (!source.is_empty()).then(|| Clauses {
        intro: if decided {
            phrases::decision(&network.called)
        } else {
            phrases::proposal(&network.called)
        },
        decided,
        clauses: source
            .iter()
            .map(|c| Clause {
                spans: scrub_spans(markdown::inline(&c.text), scrub),
                reference: (decided)
                    .then_some(reference)
                    .flatten()
                    .map(|r| r.with_target(Target::Decision(c.position))),
            })
            .collect(),
    });
    let assignments = item
        .assignments
        .iter()
        .map(|a| {
            let mut fields = Vec::new();
            if let Some(report_to) = &a.report_to {
                fields.push(Fact::new(Label::ReportTo.word(), report_to.value.clone()));
            }
            if let Some(due) = &a.due {
                fields.push(Fact::new(
                    Label::Due.word(),
                    rendered::due(a.due_date, &due.value),
                ));
            }
            DocAssignment {
                done: a.done,
                owners: owners_of(a),
                task: scrub_spans(markdown::inline(&a.task), scrub),
                fields,
                origin: a.from_ref.map(|r| (references::origin_in_words(r), r)),
                reference: (kind == Kind::Minutes)
                    .then_some(reference)
                    .flatten()
                    .map(|r| r.with_target(Target::Assignment(a.position))),
            }
        })
        .collect();
    DocItem {
        number: item.number.to_string(),
        reference,
        sub_item: item.parent.is_some(),
        kind: item.type_label().map(str::to_owned),
        title: scrub(&item.title),
        matter,
        facts,
        origin: item.from_ref.map(|r| (references::origin_in_words(r), r)),
        returns: item.returns().map(rendered::returns),
        closes: item
            .closes
            .iter()
            .filter_map(|c| c.value.as_ref().ok().copied())
            .map(|r| (rendered::closes(r), r))
            .collect(),
        body: scrub_blocks(markdown::blocks(&item.prose), scrub),
        clauses,
        assignments_heading: match kind {
            Kind::Minutes => crate::format::labels::ASSIGNMENTS,
            Kind::Agenda => crate::format::labels::OPEN_ASSIGNMENTS,
        }
        .to_owned(),
        assignments,
    }
}

/// Present by organisation (member organisations in the order of members.yaml, then the
/// others), attendees without one last; and the absent.
fn attendance_of(repo: &Repository, meeting: &Meeting, date: NaiveDate) -> (Vec<Group>, Vec<String>) {
    let register = attendance::register(repo, Some(date), Some(date));
    let role_of = |name: &str| {
        meeting
            .header
            .attendees
            .iter()
            .find(|a| a.name.value == name)
            .and_then(|a| a.role.clone())
    };
    let with_role = |name: &str| match role_of(name) {
        Some(role) => format!("{name}, {role}"),
        None => name.to_owned(),
    };
    let mut present: Vec<Group> = register
        .organisations
        .iter()
        .filter_map(|org| {
            let at = org.meetings.first()?;
            let mut people: Vec<String> = at.present.iter().map(|n| with_role(n)).collect();
            people.extend(
                at.substitutes
                    .iter()
                    .map(|s| rendered::substitute(&s.name, &s.stands_in_for)),
            );
            (!people.is_empty()).then(|| Group {
                organisation: org.name.clone(),
                people,
            })
        })
        .collect();
    let others: Vec<String> = register.unassigned.iter().map(|u| with_role(&u.name)).collect();
    if !others.is_empty() {
        present.push(Group {
            organisation: rendered::OTHERS.to_owned(),
            people: others,
        });
    }
    let absent = meeting
        .header
        .absentees
        .iter()
        .map(|a| match &a.organisation {
            Some(org) => format!("{} ({})", a.name.value, org.value),
            None => a.name.value.clone(),
        })
        .collect();
    (present, absent)
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:mailto:)?[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}").unwrap_or_else(|_| unreachable!())
});

/// Text with every e-mail address replaced by [`rendered::EMAIL_WITHHELD`].
pub fn withhold_emails(text: &str) -> String {
    EMAIL.replace_all(text, rendered::EMAIL_WITHHELD).into_owned()
}

fn scrub_spans(spans: Vec<Span>, scrub: &dyn Fn(&str) -> String) -> Vec<Span> {
    spans
        .into_iter()
        .map(|s| Span {
            text: scrub(&s.text),
            ..s
        })
        .collect()
}

fn scrub_blocks(blocks: Vec<Block>, scrub: &dyn Fn(&str) -> String) -> Vec<Block> {
    blocks
        .into_iter()
        .map(|block| match block {
            Block::Paragraph(spans) => Block::Paragraph(scrub_spans(spans, scrub)),
            Block::List { ordered, items } => Block::List {
                ordered,
                items: items.into_iter().map(|i| scrub_spans(i, scrub)).collect(),
            },
            Block::Table { header, rows } => Block::Table {
                header: header.iter().map(|c| scrub(c)).collect(),
                rows: rows
                    .into_iter()
                    .map(|r| r.iter().map(|c| scrub(c)).collect())
                    .collect(),
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_withheld() {
        assert_eq!(
            withhold_emails("Skriv till anna.berg@falun.se eller mailto:x@y.org."),
            "Skriv till [e-postadress] eller [e-postadress]."
        );
        assert_eq!(withhold_emails("punkt 5e"), "punkt 5e");
    }
}
