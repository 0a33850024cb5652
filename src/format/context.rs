//! What the document templates are given, as typed structs serialised into the template's
//! variables. docs/cycle.md lists them for the people who edit the templates; a field added
//! here is a variable every template can use.

use crate::format::labels::{self, Label};
use crate::format::{dates, documents, phrases};
use crate::model::Kind;
use crate::network::members::NetworkName;
use chrono::NaiveDate;
use serde::Serialize;

/// `network`: the network's names from `members.yaml`.
#[derive(Debug, Clone, Serialize)]
pub struct NetworkContext {
    pub name: String,
    pub short: Option<String>,
    pub called: String,
}

/// `phrases`: the lines proposals and decisions stand under, in the network's words.
#[derive(Debug, Clone, Serialize)]
pub struct PhrasesContext {
    /// `Länschefsnätverket beslutade`
    pub decision: String,
    /// `Förslag till beslut: Länschefsnätverket beslutar`
    pub proposal: String,
}

/// `labels`: the format's label words, for a template that writes a labelled line itself.
#[derive(Debug, Clone, Serialize)]
pub struct LabelsContext {
    pub matter: &'static str,
    pub presenters: &'static str,
    pub attachment: &'static str,
    pub attachments: &'static str,
    pub from: &'static str,
    pub returns: &'static str,
    pub status: &'static str,
    pub closes: &'static str,
    pub due: &'static str,
    pub report_to: &'static str,
    /// `Uppdrag`
    pub assignments: &'static str,
    /// `Öppna uppdrag`
    pub open_assignments: &'static str,
}

impl Default for LabelsContext {
    fn default() -> Self {
        LabelsContext {
            matter: Label::Matter.word(),
            presenters: Label::Presenters.word(),
            attachment: Label::Attachment.word(),
            attachments: Label::Attachments.word(),
            from: Label::From.word(),
            returns: Label::Returns.word(),
            status: Label::Status.word(),
            closes: Label::Closes.word(),
            due: Label::Due.word(),
            report_to: Label::ReportTo.word(),
            assignments: labels::ASSIGNMENTS,
            open_assignments: labels::OPEN_ASSIGNMENTS,
        }
    }
}

/// An entry of the front matter's `attachments`.
#[derive(Debug, Clone, Serialize)]
pub struct AttachmentContext {
    pub id: String,
    pub title: String,
    pub file: Option<String>,
}

impl AttachmentContext {
    /// The previous minutes, listed as attachment `1`.
    pub fn previous_minutes(date: NaiveDate) -> AttachmentContext {
        AttachmentContext {
            id: documents::PREVIOUS_MINUTES_ID.to_owned(),
            title: documents::previous_minutes_title(date),
            file: Some(documents::previous_minutes_file(date)),
        }
    }
}

/// An entry of the minutes' `attendees`.
#[derive(Debug, Clone, Serialize)]
pub struct AttendeeContext {
    pub name: String,
    pub organisation: Option<String>,
}

/// What both documents are given about the meeting.
#[derive(Debug, Clone, Serialize)]
pub struct MeetingContext {
    pub network: NetworkContext,
    pub phrases: PhrasesContext,
    pub labels: LabelsContext,
    /// `agenda` or `minutes`.
    pub kind: &'static str,
    /// `Dagordning Länschefsnätverket i Dalarna`
    pub title: String,
    /// `2026-01-29`
    pub date: String,
    /// `torsdag 29 januari 2026`
    pub date_long: String,
    /// `torsdag`
    pub weekday: &'static str,
    pub time: Option<String>,
    pub place: Option<String>,
    pub room: Option<String>,
    pub note: Option<String>,
    pub chair: Option<String>,
    /// `2025-11-21`
    pub previous_minutes: Option<String>,
    pub attachments: Vec<AttachmentContext>,
}

impl MeetingContext {
    /// The meeting of `date` of `network`; when and where, the chair and the attachments are
    /// for the caller to fill in.
    pub fn new(network: &NetworkName, kind: Kind, date: NaiveDate) -> MeetingContext {
        MeetingContext {
            network: NetworkContext {
                name: network.name.clone(),
                short: network.short.clone(),
                called: network.called.clone(),
            },
            phrases: PhrasesContext {
                decision: phrases::decision(&network.called),
                proposal: phrases::proposal(&network.called),
            },
            labels: LabelsContext::default(),
            kind: kind.as_str(),
            title: documents::title(kind, &network.name),
            date: dates::iso(date),
            date_long: dates::long(date),
            weekday: dates::weekday(date),
            time: None,
            place: None,
            room: None,
            note: None,
            chair: None,
            previous_minutes: None,
            attachments: Vec::new(),
        }
    }
}

/// What `templates/agenda.md` is given.
#[derive(Debug, Clone, Serialize)]
pub struct AgendaContext {
    #[serde(flatten)]
    pub meeting: MeetingContext,
    /// Numbered, in order.
    pub items: Vec<ItemContext<AgendaItem>>,
}

/// What `templates/minutes.md` is given.
#[derive(Debug, Clone, Serialize)]
pub struct MinutesContext {
    #[serde(flatten)]
    pub meeting: MeetingContext,
    pub note_taker: Option<String>,
    pub attendees: Vec<AttendeeContext>,
    /// The agenda's, in order.
    pub items: Vec<ItemContext<MinutesItem>>,
}

/// An item of either document. Every item has every key, so a template can test any of them.
#[derive(Debug, Clone, Serialize)]
pub struct ItemContext<E> {
    /// `4` or `4d`.
    pub number: String,
    /// The title with its type: `Information: Vård- och omsorgscollege (VOC)`.
    pub heading: String,
    pub title: String,
    /// `Information`, `Beslut`; none for standard items and sections.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// One of the standard items of `standard-items.yaml`.
    pub standard: bool,
    /// A section heading: its items are `sub_items`.
    pub section: bool,
    pub matter: Option<String>,
    pub presenters: Vec<String>,
    /// Attachment ids.
    pub attachments: Vec<String>,
    /// The item this one carries forward: `2025-11-21 punkt 5e`.
    pub from: Option<String>,
    /// The labelled lines of the above as the format writes them, in its order:
    /// `Ärende: voc`, `Föredragande: …`, `Bilaga: 1`, `Från: 2025-11-21 punkt 5e`.
    pub labelled: Vec<String>,
    /// What only one of the documents has.
    #[serde(flatten)]
    pub extra: E,
    pub sub_items: Vec<ItemContext<E>>,
}

impl<E: Default> ItemContext<E> {
    /// An item with nothing but its number and title; the caller fills in the rest, then calls
    /// [`ItemContext::with_labelled_lines`].
    pub fn new(number: String, heading: String, title: String) -> ItemContext<E> {
        ItemContext {
            number,
            heading,
            title,
            kind: None,
            standard: false,
            section: false,
            matter: None,
            presenters: Vec::new(),
            attachments: Vec::new(),
            from: None,
            labelled: Vec::new(),
            extra: E::default(),
            sub_items: Vec::new(),
        }
    }

    /// Writes `labelled` from the matter, presenters, attachments and `from`.
    pub fn with_labelled_lines(mut self) -> ItemContext<E> {
        self.labelled = labels::item_lines(
            self.matter.as_deref(),
            &self.presenters,
            &self.attachments,
            self.from.as_deref(),
        );
        self
    }
}

/// What an agenda item has besides the common keys.
#[derive(Debug, Clone, Default, Serialize)]
pub struct AgendaItem {
    /// Why a carried item comes back: `returns`, `postponed`, `report-back` or `standing`.
    pub reason: Option<&'static str>,
    /// Where a carried item comes from, in words for people: `Från mötet 21 november 2025,
    /// punkt 5e` (the `Från:` line in `labelled` is the record of the same).
    pub origin: Option<String>,
    /// The open assignments, as lines without their `- [ ] ` marker.
    pub assignments: Vec<String>,
    /// The proposal's `att` clauses.
    pub proposal: Vec<String>,
}

/// What a minutes item has besides the common keys.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MinutesItem {
    /// The assignments the agenda lists, to tick or keep.
    pub assignments: Vec<AssignmentContext>,
    /// The agenda's proposal, as the decision to confirm.
    pub decisions: Vec<String>,
    /// A decision item without a proposal: the decision is still to be written.
    pub decision_needed: bool,
}

/// An assignment in the minutes: its line without the task-list marker, and whether it is done.
#[derive(Debug, Clone, Serialize)]
pub struct AssignmentContext {
    pub line: String,
    pub done: bool,
}
