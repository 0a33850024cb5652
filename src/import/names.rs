//! Finding the members file's names in running text: the network (also as `nätverket`,
//! `nämnden` when that is how its name ends), organisations, people and groups, with their
//! aliases, and the people the document's attendance names who are not in the members file,
//! compared word by word without case or accents. The longest name wins (`Styrgruppen för
//! LCHNV` over `Styrgruppen`).

use crate::network::{Members, Party};
use crate::text::fold;

/// Whoever a name stands for: someone in the members file, or a person the document's
/// attendance names (by index in [`Names::guests`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Who {
    Member(Party),
    Guest(usize),
}

impl Who {
    pub fn is_person(self) -> bool {
        matches!(self, Who::Member(Party::Person(_)) | Who::Guest(_))
    }
}

impl From<Party> for Who {
    fn from(party: Party) -> Who {
        Who::Member(party)
    }
}

/// Words a body's name ends with that the documents use alone for it: `Socialnämnden` is
/// `nämnden`, `IFO-nätverket` is `nätverket`.
const GENERIC: &[&str] = &[
    "natverket",
    "namnden",
    "radet",
    "styrgruppen",
    "utskottet",
    "forbundet",
    "kommitten",
    "gruppen",
    "beredningen",
];

/// `länsgruppen` for Länsgruppen för hemsjukvård i X: the word a network's name starts with,
/// when it is a word for such a body and no group or organisation is called so.
pub fn leading_body_word(members: &Members) -> Option<String> {
    let head = folded_words(&members.network.name);
    let first = head.first().filter(|_| head.len() > 1)?;
    let taken = members
        .groups
        .iter()
        .flat_map(|g| std::iter::once(&g.name).chain(&g.aliases))
        .chain(
            members
                .organisations
                .iter()
                .flat_map(|o| std::iter::once(&o.name).chain(&o.aliases)),
        )
        .any(|n| folded_words(n) == [first.clone()]);
    (GENERIC.iter().any(|g| first.ends_with(g)) && !taken).then(|| first.clone())
}

/// A name found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub party: Who,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// Only a person's first name matched (unique among the people).
    pub first_name: bool,
}

#[derive(Debug, Clone)]
struct Entry {
    words: Vec<String>,
    party: Who,
    /// People and organisations are written with a capital; groups often are not.
    capital: bool,
    first_name: bool,
}

/// The members file's names, ready to be found.
#[derive(Debug, Clone)]
pub struct Names<'a> {
    pub members: &'a Members,
    entries: Vec<Entry>,
    /// People the document names who are not in the members file.
    pub guests: Vec<String>,
}

/// The words of a text with their byte ranges: runs of letters and digits.
pub fn words(text: &str) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let part = c.is_alphanumeric();
        match (start, part) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push((s, i, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn folded_words(text: &str) -> Vec<String> {
    words(text).into_iter().map(|(_, _, w)| fold(w)).collect()
}

impl<'a> Names<'a> {
    pub fn new(members: &'a Members) -> Names<'a> {
        let mut entries = Vec::new();
        let mut add = |name: &str, party: Party, capital: bool, first_name: bool| {
            let words = folded_words(name);
            // A name the members file writes in small letters (`förvaltningen`) is found so.
            let capital = capital && name.chars().next().is_some_and(char::is_uppercase);
            if !words.is_empty() {
                entries.push(Entry {
                    words,
                    party: Who::Member(party),
                    capital,
                    first_name,
                });
            }
        };
        let network = &members.network;
        for name in [Some(&network.name), network.short.as_ref(), Some(&network.called)]
            .into_iter()
            .flatten()
        {
            add(name, Party::Network, false, false);
        }
        // `nämnden` for Socialnämnden, `nätverket` for IFO-nätverket.
        let called = folded_words(&network.called);
        if let Some(last) = called.last()
            && let Some(generic) = GENERIC.iter().find(|g| last.ends_with(*g))
        {
            add(generic, Party::Network, false, false);
        }
        if let Some(first) = leading_body_word(members) {
            add(&first, Party::Network, false, false);
        }
        for (i, org) in members.organisations.iter().enumerate() {
            add(&org.name, Party::Organisation(i), true, false);
            for alias in &org.aliases {
                add(alias, Party::Organisation(i), true, false);
            }
        }
        for (i, group) in members.groups.iter().enumerate() {
            add(&group.name, Party::Group(i), false, false);
            for alias in &group.aliases {
                add(alias, Party::Group(i), false, false);
            }
        }
        for (i, person) in members.people.iter().enumerate() {
            add(&person.name, Party::Person(i), true, false);
        }
        // First names that only one person has.
        let firsts: Vec<String> = members
            .people
            .iter()
            .filter_map(|p| p.name.split_whitespace().next().map(fold))
            .collect();
        for (i, person) in members.people.iter().enumerate() {
            let Some(first) = firsts.get(i) else { continue };
            if firsts.iter().filter(|f| *f == first).count() == 1
                && let Some(word) = person.name.split_whitespace().next()
            {
                add(word, Party::Person(i), true, true);
            }
        }
        entries.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
        Names {
            members,
            entries,
            guests: Vec::new(),
        }
    }

    /// Adds the people the document's attendance names who are not in the members file, so
    /// that follow-ups can name them.
    pub fn add_guests(&mut self, names: &[String]) {
        for name in names.iter().filter(|n| folded_words(n).len() >= 2) {
            self.add_guest(name, true);
        }
    }

    /// Adds a function a task names as its owner without a name (`förvaltningschefen`): written
    /// as the document writes it, found in small letters.
    pub fn add_office(&mut self, title: &str) {
        self.add_guest(title, false);
    }

    /// A guest found by its words, only with its capital when `capital`.
    fn add_guest(&mut self, name: &str, capital: bool) {
        let words = folded_words(name);
        if words.is_empty() || self.guests.iter().any(|g| fold(g) == fold(name)) {
            return;
        }
        self.guests.push(name.to_owned());
        self.entries.push(Entry {
            words,
            party: Who::Guest(self.guests.len() - 1),
            capital,
            first_name: false,
        });
        self.entries.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
    }

    /// Lets a function's title name the one who holds it at this meeting (`ordföranden` for the
    /// chair), in any case.
    pub fn add_function(&mut self, titles: &[&str], holder: &str) {
        self.add_aliases(titles, holder, false);
    }

    /// Lets a person's initials (`EE`, as the attendance gives them) name the person, written
    /// in capitals only.
    pub fn add_initials(&mut self, initials: &str, holder: &str) {
        if folded_words(initials).len() == 1 {
            self.add_aliases(&[initials], holder, true);
        }
    }

    /// Other words for the one the holder's name stands for, each unless it names someone
    /// already; with `capital`, found only with its capital.
    fn add_aliases(&mut self, aliases: &[&str], holder: &str, capital: bool) {
        let Some(&[who]) = self.only_names(holder).as_deref() else {
            return;
        };
        for alias in aliases {
            let words = folded_words(alias);
            if words.is_empty() || self.entries.iter().any(|e| e.words == words) {
                continue;
            }
            self.entries.push(Entry {
                words,
                party: who,
                capital,
                first_name: false,
            });
        }
        self.entries.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
    }

    /// Whether a text is nothing but the name of an organisation in the members file.
    pub fn organisation_only(&self, text: &str) -> bool {
        let words = folded_words(text);
        self.entries
            .iter()
            .any(|e| matches!(e.party, Who::Member(Party::Organisation(_))) && e.words == words)
    }

    /// Every name in a text, left to right, longest first where they overlap.
    pub fn find_all(&self, text: &str) -> Vec<Found> {
        self.find(text, false)
    }

    /// The name at the very start of a text, written in any case (`individ- och
    /// familjeomsorgen` in a decision clause).
    pub fn at_start_loose(&self, text: &str) -> Option<Found> {
        let lead = text.len() - text.trim_start().len();
        self.find(text, true)
            .into_iter()
            .next()
            .filter(|f| f.start == lead)
    }

    /// `loose`: names of people and organisations also without their capital.
    fn find(&self, text: &str, loose: bool) -> Vec<Found> {
        let words = words(text);
        let folded: Vec<String> = words.iter().map(|(_, _, w)| fold(w)).collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let hit = self.entries.iter().find(|entry| {
                let n = entry.words.len();
                i + n <= words.len()
                    && folded[i..i + n] == entry.words[..]
                    && (loose || !entry.capital || words[i].2.chars().next().is_some_and(char::is_uppercase))
            });
            match hit {
                Some(entry) => {
                    let n = entry.words.len();
                    out.push(Found {
                        party: entry.party,
                        start: words[i].0,
                        end: words[i + n - 1].1,
                        first_name: entry.first_name,
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    /// The name at the very start of a text, if one is.
    pub fn at_start(&self, text: &str) -> Option<Found> {
        let lead = text.len() - text.trim_start().len();
        self.find_all(text).into_iter().next().filter(|f| f.start == lead)
    }

    /// The parties a text names when it is nothing but names and small joining words (`Johanna
    /// Munters, tillsammans med Tommy Berglund`). `None` when anything else is in it.
    pub fn only_names(&self, text: &str) -> Option<Vec<Who>> {
        let found = self.find(text, true);
        if found.is_empty() {
            return None;
        }
        let mut rest = String::new();
        let mut cursor = 0;
        for f in &found {
            rest.push_str(&text[cursor..f.start]);
            rest.push(' ');
            cursor = f.end;
        }
        rest.push_str(&text[cursor..]);
        let leftover: Vec<&str> = words(&rest).into_iter().map(|(_, _, w)| w).collect();
        // Only words that join names: `och`, `samt`, `tillsammans med` (also as a scan may spell it).
        let joining = |w: &&str| {
            let w = w.to_lowercase();
            matches!(
                w.as_str(),
                "och" | "samt" | "med" | "respektive" | "även" | "också" | "resp"
            ) || (w.chars().count() >= 9 && strsim::levenshtein(&w, "tillsammans") <= 1)
        };
        if !leftover.iter().all(joining) || leftover.len() > 3 {
            return None;
        }
        let mut parties: Vec<Who> = Vec::new();
        for f in found {
            if !parties.contains(&f.party) {
                parties.push(f.party);
            }
        }
        Some(parties)
    }

    /// The canonical name of a party, as owners and report-back are written.
    pub fn name_of(&self, who: Who) -> &str {
        match who {
            Who::Member(party) => self.members.name_of(party),
            Who::Guest(i) => self.guests.get(i).map(String::as_str).unwrap_or(""),
        }
    }

    /// The names a running header would carry, folded: the network and the organisations.
    pub fn header_names(&self) -> Vec<String> {
        self.entries
            .iter()
            .filter(|e| matches!(e.party, Who::Member(Party::Network | Party::Organisation(_))))
            .map(|e| e.words.join(" "))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::testing::members;

    #[test]
    fn longest_names_first_and_first_names_when_unique() {
        let members = members();
        let names = Names::new(&members);
        let found = names.find_all("Styrgruppen för LNV bad Olle och Vera Lund; styrgruppen svarade.");
        let parties: Vec<Who> = found.iter().map(|f| f.party).collect();
        let olle = members.person("Olle Berg").map(|p| Who::Member(Party::Person(p)));
        let lund = members.person("Vera Lund").map(|p| Who::Member(Party::Person(p)));
        let group = Some(Who::Member(Party::Group(0)));
        assert_eq!(
            parties.into_iter().map(Some).collect::<Vec<_>>(),
            vec![group, olle, lund, group]
        );
        assert!(found[1].first_name);
        // Vera is two people: not a name on its own.
        assert!(names.find_all("Vera kom").is_empty());
        // A capital is needed for people and organisations.
        assert!(names.find_all("regionen och kommunerna").is_empty());
    }

    #[test]
    fn only_names() {
        let members = members();
        let names = Names::new(&members);
        let lund = members.person("Vera Lund").map(|p| Who::Member(Party::Person(p)));
        let olle = members.person("Olle Berg").map(|p| Who::Member(Party::Person(p)));
        assert_eq!(
            names.only_names("Vera Lund, tillsammans med Olle Berg,"),
            [lund, olle].into_iter().collect::<Option<Vec<_>>>()
        );
        assert_eq!(names.only_names("Representanter för Länsnätverket"), None);
    }

    #[test]
    fn the_word_a_networks_name_starts_with_names_it() {
        let mut members = members();
        members.network.name = "Länsgruppen för hemsjukvård i Örebro län".to_owned();
        members.network.called = "Hemsjukvårdsgruppen".to_owned();
        let names = Names::new(&members);
        assert_eq!(
            names.only_names("Länsgruppen"),
            Some(vec![Who::Member(Party::Network)])
        );
        // Not when a group of the members file is called so.
        members.groups[0].aliases.push("Länsgruppen".to_owned());
        let names = Names::new(&members);
        assert_ne!(
            names.only_names("Länsgruppen"),
            Some(vec![Who::Member(Party::Network)])
        );
    }
}
