//! `members.yaml`: the network, its organisations, people and groups, and how names resolve to
//! them.

use crate::diagnostic::Diagnostic;
use crate::network::period::Period;
use crate::rule::Rule;
use crate::schema::Reader;
use crate::source::SourceFile;
use crate::text::{fold, fold_case};
use crate::yaml::{Node, Value};
use chrono::NaiveDate;
use std::collections::HashMap;

/// The network itself.
#[derive(Debug, Clone, Default)]
pub struct NetworkName {
    pub name: String,
    pub short: Option<String>,
    /// The name decisions use: "<called> beslutade".
    pub called: String,
    /// The network's own e-mail address: reminders are sent from it.
    pub email: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Organisation {
    pub name: String,
    pub kind: Option<String>,
    pub member: bool,
    pub aliases: Vec<String>,
    /// The organisation's own address (a registry or a shared mailbox).
    pub email: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub organisation: Option<usize>,
    pub unit: Option<String>,
    /// The role as the documents give it, with no time stated.
    pub role: Option<String>,
    /// Roles held for a stated time, newest last.
    pub roles: Vec<Role>,
    pub delegate: bool,
    pub note: Option<String>,
    pub email: Option<String>,
}

/// A role a person held for a time (`t.f. förvaltningschef` from a date).
#[derive(Debug, Clone)]
pub struct Role {
    pub title: String,
    pub period: Period,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub name: String,
    pub aliases: Vec<String>,
    pub description: Option<String>,
    /// A group whose members each act for their own organisation: a task given to it is owed
    /// by every such member organisation (and its people).
    pub per_member: Option<PerMember>,
    pub email: Option<String>,
}

/// Which member organisations a per-member group's tasks fall on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PerMember {
    /// Every organisation marked `member: true`.
    All,
    /// The member organisations of these kinds (`kommun`).
    Kinds(Vec<String>),
}

/// A function of the network (ordförande, vice ordförande, a representative in another body),
/// held by one person at a time.
#[derive(Debug, Clone)]
pub struct Function {
    pub title: String,
    /// Whether this function chairs the network's meetings (`chair:` of a meeting file).
    pub chair: bool,
    pub holders: Vec<Holder>,
}

#[derive(Debug, Clone)]
pub struct Holder {
    pub name: String,
    pub person: Option<usize>,
    pub period: Period,
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
    pub functions: Vec<Function>,
    /// Every name and alias, folded for case, to what it names.
    index: HashMap<String, Party>,
    /// Every name and alias as written, for suggestions.
    names: Vec<String>,
}

pub(crate) const TOP: &[&str] = &["network", "organisations", "people", "groups", "functions"];
pub(crate) const NETWORK: &[&str] = &["name", "short", "called", "email"];
pub(crate) const ORGANISATION: &[&str] = &["name", "kind", "member", "aliases", "description", "email"];
pub(crate) const PERSON: &[&str] = &[
    "name",
    "organisation",
    "unit",
    "role",
    "roles",
    "delegate",
    "note",
    "email",
];
pub(crate) const ROLE: &[&str] = &["title", "from", "until", "year"];
pub(crate) const GROUP: &[&str] = &["name", "aliases", "description", "per_member", "email"];
pub(crate) const FUNCTION: &[&str] = &["title", "chair", "holders"];
pub(crate) const HOLDER: &[&str] = &["name", "from", "until", "year", "decided", "note"];

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
                email: read_email(&mut r, &fields),
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
                email: read_email(&mut r, &fields),
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
            let per_member = fields.get("per_member").and_then(|node| match &node.value {
                Value::Bool(true) => Some(PerMember::All),
                Value::Bool(false) => None,
                Value::Seq(_) => Some(PerMember::Kinds(
                    r.name_list(&fields, "per_member")
                        .into_iter()
                        .map(|k| k.value)
                        .collect(),
                )),
                _ => {
                    r.wrong_type(node, "per_member", "`true` or a list of organisation kinds");
                    None
                }
            });
            members.groups.push(Group {
                name: name.value,
                aliases: aliases.into_iter().map(|a| a.value).collect(),
                description: r.opt_text(&fields, "description").map(|s| s.value),
                per_member,
                email: read_email(&mut r, &fields),
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
                                crate::msg!("organisation-unknown", name = org.value.as_str()),
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
            let mut roles = Vec::new();
            for node in r.opt_list(&fields, "roles") {
                let Some(role) = r.map(node, "a role", ROLE) else {
                    continue;
                };
                let Some(title) = r
                    .require(&role, "title", "a role")
                    .and_then(|n| r.name(n, "title"))
                else {
                    continue;
                };
                let period = Period::read(&mut r, &role);
                roles.push(Role {
                    title: title.value,
                    period,
                });
            }
            members.people.push(Person {
                name: name.value,
                organisation,
                unit: r.opt_text(&fields, "unit").map(|s| s.value),
                role: r.opt_text(&fields, "role").map(|s| s.value),
                roles,
                delegate: r.opt_bool(&fields, "delegate"),
                note: r.opt_text(&fields, "note").map(|s| s.value),
                email: read_email(&mut r, &fields),
            });
        }

        for node in r.opt_list(&top, "functions") {
            if let Some(function) = read_function(&mut r, node, &members) {
                members.functions.push(function);
            }
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

    /// The function that chairs the network's meetings, when the file names one.
    pub fn chair_function(&self) -> Option<&Function> {
        self.functions.iter().find(|f| f.chair)
    }

    /// Who chairs on `date`, when the file says.
    pub fn chair_on(&self, date: NaiveDate) -> Option<usize> {
        self.chair_function()?.holder_on(date)
    }

    /// The function a role as written names (`ordförande`, `ordförande LCHNV`, `ord. LCHNV` is
    /// not guessed): the role's words start with the function's title, after folding.
    pub fn function_named(&self, role: &str) -> Option<&Function> {
        let role = fold_case(role);
        self.functions.iter().find(|f| {
            let title = fold_case(&f.title);
            role == title
                || role
                    .strip_prefix(&title)
                    .is_some_and(|rest| rest.starts_with([' ', ',']))
        })
    }

    /// A person's role on `date`: a function held then, else a role held then, else the role
    /// with no time stated.
    pub fn role_on(&self, person: usize, date: NaiveDate) -> Option<String> {
        if let Some(function) = self.functions.iter().find(|f| {
            f.holders
                .iter()
                .any(|h| h.person == Some(person) && h.period.contains(date))
        }) {
            return Some(function.title.clone());
        }
        let p = self.people.get(person)?;
        p.roles
            .iter()
            .rev()
            .find(|r| r.period.contains(date))
            .map(|r| r.title.clone())
            .or_else(|| p.role.clone())
    }

    /// The organisations a task given to `party` falls on, with the group it came through when
    /// the group acts per member.
    pub fn per_member_organisations(&self, group: usize) -> Vec<usize> {
        let Some(per_member) = self.groups.get(group).and_then(|g| g.per_member.as_ref()) else {
            return Vec::new();
        };
        self.organisations
            .iter()
            .enumerate()
            .filter(|(_, o)| o.member)
            .filter(|(_, o)| match per_member {
                PerMember::All => true,
                PerMember::Kinds(kinds) => o
                    .kind
                    .as_deref()
                    .is_some_and(|k| kinds.iter().any(|want| fold_case(want) == fold_case(k))),
            })
            .map(|(i, _)| i)
            .collect()
    }

    pub fn organisation(&self, name: &str) -> Option<usize> {
        match self.resolve(name) {
            Some(Party::Organisation(i)) => Some(i),
            _ => None,
        }
    }
}

/// Reads a function of the network and its holders, reporting holders who are not people in the
/// file and two holders at the same time.
fn read_function(r: &mut Reader, node: &Node, members: &Members) -> Option<Function> {
    let fields = r.map(node, "a function", FUNCTION)?;
    let title = r
        .require(&fields, "title", "a function")
        .and_then(|n| r.name(n, "title"))?;
    let chair = r.opt_bool(&fields, "chair");
    let mut holders: Vec<Holder> = Vec::new();
    for node in r.opt_list(&fields, "holders") {
        let Some(entry) = r.map(node, "a holder", HOLDER) else {
            continue;
        };
        let Some(name_node) = r.require(&entry, "name", "a holder") else {
            continue;
        };
        let Some(name) = r.name(name_node, "name") else {
            continue;
        };
        let person = members.person(&name.value);
        if person.is_none() {
            let help = crate::text::did_you_mean(&name.value, members.people.iter().map(|p| p.name.as_str()))
                .unwrap_or_else(|| crate::msg!("holder-unknown-help"));
            r.invalid(
                Rule::PersonUnknown,
                name_node,
                crate::msg!(
                    "holder-unknown",
                    name = name.value.as_str(),
                    function = title.value.as_str()
                ),
                Some(help),
            );
        }
        if let Some(decided) = entry.get("decided")
            && let Some(text) = r.text(decided, "decided")
            && crate::model::Reference::parse(&text.value).is_err()
        {
            r.invalid(
                Rule::ReferenceUnresolved,
                decided,
                crate::msg!("decided-not-reference", text = text.value.as_str()),
                Some(crate::msg!("decided-not-reference-help")),
            );
        }
        let period = Period::read(r, &entry);
        if let Some(other) = holders.iter().find(|h| h.period.overlaps(&period)) {
            r.invalid(
                Rule::DuplicateEntry,
                node,
                crate::msg!(
                    "function-held-twice",
                    function = title.value.as_str(),
                    first = other.name.as_str(),
                    second = name.value.as_str(),
                    first_period = other.period.to_string(),
                    second_period = period.to_string()
                ),
                Some(crate::msg!("function-held-twice-help")),
            );
        }
        holders.push(Holder {
            name: name.value,
            person,
            period,
        });
    }
    Some(Function {
        title: title.value,
        chair,
        holders,
    })
}

/// An `email:` key, when it holds a plausible address; anything else is reported where it is.
fn read_email(r: &mut Reader, fields: &crate::schema::Fields) -> Option<String> {
    let node = fields.get("email")?;
    let text = r.text(node, "email")?;
    if is_plausible_email(&text.value) {
        return Some(text.value);
    }
    r.invalid(
        Rule::InvalidValue,
        node,
        crate::msg!("email-invalid", text = text.value.as_str()),
        Some(crate::msg!("email-invalid-help")),
    );
    None
}

/// One address as a mail program takes it: a local part, `@`, and a domain of dotted labels;
/// no spaces, no display name, no angle brackets, no second address.
pub fn is_plausible_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let atom = |c: char| !c.is_whitespace() && !c.is_control() && !"<>()[]\\,;:\"@".contains(c);
    !local.is_empty()
        && local.len() <= 64
        && local.chars().all(atom)
        && !local.starts_with('.')
        && !local.ends_with('.')
        && domain.len() <= 253
        && domain.contains('.')
        && domain.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
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
                crate::msg!("name-taken", name = name, other = other.as_str()),
                Some(crate::msg!("name-taken-help")),
            );
        }
        Some(_) => {}
        None => {
            members.index.insert(key, party);
            members.names.push(name.to_owned());
        }
    }
}

impl Function {
    /// The person holding the function on `date`.
    pub fn holder_on(&self, date: NaiveDate) -> Option<usize> {
        self.holders
            .iter()
            .find(|h| h.period.contains(date) && !h.period.is_unbounded())
            .or_else(|| self.holders.iter().find(|h| h.period.contains(date)))
            .and_then(|h| h.person)
    }

    /// Whether `person` holds the function on `date`.
    pub fn held_by(&self, person: usize, date: NaiveDate) -> bool {
        self.holders
            .iter()
            .any(|h| h.person == Some(person) && h.period.contains(date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plausible_addresses() {
        for good in [
            "anna.berg@falun.se",
            "socialchef+schnv@kommun.example.org",
            "åsa@ö.se",
        ] {
            assert!(is_plausible_email(good), "{good}");
        }
        for bad in [
            "anna.berg",
            "anna berg@falun.se",
            "@falun.se",
            "anna@falun",
            "anna@@falun.se",
            "Anna <anna@falun.se>",
            "anna@falun.se, per@falun.se",
            "anna@-falun.se",
            "anna@falun..se",
            ".anna@falun.se",
        ] {
            assert!(!is_plausible_email(bad), "{bad}");
        }
    }

    #[test]
    fn an_implausible_address_is_an_invalid_value_where_it_is_written() {
        let text =
            "network:\n  name: N\n  called: N\n  email: nätverket\npeople:\n  - name: A\n    email: a@b.se\n";
        let file = SourceFile::new("members.yaml", text.to_owned());
        let mut diags = Vec::new();
        let members = crate::yaml::parse(&file, 0, file.text.len())
            .map(|root| Members::read(&file, &root, &mut diags))
            .unwrap_or_default();
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!(diags[0].rule, Rule::InvalidValue);
        assert_eq!(diags[0].pos.line, 4);
        assert_eq!(members.network.email, None);
        assert_eq!(members.people[0].email.as_deref(), Some("a@b.se"));
    }
}
