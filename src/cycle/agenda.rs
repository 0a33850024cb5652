//! The next agenda: when and where from the calendar, the standard items around it, and every
//! matter the minutes leave open, grouped under the template's sections and numbered.

use crate::cycle::Draft;
use crate::cycle::template::{self, Compiled, Which};
use crate::format::assignment::{self, LineStyle};
use crate::format::context::{AgendaContext, AgendaItem, AttachmentContext, ItemContext, MeetingContext};
use crate::format::phrases::{self, punctuate_clauses};
use crate::format::{dates, documents, references};
use crate::ledger::{Ledger, Place, Tracked, item_returns};
use crate::model::{Item, ItemNumber, ItemStatus, Kind, Reference};
use crate::msg;
use crate::network::{Members, Network, StandardItem};
use crate::repo::Repository;
use crate::text::fold_case;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use std::path::PathBuf;

/// The type a carried item gets: the owners report back, and the network takes note.
pub const CARRIED_TYPE: &str = "Information";
/// The usual proposal for an information item.
pub const CARRIED_PROPOSAL: &str = "att lägga informationen till handlingarna";

/// What `lchnv new-agenda` was asked for.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub date: NaiveDate,
    /// These override the calendar; `time` and `place` stand in for a date not in it.
    pub time: Option<String>,
    pub place: Option<String>,
    pub room: Option<String>,
    pub note: Option<String>,
    pub chair: Option<String>,
    pub template: Option<PathBuf>,
}

/// Why an item comes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The minutes said `Återkommer: ja` (or a date that has come).
    Returns,
    /// The item was postponed (`Status: bordlagd`).
    Postponed,
    /// An assignment that reports back to the network (or does not say to whom) is still open.
    ReportBack,
    /// A standing item of matters.yaml that has not ended.
    Standing,
}

/// An item the agenda carries forward from earlier minutes.
#[derive(Debug, Clone)]
pub struct Carried {
    /// The agenda section its matter belongs to (`section:` in matters.yaml).
    pub section: Option<String>,
    /// Where it stood: its latest item.
    pub from: Reference,
    pub reason: Reason,
    /// The type as the heading writes it (`Information`, `Beslut`).
    pub type_label: String,
    pub title: String,
    pub matter: Option<String>,
    pub presenters: Vec<String>,
    pub proposal: Vec<String>,
    /// The open assignments, as task-list lines without the `- [ ] ` marker.
    pub assignments: Vec<String>,
}

/// Every item that comes back to the network at a meeting on `date`, read from the minutes
/// before it: one per open matter (from the matter's latest minutes item), and one per item
/// without a matter that holds an assignment still to be reported back to the network.
pub fn open_items(repo: &Repository, date: NaiveDate) -> Vec<Carried> {
    let ledger = Ledger::new(repo);
    let open: Vec<&Tracked> = ledger
        .open()
        .filter(|t| t.latest_place.date().is_some_and(|d| d < date))
        .collect();
    let mut items = Vec::new();
    for (id, places) in ledger.matters() {
        if !ledger.is_returning(&places, date) {
            continue;
        }
        let Some(latest) = latest_minutes_place(&places, date) else {
            continue;
        };
        let assignments: Vec<&Tracked> = open.iter().copied().filter(|t| t.matter() == Some(id)).collect();
        let reason = if latest.item.status() == Some(ItemStatus::Postponed) {
            Reason::Postponed
        } else if item_returns(latest.item, date) {
            Reason::Returns
        } else if assignments.iter().any(|t| ledger.reports_back(t)) {
            Reason::ReportBack
        } else {
            Reason::Standing
        };
        if let Some(item) = carry(repo, &ledger, latest, reason, &assignments, date) {
            items.push(item);
        }
    }
    // Items without a matter: carried when they hold an assignment to report back to the network.
    let mut loose: Vec<(Reference, Place, Vec<&Tracked>)> = Vec::new();
    for tracked in open.iter().copied().filter(|t| t.matter().is_none()) {
        let Some(reference) = tracked.latest_place.reference() else {
            continue;
        };
        match loose.iter_mut().find(|(r, _, _)| *r == reference) {
            Some((_, _, list)) => list.push(tracked),
            None => loose.push((reference, tracked.latest_place, vec![tracked])),
        }
    }
    for (_, place, assignments) in loose {
        if assignments.iter().any(|t| ledger.reports_back(t))
            && let Some(item) = carry(repo, &ledger, place, Reason::ReportBack, &assignments, date)
        {
            items.push(item);
        }
    }
    items.sort_by_key(|item| (item.from.date, item.from.item));
    items
}

fn latest_minutes_place<'r>(places: &[Place<'r>], date: NaiveDate) -> Option<Place<'r>> {
    places
        .iter()
        .rfind(|p| p.meeting.kind() == Some(Kind::Minutes) && p.date().is_some_and(|d| d < date))
        .copied()
}

fn carry(
    repo: &Repository,
    ledger: &Ledger,
    place: Place,
    reason: Reason,
    open: &[&Tracked],
    date: NaiveDate,
) -> Option<Carried> {
    let from = place.reference()?;
    let item = place.item;
    let earlier = place.date()?;
    let members = &repo.network.members;
    let mut presenters = item.presenters.clone();
    // A decision still to be taken: the assignment reports back so the network can decide.
    let reporting: Vec<&&Tracked> = open.iter().filter(|t| ledger.reports_back(t)).collect();
    let decides = item.types == ["Beslut"] && !reporting.is_empty();
    let (type_label, proposal) = match reason {
        Reason::Postponed => {
            let proposed = proposed_item(repo, place);
            if presenters.is_empty() {
                presenters = proposed.map(|p| p.presenters.clone()).unwrap_or_default();
            }
            postponed_type_and_proposal(item, proposed)
        }
        _ if decides => {
            let mut owners: Vec<String> = Vec::new();
            for owner in reporting.iter().flat_map(|t| t.latest.owners.iter()) {
                if !owners.contains(&owner.value) {
                    owners.push(owner.value.clone());
                }
            }
            ("Beslut".to_owned(), vec![phrases::carried_decision(&owners)])
        }
        _ => (CARRIED_TYPE.to_owned(), vec![format!("{CARRIED_PROPOSAL}.")]),
    };
    let presenters = presenters
        .iter()
        .map(|line| presenter_on(members, &repo.network.members.network.called, line, earlier, date))
        .collect();
    let matter = item.matter_id().and_then(|id| repo.network.matters.get(id));
    let mut assignments: Vec<&Tracked> = open.to_vec();
    assignments.sort_by_key(|t| t.reference);
    Some(Carried {
        section: matter.and_then(|m| m.section.clone()),
        from,
        reason,
        type_label,
        // The matter's title says what it is about; the item's may have said what was to be
        // done at that meeting.
        title: matter.map_or_else(|| item.title.clone(), |m| m.title.clone()),
        matter: item.matter_id().map(str::to_owned),
        presenters,
        proposal,
        assignments: assignments
            .iter()
            .map(|t| assignment::line(t.latest, Some(t.latest_reference), date, LineStyle::Agenda))
            .collect(),
    })
}

/// A presenter line of an earlier meeting as it stands on `date`: who spoke in a function of the
/// network then (`Ulrika Gärdsback, ordförande, Länschefsnätverket`) is replaced by whoever holds
/// it on `date`; a role held for a stated time is written as it is on `date`.
pub fn presenter_on(
    members: &Members,
    called: &str,
    line: &str,
    earlier: NaiveDate,
    date: NaiveDate,
) -> String {
    let parts: Vec<&str> = line.split(',').map(str::trim).collect();
    let (Some(name), Some(role)) = (parts.first(), parts.get(1)) else {
        return line.to_owned();
    };
    let Some(person) = members.person(name) else {
        return line.to_owned();
    };
    if let Some(function) = members.function_named(role)
        && function.held_by(person, earlier)
    {
        let Some(holder) = function.holder_on(date) else {
            return line.to_owned();
        };
        let rest = if parts.len() > 2 {
            parts[2..].join(", ")
        } else {
            called.to_owned()
        };
        return format!("{}, {}, {rest}", members.people[holder].name, function.title);
    }
    let timed = !members.people[person].roles.is_empty();
    match members.role_on(person, date) {
        Some(now) if timed && crate::text::fold_case(&now) != crate::text::fold_case(role) => {
            let mut out = vec![name.to_string(), now];
            out.extend(parts[2..].iter().map(|p| p.to_string()));
            out.join(", ")
        }
        _ => line.to_owned(),
    }
}

/// The item of the same meeting's agenda that proposed a minutes item: the one with the same
/// matter, else the same title.
fn proposed_item<'r>(repo: &'r Repository, place: Place) -> Option<&'r Item> {
    let item = place.item;
    let agenda = place.date().and_then(|d| repo.agenda(d))?;
    agenda
        .items
        .iter()
        .find(|a| a.matter_id().is_some() && a.matter_id() == item.matter_id())
        .or_else(|| {
            agenda
                .items
                .iter()
                .find(|a| fold_case(&a.title) == fold_case(&item.title))
        })
}

/// A postponed item comes back as it was proposed: its type and the proposal of that meeting's
/// agenda (and its presenters, when the minutes name none). Without such a proposal a decision
/// item cannot be put forward as one, and comes back as information.
fn postponed_type_and_proposal(item: &Item, proposed: Option<&Item>) -> (String, Vec<String>) {
    let proposal: Vec<String> = proposed
        .map(|a| a.proposal.iter().map(|c| c.text.clone()).collect())
        .unwrap_or_default();
    let type_label = item
        .type_label()
        .or_else(|| proposed.and_then(Item::type_label))
        .map(str::to_owned);
    let is_decision = item.is_decision_item() || proposed.is_some_and(Item::is_decision_item);
    match type_label {
        Some(label) if !(is_decision && proposal.is_empty()) => (label, proposal),
        _ => (CARRIED_TYPE.to_owned(), vec![format!("{CARRIED_PROPOSAL}.")]),
    }
}

/// The agenda's layout read from the template.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// The section headings, in order.
    pub sections: Vec<String>,
    /// The section that takes carried items whose matter names no section of the template
    /// (`returning_section`, or `other_section` in templates written before it).
    pub other_section: Option<String>,
}

/// One numbered entry of the agenda.
#[derive(Debug, Clone)]
pub enum Entry {
    Standard {
        number: u32,
        item: StandardItem,
        /// The minutes this item approves, for the `previous_minutes` item.
        previous_minutes: Option<NaiveDate>,
    },
    Section {
        number: u32,
        title: String,
        items: Vec<(ItemNumber, Carried)>,
    },
    Item {
        number: u32,
        item: Carried,
    },
}

/// Numbers the agenda: opening items, the template's sections that have items (each item
/// lettered under its section), carried items that fit no section, closing items.
pub fn number(
    network: &Network,
    layout: &Layout,
    carried: Vec<Carried>,
    previous_minutes: Option<NaiveDate>,
) -> Result<Vec<Entry>> {
    let mut headings: Vec<String> = layout.sections.clone();
    if let Some(other) = &layout.other_section
        && !headings.iter().any(|h| fold_case(h) == fold_case(other))
    {
        headings.push(other.clone());
    }
    let mut grouped: Vec<Vec<Carried>> = vec![Vec::new(); headings.len()];
    let mut loose = Vec::new();
    let other_index = layout
        .other_section
        .as_ref()
        .and_then(|o| headings.iter().position(|h| fold_case(h) == fold_case(o)));
    for item in carried {
        let own = item
            .section
            .as_ref()
            .and_then(|s| headings.iter().position(|h| fold_case(h) == fold_case(s)));
        match own.or(other_index).and_then(|i| grouped.get_mut(i)) {
            Some(group) => group.push(item),
            None => loose.push(item),
        }
    }

    let mut entries = Vec::new();
    let mut next = 1u32;
    for item in &network.standard_items.opening {
        entries.push(Entry::Standard {
            number: next,
            item: item.clone(),
            previous_minutes,
        });
        next += 1;
    }
    for (title, items) in headings.into_iter().zip(grouped) {
        if items.is_empty() {
            continue;
        }
        if items.len() > 26 {
            bail!(
                "{}",
                msg!(
                    "new-agenda-section-too-long",
                    count = items.len(),
                    title = title.as_str()
                )
            );
        }
        let items = items
            .into_iter()
            .zip('a'..='z')
            .map(|(item, letter)| (ItemNumber::new(next, Some(letter)), item))
            .collect();
        entries.push(Entry::Section {
            number: next,
            title,
            items,
        });
        next += 1;
    }
    for item in loose {
        entries.push(Entry::Item { number: next, item });
        next += 1;
    }
    for item in &network.standard_items.closing {
        entries.push(Entry::Standard {
            number: next,
            item: item.clone(),
            previous_minutes,
        });
        next += 1;
    }
    Ok(entries)
}

/// Writes the agenda of `request.date`.
pub fn draft(mut repo: Repository, request: &Request) -> Result<Draft> {
    let date = request.date;
    let network = &repo.network;
    let entry = network.calendar.get(date);
    if entry.is_none() && (request.time.is_none() || request.place.is_none()) {
        let calendar = repo.root.join(crate::network::CALENDAR_FILE);
        let nearest: Vec<String> = network
            .calendar
            .nearest(date)
            .iter()
            .map(|d| dates::iso(*d))
            .collect();
        let hint = match nearest.as_slice() {
            [] => msg!("new-agenda-calendar-empty"),
            [one] => msg!("new-agenda-nearest-date", date = one.as_str()),
            many => msg!(
                "new-agenda-nearest-dates",
                dates = many.join(&format!(" {} ", msg!("and")))
            ),
        };
        bail!(
            "{}",
            msg!(
                "new-agenda-date-unplanned",
                date = date.to_string(),
                calendar = calendar.display().to_string(),
                hint = hint
            )
        );
    }
    if let Some(chair) = &request.chair
        && network.members.person(chair).is_none()
    {
        return Err(super::not_a_person("--chair", chair, &repo));
    }
    let pick = |given: &Option<String>, planned: Option<&Option<String>>| -> Option<String> {
        given.clone().or_else(|| planned.and_then(Clone::clone))
    };
    let time = pick(&request.time, entry.map(|e| &e.time));
    let place = pick(&request.place, entry.map(|e| &e.place));
    let room = pick(&request.room, entry.map(|e| &e.room));
    let note = pick(&request.note, entry.map(|e| &e.note));

    // The state at the meeting: what was written before it.
    repo.meetings.retain(|m| m.date().is_some_and(|d| d < date));
    let previous_minutes = repo.all_minutes().filter_map(|m| m.date()).max();
    let carried = open_items(&repo, date);

    let source = template::find(Which::Agenda, request.template.as_deref(), &repo.root)?;
    let compiled = Compiled::new(&source)?;
    let mut meeting = MeetingContext::new(&repo.network.members.network, Kind::Agenda, date);
    meeting.time = time;
    meeting.place = place;
    meeting.room = room;
    meeting.note = note;
    // The chair on the meeting's date, from the network's functions, unless given.
    meeting.chair = request.chair.clone().or_else(|| {
        let members = &repo.network.members;
        members.chair_on(date).map(|i| members.people[i].name.clone())
    });
    meeting.previous_minutes = previous_minutes.map(dates::iso);
    let standard = &repo.network.standard_items;
    if let Some(previous) = previous_minutes
        && standard
            .opening
            .iter()
            .chain(&standard.closing)
            .any(|s| s.previous_minutes)
    {
        meeting
            .attachments
            .push(AttachmentContext::previous_minutes(previous));
    }
    let mut context = AgendaContext {
        meeting,
        items: Vec::new(),
    };
    let exports = compiled.exports(&context, &["sections", "returning_section", "other_section"])?;
    let mut layout = Layout::default();
    if let Some(Some(sections)) = exports.first() {
        layout.sections = template::text_list(sections, "sections", compiled.name())?;
    }
    for (index, name) in [(1, "returning_section"), (2, "other_section")] {
        if layout.other_section.is_some() {
            break;
        }
        if let Some(Some(value)) = exports.get(index) {
            match value.as_str() {
                Some(text) if !text.trim().is_empty() => layout.other_section = Some(text.trim().to_owned()),
                _ => bail!(
                    "{}",
                    msg!(
                        "template-section-title",
                        template = compiled.name().to_owned(),
                        name = name.to_string()
                    )
                ),
            }
        }
    }
    let entries = number(&repo.network, &layout, carried, previous_minutes)?;
    context.items = entries.iter().map(entry_context).collect();
    let text = compiled.render(&context)?;
    Ok(Draft {
        path: repo.meeting_dir(date).join(Kind::Agenda.file_name()),
        text,
    })
}

/// An entry as the template sees it.
fn entry_context(entry: &Entry) -> ItemContext<AgendaItem> {
    match entry {
        Entry::Standard {
            number,
            item,
            previous_minutes,
        } => {
            let mut context: ItemContext<AgendaItem> =
                ItemContext::new(number.to_string(), item.title.clone(), item.title.clone());
            if let Some(date) = previous_minutes.filter(|_| item.previous_minutes) {
                context.heading = format!("{} {}", item.title, dates::iso(date));
                context.attachments = vec![documents::PREVIOUS_MINUTES_ID.to_owned()];
            }
            context.standard = true;
            context.extra.proposal = punctuate_clauses(&item.proposal);
            context.with_labelled_lines()
        }
        Entry::Section { number, title, items } => {
            let mut context = ItemContext::new(number.to_string(), title.clone(), title.clone());
            context.section = true;
            context.sub_items = items
                .iter()
                .map(|(number, item)| carried_context(&number.to_string(), item))
                .collect();
            context
        }
        Entry::Item { number, item } => carried_context(&number.to_string(), item),
    }
}

fn carried_context(number: &str, item: &Carried) -> ItemContext<AgendaItem> {
    let mut context = ItemContext::new(
        number.to_owned(),
        format!("{}: {}", item.type_label, item.title),
        item.title.clone(),
    );
    context.kind = Some(item.type_label.clone());
    context.matter = item.matter.clone();
    context.presenters = item.presenters.clone();
    context.from = Some(references::item(item.from));
    context.extra = AgendaItem {
        reason: Some(match item.reason {
            Reason::Returns => "returns",
            Reason::Postponed => "postponed",
            Reason::ReportBack => "report-back",
            Reason::Standing => "standing",
        }),
        origin: Some(references::origin_in_words(item.from)),
        assignments: item.assignments.clone(),
        proposal: item.proposal.clone(),
    };
    context.with_labelled_lines()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::StandardItems;

    fn carried(section: Option<&str>, title: &str) -> Carried {
        Carried {
            section: section.map(str::to_owned),
            from: Reference::parse("2025-11-21#5a").unwrap_or_else(|_| unreachable!()),
            reason: Reason::ReportBack,
            type_label: CARRIED_TYPE.to_owned(),
            title: title.to_owned(),
            matter: None,
            presenters: Vec::new(),
            proposal: Vec::new(),
            assignments: Vec::new(),
        }
    }

    fn network() -> Network {
        let standard = |title: &str| StandardItem::new(title.to_owned(), Vec::new(), false);
        Network {
            standard_items: StandardItems {
                opening: vec![standard("Mötets öppnande"), standard("Godkännande av dagordning")],
                closing: vec![standard("Övriga frågor")],
            },
            ..Network::default()
        }
    }

    /// Each entry as `number title`, sub-items indented.
    fn outline(entries: &[Entry]) -> Vec<String> {
        let mut out = Vec::new();
        for entry in entries {
            match entry {
                Entry::Standard { number, item, .. } => out.push(format!("{number} {}", item.title)),
                Entry::Section { number, title, items } => {
                    out.push(format!("{number} {title}"));
                    for (n, item) in items {
                        out.push(format!("  {n} {}", item.title));
                    }
                }
                Entry::Item { number, item } => out.push(format!("{number} {}", item.title)),
            }
        }
        out
    }

    #[test]
    fn sections_without_items_are_left_out_and_numbers_have_no_gaps() {
        let layout = Layout {
            sections: vec![
                "Återrapportering".to_owned(),
                "Rapporter".to_owned(),
                "Nytt".to_owned(),
            ],
            other_section: Some("Nytt".to_owned()),
        };
        let items = vec![
            carried(Some("rapporter"), "A"),
            carried(Some("Övriga frågor"), "B"),
            carried(None, "C"),
            carried(Some("Rapporter"), "D"),
        ];
        let entries = number(&network(), &layout, items, None).unwrap_or_default();
        assert_eq!(
            outline(&entries),
            vec![
                "1 Mötets öppnande",
                "2 Godkännande av dagordning",
                "3 Rapporter",
                "  3a A",
                "  3b D",
                "4 Nytt",
                "  4a B",
                "  4b C",
                "5 Övriga frågor",
            ]
        );
    }

    #[test]
    fn without_sections_items_stand_on_their_own() {
        let items = vec![carried(Some("Rapporter"), "A"), carried(None, "B")];
        let entries = number(&network(), &Layout::default(), items, None).unwrap_or_default();
        assert_eq!(
            outline(&entries),
            vec![
                "1 Mötets öppnande",
                "2 Godkännande av dagordning",
                "3 A",
                "4 B",
                "5 Övriga frågor"
            ]
        );
    }

    #[test]
    fn an_other_section_not_listed_comes_last() {
        let layout = Layout {
            sections: vec!["Rapporter".to_owned()],
            other_section: Some("Övrigt att följa upp".to_owned()),
        };
        let items = vec![carried(None, "A"), carried(Some("Rapporter"), "B")];
        let entries = number(&network(), &layout, items, None).unwrap_or_default();
        assert_eq!(
            outline(&entries),
            vec![
                "1 Mötets öppnande",
                "2 Godkännande av dagordning",
                "3 Rapporter",
                "  3a B",
                "4 Övrigt att följa upp",
                "  4a A",
                "5 Övriga frågor",
            ]
        );
    }

    #[test]
    fn more_items_than_letters_is_an_error() {
        let layout = Layout {
            sections: vec!["Rapporter".to_owned()],
            other_section: None,
        };
        let items = (0..27)
            .map(|i| carried(Some("Rapporter"), &i.to_string()))
            .collect();
        assert!(number(&network(), &layout, items, None).is_err());
    }
}
