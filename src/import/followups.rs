//! Follow-ups written as prose, turned into assignments with owners from the members file:
//!
//! - `uppdra X att ...`, `X uppdras att ...`, `X får i uppdrag att ...`, `får X i uppdrag att ...`
//! - `X tar hem frågan (om ...) och återkommer med förslag` (reports back to the network)
//! - `... bereds vidare i X`, `... tas vidare till X`, `... förs i X`
//! - `... återrapporteras till Y`, `återrapportering sker till Y`, `återkoppling till Y sker`:
//!   whom the item's assignments report back to; alone, an assignment for whoever the text
//!   named last
//!
//! An owner must be a name (or alias) in the members file, or `hon`/`han` for the person the
//! sentence before names. A follow-up whose owner cannot be resolved is reported, not guessed.

use super::names::Names;
use super::recognise::{Block, ClauseKind, Item};
use crate::network::Party;
use regex::Regex;
use std::sync::LazyLock;

/// An assignment found in the text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Assignment {
    pub owners: Vec<String>,
    pub task: String,
    pub report_to: Option<String>,
    /// The sentence it came from, as it stands in the output.
    pub sentence: String,
    pub line: usize,
    /// The form that was recognised (`uppdra X att`).
    pub form: &'static str,
    /// How an owner or the report-back was found, when not by name.
    pub notes: Vec<String>,
}

/// A follow-up that could not be made an assignment.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Unresolved {
    pub item: String,
    pub line: usize,
    pub sentence: String,
    pub why: String,
}

static UPPDRA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\buppdra\s+(?:åt\s+)?(.+?)\s+att\s+(.+)$").unwrap_or_else(|_| unreachable!())
});
static UPPDRAS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:att\s+)?(.+?)\s+uppdras\s+att\s+(.+)$").unwrap_or_else(|_| unreachable!())
});
static FAR_UPPDRAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:att\s+)?(.+?)\s+får\s+i\s+uppdrag\s+att\s+(.+)$").unwrap_or_else(|_| unreachable!())
});
static FAR_X_UPPDRAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bfår\s+(.+?)\s+i\s+uppdrag\s+att\s+(.+)$").unwrap_or_else(|_| unreachable!())
});
static TAR_HEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:att\s+)?(.+?)\s+tar\s+(?:hem|med\s+sig)\s+((?:frågan|ärendet|punkten)\b.*?)\s+och\s+återkommer\s+med\s+(.+)$")
        .unwrap_or_else(|_| unreachable!())
});
static UPPMANAS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:att\s+)?(.+?)\s+uppmana(?:s|des)\s+att\s+(.+)$").unwrap_or_else(|_| unreachable!())
});
static CARRIED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(bereds|beredas|tas|förs|föras|lyfts|lyftas)\s+vidare\s+(i|till)\s+(.+)$")
        .unwrap_or_else(|_| unreachable!())
});
static HELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(förs|föras)\s+i\s+(.+)$").unwrap_or_else(|_| unreachable!()));
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(återrapporteras|återrapportering|återkoppling)\s+(?:sker\s+)?till\s+(.+)$")
        .unwrap_or_else(|_| unreachable!())
});
static MODAL_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\s+(?:ska|skall|kommer\s+att|bör|behöver|måste|därför|nu|också|även|sedan))+\s*$")
        .unwrap_or_else(|_| unreachable!())
});

/// One sentence to look at, with where it stands.
struct Sentence {
    text: String,
    line: usize,
    /// The sentences before it in its paragraph.
    before: Vec<String>,
}

/// Finds the follow-ups of each item and adds them as assignments.
pub fn find(items: &mut [Item], names: &Names) -> Vec<Unresolved> {
    let mut unresolved = Vec::new();
    for item in items.iter_mut() {
        let label = item.number_text();
        let sentences = sentences_of(item);
        let mut found: Vec<Assignment> = Vec::new();
        let mut parties: Vec<Vec<Party>> = Vec::new();
        let mut report_backs: Vec<(Party, Sentence)> = Vec::new();
        for sentence in sentences {
            match recognise(&sentence, names, item) {
                Outcome::Assignment(assignment, owners) => {
                    let mut key = owners.clone();
                    key.sort();
                    match parties.iter().position(|p| *p == key) {
                        Some(k) => {
                            if found[k].report_to.is_none() {
                                found[k].report_to = assignment.report_to;
                            }
                        }
                        None => {
                            parties.push(key);
                            found.push(assignment);
                        }
                    }
                }
                Outcome::ReportBack(party) => report_backs.push((party, sentence)),
                Outcome::Unresolved(why) => unresolved.push(Unresolved {
                    item: label.clone(),
                    line: sentence.line,
                    sentence: sentence.text.clone(),
                    why,
                }),
                Outcome::Nothing => {}
            }
        }
        for (to, sentence) in report_backs {
            let to_name = names.name_of(to).to_owned();
            if !found.is_empty() {
                for assignment in found.iter_mut().filter(|a| a.report_to.is_none()) {
                    assignment.report_to = Some(to_name.clone());
                    assignment.notes.push(format!(
                        "reports back to {to_name} by line {}: “{}”",
                        sentence.line,
                        super::recognise::truncate(&sentence.text, 80)
                    ));
                }
                continue;
            }
            // Nobody was given the task: whoever the text named last before it.
            let owner = sentence.before.iter().rev().find_map(|s| {
                names
                    .find_all(s)
                    .into_iter()
                    .rev()
                    .find(|f| f.party != to && f.party != Party::Network && !f.first_name)
                    .map(|f| f.party)
            });
            let Some(owner) = owner else {
                unresolved.push(Unresolved {
                    item: label.clone(),
                    line: sentence.line,
                    sentence: sentence.text.clone(),
                    why: "it says to report back but names nobody who is to do it".to_owned(),
                });
                continue;
            };
            let owner_name = names.name_of(owner).to_owned();
            let rest = REPORTED
                .captures(&sentence.text)
                .and_then(|c| c.get(2).map(|m| m.as_str().to_owned()))
                .unwrap_or_default();
            let after = names
                .at_start(&rest)
                .map(|f| rest[f.end..].trim().to_owned())
                .unwrap_or_default();
            let after = after.strip_prefix("sker").unwrap_or(&after).trim();
            let task = format!(
                "återkoppla till {}{}",
                to_name_written(&rest, names).unwrap_or(to_name.clone()),
                if after.is_empty() {
                    String::new()
                } else {
                    format!(" {}", after.trim_end_matches('.'))
                }
            );
            found.push(Assignment {
                owners: vec![owner_name.clone()],
                task,
                report_to: Some(to_name.clone()),
                sentence: sentence.text.clone(),
                line: sentence.line,
                form: "återkoppling till Y sker",
                notes: vec![format!(
                    "owner {owner_name}: the organisation or person the text names before the sentence"
                )],
            });
        }
        if !found.is_empty() {
            item.blocks.push(Block::Assignments(found));
        }
    }
    unresolved
}

fn to_name_written(rest: &str, names: &Names) -> Option<String> {
    names.at_start(rest).map(|f| rest[f.start..f.end].to_owned())
}

enum Outcome {
    Assignment(Assignment, Vec<Party>),
    ReportBack(Party),
    Unresolved(String),
    Nothing,
}

/// The sentences of an item: decision clauses first (they are the decision), then prose.
fn sentences_of(item: &Item) -> Vec<Sentence> {
    let mut out = Vec::new();
    for block in &item.blocks {
        if let Block::Clauses {
            kind: ClauseKind::Decision,
            clauses,
            ..
        } = block
        {
            for clause in clauses {
                out.push(Sentence {
                    text: clause.text.clone(),
                    line: clause.line,
                    before: Vec::new(),
                });
            }
        }
    }
    for block in &item.blocks {
        if let Block::Prose {
            text,
            line,
            inline_decision: false,
        } = block
        {
            let parts = split_sentences(text);
            for (k, part) in parts.iter().enumerate() {
                out.push(Sentence {
                    text: part.clone(),
                    line: *line,
                    before: parts[..k].to_vec(),
                });
            }
        }
    }
    out
}

/// Splits running text into sentences (a full stop, then a capital).
pub fn split_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = 0;
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next_space = chars.get(k + 1).is_some_and(|&(_, n)| n == ' ');
        let next_capital = chars.get(k + 2).is_some_and(|&(_, n)| n.is_uppercase());
        if !(next_space && next_capital) {
            continue;
        }
        // `bl.a.`, `t.f.`, `kl.`: not the end of a sentence.
        let word: String = text[start..i].rsplit(' ').next().unwrap_or("").to_owned();
        if word.chars().count() <= 2 || word.contains('.') {
            continue;
        }
        out.push(text[start..=i].trim().to_owned());
        start = i + 1;
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest.to_owned());
    }
    out
}

fn recognise(sentence: &Sentence, names: &Names, item: &Item) -> Outcome {
    let text = sentence.text.trim().trim_end_matches(['.', ';', ',']).trim();
    let owners_of = |span: &str| -> Result<(Vec<Party>, Vec<String>), String> {
        let span = span.trim().trim_matches(',').trim();
        if let Some(person) = pronoun(span, sentence, names) {
            return Ok((
                vec![person],
                vec![format!(
                    "“{span}” is {}, named in the sentence before",
                    names.name_of(person)
                )],
            ));
        }
        names
            .only_names(span)
            .map(|p| (p, Vec::new()))
            .ok_or_else(|| format!("“{span}” is not a name in members.yaml"))
    };
    let make = |owners: Vec<Party>,
                task: String,
                form: &'static str,
                notes: Vec<String>,
                report_to: Option<Party>| {
        let report_to = report_to.or_else(|| reported_to(text, names));
        Outcome::Assignment(
            Assignment {
                owners: owners.iter().map(|p| names.name_of(*p).to_owned()).collect(),
                task: lower_first(task.trim().trim_end_matches('.'), names),
                report_to: report_to.map(|p| names.name_of(p).to_owned()),
                sentence: sentence.text.clone(),
                line: sentence.line,
                form,
                notes,
            },
            owners,
        )
    };

    for (regex, form) in [
        (&*UPPDRAS, "X uppdras att"),
        (&*FAR_UPPDRAG, "X får i uppdrag att"),
        (&*FAR_X_UPPDRAG, "får X i uppdrag att"),
        (&*UPPDRA, "uppdra X att"),
        (&*UPPMANAS, "X uppmanas att"),
    ] {
        if let Some(caps) = regex.captures(text) {
            let (Some(who), Some(task)) = (caps.get(1), caps.get(2)) else {
                continue;
            };
            let who = last_clause(who.as_str());
            return match owners_of(who) {
                Ok((owners, notes)) => make(owners, task.as_str().to_owned(), form, notes, None),
                Err(why) => Outcome::Unresolved(format!("{form}: {why}")),
            };
        }
    }
    if let Some(caps) = TAR_HEM.captures(text) {
        let (Some(who), Some(what), Some(with)) = (caps.get(1), caps.get(2), caps.get(3)) else {
            return Outcome::Nothing;
        };
        let who = last_clause(who.as_str());
        return match owners_of(who) {
            Ok((owners, notes)) => make(
                owners,
                format!("ta hem {} och återkomma med {}", what.as_str(), with.as_str()),
                "X tar hem frågan och återkommer",
                notes,
                Some(Party::Network),
            ),
            Err(why) => Outcome::Unresolved(format!("tar hem frågan: {why}")),
        };
    }
    let carried = CARRIED.captures(text).map(|c| (c.get(0), c.get(1), c.get(3)));
    let held = HELD.captures(text).map(|c| (c.get(0), c.get(1), c.get(2)));
    if let Some((Some(whole), Some(verb), Some(span))) = carried.or(held) {
        let Some(found) = names.at_start(span.as_str()) else {
            return Outcome::Unresolved(format!(
                "“{}” is not a name in members.yaml",
                super::recognise::truncate(span.as_str(), 40)
            ));
        };
        let subject = subject(&text[..whole.start()], names);
        let generic = matches!(
            subject.to_lowercase().as_str(),
            "" | "punkten" | "ärendet" | "frågan" | "arbetet" | "det"
        );
        let subject_text = if subject.is_empty() {
            "frågan".to_owned()
        } else {
            subject.clone()
        };
        let purpose = span.as_str()[found.end..].trim();
        let purpose = purpose.split(" och återrapporteras").next().unwrap_or("").trim();
        let purpose = if purpose.starts_with("för ") {
            format!(" {purpose}")
        } else {
            String::new()
        };
        let verb = verb.as_str().to_lowercase();
        let task = if verb.starts_with("bered") {
            format!("bereda {subject_text} vidare{purpose}")
        } else if verb.starts_with("för") && !whole.as_str().to_lowercase().contains("vidare") {
            format!("föra {subject_text}")
        } else if verb.starts_with("lyft") {
            format!("lyfta {subject_text} vidare{purpose}")
        } else {
            format!("ta {subject_text} vidare{purpose}")
        };
        let task = if generic {
            format!("{task} ({})", item.title)
        } else {
            task
        };
        return make(
            vec![found.party],
            task,
            "bereds/tas vidare i/till X",
            Vec::new(),
            None,
        );
    }
    if let Some(to) = reported_to(text, names) {
        return Outcome::ReportBack(to);
    }
    if REPORTED.is_match(text) {
        return Outcome::Unresolved(
            "it says to report back to someone who is not in members.yaml".to_owned(),
        );
    }
    Outcome::Nothing
}

/// Whom a sentence says to report back to.
fn reported_to(text: &str, names: &Names) -> Option<Party> {
    let caps = REPORTED.captures(text)?;
    names.at_start(caps.get(2)?.as_str()).map(|f| f.party)
}

/// The part after the last `att` of a span: `Vid mötet sades att Region X` → `Region X`.
fn last_clause(span: &str) -> &str {
    match span.rfind(" att ") {
        Some(i) => &span[i + 5..],
        None => span.strip_prefix("att ").unwrap_or(span),
    }
}

/// The subject of a passive sentence: what comes before its verb, after its last `att`, without
/// `ska`, `kommer att` and the like.
fn subject(before: &str, names: &Names) -> String {
    let without = MODAL_TAIL.replace(before.trim(), "");
    let clause = last_clause(without.trim()).trim();
    let clause = clause.strip_prefix("att ").unwrap_or(clause);
    lower_first(clause, names)
}

/// `hon`, `han` or `hen`: the person the sentences before name last.
fn pronoun(span: &str, sentence: &Sentence, names: &Names) -> Option<Party> {
    if !matches!(span.to_lowercase().as_str(), "hon" | "han" | "hen") {
        return None;
    }
    sentence.before.iter().rev().find_map(|s| {
        names
            .find_all(s)
            .into_iter()
            .rev()
            .find(|f| matches!(f.party, Party::Person(_)))
            .map(|f| f.party)
    })
}

fn lower_first(text: &str, names: &Names) -> String {
    let first: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
    if names.at_start(text).is_some() || (first.chars().count() > 1 && first.chars().all(char::is_uppercase))
    {
        return text.to_owned();
    }
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::recognise::Clause;
    use crate::import::testing::members;

    fn item(prose: &[&str], clauses: &[&str]) -> Item {
        let mut item = Item {
            number: 5,
            letter: Some('b'),
            title: "Ett ärende".into(),
            ..Item::default()
        };
        for (k, p) in prose.iter().enumerate() {
            item.blocks.push(Block::Prose {
                text: (*p).to_owned(),
                line: 10 + k,
                inline_decision: false,
            });
        }
        if !clauses.is_empty() {
            item.blocks.push(Block::Clauses {
                kind: ClauseKind::Decision,
                intro: "Länsnätverket beslutade".into(),
                clauses: clauses
                    .iter()
                    .map(|c| Clause {
                        text: (*c).to_owned(),
                        line: 20,
                    })
                    .collect(),
                line: 19,
            });
        }
        item
    }

    fn run(item: Item) -> (Vec<Assignment>, Vec<Unresolved>) {
        let members = members();
        let names = Names::new(&members);
        let mut items = vec![item];
        let unresolved = find(&mut items, &names);
        (items[0].assignments().cloned().collect(), unresolved)
    }

    #[test]
    fn uppdra_with_two_owners_and_a_report_back() {
        let (found, unresolved) = run(item(
            &["Arbetsgruppens förslag ska återrapporteras till LNV för fortsatt hantering."],
            &["att uppdra Vera Lund, tillsammans med Olle Berg, att samordna arbetet"],
        ));
        assert!(unresolved.is_empty(), "{unresolved:?}");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].owners, vec!["Vera Lund", "Olle Berg"]);
        assert_eq!(found[0].task, "samordna arbetet");
        assert_eq!(found[0].report_to.as_deref(), Some("LNV"));
    }

    #[test]
    fn tar_hem_with_a_pronoun_and_carried_to_a_group() {
        let (found, _) = run(item(
            &[
                "Olle bedömde att frågan inte var färdig. Han tar hem ärendet till Regionen och återkommer med förslag.",
                "Punkten tas vidare till styrgruppen för LNV för fortsatt beredning.",
            ],
            &[],
        ));
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].owners, vec!["Olle Berg"]);
        assert_eq!(
            found[0].task,
            "ta hem ärendet till Regionen och återkomma med förslag"
        );
        assert_eq!(found[0].report_to.as_deref(), Some("LNV"));
        assert_eq!(found[1].owners, vec!["Styrgruppen"]);
        assert_eq!(
            found[1].task,
            "ta punkten vidare för fortsatt beredning (Ett ärende)"
        );
    }

    #[test]
    fn unknown_owners_are_reported_and_duplicates_merged() {
        let (found, unresolved) = run(item(
            &[
                "Representanter för Länsnätverket uppmanades att lämna synpunkter.",
                "Region Västmark tar hem frågan och återkommer med förslag.",
            ],
            &["att Region Västmark tar hem frågan om en ny representant och återkommer med förslag"],
        ));
        assert_eq!(found.len(), 1);
        assert!(found[0].task.contains("om en ny representant"));
        assert_eq!(unresolved.len(), 1);
        assert!(unresolved[0].why.contains("Representanter för Länsnätverket"));
    }

    #[test]
    fn report_back_alone_goes_to_whoever_was_named() {
        let (found, _) = run(item(
            &[
                "Norrby meddelade att beslutet dröjer. Återkoppling till Länsnätverket sker så snart beslut är fattat.",
            ],
            &[],
        ));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].owners, vec!["Norrby"]);
        assert_eq!(
            found[0].task,
            "återkoppla till Länsnätverket så snart beslut är fattat"
        );
        assert_eq!(found[0].report_to.as_deref(), Some("LNV"));
    }

    #[test]
    fn sentences() {
        assert_eq!(
            split_sentences("Det gäller bl.a. hälsa. Beslut tas kl. 9 i dag. Nästa steg!"),
            vec![
                "Det gäller bl.a. hälsa.",
                "Beslut tas kl. 9 i dag.",
                "Nästa steg!"
            ]
        );
    }
}
