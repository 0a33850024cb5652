//! What the minutes say, taken together: each assignment as it stands after every later minutes
//! (carried forward with `Från:`, ticked, or closed with `Avslutar:`), and each matter's items
//! across meetings and whether it comes back to the network.

use crate::model::{Assignment, Item, ItemStatus, Kind, Meeting, Reference, Returns, Target};
use crate::network::Party;
use crate::repo::Repository;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

/// Where something stands: a meeting and one of its items.
#[derive(Debug, Clone, Copy)]
pub struct Place<'r> {
    pub meeting: &'r Meeting,
    pub item: &'r Item,
}

impl<'r> Place<'r> {
    pub fn date(&self) -> Option<NaiveDate> {
        self.meeting.date()
    }

    pub fn reference(&self) -> Option<Reference> {
        self.meeting.reference(self.item)
    }
}

/// An assignment followed through the minutes.
#[derive(Debug, Clone)]
pub struct Tracked<'r> {
    /// Its reference where it was first given; it keeps it when carried forward.
    pub reference: Reference,
    /// Where it was first given.
    pub origin: Place<'r>,
    /// Its latest statement: owners, task, due date and report-back are read from here.
    pub latest: &'r Assignment,
    pub latest_place: Place<'r>,
    /// The reference of its latest statement.
    pub latest_reference: Reference,
    /// Ticked in its latest statement, or closed with `Avslutar:`.
    pub done: bool,
    /// The item whose `Avslutar:` closed it.
    pub closed_by: Option<Reference>,
}

impl Tracked<'_> {
    /// The matter it belongs to: that of its latest item, else of its first.
    pub fn matter(&self) -> Option<&str> {
        self.latest_place
            .item
            .matter_id()
            .or_else(|| self.origin.item.matter_id())
    }
}

/// Everything followed up across the minutes.
#[derive(Debug)]
pub struct Ledger<'r> {
    pub repo: &'r Repository,
    /// In the order they were first given.
    pub assignments: Vec<Tracked<'r>>,
    /// Every reference an assignment has had, to its index.
    by_reference: HashMap<Reference, usize>,
}

impl<'r> Ledger<'r> {
    pub fn new(repo: &'r Repository) -> Ledger<'r> {
        let mut ledger = Ledger {
            repo,
            assignments: Vec::new(),
            by_reference: HashMap::new(),
        };
        for meeting in repo.all_minutes() {
            let Some(date) = meeting.date() else { continue };
            for item in &meeting.items {
                let place = Place { meeting, item };
                for assignment in &item.assignments {
                    let reference = Reference::item(date, item.number)
                        .with_target(Target::Assignment(assignment.position));
                    let earlier = assignment
                        .from_ref
                        .filter(|from| from.date < date)
                        .and_then(|from| ledger.by_reference.get(&from).copied());
                    match earlier {
                        Some(index) => {
                            let tracked = &mut ledger.assignments[index];
                            tracked.latest = assignment;
                            tracked.latest_place = place;
                            tracked.latest_reference = reference;
                            tracked.done = assignment.done || tracked.closed_by.is_some();
                            ledger.by_reference.insert(reference, index);
                        }
                        None => {
                            ledger.by_reference.insert(reference, ledger.assignments.len());
                            ledger.assignments.push(Tracked {
                                reference,
                                origin: place,
                                latest: assignment,
                                latest_place: place,
                                latest_reference: reference,
                                done: assignment.done,
                                closed_by: None,
                            });
                        }
                    }
                }
            }
            for item in &meeting.items {
                for close in &item.closes {
                    let Ok(target) = close.value else { continue };
                    if target.date >= date {
                        continue;
                    }
                    if let Some(index) = ledger.by_reference.get(&target).copied() {
                        let tracked = &mut ledger.assignments[index];
                        tracked.done = true;
                        tracked.closed_by = Some(Reference::item(date, item.number));
                    }
                }
            }
        }
        ledger
    }

    /// The assignment a reference names (any of its references).
    pub fn get(&self, reference: Reference) -> Option<&Tracked<'r>> {
        self.by_reference.get(&reference).map(|i| &self.assignments[*i])
    }

    pub fn open(&self) -> impl Iterator<Item = &Tracked<'r>> {
        self.assignments.iter().filter(|t| !t.done)
    }

    /// Whether an assignment reports back to the network itself, or its report-back is not
    /// stated (`ej angiven`): either way the network expects to hear of it again.
    pub fn reports_back(&self, tracked: &Tracked) -> bool {
        tracked.latest.report_to.as_ref().is_some_and(|r| {
            crate::format::labels::is_not_stated(&r.value)
                || self.repo.network.members.resolve(&r.value) == Some(Party::Network)
        })
    }

    /// Every matter's items across meetings, by matter id, oldest first: the items that name
    /// it, and the item where it began when `matters.yaml` says so (`starts:`).
    pub fn matters(&self) -> BTreeMap<&'r str, Vec<Place<'r>>> {
        let mut matters: BTreeMap<&'r str, Vec<Place<'r>>> = BTreeMap::new();
        for meeting in &self.repo.meetings {
            for item in &meeting.items {
                if let Some(id) = item.matter_id() {
                    matters.entry(id).or_default().push(Place { meeting, item });
                }
            }
        }
        for matter in &self.repo.network.matters.matters {
            let Some(start) = &matter.starts else { continue };
            let reference = start.value;
            let place = [Kind::Minutes, Kind::Agenda].into_iter().find_map(|kind| {
                let meeting = self.repo.meeting(reference.date, kind)?;
                let item = meeting.item(reference.item)?;
                Some(Place { meeting, item })
            });
            if let Some(place) = place {
                let places = matters.entry(matter.id.as_str()).or_default();
                if !places.iter().any(|p| std::ptr::eq(p.item, place.item)) {
                    places.push(place);
                    places.sort_by_key(|p| (p.date(), p.meeting.kind()));
                }
            }
        }
        matters
    }

    /// Whether a matter comes back to the network at a meeting on `date`, by its latest minutes
    /// item before `date`: that item says `Återkommer: ja` (or a date up to `date`) or was
    /// postponed; or one of the matter's open assignments reports back to the network or does
    /// not say to whom; or the matter is a standing item (`standing: true` in matters.yaml)
    /// that has not ended.
    pub fn is_returning(&self, places: &[Place<'r>], date: NaiveDate) -> bool {
        let latest = places
            .iter()
            .rfind(|p| p.meeting.kind() == Some(Kind::Minutes) && p.date().is_some_and(|d| d < date));
        let Some(latest) = latest else { return false };
        if item_returns(latest.item, date) {
            return true;
        }
        let Some(id) = latest.item.matter_id() else {
            return false;
        };
        if self
            .repo
            .network
            .matters
            .get(id)
            .is_some_and(|m| m.standing_on(date))
        {
            return true;
        }
        self.open().any(|t| {
            t.matter() == Some(id) && t.latest_place.date().is_some_and(|d| d < date) && self.reports_back(t)
        })
    }
}

/// Whether an item in minutes says it comes back, at a meeting on `date`.
pub fn item_returns(item: &Item, date: NaiveDate) -> bool {
    match item.returns() {
        Some(Returns::Yes) => true,
        Some(Returns::From(from)) => from <= date,
        Some(Returns::No) => false,
        None => item.status() == Some(ItemStatus::Postponed),
    }
}
