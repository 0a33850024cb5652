//! A matter across meetings: the items of agendas and minutes that cite it, what was proposed,
//! decided and assigned there, and whether the matter is still open.

use crate::ledger::{Ledger, Place, item_returns};
use crate::model::{ItemNumber, ItemStatus, Kind, Reference, Returns, Target};
use crate::msg;
use crate::network::MATTERS_FILE;
use crate::output::date;
use crate::repo::Repository;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeSet;

/// Where a matter stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// It comes back to the network (`Återkommer:`, postponed, or an assignment reporting back
    /// to the network), or an assignment on it is still open.
    Open,
    /// Its minutes close it: nothing brings it back and no assignment on it is open.
    Closed,
    /// No minutes mention it (only agendas, or no meeting at all): nothing is known of the outcome.
    NoMinutes,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Open => "open",
            State::Closed => "closed",
            State::NoMinutes => "no minutes",
        }
    }

    /// The value in JSON and CSV: `open`, `closed`, `no-minutes`.
    pub fn key(self) -> &'static str {
        match self {
            State::NoMinutes => "no-minutes",
            other => other.as_str(),
        }
    }
}

/// An item that cites the matter, in brief.
#[derive(Debug, Clone, Serialize)]
pub struct Appearance {
    #[serde(serialize_with = "date::iso")]
    pub date: NaiveDate,
    /// `agenda` or `minutes`.
    pub kind: &'static str,
    pub item: ItemNumber,
    pub reference: Reference,
    pub title: String,
}

/// A matter in the list of all matters. Serialised as one element of `matters`.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub id: String,
    pub title: String,
    /// Whether matters.yaml declares it.
    pub declared: bool,
    pub state: State,
    /// The number of meetings whose agenda or minutes cite it.
    pub meetings: usize,
    pub first: Option<Appearance>,
    pub latest: Option<Appearance>,
    pub items: Vec<Appearance>,
}

/// A decision clause of an item.
#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    pub reference: Reference,
    pub text: String,
}

/// An assignment as an item states it, and where it stands now.
#[derive(Debug, Clone, Serialize)]
pub struct Assignment {
    /// This statement's reference.
    pub reference: Reference,
    /// The reference it was first given under (its reference in `lchnv todo`).
    pub tracked_as: Reference,
    pub owners: Vec<String>,
    pub task: String,
    pub due: Option<String>,
    pub report_to: Option<String>,
    /// Ticked in this statement.
    pub ticked: bool,
    /// Done as it stands after all minutes.
    pub done: bool,
}

/// One item citing the matter, in full. Serialised as one element of `items`.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    #[serde(flatten)]
    pub at: Appearance,
    /// The type as written: `Beslut`, `Information/Dialog`.
    #[serde(rename = "type")]
    pub item_type: Option<String>,
    pub presenters: Vec<String>,
    /// `postponed` or `withdrawn` (`Status:`).
    pub status: Option<&'static str>,
    /// `Återkommer:`: `yes`, `no` or a date.
    pub returns: Option<String>,
    pub proposal: Vec<String>,
    pub decisions: Vec<Decision>,
    pub assignments: Vec<Assignment>,
}

/// The matter itself.
#[derive(Debug, Clone, Serialize)]
pub struct MatterInfo {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub declared: bool,
}

/// One matter across meetings.
#[derive(Debug, Clone, Serialize)]
pub struct Detail {
    pub matter: MatterInfo,
    pub state: State,
    /// Whether its latest minutes say it comes back (`Återkommer:` or postponed).
    pub returns: bool,
    /// A standing item of matters.yaml that has not ended.
    pub standing: bool,
    /// The open assignments on it, by the reference `lchnv todo` shows.
    pub open_assignments: Vec<Reference>,
    pub items: Vec<Entry>,
}

/// Every matter id: declared in matters.yaml or cited by an item.
pub fn matter_ids(repo: &Repository) -> BTreeSet<&str> {
    let mut ids: BTreeSet<&str> = repo.network.matters.ids().collect();
    ids.extend(repo.cited_matters.iter().map(String::as_str));
    ids
}

/// The matter id a user typed, compared without case; an unknown id is an error with the
/// nearest ids.
pub fn resolve_matter(repo: &Repository, id: &str) -> Result<String> {
    let ids = matter_ids(repo);
    let wanted = id.trim().to_lowercase();
    if ids.contains(wanted.as_str()) {
        return Ok(wanted);
    }
    // As people type it: `hemsjukvårdsavtal`, `Mini Maria`.
    let folded = crate::network::matters::suggest_id(id);
    if let Some(found) = ids.iter().find(|known| **known == folded) {
        return Ok((*found).to_owned());
    }
    let near = super::nearest_names(id, ids.iter().copied(), 3);
    bail!(
        "{}",
        msg!(
            "matter-arg-unknown",
            id = id,
            file = repo.root.join(MATTERS_FILE).display().to_string(),
            suggestion = super::suggestion(&near, super::Known::MatterIds)
        )
    )
}

fn appearance(place: &Place) -> Option<Appearance> {
    Some(Appearance {
        date: place.date()?,
        kind: place.meeting.kind()?.as_str(),
        item: place.item.number,
        reference: place.reference()?,
        title: place.item.title.clone(),
    })
}

fn state_of(ledger: &Ledger, id: &str, places: &[Place]) -> (State, bool, Vec<Reference>) {
    let open: Vec<Reference> = ledger
        .open()
        .filter(|t| t.matter() == Some(id))
        .map(|t| t.reference)
        .collect();
    let latest_minutes = places.iter().rfind(|p| p.meeting.kind() == Some(Kind::Minutes));
    let returns = latest_minutes.is_some_and(|p| item_returns(p.item, NaiveDate::MAX));
    // A standing matter is open until matters.yaml says it ended.
    let standing = ledger
        .repo
        .network
        .matters
        .get(id)
        .is_some_and(|m| m.standing && m.ended.is_none());
    let state = if returns || standing || !open.is_empty() || ledger.is_returning(places, NaiveDate::MAX) {
        State::Open
    } else if latest_minutes.is_some() {
        State::Closed
    } else {
        State::NoMinutes
    };
    (state, returns, open)
}

fn title_of(repo: &Repository, id: &str, places: &[Place]) -> String {
    match repo.network.matters.get(id) {
        Some(matter) => matter.title.clone(),
        None => places.last().map(|p| p.item.title.clone()).unwrap_or_default(),
    }
}

/// Every matter with its first and latest meeting and state: those cited first, by the date
/// they were first cited, then those declared but never cited.
pub fn summaries(ledger: &Ledger) -> Vec<Summary> {
    let repo = ledger.repo;
    let matters = ledger.matters();
    let mut list: Vec<Summary> = matter_ids(repo)
        .into_iter()
        .map(|id| {
            let places = matters.get(id).map(Vec::as_slice).unwrap_or_default();
            let items: Vec<Appearance> = places.iter().filter_map(appearance).collect();
            let mut dates: Vec<NaiveDate> = items.iter().map(|a| a.date).collect();
            dates.dedup();
            let (state, _, _) = state_of(ledger, id, places);
            Summary {
                id: id.to_owned(),
                title: title_of(repo, id, places),
                declared: repo.network.matters.get(id).is_some(),
                state,
                meetings: dates.len(),
                first: items.first().cloned(),
                latest: items.last().cloned(),
                items,
            }
        })
        .collect();
    list.sort_by(|a, b| {
        let key = |s: &Summary| (s.first.is_none(), s.first.as_ref().map(|f| f.date));
        key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
    });
    list
}

/// One matter in full; `id` must be known (see [`resolve_matter`]).
pub fn detail(ledger: &Ledger, id: &str) -> Detail {
    let repo = ledger.repo;
    let matters = ledger.matters();
    let places = matters.get(id).map(Vec::as_slice).unwrap_or_default();
    let (state, returns, open_assignments) = state_of(ledger, id, places);
    let items = places
        .iter()
        .filter_map(|place| {
            let at = appearance(place)?;
            let item = place.item;
            let decisions = item
                .decisions
                .iter()
                .map(|c| Decision {
                    reference: at.reference.with_target(Target::Decision(c.position)),
                    text: c.text.clone(),
                })
                .collect();
            let minutes = place.meeting.kind() == Some(Kind::Minutes);
            let assignments = item
                .assignments
                .iter()
                .map(|a| {
                    let reference = at.reference.with_target(Target::Assignment(a.position));
                    let tracked = if minutes { ledger.get(reference) } else { None };
                    Assignment {
                        reference,
                        tracked_as: tracked.map(|t| t.reference).unwrap_or(reference),
                        owners: a.owners.iter().map(|o| o.value.clone()).collect(),
                        task: a.task.clone(),
                        due: a
                            .due_date
                            .map(|d| d.format("%Y-%m-%d").to_string())
                            .or_else(|| a.due.as_ref().map(|d| d.value.clone())),
                        report_to: a.report_to.as_ref().map(|r| r.value.clone()),
                        ticked: a.done,
                        done: tracked.map(|t| t.done).unwrap_or(a.done),
                    }
                })
                .collect();
            Some(Entry {
                item_type: item.type_label().map(str::to_owned),
                presenters: item.presenters.clone(),
                status: item.status().map(|s| match s {
                    ItemStatus::Postponed => "postponed",
                    ItemStatus::Withdrawn => "withdrawn",
                }),
                returns: item.returns().map(|r| match r {
                    Returns::Yes => "yes".to_owned(),
                    Returns::No => "no".to_owned(),
                    Returns::From(day) => day.format("%Y-%m-%d").to_string(),
                }),
                proposal: item.proposal.iter().map(|c| c.text.clone()).collect(),
                decisions,
                assignments,
                at,
            })
        })
        .collect();
    let declared = repo.network.matters.get(id);
    Detail {
        matter: MatterInfo {
            id: id.to_owned(),
            title: title_of(repo, id, places),
            description: declared.and_then(|m| m.description.clone()),
            declared: declared.is_some(),
        },
        state,
        returns,
        standing: declared.is_some_and(|m| m.standing && m.ended.is_none()),
        open_assignments,
        items,
    }
}
