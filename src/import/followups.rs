//! Follow-ups turned into assignments: in decision clauses and prose (the forms are in
//! [`super::tasks`]), and in follow-up tables ([`super::actions`]). Each gets its owners (every
//! one resolved to a person, organisation or group of the members file, or to a person the
//! document names), its due date ([`super::due`]) and whom it reports to (`redovisas för
//! styrgruppen`, `återrapporteras till …`, a table's `Återrapport` column). A sentence after a
//! task that only says when or to whom (`Analysen redovisas för beredningsgruppen senast den 4
//! maj.`) completes it. Also recognised, as before: `… bereds vidare i X`, `… tas vidare till
//! X`, `… förs i X`, and `återkoppling till Y sker …` with nobody named to do it.
//!
//! What the import is unsure of is still written as an assignment and listed; a sentence that
//! reads like a task but gives none, and a follow-up whose owner cannot be resolved, are listed.

use super::actions::{ActionTable, Row};
use super::due::{self, Due};
use super::names::{Found as NameFound, Names, Who};
use super::recognise::{Block, ClauseKind, Item};
use super::roster;
use super::tasks::{self, Form};
use crate::model::Kind;
use crate::network::Party;
use regex::Regex;
use std::sync::LazyLock;

/// An assignment found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub owners: Vec<String>,
    pub task: String,
    pub report_to: Option<String>,
    pub due: Option<Due>,
    /// The sentence it came from, as it stands in the output.
    pub sentence: String,
    pub line: usize,
    /// The form that was recognised (`uppdra X att`).
    pub form: &'static str,
    /// How an owner or the report-back was found, when not by name.
    pub notes: Vec<String>,
    /// Why the import is not sure this is a task, when it is not.
    pub unsure: Option<String>,
}

/// A follow-up that could not be made an assignment.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Unresolved {
    pub item: String,
    pub line: usize,
    pub sentence: String,
    pub why: String,
}

/// What the follow-ups of a document gave besides the assignments.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub unresolved: Vec<Unresolved>,
    /// Sentences that read like tasks but were not made tasks, and why.
    pub not_tasks: Vec<Unresolved>,
}

/// What follow-ups are read against.
pub struct Context<'a> {
    pub kind: Kind,
    pub calendar: &'a due::Calendar,
}

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
static TOGETHER_WITH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[Tt]illsammans\s+med\s+(.+?)(?:\s+och\s+\p{Ll}|\s+\p{Ll}|[,.;]|$)")
        .unwrap_or_else(|_| unreachable!())
});
/// `i samarbete med regionen`, `tillsammans med vuxenpsykiatrin i Region Skåne ta fram …`: the
/// words after it, to be read as names.
static WITH_WHOM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:[Tt]illsammans|i\s+samarbete|i\s+samverkan)\s+med\s+([^,.;]+)")
        .unwrap_or_else(|_| unreachable!())
});
/// `X i respektive kommun`, `X i varje kommun`: X, each in their own place.
static EACH_IN_THEIR_OWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.+?)\s+(?:i|på|inom)\s+(?:respektive|varje|sin|sitt|sina|alla)\s+\p{L}+$")
        .unwrap_or_else(|_| unreachable!())
});
static PARENTHESES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\([^)]*\)").unwrap_or_else(|_| unreachable!()));

/// One sentence to look at, with where it stands.
struct Sentence {
    text: String,
    line: usize,
    /// A decision's clause: what the network decided, the fullest form of a task.
    clause: bool,
    /// The sentences before it in its paragraph.
    before: Vec<String>,
    /// The sentence after it in its paragraph.
    after: Option<String>,
    /// A point of a list under `Att göra:` (or `Åtgärder:`): a task even without a time.
    todo: bool,
}

/// The label of a list of things to do: `Att göra:`, `Åtgärder:`, `Uppföljning:`.
fn is_todo_label(text: &str) -> bool {
    let bare = text.trim().trim_end_matches(':').trim().to_lowercase();
    matches!(
        bare.as_str(),
        "att göra" | "åtgärder" | "åtgärd" | "uppföljning" | "uppdrag" | "att göra till nästa möte"
    )
}

/// A sentence marked as a task by a label before it (`UPPDRAG: Eva Ek skickar …`, `Åtgärd:
/// …`): the sentence without the marker.
fn marked_task(sentence: &str) -> Option<&str> {
    let (marker, rest) = sentence.split_once(':')?;
    let rest = rest.trim();
    (is_todo_label(marker) && rest.starts_with(char::is_uppercase)).then_some(rest)
}

/// Finds the follow-ups of each item and adds them as assignments; then the rows of the
/// follow-up tables. People named as owners who are in neither the members file nor the
/// attendance are added to `names` as guests.
pub fn find(
    items: &mut [Item],
    tables: &[(usize, ActionTable)],
    names: &mut Names,
    ctx: &Context,
) -> Outcome {
    let mut outcome = Outcome::default();
    for item in items.iter_mut() {
        let label = item.number_text();
        let found = item_follow_ups(item, names, ctx, &label, &mut outcome);
        if !found.is_empty() {
            item.blocks.push(Block::Assignments(found));
        }
    }
    for (at, table) in tables {
        // A table after the last item without an item column: each row under the item whose
        // text it restates.
        // A checklist under the last item stays there.
        let closing = *at + 1 == items.len()
            && table
                .rows
                .iter()
                .all(|r| r.item.is_none() && r.status != super::actions::OPEN_BOX);
        for row in &table.rows {
            let target = row
                .item
                .as_deref()
                .and_then(|written| item_by_label(items, written))
                .or_else(|| closing.then(|| item_restated(items, row)).flatten())
                .unwrap_or(*at);
            let Some(item) = items.get_mut(target) else {
                continue;
            };
            match table_row(row, names, ctx) {
                Ok(mut assignment) => {
                    drop_restated(item, &mut assignment);
                    push_assignment(item, assignment);
                }
                Err(why) => {
                    // Not a task it could read: the row's words stay in the item as text.
                    item.blocks.push(Block::Prose {
                        text: row.text.clone(),
                        line: row.line,
                        inline_decision: false,
                    });
                    outcome.unresolved.push(Unresolved {
                        item: item.number_text(),
                        line: row.line,
                        sentence: row.text.clone(),
                        why,
                    });
                }
            }
        }
    }
    outcome
}

/// The one item whose text a row's task restates, more than any other item's text: most of its
/// words (compared by their stems, `jämförelse` and `jämföra`), or some where the item also names
/// the row's owner or points to the table (`Se uppföljningslistan.`).
fn item_restated(items: &[Item], row: &Row) -> Option<usize> {
    let owners: Vec<String> = row
        .owners
        .replace(" och ", ",")
        .split(',')
        .map(|o| o.trim().to_lowercase())
        .filter(|o| o.chars().count() > 3)
        .collect();
    let scores: Vec<f64> = items
        .iter()
        .map(|item| {
            let text = item_text(item);
            let lower = text.to_lowercase();
            let stems = stem_overlap(&row.task, &text);
            if stems == 0.0 {
                return 0.0;
            }
            let shared = overlap(&row.task, &text).max(stems);
            let named = owners.iter().any(|o| lower.contains(o.as_str()));
            let points = [
                "tabellen",
                "listan",
                "uppföljningslistan",
                "åtgärdslistan",
                "uppdragslistan",
            ]
            .iter()
            .any(|w| lower.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w));
            shared + if named { 0.5 } else { 0.0 } + if points { 0.6 } else { 0.0 }
        })
        .collect();
    let best = scores.iter().copied().fold(0.0, f64::max);
    let at = scores.iter().position(|s| *s == best)?;
    // Half its words, or some of them where the item names the owner.
    (best >= 0.6 && scores.iter().filter(|s| **s == best).count() == 1).then_some(at)
}

/// Whether the first content word of `a` is, by its stem, among `b`'s.
fn leads_with_shared_stem(a: &str, b: &str) -> bool {
    let first: String = a
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| w.chars().count() > 3)
        .unwrap_or("")
        .to_lowercase();
    !first.is_empty() && stem_overlap(&first, b) > 0.0
}

/// How much of `a`'s content words are in `b`, compared by their first five letters (the stem
/// of most Swedish inflections: `platser` and `platserna`); short function words do not count.
fn stem_overlap(a: &str, b: &str) -> f64 {
    const FUNCTION: &[&str] = &[
        "till", "från", "inom", "efter", "under", "över", "mellan", "samt", "eller",
    ];
    let stems = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .filter(|w| w.chars().count() > 3 && !FUNCTION.contains(&w.as_str()))
            .map(|w| w.chars().take(5).collect())
            .collect()
    };
    let (a, b) = (stems(a), stems(b));
    if a.is_empty() {
        return 0.0;
    }
    a.iter().filter(|w| b.contains(w)).count() as f64 / a.len() as f64
}

/// An item's title and the words of its text and clauses.
fn item_text(item: &Item) -> String {
    let mut text = item.title.clone();
    for block in &item.blocks {
        match block {
            Block::Prose { text: prose, .. } => text.push_str(&format!(" {prose}")),
            Block::Bullets { items, .. } => text.push_str(&format!(" {}", items.join(" "))),
            Block::Clauses { clauses, .. } => {
                for clause in clauses {
                    text.push_str(&format!(" {}", clause.text));
                }
            }
            _ => {}
        }
    }
    text
}

/// A task the item's text gave that a follow-up row restates (`att ge X i uppdrag att T` and
/// the row `T | X`): the row is the assignment, with what the text gave and the row does not.
fn drop_restated(item: &mut Item, row: &mut Assignment) {
    let same_owners = |a: &Assignment| {
        let key = |o: &[String]| {
            let mut k: Vec<String> = o.iter().map(|n| n.to_lowercase()).collect();
            k.sort();
            k
        };
        key(&a.owners) == key(&row.owners)
    };
    for block in &mut item.blocks {
        if let Block::Assignments(list) = block {
            let mut kept = Vec::with_capacity(list.len());
            for a in list.drain(..) {
                // Either may say more (the row's time in words, the text's article).
                // Or, for the same owners, the thing the row leads with (`Förfrågningsunderlag
                // för …` and `ta fram ett förfrågningsunderlag i samråd …`).
                let restates = overlap(&row.task, &a.task).max(overlap(&a.task, &row.task)) >= 0.5
                    || stem_overlap(&row.task, &a.task) >= 0.5
                    || leads_with_shared_stem(&row.task, &a.task);
                if a.form == "follow-up table row" || !same_owners(&a) || !restates {
                    kept.push(a);
                    continue;
                }
                if row.due.is_none() {
                    row.due = a.due;
                }
                if row.report_to.is_none() {
                    row.report_to = a.report_to;
                }
            }
            *list = kept;
        }
    }
}

fn push_assignment(item: &mut Item, assignment: Assignment) {
    if let Some(Block::Assignments(list)) = item
        .blocks
        .iter_mut()
        .rev()
        .find(|b| matches!(b, Block::Assignments(_)))
    {
        list.push(assignment);
    } else {
        item.blocks.push(Block::Assignments(vec![assignment]));
    }
}

/// A label as a table's `Punkt` column writes it, compared without spaces, `)` and `.` at the
/// end: `3.1`, `5 a`, `§ 26`.
fn label_key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .trim_end_matches([')', '.'])
        .to_lowercase()
}

/// The item a table row's `Punkt` names: by the document's own number (`3.1`, `5 a` for the
/// `a)` under 5), else by the file's (`5a`).
fn item_by_label(items: &[Item], written: &str) -> Option<usize> {
    let key = label_key(written);
    let mut parent = String::new();
    let mut by_number = None;
    for (i, item) in items.iter().enumerate() {
        if item.letter.is_none() {
            parent = label_key(&item.label);
        }
        let own = label_key(&item.label);
        let document = if item.label.ends_with(')') {
            format!("{parent}{own}")
        } else {
            own
        };
        if document == key {
            return Some(i);
        }
        if by_number.is_none() && label_key(&item.number_text()) == key {
            by_number = Some(i);
        }
    }
    by_number
}

/// The sentences of an item, in order: decision clauses, prose sentences and bullets.
fn sentences_of(item: &Item) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut todo = false;
    for block in &item.blocks {
        let under_todo = std::mem::replace(
            &mut todo,
            matches!(block, Block::Prose { text, .. } if split_sentences(text).last().is_some_and(|t| is_todo_label(t))),
        );
        match block {
            Block::Clauses {
                kind: ClauseKind::Decision,
                clauses,
                ..
            } => {
                for clause in clauses {
                    out.push(Sentence {
                        text: clause.text.clone(),
                        line: clause.line,
                        clause: true,
                        before: Vec::new(),
                        after: None,
                        todo: false,
                    });
                }
            }
            Block::Prose {
                text,
                line,
                inline_decision: false,
            } => {
                let parts = split_sentences(text);
                for (k, part) in parts.iter().enumerate() {
                    // `UPPDRAG: X gör T.`: the marker says it is a task; it is not part of it.
                    let marked = marked_task(part);
                    out.push(Sentence {
                        text: marked.unwrap_or(part).to_owned(),
                        line: *line,
                        clause: false,
                        before: parts[..k].to_vec(),
                        after: parts.get(k + 1).cloned(),
                        todo: marked.is_some(),
                    });
                }
            }
            Block::Bullets { items, line } => {
                for text in items {
                    out.push(Sentence {
                        text: text.clone(),
                        line: *line,
                        clause: false,
                        before: Vec::new(),
                        after: None,
                        todo: under_todo,
                    });
                }
            }
            _ => {}
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
        // `… till vecka 12. Det …` ends a sentence; `1. Ta fram …` at its start is a list marker.
        let number_ends = !word.is_empty()
            && word.chars().all(|c| c.is_ascii_digit())
            && !text[start..i].trim().eq(word.as_str());
        // `… kan skickas ut. Sofia …`: a particle ends a sentence; `kl.`, `ca.` do not.
        let particle = matches!(
            word.as_str(),
            "ut" | "in" | "på" | "av" | "om" | "nu" | "då" | "så" | "upp" | "år"
        );
        if !number_ends && !particle && (word.chars().count() <= 2 || word.contains('.')) {
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

enum Found {
    Assignment(Box<Assignment>, Vec<Who>),
    ReportBack(Who),
    Unresolved(String),
    /// Reads like a task but was not made one: why.
    NotMade(String),
    Nothing,
}

fn item_follow_ups(
    item: &Item,
    names: &mut Names,
    ctx: &Context,
    label: &str,
    outcome: &mut Outcome,
) -> Vec<Assignment> {
    let mut found: Vec<Assignment> = Vec::new();
    let mut parties: Vec<Vec<Who>> = Vec::new();
    // Whether each assignment's wording is a decision's.
    let mut clause_made: Vec<bool> = Vec::new();
    let mut report_backs: Vec<(Who, Sentence)> = Vec::new();
    // The assignment the sentence before made: a sentence that only says when or to whom
    // completes it.
    let mut last: Option<usize> = None;
    for sentence in sentences_of(item) {
        let text = bare(&sentence.text);
        if ctx.kind == Kind::Agenda {
            if tasks::form(&text).is_some()
                || tasks::reads_like_task(&text) && tasks::not_task(&text).is_some()
            {
                outcome
                    .not_tasks
                    .push(listed(label, &sentence, crate::msg!("import-follow-up-agenda")));
            }
            continue;
        }
        if let Some(why) = tasks::not_task(&text) {
            outcome.not_tasks.push(listed(label, &sentence, why));
            last = None;
            continue;
        }
        match recognise(&sentence, &text, names, item, ctx) {
            Found::Assignment(assignment, owners) => {
                let assignment = *assignment;
                let mut key = owners.clone();
                key.sort();
                let same = parties.iter().zip(&found).position(|(p, a)| {
                    *p == key && (a.form == assignment.form || overlap(&a.task, &assignment.task) >= 0.5)
                });
                match same {
                    Some(k) => {
                        let existing = &mut found[k];
                        // The decision's wording wins over the prose that restates it.
                        if sentence.clause && !clause_made[k] {
                            existing.task = assignment.task.clone();
                            existing.sentence = assignment.sentence.clone();
                            existing.line = assignment.line;
                            clause_made[k] = true;
                        }
                        if existing.report_to.is_none() {
                            existing.report_to = assignment.report_to;
                        }
                        if existing.due.is_none() {
                            existing.due = assignment.due;
                        }
                        last = Some(k);
                    }
                    None => {
                        parties.push(key);
                        found.push(assignment);
                        clause_made.push(sentence.clause);
                        last = Some(found.len() - 1);
                    }
                }
            }
            Found::ReportBack(party) => {
                report_backs.push((party, sentence));
                last = None;
            }
            // `De återkommer till styrgruppen under våren.` after a task: its owners report back.
            Found::Unresolved(_) if last.is_some() && refers_back(&text) && follows_on(&text, names) => {
                if let Some(k) = last {
                    complete(&mut found[k], &sentence, &text, names, ctx);
                }
            }
            Found::Unresolved(why) => {
                outcome.unresolved.push(listed(label, &sentence, why));
                last = None;
            }
            Found::NotMade(why) if !last.is_some_and(|_| follows_on(&text, names)) => {
                outcome.not_tasks.push(listed(label, &sentence, why));
                last = None;
            }
            Found::NotMade(_) | Found::Nothing => {
                let completes = last.is_some_and(|_| follows_on(&text, names));
                if let (true, Some(k)) = (completes, last) {
                    complete(&mut found[k], &sentence, &text, names, ctx);
                } else {
                    let someone = names.at_start(&text).is_some();
                    let party = !names.find_all(&text).is_empty();
                    let condition = tasks::opens_with_condition(&text);
                    if someone && tasks::puts_forward(&text) {
                        outcome.not_tasks.push(Unresolved {
                            item: label.to_owned(),
                            line: sentence.line,
                            sentence: sentence.text.clone(),
                            why: crate::msg!("import-not-task-put-forward"),
                        });
                    } else if tasks::is_possibility(&text)
                        && (tasks::reads_like_task(&text) || someone || party || condition)
                    {
                        outcome.not_tasks.push(Unresolved {
                            item: label.to_owned(),
                            line: sentence.line,
                            sentence: sentence.text.clone(),
                            why: crate::msg!("import-follow-up-possibility"),
                        });
                    }
                    last = None;
                }
            }
        }
    }
    for (to, sentence) in report_backs {
        let to_name = names.name_of(to).to_owned();
        if !found.is_empty() {
            // A decision's clause that says where the result goes speaks of the decision's tasks.
            let decided = sentence.clause && clause_made.iter().any(|c| *c);
            for (k, assignment) in found.iter_mut().enumerate() {
                if assignment.report_to.is_some()
                    || (decided && !clause_made.get(k).copied().unwrap_or(false))
                {
                    continue;
                }
                assignment.report_to = Some(to_name.clone());
                assignment.notes.push(crate::msg!(
                    "import-follow-up-reports-back",
                    name = to_name.clone(),
                    line = sentence.line,
                    sentence = super::recognise::truncate(&sentence.text, 80).to_string()
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
                .find(|f| f.party != to && f.party != Who::Member(Party::Network) && !f.first_name)
                .map(|f| f.party)
        });
        let Some(owner) = owner else {
            outcome.unresolved.push(listed(
                label,
                &sentence,
                crate::msg!("import-follow-up-report-back-nobody"),
            ));
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
        let written = names.at_start(&rest).map(|f| rest[f.start..f.end].to_owned());
        let task = format!(
            "återkoppla till {}{}",
            written.unwrap_or(to_name.clone()),
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
            due: None,
            sentence: sentence.text.clone(),
            line: sentence.line,
            form: "återkoppling till Y sker",
            notes: vec![crate::msg!(
                "import-follow-up-owner-before",
                name = owner_name.clone()
            )],
            unsure: Some(crate::msg!("import-follow-up-owner-before-unsure")),
        });
    }
    for assignment in &mut found {
        if let Some(Due::Vague { written }) = &assignment.due {
            assignment.task = format!(
                "{} {}",
                assignment.task.trim_end_matches('.'),
                crate::format::assignment::vague_time(written)
            );
        }
    }
    found
}

/// A sentence listed in the report, with why.
fn listed(label: &str, sentence: &Sentence, why: impl Into<String>) -> Unresolved {
    Unresolved {
        item: label.to_owned(),
        line: sentence.line,
        sentence: sentence.text.clone(),
        why: why.into(),
    }
}

/// A sentence without its final punctuation and without a clause's `att`.
fn bare(text: &str) -> String {
    let text = text.trim().trim_end_matches(['.', ';', ',']).trim();
    text.strip_prefix("att ").unwrap_or(text).to_owned()
}

/// How much of `a`'s words are in `b`.
fn overlap(a: &str, b: &str) -> f64 {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() > 2)
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    if a.is_empty() {
        return 0.0;
    }
    a.iter().filter(|w| b.contains(w)).count() as f64 / a.len() as f64
}

/// Whether a sentence's subject is a pronoun for the owners of the task before it (`De`, `Hon`).
fn refers_back(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    matches!(
        first.as_str(),
        "de" | "dessa" | "hon" | "han" | "hen" | "båda" | "bägge"
    )
}

/// Whether a sentence only says when or to whom the task before it goes: no owner of its own,
/// a verb that sends a result somewhere, or that says when it is to be ready.
fn follows_on(text: &str, names: &Names) -> bool {
    let subject_is_someone = names
        .at_start(text)
        .is_some_and(|f| f.party != Who::Member(Party::Network));
    // `Den som vill … kan göra det direkt till X`: what others may do goes on no task.
    !subject_is_someone
        && !tasks::is_possibility(text)
        && (tasks::reporting_verb_end(text).is_some() || tasks::says_ready(text))
}

/// Who a task is to be done with, when the words after `tillsammans med` / `i samarbete med`
/// begin with names: the longest run of words that names only people or bodies; a unit in a
/// body (`vuxenpsykiatrin i Region Skåne`) is that body.
fn together_named(text: &str, names: &Names) -> Option<Vec<Who>> {
    let caps = WITH_WHOM.captures(text)?;
    let span = PARENTHESES.replace_all(caps.get(1)?.as_str(), "");
    let words: Vec<&str> = span.split_whitespace().collect();
    let unit = words.get(1).is_some_and(|w| *w == "i") && words[0].starts_with(char::is_lowercase);
    let from = if unit { 2 } else { 0 };
    (from + 1..=words.len().min(from + 6))
        .rev()
        .find_map(|end| names.only_names(&words[from..end].join(" ")))
}

/// The network, when a task is to be done by a meeting that the network's name names
/// (`till direktionens möte i april`, `på nästa direktionsmöte`); a bare `till nästa möte` names
/// nobody.
fn at_own_meeting(text: &str, names: &Names, owners: &[String]) -> Option<String> {
    let network = names.name_of(Who::Member(Party::Network)).to_owned();
    let is_network = |stem: &str| {
        [stem.to_owned(), format!("{stem}en"), format!("{stem}et")]
            .iter()
            .any(|s| {
                names
                    .at_start_loose(s)
                    .is_some_and(|f| f.party == Who::Member(Party::Network) && f.end == s.len())
            })
    };
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    let named = words.iter().enumerate().any(|(k, w)| {
        let next = words.get(k + 1).map(String::as_str);
        // `direktionens möte`, `direktionens nästa sammanträde`
        let genitive = matches!(next, Some("möte" | "sammanträde" | "nästa"))
            && w.strip_suffix('s').is_some_and(is_network);
        // `direktionsmöte`: the network's word and `möte` in one.
        let compound = ["möte", "mötet", "sammanträde"].iter().any(|m| {
            w.strip_suffix(m)
                .map(|stem| stem.strip_suffix('s').unwrap_or(stem))
                .is_some_and(|stem| !stem.is_empty() && is_network(stem))
        });
        genitive || compound
    });
    (named && !owners.contains(&network)).then_some(network)
}

/// Completes an assignment with what the sentence after it says.
fn complete(assignment: &mut Assignment, sentence: &Sentence, text: &str, names: &Names, ctx: &Context) {
    let owners: Vec<String> = assignment.owners.clone();
    if assignment.report_to.is_none() {
        assignment.report_to = report_to(text, names, &owners);
    }
    if assignment.due.is_none() {
        assignment.due = due::find(text, ctx.calendar);
    }
    assignment.sentence = format!("{} {}", assignment.sentence, sentence.text);
    assignment.notes.push(crate::msg!(
        "import-follow-up-completed",
        sentence = super::recognise::truncate(&sentence.text, 80).to_string()
    ));
}

/// Whom a sentence sends the result to: `redovisas för styrgruppen`, `återkommer till
/// nätverket`; someone after a verb that reports, not one of the owners.
fn report_to(text: &str, names: &Names, owners: &[String]) -> Option<String> {
    let recipient = |found: Option<NameFound>| {
        found
            .map(|f| names.name_of(f.party).to_owned())
            .filter(|name| !owners.contains(name))
    };
    // `… ska vara styrgruppen tillhanda`: the recipient before `tillhanda`.
    if let Some(at) = text.find(" tillhanda") {
        let before = &text[..at];
        let starts = before.match_indices(' ').map(|(k, _)| k + 1);
        for start in starts.chain([0]) {
            if let Some(found) = names.at_start_loose(&before[start..])
                && start + found.end == before.len()
                && let Some(name) = recipient(Some(found))
            {
                return Some(name);
            }
        }
    }
    // `… föreslår styrgruppen tre områden`, `informera nämnden om …`: the recipient right after
    // a verb of proposing or informing.
    for verb in [" föreslår ", " föreslå ", " informerar ", " informera "] {
        if let Some(at) = text.find(verb)
            && let Some(name) = recipient(names.at_start_loose(&text[at + verb.len()..]))
        {
            return Some(name);
        }
    }
    let Some(from) = tasks::reporting_verb_end(text) else {
        return at_own_meeting(text, names, owners);
    };
    let rest = &text[from..];
    let mut offset = 0;
    let mut previous = String::new();
    for word in rest.split_inclusive(' ') {
        let w = word.trim().to_lowercase();
        offset += word.len();
        // `presentera dem vid nätverkets möte`: at the network's own meeting.
        // `skickas till gruppens ledamöter`, `till styrelsens möte i maj`: to the network itself.
        let next = rest[offset.min(rest.len())..]
            .split_whitespace()
            .next()
            .map(|n| crate::text::fold(n.trim_end_matches(['.', ','])))
            .unwrap_or_default();
        let to_its_own = matches!(previous.as_str(), "till" | "för")
            && matches!(next.as_str(), "ledamoter" | "medlemmar" | "mote" | "sammantrade");
        if (matches!(previous.as_str(), "vid" | "på") || to_its_own)
            && let Some(stem) = w.strip_suffix('s')
            && names
                .at_start_loose(stem)
                .is_some_and(|f| f.party == Who::Member(Party::Network) && f.end == stem.len())
        {
            let name = names.name_of(Who::Member(Party::Network)).to_owned();
            if !owners.contains(&name) {
                return Some(name);
            }
        }
        previous = w.clone();
        if w == "till" || w == "för" {
            let after = &rest[offset.min(rest.len())..];
            if let Some(found) = names.at_start_loose(after) {
                let name = names.name_of(found.party).to_owned();
                if !owners.contains(&name) {
                    return Some(name);
                }
            }
        }
    }
    at_own_meeting(text, names, owners)
}

/// Who a span of a sentence names: every one a party of the members file or a person the
/// document names, or `hon`/`han` for the person the sentence before names. People written as
/// names who are in neither are added as guests.
/// An owner cell that names no one the document or the members file knows (`Respektive MAS`,
/// `Varje kommuns representant`): the table says this is who does it, so it is written as the
/// document writes it, like an office, and listed for a person to resolve.
fn owner_cell_as_written(cell: &str, names: &mut Names) -> Option<(Vec<Who>, Vec<String>)> {
    let cell = cell.trim().trim_end_matches('.').trim();
    let short = (1..=4).contains(&cell.split_whitespace().count());
    if !short || !cell.starts_with(char::is_uppercase) || cell.contains([',', ';', '(']) {
        return None;
    }
    names.add_office(cell);
    let found = names.only_names(cell)?;
    Some((
        found,
        vec![crate::msg!(
            "import-follow-up-part-unknown",
            text = cell.to_owned()
        )],
    ))
}

/// `KIC (Erik Wahlgren)`: an organisation with the one person who does it for it in brackets.
fn person_for_organisation(span: &str, names: &Names) -> Option<Who> {
    let (org, inner) = span.trim().strip_suffix(')')?.split_once('(')?;
    let org = names.only_names(org.trim())?;
    let person = names.only_names(inner.trim())?;
    match (org.as_slice(), person.as_slice()) {
        ([Who::Member(Party::Organisation(_))], [one]) if one.is_person() => Some(*one),
        _ => None,
    }
}

fn owners_of(span: &str, sentence: &Sentence, names: &mut Names) -> Result<(Vec<Who>, Vec<String>), String> {
    if let Some(person) = person_for_organisation(span, names) {
        return Ok((vec![person], Vec::new()));
    }
    let cleaned = PARENTHESES.replace_all(span, "");
    let cleaned = last_clause(cleaned.trim().trim_matches(',').trim())
        .trim()
        .to_owned();
    if let Some(person) = pronoun(&cleaned, sentence, names) {
        return Ok((
            vec![person],
            vec![crate::msg!(
                "import-follow-up-pronoun",
                text = cleaned.clone(),
                name = names.name_of(person).to_owned()
            )],
        ));
    }
    if let Some(parties) = names.only_names(&cleaned) {
        // `Anders Bengtsson, Växjö`: a person and, after the comma, an organisation is the
        // person with their organisation, not two owners.
        if let [person, Who::Member(Party::Organisation(_))] = parties.as_slice()
            && person.is_person()
            && cleaned.matches(',').count() == 1
            && !cleaned.contains(" och ")
        {
            let organisation = cleaned.split_once(',').map_or("", |(_, o)| o.trim()).to_owned();
            return Ok((
                vec![*person],
                vec![crate::msg!(
                    "import-follow-up-organisation-of-owner",
                    organisation = organisation,
                    name = names.name_of(*person).to_owned()
                )],
            ));
        }
        return Ok((parties, Vec::new()));
    }
    // `Handläggarna i respektive kommun`: a group, each in their own place.
    if let Some(parties) = EACH_IN_THEIR_OWN
        .captures(&cleaned)
        .and_then(|caps| caps.get(1))
        .and_then(|group| names.only_names(group.as_str()))
    {
        return Ok((parties, Vec::new()));
    }
    // `Verksamhetschefen för individ- och familjeomsorg`: one office, whose field has an `och`.
    if cleaned.contains(" och ") && roster::is_office(&cleaned) {
        names.add_office(&cleaned);
        if let Some(found) = names.only_names(&cleaned) {
            let note = crate::msg!("import-follow-up-part-unknown", text = cleaned.clone());
            return Ok((found, vec![note]));
        }
    }
    // Names of people the document does not list: each part written as a name, maybe after
    // the function (`socialdirektör Cecilia Wärn`).
    let parts: Vec<String> = cleaned
        .replace(" tillsammans med ", ", ")
        .replace(" och ", ", ")
        .split(',')
        .map(|p| without_function(p.trim(), names).to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    // A function in the definite form (`förvaltningschefen`) is written as the document writes it.
    if !parts.is_empty()
        && parts
            .iter()
            .all(|p| names.only_names(p).is_some() || roster::looks_like_name(p) || roster::is_office(p))
    {
        let mut out = Vec::new();
        let mut notes = Vec::new();
        for part in parts {
            match names.only_names(&part) {
                Some(found) => out.extend(found),
                None => {
                    if roster::is_office(&part) {
                        names.add_office(&part);
                    } else {
                        names.add_guests(std::slice::from_ref(&part));
                    }
                    if let Some(found) = names.only_names(&part) {
                        out.extend(found);
                    }
                    notes.push(crate::msg!(
                        "import-follow-up-part-unknown",
                        text = part.to_string()
                    ));
                }
            }
        }
        return Ok((out, notes));
    }
    // `Socialchef Tomas Bjur`, `avdelningschef Maja Fors`: a function before the name.
    if let Some((title, rest)) = cleaned.split_once(' ')
        && roster::is_role_word(title)
        && (names.only_names(rest).is_some() || roster::looks_like_name(rest))
        && let Ok((owners, mut notes)) = owners_of(rest, sentence, names)
    {
        notes.push(crate::msg!(
            "import-follow-up-function",
            title = title.to_string()
        ));
        return Ok((owners, notes));
    }
    Err(crate::msg!("import-follow-up-not-a-name", text = cleaned))
}

/// A name without the function written before it (`socialdirektör Cecilia Wärn`,
/// `ordföranden Anders Fält`); other text as it is.
fn without_function<'t>(part: &'t str, names: &Names) -> &'t str {
    match part.split_once(' ') {
        Some((title, rest))
            if (roster::is_role_word(title) || roster::is_definite_function(title))
                && (names.only_names(rest).is_some() || roster::looks_like_name(rest)) =>
        {
            rest
        }
        _ => part,
    }
}

/// The names at the start of a span (`beredningsgruppen senast 2026-04-30` → Beredningsgruppen).
fn leading_names(span: &str, names: &Names) -> Option<(Vec<Who>, usize)> {
    let mut parties = Vec::new();
    let mut end;
    let mut rest = span;
    loop {
        let found = names.at_start_loose(rest)?;
        parties.push(found.party);
        end = span.len() - rest.len() + found.end;
        let after = rest[found.end..].trim_start_matches([',', ' ']);
        let after = ["och ", "tillsammans med ", "samt "]
            .iter()
            .find_map(|joiner| after.strip_prefix(joiner))
            .unwrap_or(after);
        if names.at_start_loose(after).is_none() {
            break;
        }
        rest = after;
    }
    (!parties.is_empty()).then_some((parties, end))
}

fn recognise(sentence: &Sentence, text: &str, names: &mut Names, item: &Item, ctx: &Context) -> Found {
    // What the sentence would be if nothing else makes it a task.
    let mut not_made = None;
    // A strong form whose owner is no name: unresolved, unless an earlier verb's subject is
    // (`X tillsammans med Y planerar T och återkommer med ett förslag`).
    let mut unresolved = None;
    if let Some(form) = tasks::form(text) {
        match owners_of(&form.who, sentence, names) {
            Ok((owners, notes)) => return make(form, owners, notes, text, sentence, names, ctx),
            Err(why) if !form.weak => unresolved = Some(format!("{}: {why}", form.form)),
            Err(_) => not_made = Some(crate::msg!("import-follow-up-nobody-before-verb")),
        }
    }
    for form in tasks::passives(text) {
        let Some((owners, end)) = leading_names(&form.who, names) else {
            continue;
        };
        let rest = form.who[end..].trim().to_owned();
        let mut form = form;
        if !rest.is_empty() {
            form.task = format!("{} {rest}", form.task);
        }
        return make(form, owners, Vec::new(), text, sentence, names, ctx);
    }
    for form in tasks::present_splits(text) {
        if let Ok((owners, notes)) = owners_of(&form.who, sentence, names)
            && !owners.is_empty()
        {
            let owner_names: Vec<String> = owners.iter().map(|o| names.name_of(*o).to_owned()).collect();
            // `X tar fram ett förslag. Förslaget presenteras för nätverket i november.`: the
            // sentence after it may give the time or the recipient.
            let next = sentence.after.as_deref().filter(|next| follows_on(next, names));
            let has_time = std::iter::once(text)
                .chain(next)
                .any(|t| due::stated(t, ctx.calendar).is_some());
            let has_recipient = std::iter::once(text)
                .chain(next)
                .any(|t| report_to(t, names, &owner_names).is_some());
            let comes_back = (unresolved.is_some() && tasks::comes_back_with_proposal(text))
                || tasks::comes_back_later(text);
            // A decision's clause (`beslöt att Jönköpings kommun samordnar …`) is decided work,
            // with or without a time.
            // The network's own work (`att nätverket tar fram …`) is what it decided, no task.
            let decided = sentence.clause && owners.iter().any(|o| *o != Who::Member(Party::Network));
            if has_time || has_recipient || sentence.todo || decided || comes_back {
                return make(form, owners, notes, text, sentence, names, ctx);
            }
            if tasks::reads_like_task(text) || tasks::is_undertaking(text) {
                not_made = Some(crate::msg!("import-follow-up-report-not-task"));
            }
            break;
        }
    }
    if let Some(why) = unresolved {
        return Found::Unresolved(why);
    }
    match (carried(text, names, item, ctx, sentence), not_made) {
        (Found::Nothing, Some(why)) => Found::NotMade(why),
        (found, _) => found,
    }
}

/// Whether a note is the one `owners_of` writes for an owner in neither members.yaml nor the
/// attendance, in whichever language the notes are written.
fn names_an_unknown_part(note: &str) -> bool {
    let shape = crate::msg!("import-follow-up-part-unknown", text = "\u{0}");
    let (before, after) = shape.split_once('\u{0}').unwrap_or((shape.as_str(), ""));
    note.len() > before.len() + after.len() && note.starts_with(before) && note.ends_with(after)
}

fn make(
    form: Form,
    mut owners: Vec<Who>,
    mut notes: Vec<String>,
    text: &str,
    sentence: &Sentence,
    names: &mut Names,
    ctx: &Context,
) -> Found {
    // `X bereder frågan tillsammans med Y`: Y is an owner too, also when Y is a function
    // (`tillsammans med verksamhetscheferna`).
    let together = TOGETHER_WITH
        .captures(text)
        .and_then(|caps| caps.get(1))
        .map(|span| {
            let span = PARENTHESES.replace_all(span.as_str(), "").trim().to_owned();
            if names.only_names(&span).is_none() && roster::is_office(&span) {
                names.add_office(&span);
            }
            span
        })
        .map(|span| {
            // `tillsammans med regionens vårdsamordnare`: an office named by whose it is.
            let after = text
                .split_once(&format!("med {span} "))
                .and_then(|(_, after)| after.split_whitespace().next())
                .unwrap_or_default();
            let owned = format!("{span} {after}");
            let genitive = span.ends_with('s') && !span.contains(' ') && span.starts_with(char::is_lowercase);
            if names.only_names(&span).is_none() && genitive && roster::is_role_word(after) {
                names.add_office(&owned);
                owned
            } else {
                span
            }
        });
    let more = together
        .and_then(|span| names.only_names(&span))
        .or_else(|| together_named(text, names));
    if let Some(more) = more {
        for who in more {
            if !owners.contains(&who) {
                owners.push(who);
                notes.push(crate::msg!(
                    "import-follow-up-together",
                    name = names.name_of(who).to_owned()
                ));
            }
        }
    }
    let owner_names: Vec<String> = owners.iter().map(|o| names.name_of(*o).to_owned()).collect();
    let report = if form.to_network {
        Some(names.name_of(Who::Member(Party::Network)).to_owned())
    } else {
        report_to(text, names, &owner_names)
    };
    let unsure = match form.form {
        "X ska" => Some(crate::msg!("import-follow-up-unsure-ska")),
        "X <verb> T" => Some(crate::msg!("import-follow-up-unsure-present")),
        "T tas fram av X" => Some(crate::msg!("import-follow-up-unsure-passive")),
        _ if notes.iter().any(|n| names_an_unknown_part(n)) => {
            Some(crate::msg!("import-follow-up-unsure-owner-unknown"))
        }
        _ => None,
    };
    Found::Assignment(
        Box::new(Assignment {
            owners: owner_names,
            task: lower_first(form.task.trim().trim_end_matches('.'), names),
            report_to: report,
            due: due::find(text, ctx.calendar),
            sentence: sentence.text.clone(),
            line: sentence.line,
            form: form.form,
            notes,
            unsure,
        }),
        owners,
    )
}

/// `… bereds vidare i X`, `… tas vidare till X`, `… förs i X`, or a sentence that only says
/// to report back.
fn carried(text: &str, names: &Names, item: &Item, ctx: &Context, sentence: &Sentence) -> Found {
    let carried = CARRIED.captures(text).map(|c| (c.get(0), c.get(1), c.get(3)));
    let held = HELD.captures(text).map(|c| (c.get(0), c.get(1), c.get(2)));
    if let Some((Some(whole), Some(verb), Some(span))) = carried.or(held) {
        let Some(found) = names.at_start_loose(span.as_str()) else {
            return Found::Unresolved(crate::msg!(
                "import-follow-up-not-a-member",
                text = super::recognise::truncate(span.as_str(), 40).to_string()
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
        let owner = names.name_of(found.party).to_owned();
        return Found::Assignment(
            Box::new(Assignment {
                owners: vec![owner.clone()],
                task,
                report_to: reported_to(text, names).map(|p| names.name_of(p).to_owned()),
                due: due::find(text, ctx.calendar),
                sentence: sentence.text.clone(),
                line: sentence.line,
                form: "bereds/tas vidare i/till X",
                notes: Vec::new(),
                unsure: None,
            }),
            vec![found.party],
        );
    }
    if let Some(to) = reported_to(text, names) {
        return Found::ReportBack(to);
    }
    if REPORTED.is_match(text) {
        return Found::Unresolved(crate::msg!("import-follow-up-report-back-unknown"));
    }
    Found::Nothing
}

/// An assignment from a row of a follow-up table.
fn table_row(row: &Row, names: &mut Names, ctx: &Context) -> Result<Assignment, String> {
    let sentence = Sentence {
        text: row.text.clone(),
        line: row.line,
        clause: false,
        before: Vec::new(),
        after: None,
        todo: true,
    };
    let (owners, notes) = owners_of(&row.owners, &sentence, names)
        .or_else(|why| owner_cell_as_written(&row.owners, names).ok_or(why))?;
    if owners.is_empty() {
        return Err(crate::msg!(
            "import-follow-up-row-no-owner",
            owners = row.owners.clone()
        ));
    }
    let owner_names: Vec<String> = owners.iter().map(|o| names.name_of(*o).to_owned()).collect();
    let mut unsure = None;
    let cell = row.report_to.trim();
    let report_to = if cell.is_empty() {
        // No such column, or nothing in it: the task may say it (`Rapportera … till X`).
        report_to(&row.task, names, &owner_names)
    } else if cell.chars().all(|c| matches!(c, '-' | '–' | '—')) {
        None
    } else {
        match names.only_names(cell).as_deref() {
            Some([one]) => Some(names.name_of(*one).to_owned()),
            _ => {
                unsure = Some(crate::msg!(
                    "import-follow-up-report-back-cell",
                    cell = cell.to_owned()
                ));
                None
            }
        }
    };
    // No due cell (a list `→ Eva Ek: skickar … senast 26/3`): the task may say when.
    let due = if row.due.trim().is_empty() {
        due::find(&row.task, ctx.calendar)
    } else {
        due::cell(&row.due, ctx.calendar)
    };
    let mut task = lower_first(row.task.trim().trim_end_matches('.'), names);
    if let Some(Due::Vague { written }) = &due {
        task = format!("{task} {}", crate::format::assignment::vague_time(written));
    }
    Ok(Assignment {
        owners: owner_names,
        task,
        report_to,
        due,
        sentence: row.text.clone(),
        line: row.line,
        form: "follow-up table row",
        notes,
        unsure,
    })
}

/// Whom a sentence says to report back to.
fn reported_to(text: &str, names: &Names) -> Option<Who> {
    let caps = REPORTED.captures(text)?;
    names.at_start_loose(caps.get(2)?.as_str()).map(|f| f.party)
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
fn pronoun(span: &str, sentence: &Sentence, names: &Names) -> Option<Who> {
    if !matches!(span.to_lowercase().as_str(), "hon" | "han" | "hen") {
        return None;
    }
    sentence.before.iter().rev().find_map(|s| {
        names
            .find_all(s)
            .into_iter()
            .rev()
            .find(|f| f.party.is_person())
            .map(|f| f.party)
    })
}

/// The text with a small first letter, unless it starts with a name or an acronym.
fn lower_first(text: &str, names: &Names) -> String {
    if names.at_start(text).is_some() {
        return text.to_owned();
    }
    tasks::lower_first(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::recognise::Clause;
    use crate::import::testing::members;
    use chrono::NaiveDate;

    fn item(prose: &[&str], clauses: &[&str]) -> Item {
        let mut item = Item {
            number: 5,
            letter: Some('b'),
            title: "Ett ärende".into(),
            ..Item::default()
        };
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
        for (k, p) in prose.iter().enumerate() {
            item.blocks.push(Block::Prose {
                text: (*p).to_owned(),
                line: 10 + k,
                inline_decision: false,
            });
        }
        item
    }

    fn calendar() -> due::Calendar {
        let date = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default();
        due::Calendar {
            meeting: date(1, 16),
            dates: vec![date(1, 16), date(3, 20), date(9, 18)],
            own: vec!["natverkets".to_owned(), "lnvs".to_owned()],
        }
    }

    fn run(item: Item) -> (Vec<Assignment>, Outcome) {
        run_with(item, &[])
    }

    fn run_with(item: Item, tables: &[(usize, ActionTable)]) -> (Vec<Assignment>, Outcome) {
        let (items, outcome) = run_all(vec![item], tables);
        (items[0].assignments().cloned().collect(), outcome)
    }

    fn run_all(mut items: Vec<Item>, tables: &[(usize, ActionTable)]) -> (Vec<Item>, Outcome) {
        let members = members();
        let mut names = Names::new(&members);
        let calendar = calendar();
        let ctx = Context {
            kind: Kind::Minutes,
            calendar: &calendar,
        };
        let outcome = find(&mut items, tables, &mut names, &ctx);
        (items, outcome)
    }

    #[test]
    fn uppdra_with_two_owners_and_a_report_back() {
        let (found, outcome) = run(item(
            &["Arbetsgruppens förslag ska återrapporteras till LNV för fortsatt hantering."],
            &["att uppdra Vera Lund, tillsammans med Olle Berg, att samordna arbetet"],
        ));
        assert!(outcome.unresolved.is_empty(), "{:?}", outcome.unresolved);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].owners, vec!["Vera Lund", "Olle Berg"]);
        assert_eq!(found[0].task, "samordna arbetet");
        assert_eq!(found[0].report_to.as_deref(), Some("LNV"));
    }

    #[test]
    fn a_row_restating_a_decided_task_is_one_assignment() {
        let decided = item(
            &[],
            &["att ge Olle Berg i uppdrag att ta fram en plan för uppföljningen"],
        );
        let table = ActionTable {
            line: 30,
            heading: "Åtgärd Ansvarig".into(),
            rows: vec![crate::import::actions::Row {
                line: 31,
                text: "Ta fram en plan för uppföljningen Olle Berg".into(),
                task: "Ta fram en plan för uppföljningen".into(),
                owners: "Olle Berg".into(),
                ..Default::default()
            }],
            carried: Vec::new(),
        };
        let (found, _) = run_with(decided, &[(0, table)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].form, "follow-up table row");
    }

    fn one_row(owners: &str) -> ActionTable {
        ActionTable {
            line: 30,
            heading: "Åtgärd Ansvarig".into(),
            rows: vec![crate::import::actions::Row {
                line: 31,
                text: format!("Boka lokal för hösten {owners}"),
                task: "Boka lokal för hösten".into(),
                owners: owners.into(),
                ..Default::default()
            }],
            carried: Vec::new(),
        }
    }

    #[test]
    fn an_owner_cell_is_the_owner_as_written_or_the_person_in_brackets() {
        let (found, outcome) = run_with(item(&[], &[]), &[(0, one_row("Varje enhets kontaktperson"))]);
        assert_eq!(found.len(), 1, "{outcome:?}");
        assert_eq!(found[0].owners, vec!["Varje enhets kontaktperson"]);
        let (found, _) = run_with(item(&[], &[]), &[(0, one_row("Region Västmark (Olle Berg)"))]);
        assert_eq!(found[0].owners, vec!["Olle Berg"]);
        // A cell that is no owner keeps its row's words in the item.
        let (items, outcome) = run_all(vec![item(&[], &[])], &[(0, one_row("se ovan, enligt plan; mm"))]);
        assert_eq!(outcome.unresolved.len(), 1);
        assert!(
            items[0]
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Prose { text, .. } if text.contains("Boka lokal")))
        );
    }

    #[test]
    fn informing_another_body_at_its_meeting() {
        let (found, outcome) = run(item(
            &["Olle Berg informerar Region Västmark om arbetet vid regionens möte i mars."],
            &[],
        ));
        assert_eq!(found.len(), 1, "{found:?} {outcome:?}");
        assert_eq!(found[0].report_to.as_deref(), Some("Region Västmark"));
        assert_eq!(found[0].due.as_ref().and_then(Due::date), None);
    }

    #[test]
    fn a_body_worked_with_or_in_each_place_is_an_owner() {
        for (sentence, owners) in [
            (
                "Norrby kommun uppdras att tillsammans med hemtjänsten i Region Västmark ta fram en rutin till nästa möte.",
                vec!["Norrby", "Region Västmark"],
            ),
            (
                "Region Västmark i respektive län ombeds skicka in statistiken senast 2026-12-01.",
                vec!["Region Västmark"],
            ),
            (
                "Norrby kommun tar tillsammans med regionens vårdsamordnare fram ett förslag till nästa möte.",
                vec!["Norrby", "regionens vårdsamordnare"],
            ),
        ] {
            let (found, _) = run(item(&[sentence], &[]));
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].owners, owners);
        }
    }

    #[test]
    fn owners_with_their_functions_before_their_names() {
        let (found, _) = run(item(
            &["Nätverket ger samordnaren Olle Berg och socialchef Kalle Gäst i uppdrag att skriva en plan."],
            &[],
        ));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].owners, vec!["Olle Berg", "Kalle Gäst"]);
    }

    #[test]
    fn a_closing_table_without_an_item_column_goes_to_the_items_it_restates() {
        let mut first = item(
            &["Olle Berg presenterade en analys av väntetiderna inom hemtjänsten."],
            &[],
        );
        first.number = 1;
        let mut last = item(&["Nästa möte hålls i mars."], &[]);
        last.number = 2;
        let row = |task: &str| crate::import::actions::Row {
            line: 40,
            text: task.into(),
            task: task.into(),
            owners: "Olle Berg".into(),
            ..Default::default()
        };
        let table = ActionTable {
            line: 39,
            heading: "Ansvarig Aktivitet".into(),
            rows: vec![
                row("Fördjupa analysen av väntetiderna inom hemtjänsten"),
                row("Boka en lokal"),
            ],
            carried: Vec::new(),
        };
        let (items, _) = run_all(vec![first, last], &[(1, table)]);
        assert_eq!(items[0].assignments().count(), 1);
        assert_eq!(items[1].assignments().count(), 1);
    }

    #[test]
    fn presenting_at_the_networks_own_meeting_reports_to_it() {
        for sentence in [
            "Olle Berg får i uppdrag att samla erfarenheterna och presentera dem vid nätverkets möte i september.",
            "Olle Berg får i uppdrag att ta fram en lista. Listan skickas till nätverkets ledamöter senast 2026-12-01.",
            "Olle Berg får i uppdrag att ta fram en plan på nästa nätverksmöte.",
        ] {
            let (found, _) = run(item(&[sentence], &[]));
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].report_to.as_deref(), Some("LNV"), "{sentence}");
        }
    }

    #[test]
    fn a_sentence_may_end_with_a_short_word() {
        assert_eq!(
            split_sentences("Det kostar 900 000 kronor per år. Olle Berg tar hem frågan."),
            ["Det kostar 900 000 kronor per år.", "Olle Berg tar hem frågan."]
        );
        assert_eq!(
            split_sentences("Mötet börjar kl. Nio."),
            ["Mötet börjar kl. Nio."]
        );
    }

    #[test]
    fn a_task_before_coming_back_with_a_proposal() {
        let (found, outcome) = run(item(
            &[
                "Olle Berg tillsammans med Vera Lund planerar en temadag och återkommer med ett förslag på datum.",
            ],
            &[],
        ));
        assert_eq!(found.len(), 1, "{found:?} {outcome:?}");
        assert_eq!(found[0].owners, vec!["Olle Berg", "Vera Lund"]);
    }

    #[test]
    fn a_row_without_a_recipient_cell_may_name_one_in_its_task() {
        let row = |report_to: &str| crate::import::actions::Row {
            line: 31,
            text: "Rapportera utfallet till Region Västmark Olle Berg".into(),
            task: "Rapportera utfallet till Region Västmark".into(),
            owners: "Olle Berg".into(),
            report_to: report_to.into(),
            ..Default::default()
        };
        let table = ActionTable {
            line: 30,
            heading: "Åtgärd Ansvarig".into(),
            rows: vec![row(""), row("–")],
            carried: Vec::new(),
        };
        let (found, _) = run_with(item(&[], &[]), &[(0, table)]);
        assert_eq!(found[0].report_to.as_deref(), Some("Region Västmark"));
        assert_eq!(found[1].report_to, None);
    }

    #[test]
    fn a_row_without_a_due_cell_may_give_the_time_in_its_task() {
        let row = |task: &str, due: &str| crate::import::actions::Row {
            line: 31,
            text: format!("Olle Berg: {task}"),
            task: task.into(),
            owners: "Olle Berg".into(),
            due: due.into(),
            ..Default::default()
        };
        let table = ActionTable {
            line: 30,
            heading: String::new(),
            rows: vec![
                row("skickar ut planen senast 2026-04-30.", ""),
                row("skickar ut planen senast 2026-04-30.", "–"),
            ],
            carried: Vec::new(),
        };
        let (found, _) = run_with(item(&[], &[]), &[(0, table)]);
        assert_eq!(
            found[0].due.as_ref().and_then(Due::date),
            NaiveDate::from_ymd_opt(2026, 4, 30)
        );
        // A cell that says there is no time is what the row says.
        assert!(found[1].due.is_none());
    }

    #[test]
    fn owners_by_their_office() {
        let (found, _) = run(item(
            &["Utredningen görs av Olle Berg tillsammans med enhetscheferna och redovisas i maj."],
            &["att uppdra åt socialchefen att ta fram en plan"],
        ));
        let owners: Vec<&Vec<String>> = found.iter().map(|a| &a.owners).collect();
        assert!(owners.contains(&&vec!["socialchefen".to_owned()]), "{owners:?}");
        assert!(
            owners.contains(&&vec!["Olle Berg".to_owned(), "enhetscheferna".to_owned()]),
            "{owners:?}"
        );
        // Work a decision's clause gives is a task, with or without a time; told in prose, it
        // only reports.
        let (found, _) = run(item(
            &[],
            &["att Norrby kommun samordnar upphandlingen av platser"],
        ));
        assert_eq!(
            found.first().map(|a| a.owners.clone()),
            Some(vec!["Norrby".to_owned()])
        );
        let (found, _) = run(item(&["Norrby kommun samordnar upphandlingen av platser."], &[]));
        assert!(found.is_empty(), "{found:?}");
        let (found, _) = run(item(&[], &["att nätverket tar fram en gemensam mall"]));
        assert!(found.is_empty(), "{found:?}");
        // A sentence after the task that says what others may do gives it no recipient.
        let (found, _) = run(item(
            &[
                "Norrby kommun bjuder in kommunerna till en dialog under februari. Den som vill lämna synpunkter kan skicka dem till Olle Berg.",
            ],
            &[],
        ));
        assert_eq!(
            found.first().map(|a| a.report_to.clone()),
            Some(None),
            "{found:?}"
        );
        // An office whose field has an `och` is one owner.
        let (found, _) = run(item(
            &[
                "Verksamhetschefen för individ- och familjeomsorg får i uppdrag att redovisa kostnaden i mars.",
            ],
            &[],
        ));
        assert_eq!(
            found.first().map(|a| a.owners.clone()),
            Some(vec![
                "Verksamhetschefen för individ- och familjeomsorg".to_owned()
            ])
        );
    }

    #[test]
    fn a_sentence_marked_as_a_task() {
        let (found, _) = run(item(
            &["Vi gick igenom läget. UPPDRAG: Olle Berg och Vera Lund skriver om texten. Deadline den 3/2."],
            &[],
        ));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].owners, vec!["Olle Berg", "Vera Lund"]);
        assert!(!found[0].sentence.contains("UPPDRAG"), "{}", found[0].sentence);
        assert_eq!(
            found[0].due.as_ref().and_then(Due::date),
            NaiveDate::from_ymd_opt(2026, 2, 3)
        );
    }

    #[test]
    fn points_under_att_gora_are_tasks_without_a_time() {
        let mut under = item(&["Temadagen hålls i november. Att göra:"], &[]);
        under.blocks.push(Block::Bullets {
            items: vec!["Olle Berg skickar ut inbjudan till temadagen.".into()],
            line: 12,
        });
        let (found, _) = run(under);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].owners, vec!["Olle Berg"]);
        // The same sentence in running text says what someone does: no task.
        let (found, _) = run(item(&["Olle Berg skickar ut inbjudan till temadagen."], &[]));
        assert!(found.is_empty());
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
        let (found, outcome) = run(item(
            &[
                "Representanter för Länsnätverket uppmanades att lämna synpunkter.",
                "Region Västmark tar hem frågan och återkommer med förslag.",
            ],
            &["att Region Västmark tar hem frågan om en ny representant och återkommer med förslag"],
        ));
        assert_eq!(found.len(), 1);
        assert!(found[0].task.contains("om en ny representant"));
        assert_eq!(outcome.unresolved.len(), 1);
        assert!(
            outcome.unresolved[0]
                .why
                .contains("Representanter för Länsnätverket")
        );
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
    fn due_dates_recipients_and_the_sentence_after() {
        let (found, outcome) = run(item(
            &[
                "Eva Ek tillsammans med Olle Berg får i uppdrag att ta fram ett förslag. Förslaget redovisas för styrgruppen vecka 12.",
                "Norrby redovisar fördelningen för nätverket till nästa möte.",
                "Ett remissvar tas fram av styrgruppen senast 2026-04-30.",
                "Åsby fick vid förra mötet i uppdrag att sammanställa arvodena.",
                "Det vore bra om någon kommun kunde gå före.",
            ],
            &[],
        ));
        let summary: Vec<(Vec<String>, Option<String>, Option<NaiveDate>)> = found
            .iter()
            .map(|a| {
                (
                    a.owners.clone(),
                    a.report_to.clone(),
                    a.due.as_ref().and_then(Due::date),
                )
            })
            .collect();
        let date = |m, d| NaiveDate::from_ymd_opt(2026, m, d);
        assert_eq!(
            summary,
            vec![
                (
                    vec!["Eva Ek".to_owned(), "Olle Berg".to_owned()],
                    Some("Styrgruppen".to_owned()),
                    None
                ),
                (vec!["Norrby".to_owned()], Some("LNV".to_owned()), date(3, 20)),
                (vec!["Styrgruppen".to_owned()], None, date(4, 30)),
            ]
        );
        assert!(found[0].task.contains("vecka 12"));
        assert_eq!(outcome.not_tasks.len(), 2);
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
        assert_eq!(
            split_sentences("Frågan var om den kan skickas ut. Sofia Lind ombeds skicka ut den."),
            vec![
                "Frågan var om den kan skickas ut.",
                "Sofia Lind ombeds skicka ut den."
            ]
        );
    }
}
