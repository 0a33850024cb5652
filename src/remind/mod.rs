//! Reminders of open assignments: whom to remind (every owner of an open assignment, a group
//! that acts per member through each member organisation), whom to write to for each, and the
//! assignments each one owes, as `lchnv todo --owner` lists them.
//!
//! [`message`] turns a reminder into an e-mail draft.

pub mod message;

use crate::ledger::Ledger;
use crate::network::{Members, Party};
use crate::registers::todo::{self, Filter, Row};

/// An address a reminder goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub name: String,
    pub address: String,
}

/// One owner's reminder: who owes, whom to write to, and what.
#[derive(Debug, Clone)]
pub struct Reminder {
    pub owner: Party,
    pub owner_name: String,
    pub recipients: Vec<Recipient>,
    pub rows: Vec<Row>,
}

/// An owner of open assignments nobody can be written to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreachable {
    pub owner: String,
    /// What the owner is, when members.yaml knows it.
    pub party: Option<Party>,
    pub assignments: usize,
    pub why: Why,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// Known, but neither it nor anyone who answers for it has an `email:`.
    NoAddress,
    /// The minutes name an owner that members.yaml does not know.
    Unknown,
    /// The minutes say `ej angiven`.
    NotStated,
}

/// Whom to remind and of what.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub reminders: Vec<Reminder>,
    pub unreachable: Vec<Unreachable>,
}

/// The reminders for the open assignments `filter` selects (its `owner` is ignored: `owners`
/// says whom to remind, every owner when `None`).
pub fn plan(ledger: &Ledger, filter: &Filter, owners: Option<&[Party]>) -> Plan {
    let members = &ledger.repo.network.members;
    let everything = Filter {
        owner: None,
        ..filter.clone()
    };
    let open = todo::rows(ledger, &everything);
    let mut plan = Plan::default();
    let parties = match owners {
        Some(parties) => parties.iter().flat_map(|p| through(members, *p)).collect(),
        None => owners_of(members, &open, &mut plan.unreachable),
    };
    for owner in parties {
        let rows = todo::rows(
            ledger,
            &Filter {
                owner: Some(owner),
                ..filter.clone()
            },
        );
        if rows.is_empty() {
            continue;
        }
        let owner_name = members.name_of(owner).to_owned();
        let recipients = recipients(members, owner);
        if recipients.is_empty() {
            plan.unreachable.push(Unreachable {
                owner: owner_name,
                party: Some(owner),
                assignments: rows.len(),
                why: Why::NoAddress,
            });
            continue;
        }
        plan.reminders.push(Reminder {
            owner,
            owner_name,
            recipients,
            rows,
        });
    }
    plan
}

/// Every owner of the rows, a per-member group as its member organisations, in the order of
/// their names; owners that are not known or not stated go to `unreachable`.
fn owners_of(members: &Members, rows: &[Row], unreachable: &mut Vec<Unreachable>) -> Vec<Party> {
    let mut parties: Vec<Party> = Vec::new();
    for row in rows {
        for owner in &row.owners {
            let Some(party) = members.resolve_loose(owner) else {
                let why = if owner == todo::NOT_STATED {
                    Why::NotStated
                } else {
                    Why::Unknown
                };
                let name = if why == Why::NotStated {
                    crate::format::labels::NOT_STATED
                } else {
                    owner.as_str()
                };
                match unreachable.iter_mut().find(|u| u.owner == name) {
                    Some(known) => known.assignments += 1,
                    None => unreachable.push(Unreachable {
                        owner: name.to_owned(),
                        party: None,
                        assignments: 1,
                        why,
                    }),
                }
                continue;
            };
            for party in through(members, party) {
                if !parties.contains(&party) {
                    parties.push(party);
                }
            }
        }
    }
    parties.sort_by_key(|p| crate::text::fold(members.name_of(*p)));
    parties
}

/// Who answers for a task given to `party`: a group that acts per member through each member
/// organisation, anyone else for themselves.
fn through(members: &Members, party: Party) -> Vec<Party> {
    match party {
        Party::Group(group) if members.groups[group].per_member.is_some() => members
            .per_member_organisations(group)
            .into_iter()
            .map(Party::Organisation)
            .collect(),
        other => vec![other],
    }
}

/// Whom a reminder to `party` is written to: a person's address; an organisation's own address
/// and those of its delegates; a group's or the network's address.
pub fn recipients(members: &Members, party: Party) -> Vec<Recipient> {
    let mut out: Vec<Recipient> = Vec::new();
    let mut add = |name: &str, address: Option<&String>| {
        if let Some(address) = address
            && !out.iter().any(|r| r.address.eq_ignore_ascii_case(address))
        {
            out.push(Recipient {
                name: name.to_owned(),
                address: address.clone(),
            });
        }
    };
    match party {
        Party::Person(i) => add(&members.people[i].name, members.people[i].email.as_ref()),
        Party::Organisation(o) => {
            let organisation = &members.organisations[o];
            add(&organisation.name, organisation.email.as_ref());
            for person in members
                .people
                .iter()
                .filter(|p| p.organisation == Some(o) && p.delegate)
            {
                add(&person.name, person.email.as_ref());
            }
        }
        Party::Group(g) => add(&members.groups[g].name, members.groups[g].email.as_ref()),
        Party::Network => add(&members.network.name, members.network.email.as_ref()),
    }
    out
}
