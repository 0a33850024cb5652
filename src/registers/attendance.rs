//! Who came: for each organisation and each meeting with minutes, whether it was present (and
//! by whom), present by a substitute (for whom), absent, or not recorded; and its attendance
//! rate over the meetings where its attendance was recorded.

use crate::model::{Attendee, Meeting};
use crate::network::{Members, Party};
use crate::output::date;
use crate::repo::Repository;
use chrono::NaiveDate;
use serde::Serialize;

/// An organisation's attendance at one meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// At least one of its own representatives attended.
    Present,
    /// Only substitutes attended for it.
    Substitute,
    /// Nobody attended for it and the minutes list it among the absent.
    Absent,
    /// The minutes say neither: not counted in the rate.
    NotRecorded,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Present => "present",
            Status::Substitute => "substitute",
            Status::Absent => "absent",
            Status::NotRecorded => "not recorded",
        }
    }

    /// The value in JSON and CSV: `present`, `substitute`, `absent`, `not-recorded`.
    pub fn key(self) -> &'static str {
        match self {
            Status::NotRecorded => "not-recorded",
            other => other.as_str(),
        }
    }
}

/// A substitute and whom they stood in for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Substitute {
    pub name: String,
    #[serde(rename = "for")]
    pub stands_in_for: String,
}

/// One organisation at one meeting.
#[derive(Debug, Clone, Serialize)]
pub struct Attendance {
    #[serde(serialize_with = "date::iso")]
    pub date: NaiveDate,
    pub status: Status,
    pub present: Vec<String>,
    pub substitutes: Vec<Substitute>,
    pub absent: Vec<String>,
}

/// Someone who attended for an organisation in the period.
#[derive(Debug, Clone, Serialize)]
pub struct Representative {
    pub name: String,
    /// Meetings attended for the organisation.
    pub meetings: usize,
    /// Of those, as a substitute.
    pub as_substitute: usize,
}

/// One organisation over the period. Serialised as one element of `organisations`.
#[derive(Debug, Clone, Serialize)]
pub struct Organisation {
    pub name: String,
    /// A member of the network (`member: true` in members.yaml).
    pub member: bool,
    /// Meetings where its attendance is recorded (present, substitute or absent).
    pub recorded: usize,
    /// Meetings where it was present, itself or by a substitute.
    pub attended: usize,
    /// Meetings where only substitutes attended for it.
    pub by_substitute: usize,
    pub absent: usize,
    pub not_recorded: usize,
    /// `attended / recorded`, rounded to three decimals; `null` when nothing is recorded.
    pub rate: Option<f64>,
    /// Everyone who attended for it, most meetings first: continuity at a glance.
    pub representatives: Vec<Representative>,
    pub meetings: Vec<Attendance>,
}

/// An attendee whose organisation neither the minutes nor members.yaml give.
#[derive(Debug, Clone, Serialize)]
pub struct Unassigned {
    #[serde(serialize_with = "date::iso")]
    pub date: NaiveDate,
    pub name: String,
}

/// The attendance register over a period.
#[derive(Debug, Clone, Serialize)]
pub struct Register {
    #[serde(serialize_with = "date::iso_opt")]
    pub since: Option<NaiveDate>,
    #[serde(serialize_with = "date::iso_opt")]
    pub until: Option<NaiveDate>,
    /// The meetings with minutes in the period.
    #[serde(serialize_with = "date::iso_list")]
    pub meetings: Vec<NaiveDate>,
    pub organisations: Vec<Organisation>,
    pub unassigned: Vec<Unassigned>,
}

/// Whom an attendee counts for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum OrgKey {
    Known(usize),
    /// An organisation named in the minutes but not in members.yaml.
    Named(String),
}

/// An attendee's organisation: the attendee's `organisation`, else the person's in
/// members.yaml, else (for a substitute) that of the person they stand in for.
fn organisation_of(members: &Members, attendee: &Attendee) -> Option<OrgKey> {
    if let Some(org) = &attendee.organisation {
        return Some(match members.resolve_loose(&org.value) {
            Some(Party::Organisation(i)) => OrgKey::Known(i),
            Some(party @ Party::Person(_)) => match members.organisation_of(party) {
                Some(i) => OrgKey::Known(i),
                None => OrgKey::Named(org.value.clone()),
            },
            _ => OrgKey::Named(org.value.clone()),
        });
    }
    let person_org = |name: &str| match members.resolve_loose(name) {
        Some(party @ Party::Person(_)) => members.organisation_of(party),
        _ => None,
    };
    person_org(&attendee.name.value)
        .or_else(|| {
            attendee
                .substitute_for
                .as_ref()
                .and_then(|s| person_org(&s.value))
        })
        .map(OrgKey::Known)
}

fn attendance_at(members: &Members, meeting: &Meeting, date: NaiveDate, key: &OrgKey) -> Attendance {
    let mut present = Vec::new();
    let mut substitutes = Vec::new();
    for attendee in &meeting.header.attendees {
        if organisation_of(members, attendee).as_ref() != Some(key) {
            continue;
        }
        match &attendee.substitute_for {
            Some(whom) => substitutes.push(Substitute {
                name: attendee.name.value.clone(),
                stands_in_for: whom.value.clone(),
            }),
            None => present.push(attendee.name.value.clone()),
        }
    }
    let absent: Vec<String> = meeting
        .header
        .absentees
        .iter()
        .filter(|a| organisation_of(members, a).as_ref() == Some(key))
        .map(|a| a.name.value.clone())
        .collect();
    let status = if !present.is_empty() {
        Status::Present
    } else if !substitutes.is_empty() {
        Status::Substitute
    } else if !absent.is_empty() {
        Status::Absent
    } else {
        Status::NotRecorded
    };
    Attendance {
        date,
        status,
        present,
        substitutes,
        absent,
    }
}

fn summarise(name: String, member: bool, meetings: Vec<Attendance>) -> Organisation {
    let count = |status| meetings.iter().filter(|m| m.status == status).count();
    let present = count(Status::Present);
    let by_substitute = count(Status::Substitute);
    let absent = count(Status::Absent);
    let not_recorded = count(Status::NotRecorded);
    let attended = present + by_substitute;
    let recorded = attended + absent;
    let rate = (recorded > 0).then(|| (attended as f64 / recorded as f64 * 1000.0).round() / 1000.0);
    let mut representatives: Vec<Representative> = Vec::new();
    for meeting in &meetings {
        let people = meeting
            .present
            .iter()
            .map(|n| (n, false))
            .chain(meeting.substitutes.iter().map(|s| (&s.name, true)));
        for (person, substitute) in people {
            let index = match representatives.iter().position(|r| &r.name == person) {
                Some(i) => i,
                None => {
                    representatives.push(Representative {
                        name: person.clone(),
                        meetings: 0,
                        as_substitute: 0,
                    });
                    representatives.len() - 1
                }
            };
            if let Some(r) = representatives.get_mut(index) {
                r.meetings += 1;
                r.as_substitute += usize::from(substitute);
            }
        }
    }
    // Stable: ties keep the order of first attendance.
    representatives.sort_by_key(|r| std::cmp::Reverse(r.meetings));
    Organisation {
        name,
        member,
        recorded,
        attended,
        by_substitute,
        absent,
        not_recorded,
        rate,
        representatives,
        meetings,
    }
}

/// The register for the meetings with minutes between `since` and `until` (both included):
/// member organisations first, in the order of members.yaml, then the other organisations that
/// attended or were absent.
pub fn register(repo: &Repository, since: Option<NaiveDate>, until: Option<NaiveDate>) -> Register {
    let members = &repo.network.members;
    let minutes: Vec<(NaiveDate, &Meeting)> = repo
        .all_minutes()
        .filter_map(|m| m.date().map(|d| (d, m)))
        .filter(|(d, _)| super::within(*d, since, until))
        .collect();

    let mut keys: Vec<OrgKey> = Vec::new();
    let mut named: Vec<String> = Vec::new();
    let mut unassigned = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    for (date, meeting) in &minutes {
        let attendees = meeting.header.attendees.iter().map(|a| (a, true));
        let absentees = meeting.header.absentees.iter().map(|a| (a, false));
        for (attendee, came) in attendees.chain(absentees) {
            match organisation_of(members, attendee) {
                Some(OrgKey::Known(i)) => seen.push(i),
                Some(OrgKey::Named(name)) if !named.contains(&name) => named.push(name),
                Some(OrgKey::Named(_)) => {}
                None if came => unassigned.push(Unassigned {
                    date: *date,
                    name: attendee.name.value.clone(),
                }),
                None => {}
            }
        }
    }
    for (i, org) in members.organisations.iter().enumerate() {
        if org.member {
            keys.push(OrgKey::Known(i));
        }
    }
    for (i, org) in members.organisations.iter().enumerate() {
        if !org.member && seen.contains(&i) {
            keys.push(OrgKey::Known(i));
        }
    }
    named.sort();
    keys.extend(named.into_iter().map(OrgKey::Named));

    let organisations = keys
        .into_iter()
        .map(|key| {
            let meetings = minutes
                .iter()
                .map(|(date, meeting)| attendance_at(members, meeting, *date, &key))
                .collect();
            let (name, member) = match &key {
                OrgKey::Known(i) => members
                    .organisations
                    .get(*i)
                    .map(|o| (o.name.clone(), o.member))
                    .unwrap_or_default(),
                OrgKey::Named(name) => (name.clone(), false),
            };
            summarise(name, member, meetings)
        })
        .collect();
    Register {
        since,
        until,
        meetings: minutes.iter().map(|(d, _)| *d).collect(),
        organisations,
        unassigned,
    }
}
