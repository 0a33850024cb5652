//! `members.yaml`: the network, its organisations, people and groups, and how names resolve to
//! them.

use crate::diagnostic::Diagnostic;
use crate::rule::Rule;
use crate::schema::Reader;
use crate::source::SourceFile;
use crate::text::{fold, fold_case};
use crate::yaml::Node;
use std::collections::HashMap;

/// The network itself.
#[derive(Debug, Clone, Default)]
pub struct NetworkName {
    pub name: String,
    pub short: Option<String>,
    /// The name decisions use: "<called> beslutade".
    pub called: String,
}

#[derive(Debug, Clone)]
pub struct Organisation {
    pub name: String,
    pub kind: Option<String>,
    pub member: bool,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub organisation: Option<usize>,
    pub unit: Option<String>,
    pub role: Option<String>,
    pub delegate: bool,
    pub note: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub name: String,
    pub aliases: Vec<String>,
    pub description: Option<String>,
}

/// Whoever a name in a document can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Party {
    Network,
    Organisation(usize),
    Person(usize),
    Group(usize),
}

#[derive(Debug, Clone, Default)]
pub struct Members {
    pub network: NetworkName,
    pub organisations: Vec<Organisation>,
    pub people: Vec<Person>,
    pub groups: Vec<Group>,
    /// Every name and alias, folded for case, to what it names.
    index: HashMap<String, Party>,
    /// Every name and alias as written, for suggestions.
    names: Vec<String>,
}

const TOP: &[&str] = &["network", "organisations", "people", "groups"];
const NETWORK: &[&str] = &["name", "short", "called"];
const ORGANISATION: &[&str] = &["name", "kind", "member", "aliases", "description"];
const PERSON: &[&str] = &["name", "organisation", "unit", "role", "delegate", "note"];
const GROUP: &[&str] = &["name", "aliases", "description"];

impl Members {
    /// Reads `members.yaml`, reporting problems and keeping what could be read.
    pub fn read(file: &SourceFile, root: &Node, diags: &mut Vec<Diagnostic>) -> Members {
        let mut members = Members::default();
        let mut r = Reader::new(file, diags);
        let Some(top) = r.map(root, "members.yaml", TOP) else {
            return members;
        };
        if let Some(node) = r.require(&top, "network", "members.yaml")
            && let Some(fields) = r.map(node, "network", NETWORK)
        {
            let name = r
                .require(&fields, "name", "network")
                .and_then(|n| r.name(n, "name"));
            let called = r
                .require(&fields, "called", "network")
                .and_then(|n| r.name(n, "called"));
            let short = fields.get("short").and_then(|n| r.name(n, "short"));
            members.network = NetworkName {
                name: name.map(|s| s.value).unwrap_or_default(),
                short: short.map(|s| s.value),
                called: called.map(|s| s.value).unwrap_or_default(),
            };
        }
        for name in [
            Some(members.network.name.clone()),
            members.network.short.clone(),
            Some(members.network.called.clone()),
        ]
        .into_iter()
        .flatten()
        {
            if !name.is_empty() {
                members.index.entry(fold_case(&name)).or_insert(Party::Network);
                members.names.push(name);
            }
        }

        for node in r.opt_list(&top, "organisations") {
            let Some(fields) = r.map(node, "an organisation", ORGANISATION) else {
                continue;
            };
            let Some(name) = r
                .require(&fields, "name", "an organisation")
                .and_then(|n| r.name(n, "name"))
            else {
                continue;
            };
            let party = Party::Organisation(members.organisations.len());
            let aliases = r.name_list(&fields, "aliases");
            add_name(&mut members, &mut r, &name.value, node, party);
            for alias in &aliases {
                add_name(&mut members, &mut r, &alias.value, node, party);
            }
            members.organisations.push(Organisation {
                name: name.value,
                kind: r.opt_text(&fields, "kind").map(|s| s.value),
                member: r.opt_bool(&fields, "member"),
                aliases: aliases.into_iter().map(|a| a.value).collect(),
            });
        }

        for node in r.opt_list(&top, "groups") {
            let Some(fields) = r.map(node, "a group", GROUP) else {
                continue;
            };
            let Some(name) = r
                .require(&fields, "name", "a group")
                .and_then(|n| r.name(n, "name"))
            else {
                continue;
            };
            let party = Party::Group(members.groups.len());
            let aliases = r.name_list(&fields, "aliases");
            add_name(&mut members, &mut r, &name.value, node, party);
            for alias in &aliases {
                add_name(&mut members, &mut r, &alias.value, node, party);
            }
            members.groups.push(Group {
                name: name.value,
                aliases: aliases.into_iter().map(|a| a.value).collect(),
                description: r.opt_text(&fields, "description").map(|s| s.value),
            });
        }

        for node in r.opt_list(&top, "people") {
            let Some(fields) = r.map(node, "a person", PERSON) else {
                continue;
            };
            let Some(name) = r
                .require(&fields, "name", "a person")
                .and_then(|n| r.name(n, "name"))
            else {
                continue;
            };
            let organisation = match fields.get("organisation") {
                Some(org_node) => match r.text(org_node, "organisation") {
                    Some(org) => match members.resolve(&org.value) {
                        Some(Party::Organisation(i)) => Some(i),
                        _ => {
                            let help = crate::text::did_you_mean(
                                &org.value,
                                members.organisations.iter().map(|o| o.name.as_str()),
                            );
                            r.invalid(
                                Rule::OrganisationUnknown,
                                org_node,
                                format!("`{}` is not an organisation in members.yaml", org.value),
                                help,
                            );
                            None
                        }
                    },
                    None => None,
                },
                None => None,
            };
            let party = Party::Person(members.people.len());
            add_name(&mut members, &mut r, &name.value, node, party);
            members.people.push(Person {
                name: name.value,
                organisation,
                unit: r.opt_text(&fields, "unit").map(|s| s.value),
                role: r.opt_text(&fields, "role").map(|s| s.value),
                delegate: r.opt_bool(&fields, "delegate"),
                note: r.opt_text(&fields, "note").map(|s| s.value),
            });
        }
        members
    }

    /// What a name stands for, compared without case.
    pub fn resolve(&self, name: &str) -> Option<Party> {
        self.index.get(&fold_case(name)).copied()
    }

    /// What a name stands for, compared without case or accents (`rattvik` finds Rättvik).
    pub fn resolve_loose(&self, name: &str) -> Option<Party> {
        self.resolve(name).or_else(|| {
            let wanted = fold(name);
            self.index
                .iter()
                .find(|(key, _)| fold(key) == wanted)
                .map(|(_, party)| *party)
        })
    }

    /// Every name and alias, as written.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }

    /// The canonical name of a party.
    pub fn name_of(&self, party: Party) -> &str {
        match party {
            Party::Network => self.network.short.as_deref().unwrap_or(&self.network.name),
            Party::Organisation(i) => &self.organisations[i].name,
            Party::Person(i) => &self.people[i].name,
            Party::Group(i) => &self.groups[i].name,
        }
    }

    /// The organisation a party belongs to: itself, or a person's organisation.
    pub fn organisation_of(&self, party: Party) -> Option<usize> {
        match party {
            Party::Organisation(i) => Some(i),
            Party::Person(i) => self.people[i].organisation,
            _ => None,
        }
    }

    pub fn person(&self, name: &str) -> Option<usize> {
        match self.resolve(name) {
            Some(Party::Person(i)) => Some(i),
            _ => None,
        }
    }

    pub fn organisation(&self, name: &str) -> Option<usize> {
        match self.resolve(name) {
            Some(Party::Organisation(i)) => Some(i),
            _ => None,
        }
    }
}

/// Indexes a name, reporting one already given to something else.
fn add_name(members: &mut Members, r: &mut Reader, name: &str, node: &Node, party: Party) {
    let key = fold_case(name);
    match members.index.get(&key) {
        Some(existing) if *existing != party => {
            let other = members.name_of(*existing).to_owned();
            r.invalid(
                Rule::DuplicateEntry,
                node,
                format!("the name `{name}` is already given to `{other}`"),
                Some("every name and alias in members.yaml must name one thing".to_owned()),
            );
        }
        Some(_) => {}
        None => {
            members.index.insert(key, party);
            members.names.push(name.to_owned());
        }
    }
}
