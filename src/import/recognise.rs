//! Recognising the items of an agenda or minutes in its (repaired) lines: numbered items and
//! sub-items ([`super::headings`]) with their type, `Föredragande`, attachment references, a
//! protocol's sections (`Ärendebeskrivning`, `Beslut` …), proposals, decisions, follow-up tables,
//! prose, bullet lists and a meeting calendar written as a table. What is not recognised stays as
//! prose under its item.

use super::actions::{self, ActionTable};
use super::calendar::{self, Table};
use super::dates;
use super::followups::Assignment;
use super::header::{self, ClosingRole, Named};
use super::headings::{self, Number};
use super::lines::{Line, is_upper_case_line, join};
use super::names::Names;
use super::roles_in_prose;
use crate::format::labels::Label;
use crate::format::phrases::{self, DecisionPhrases};
use crate::model::Kind;
use crate::network::StandardItems;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// The labels an old document writes that the import keeps.
const READ_LABELS: [Label; 4] = [
    Label::Presenters,
    Label::Attachments,
    Label::Attachment,
    Label::Matter,
];
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = READ_LABELS.iter().map(|l| l.word()).collect();
    Regex::new(&format!(r"(?i)^({})\s*:\s*(.*)$", words.join("|"))).unwrap_or_else(|_| unreachable!())
});
static PROPOSER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(.*?\bföreslår)\s+att\s+(.*)$").unwrap_or_else(|_| unreachable!()));
static ATT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^att\s+\S").unwrap_or_else(|_| unreachable!()));
static BULLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[-–•*·▪→►➔]|\d{1,2}\))\s+(\S.*)$").unwrap_or_else(|_| unreachable!()));
/// A numbered clause: `1. att godkänna …`.
static NUMBERED_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,2}[.)]\s+(att\s.*)$").unwrap_or_else(|_| unreachable!()));
/// Adverbs between a decision's verb and its `att` (`beslutade vidare att`).
const DECISION_ADVERBS: &[&str] = &[
    "vidare",
    "även",
    "också",
    "dessutom",
    "därefter",
    "slutligen",
    "enhälligt",
    "enigt",
    "samtidigt",
    "för egen del",
    "för sin del",
];
/// A numbered point of a decision without its own `att` (`beslutar att` over `1. anta …`).
static NUMBERED_POINT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,2}[.)]\s+(\p{Ll}.*)$").unwrap_or_else(|_| unreachable!()));
/// A lettered point of a decision or proposal: `a) att anta …`, `b) anta …`.
static LETTERED_POINT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[a-z][.)]\s+(\p{Ll}.*)$").unwrap_or_else(|_| unreachable!()));
/// `Socialchefsnätverket föreslås besluta` (the points follow) or `… föreslås besluta att …`.
static PROPOSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(.+?)\s+(föreslås\s+besluta)\s*:?\s*(att\b.*?)?\s*:?$")
        .unwrap_or_else(|_| unreachable!())
});
/// A decision without a subject: `Beslutades att …`, `Det beslutades att …`, `Beslöts att …`,
/// and a further one, `Beslöts vidare att …`, `Det beslutades också att …`.
static IMPERSONAL_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^((?:det\s+)?(?:beslutades|beslöts)(?:\s+(?:vidare|också|även|dessutom))?)\s+(att\b.*)$")
        .unwrap_or_else(|_| unreachable!())
});
/// A decision in other words: `Gruppen beslöt att …`, `Vi bestämde att …`, `Nätverket enades om
/// att …`, `Länsgruppen fattade följande beslut:` (the clauses follow).
/// `, samt`, `och` or `,` at the end of a clause that another clause follows.
static JOINER_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(,\s*(?:samt|och)?|\s+(?:samt|och))\s*$").unwrap_or_else(|_| unreachable!())
});
/// A body's decision to propose a decision to another body: `Arbetsutskottet föreslår
/// socialnämnden besluta att …` (or the clauses below): in minutes, what the body decided.
static FORWARDED_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\S+(?:\s+\S+){0,4}?)\s+(föreslår\s+\S+(?:\s+\S+){0,3}?\s+(?:att\s+)?besluta)(\s*:?\s*$|\s+att\b.*$)")
        .unwrap_or_else(|_| unreachable!())
});
/// A body's proposal to another body as a section heading: `Arbetsutskottets förslag till
/// socialnämnden` (the body without its genitive `s`).
static OWN_PROPOSAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Lu}\p{L}+?)s\s+(?i:förslag\s+till)\s+\p{L}+$").unwrap_or_else(|_| unreachable!())
});
/// The same without `besluta`: `Arbetsutskottet föreslår sociala omsorgsnämnden att fastställa
/// …`, the other body named by a word for one (`nämnden`, `styrelsen`, `fullmäktige`).
static FORWARDED_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\S+(?:\s+\S+){0,4}?)\s+(föreslår\s+(?:\p{L}+\s+){0,2}\p{L}*(?:nämnden|styrelsen|fullmäktige|utskottet|rådet))(\s+att\b.*$)")
        .unwrap_or_else(|_| unreachable!())
});
/// A section heading with the body's decision: `Arbetsutskottets beslut` (the body without its
/// genitive `s`).
static OWN_DECISION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\p{Lu}\p{L}+?)s\s+(?i:beslut)$").unwrap_or_else(|_| unreachable!()));
static OTHER_DECISION_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\S+(?:\s+\S+){0,4}?)\s+(beslöt|beslutade|bestämde|enades\s+om|kom\s+överens\s+om|fattade\s+följande\s+beslut)(\s*:?\s*$|\s+att\b.*$)")
        .unwrap_or_else(|_| unreachable!())
});
/// `Beslut:` (or `Beslut` alone, or `BESLUTAT:` as notes typed in a meeting write it) before a
/// decision or its clauses.
static DECISION_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^beslut(?:at)?\s*:?\s*(.*)$").unwrap_or_else(|_| unreachable!()));
/// A type written after the title: `Verksamhetsplan 2026 (beslut)`, `… [beslut]`, `… (För
/// beslut)`, `… (beslutsärende)`, `… – information`.
static TYPE_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(.*\S)\s*(?:\(((?i:för\s+)?\p{L}+(?:\s*/\s*\p{L}+)*)\)|\[((?i:för\s+)?\p{L}+(?:\s*/\s*\p{L}+)*)\]|\s[–-]\s+((?i:för\s+)?\p{L}+))$",
    )
    .unwrap_or_else(|_| unreachable!())
});
/// `Typ: Beslutsärende` on the line under an item's heading.
static TYPE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^typ\s*:\s*(\p{L}+)\.?$").unwrap_or_else(|_| unreachable!()));
static ATTACHMENT_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\(\s*(bilagor|bilaga)\s+([^()]{1,40}?)\s*\)").unwrap_or_else(|_| unreachable!())
});
static ATTACHMENT_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}\s?[a-zA-Z]?$").unwrap_or_else(|_| unreachable!()));
static TYPE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{L}+(?:\s*/\s*\p{L}+)*)\s*:\s+(\S.*)$").unwrap_or_else(|_| unreachable!())
});
/// The section headings of a protocol's paragraph, written as prose headings.
const SECTIONS: &[&str] = &[
    "ärendebeskrivning",
    "beslutsunderlag",
    "yrkanden",
    "yrkande",
    "propositionsordning",
    "reservation",
    "reservationer",
    "beslutet skickas till",
    "protokollsanteckning",
    "protokollsanteckningar",
    "jäv",
    "sammanfattning",
    "bakgrund",
    "ärendet",
    "expediering",
    "underlag",
    "beslut",
    "beslutsgång",
    "omröstning",
    "särskilt yttrande",
];

/// Whether a word is a body's common noun (`Nämnden`, `Rådet`, `Styrelsen`, `Arbetsutskottet`).
fn names_a_body(word: &str) -> bool {
    let word = word.to_lowercase();
    [
        "nämnden",
        "styrelsen",
        "rådet",
        "utskottet",
        "nätverket",
        "gruppen",
        "fullmäktige",
    ]
    .iter()
    .any(|body| word.ends_with(body))
}

/// Whether a line looks like an item heading, for the debris pass (which never takes one out).
pub fn looks_like_item(text: &str) -> bool {
    headings::parse(text).is_some()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClauseKind {
    Proposal,
    Decision,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub text: String,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub enum Block {
    Prose {
        text: String,
        line: usize,
        /// A decision written in running text, kept as written because a listed decision
        /// follows; `check` is told to let it pass.
        inline_decision: bool,
    },
    Bullets {
        items: Vec<String>,
        line: usize,
    },
    Clauses {
        kind: ClauseKind,
        intro: String,
        clauses: Vec<Clause>,
        line: usize,
    },
    Calendar(Table),
    Assignments(Vec<Assignment>),
    /// A section heading of a protocol's paragraph (`Ärendebeskrivning`), written `####`.
    Heading {
        text: String,
        line: usize,
    },
}

#[derive(Debug, Clone, Default)]
pub struct Item {
    pub number: u32,
    pub letter: Option<char>,
    /// The number as the document wrote it: `5`, `5.1`, `a)`, `§ 23`.
    pub label: String,
    pub line: usize,
    pub type_text: Option<String>,
    pub title: String,
    /// The presenters, one entry per `Föredragande:` line of the document.
    pub presenters: Vec<Vec<String>>,
    pub attachments: Vec<String>,
    /// `Bilaga` or `Bilagor`, as the document wrote it.
    pub attachment_label: Option<String>,
    pub matter: Option<String>,
    pub blocks: Vec<Block>,
    pub has_children: bool,
}

impl Item {
    /// `5e` or `5`.
    pub fn number_text(&self) -> String {
        match self.letter {
            Some(l) => format!("{}{l}", self.number),
            None => self.number.to_string(),
        }
    }

    pub fn clauses(&self, kind: ClauseKind) -> impl Iterator<Item = &Clause> {
        self.blocks.iter().flat_map(move |b| match b {
            Block::Clauses { kind: k, clauses, .. } if *k == kind => clauses.as_slice(),
            _ => &[],
        })
    }

    pub fn assignments(&self) -> impl Iterator<Item = &Assignment> {
        self.blocks.iter().flat_map(|b| match b {
            Block::Assignments(list) => list.as_slice(),
            _ => &[],
        })
    }
}

/// Something the importer did to the text that a person should know about.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    pub item: Option<String>,
    pub line: usize,
    pub what: String,
}

/// Text of the document replaced by something else in the output (a date written the format's
/// way, a label turned into a front matter key): its words are accounted for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Conversion {
    pub from: String,
    pub to: String,
}

/// Where the first item heading is: a paragraph (`§ 23`) or an item numbered 1 to 3.
pub fn first_item(lines: &[Line]) -> usize {
    (0..lines.len())
        .find(|&i| {
            headings::parse(&lines[i].text).is_some_and(|h| {
                let titled = !h.needs_title_below || headings::title_below(next_text(lines, i + 1));
                titled
                    && match h.number {
                        Number::Top(n) => n <= 3,
                        Number::Paragraph(_) => true,
                        Number::Capital(l, d) => l == 'A' && d.is_none_or(|d| d == 1),
                        _ => false,
                    }
            })
        })
        .unwrap_or(lines.len())
}

/// `Förslag: att …` (the clause after the label) or `Förslag:` alone with clauses below: what
/// follows the label.
fn short_proposal<'t>(text: &'t str, next: Option<&str>) -> Option<&'t str> {
    let (label, rest) = text.split_once(':')?;
    if !label.trim().eq_ignore_ascii_case("förslag") {
        return None;
    }
    let clause_below = || {
        next.is_some_and(|n| ATT.is_match(n) || BULLET.captures(n).is_some_and(|c| ATT.is_match(c[1].trim())))
    };
    (ATT.is_match(rest.trim()) || (rest.trim().is_empty() && clause_below())).then_some(rest)
}

/// Whether a heading lettered `l` (and `d`) comes next: `A` (or `A1`) first, then the next
/// letter, a letter skipped, or the next digit of the same letter (`F1`, `F2`).
fn follows_capital(first: bool, last: Option<(char, Option<u32>)>, l: char, d: Option<u32>) -> bool {
    let starts = d.is_none_or(|d| d == 1);
    match last {
        None => first && l == 'A' && starts,
        Some((pl, pd)) => {
            let step = (l as u32).wrapping_sub(pl as u32);
            ((1..=2).contains(&step) && starts) || (l == pl && pd.is_some_and(|pd| d == Some(pd + 1)))
        }
    }
}

/// The text of the first line from `from` on that is not blank.
fn next_text(lines: &[Line], from: usize) -> Option<&str> {
    lines
        .get(from..)?
        .iter()
        .map(|l| l.text.as_str())
        .find(|t| !t.trim().is_empty())
}

/// What the recogniser needs to know.
pub struct Context<'a> {
    pub kind: Kind,
    pub date: NaiveDate,
    pub names: &'a Names<'a>,
    pub standard: &'a StandardItems,
    pub item_types: &'a [String],
    pub phrases: &'a DecisionPhrases,
}

/// The items, and what was done to them.
#[derive(Debug, Clone, Default)]
pub struct Body {
    pub items: Vec<Item>,
    pub changes: Vec<Change>,
    pub conversions: Vec<Conversion>,
    pub previous_minutes: Option<(NaiveDate, usize)>,
    /// Notes for the front matter (Swedish: they are part of the document).
    pub notes: Vec<String>,
    /// Follow-up tables, with the index of the item they stand under.
    pub action_tables: Vec<(usize, ActionTable)>,
    /// People the lines after the items name: `Vid anteckningarna`, `Justeras`.
    pub closing: Vec<(ClosingRole, Named)>,
}

struct ClauseState {
    kind: ClauseKind,
    intro: String,
    clauses: Vec<Clause>,
    line: usize,
    gap: bool,
}

impl ClauseState {
    fn new(kind: ClauseKind, intro: String, clauses: Vec<Clause>, line: usize) -> ClauseState {
        ClauseState {
            kind,
            intro,
            clauses,
            line,
            gap: false,
        }
    }
}

struct Builder<'c, 'a> {
    ctx: &'c Context<'a>,
    lines: &'c [Line],
    body: Body,
    item: Option<Item>,
    /// The item number written in the file for the current item.
    top: u32,
    /// The document's number of the current item (its paragraph number in a protocol).
    doc_top: u32,
    /// The last `5.n` sub-item number read under the current item.
    sub: u32,
    /// Items numbered as a protocol's paragraphs.
    paragraphs: bool,
    /// The last item lettered in capitals (`F1.`), when the items are lettered so.
    capitals: Option<(char, Option<u32>)>,
    next_letter: Option<char>,
    /// A closing label (`Vid anteckningarna`) waiting for the name on the next line.
    closing: Option<ClosingRole>,
    para: Vec<String>,
    para_line: usize,
    para_gap: bool,
    inline: bool,
    bullets: Vec<String>,
    bullets_line: usize,
    clauses: Option<ClauseState>,
    deferred: Vec<Block>,
}

/// Reads the items: the lines from the first item heading on.
pub fn body(lines: &[Line], ctx: &Context) -> Body {
    let mut b = Builder {
        ctx,
        lines,
        body: Body::default(),
        item: None,
        top: 0,
        doc_top: 0,
        sub: 0,
        paragraphs: false,
        capitals: None,
        next_letter: None,
        closing: None,
        para: Vec::new(),
        para_line: 0,
        para_gap: false,
        inline: false,
        bullets: Vec::new(),
        bullets_line: 0,
        clauses: None,
        deferred: Vec::new(),
    };
    let mut i = 0;
    while i < lines.len() {
        i = b.line(i);
    }
    b.finish_item();
    b.body
}

/// A type marker's word as a configured type is written, in lower case: `För beslut` →
/// `beslut`, `Beslutsärende` → `beslut`, `informationsärende` → `information`.
fn bare_type(written: &str) -> String {
    let lower = written.trim().to_lowercase();
    let lower = lower.strip_prefix("för ").map_or(lower.as_str(), str::trim);
    let bare = match lower.strip_suffix("ärende") {
        Some(stem) if !stem.is_empty() => stem.strip_suffix('s').unwrap_or(stem).to_owned(),
        _ => lower.to_owned(),
    };
    // Words for the same kind of item: a discussion is a dialogue.
    match bare.as_str() {
        "diskussion" | "diskussionspunkt" | "diskussionsfråga" => "dialog".to_owned(),
        "info" | "informationspunkt" => "information".to_owned(),
        "beslutspunkt" => "beslut".to_owned(),
        _ => bare,
    }
}

/// A point of a list under `beslutar att:` (`– anta …`, `• anta …`, `a) anta …`, `1. anta …`).
fn is_point(text: &str) -> bool {
    NUMBERED_POINT.is_match(text) || LETTERED_POINT.is_match(text) || BULLET.is_match(text)
}

/// A decision's text split at each `och att` / `samt att`: the joining word and the part after it.
fn split_att(rest: &str) -> Vec<(Option<&'static str>, String)> {
    let mut parts = vec![(None, String::new())];
    let mut from = 0;
    let lower = rest.to_lowercase();
    let mut cuts: Vec<(usize, &'static str, usize)> = Vec::new();
    for joiner in ["och", "samt"] {
        let needle = format!(" {joiner} att ");
        let mut at = 0;
        while let Some(k) = lower[at..].find(&needle) {
            cuts.push((at + k, joiner, needle.len()));
            at += k + needle.len();
        }
    }
    cuts.sort();
    for (at, joiner, len) in cuts {
        if let Some(last) = parts.last_mut() {
            last.1 = rest[from..at].to_owned();
        }
        parts.push((Some(joiner), String::new()));
        from = at + len;
    }
    if let Some(last) = parts.last_mut() {
        last.1 = rest[from..].to_owned();
    }
    parts
}

/// A field of an item in a form's label column, `Noteringar<TAB>text` or `Beslut<TAB>Nätverket
/// beslutar att …`, written as the label with a colon so that it reads as `Beslut: …` does.
fn form_field(raw: &str) -> Option<String> {
    let (label, value) = raw.split_once('\t')?;
    let value = value.trim();
    let known = [
        "foredragande",
        "noteringar",
        "anteckningar",
        "beslut",
        "diskussion",
        "bakgrund",
        "kommentar",
        "kommentarer",
        "information",
        "underlag",
    ];
    (known.contains(&crate::text::fold(label.trim()).as_str()) && !value.is_empty() && !value.contains('\t'))
        .then(|| format!("{}: {value}", label.trim()))
}

fn starts_lower(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase)
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '?', ':'])
}

impl Builder<'_, '_> {
    fn item_label(&self) -> Option<String> {
        self.item.as_ref().map(Item::number_text)
    }

    fn change(&mut self, line: usize, what: String) {
        let item = self.item_label();
        self.body.changes.push(Change { item, line, what });
    }

    fn next_nonblank(&self, from: usize) -> Option<usize> {
        (from..self.lines.len()).find(|&j| !self.lines[j].text.is_empty())
    }

    /// Handles line `i`; returns the index of the next line to read.
    fn line(&mut self, i: usize) -> usize {
        let raw = self.lines[i].text.trim().to_owned();
        let field = self.item.is_some().then(|| form_field(&raw)).flatten();
        if field.is_some() {
            // Each field of a form is a paragraph of its own.
            self.flush_para();
        }
        let text = field.unwrap_or_else(|| {
            raw.split('\t')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        });
        // `» Beslut: att …`: a pointing mark before a labelled line is no part of it.
        let text = match text.strip_prefix(['»', '›']) {
            Some(rest) if rest.starts_with(' ') && rest.contains(':') => rest.trim_start().to_owned(),
            _ => text,
        };
        let number = self.lines[i].number;
        if text.is_empty() {
            self.flush_bullets();
            self.para_gap = true;
            if let Some(state) = &mut self.clauses {
                state.gap = true;
            }
            return i + 1;
        }
        if let Some(next) = self.heading(i, &raw) {
            return next;
        }
        if self.item.is_none() {
            // Nothing before the first item reaches here.
            return i + 1;
        }
        if let Some(role) = self.closing.take()
            && let Some(named) = header::name_alone(&text, number)
        {
            self.body.closing.push((role, named));
        }
        // `Eva Ek tar fram … (Ansvar: Eva Ek. Klart: i maj.)`: the owners of the sentence before.
        if let Some((before, owners_line)) = actions::owners_in_parenthesis(&text) {
            self.prose_line(number, before);
            let line = Line {
                number,
                text: owners_line,
                page_break_before: false,
            };
            if let Some(table) = self
                .last_sentence()
                .and_then(|task| actions::read_owners_line(&line, &task, &|owners| self.names_owners(owners)))
            {
                self.flush_prose();
                self.action_table(table);
                return i + 1;
            }
            // Not read as owners: the parenthesis stays in the prose as written.
            self.prose_line(number, &format!("({})", line.text));
            return i + 1;
        }
        if let Some((table, next)) = raw
            .contains('\t')
            .then(|| actions::read(self.lines, i))
            .flatten()
            .or_else(|| actions::read_block(self.lines, i))
            .or_else(|| actions::read_list(self.lines, i, &|owners| self.names_owners(owners)))
            .or_else(|| actions::read_owned_line(self.lines, i, &|owners| self.names_owners(owners)))
            .or_else(|| {
                // `→ Ansvar: Eva Ek, klart: v.12` under the sentence that gives the task.
                let task = self.last_sentence()?;
                actions::read_owners_line(&self.lines[i], &task, &|owners| self.names_owners(owners))
                    .map(|table| (table, i + 1))
            })
        {
            self.flush_prose();
            self.end_clauses();
            self.action_table(table);
            return next;
        }
        if self.clauses.is_some() {
            match self.clause_line(i, &text) {
                Some(next) => return next,
                None => self.end_clauses(),
            }
        }
        self.closing_line(&text, number);
        if let Some(next) = self.section(i, &text) {
            return next;
        }
        if let Some(caps) = TYPE_LINE.captures(&text)
            && self.item.as_ref().is_some_and(|item| item.type_text.is_none())
            && let Some(found) = self.known_type(&caps[1])
        {
            self.flush_prose();
            self.body.conversions.push(Conversion {
                from: text.clone(),
                to: found.clone(),
            });
            self.change(
                number,
                crate::msg!(
                    "import-change-type-read",
                    text = text.to_owned(),
                    found = found.to_string()
                ),
            );
            if let Some(item) = &mut self.item {
                item.type_text = Some(found);
            }
            return i + 1;
        }
        if let Some(caps) = LABEL.captures(&text) {
            self.flush_prose();
            let label = caps[1].to_owned();
            let value = caps
                .get(2)
                .map(|m| m.as_str().trim().to_owned())
                .unwrap_or_default();
            return self.label(i, &label, &value);
        }
        // `Förslag: att …`, or `Förslag:` over its clauses: a proposal, under the format's
        // heading.
        if let Some(rest) = short_proposal(
            &text,
            self.next_nonblank(i + 1).map(|j| self.lines[j].text.trim()),
        ) {
            self.flush_prose();
            self.body.conversions.push(Conversion {
                from: text[..text.len() - rest.len()].trim().to_owned(),
                to: phrases::PROPOSAL.to_owned(),
            });
            let rest = rest.trim().to_owned();
            return self.proposal(i, phrases::PROPOSAL, &rest);
        }
        if let Some((heading, rest)) = phrases::proposal_opening(&text) {
            self.flush_prose();
            let (heading, rest) = (heading.to_owned(), rest.trim().to_owned());
            return self.proposal(i, &heading, &rest);
        }
        if let Some(next) = self.opened_decision(i, &text) {
            return next;
        }
        if let Some(next) = self.proposed(i, &text) {
            return next;
        }
        // `Malin Strid hälsade välkommen. IFO-nätverket beslutade att …`: the sentences before
        // the decision are prose, the decision is a decision.
        if let Some(at) = self.inline_decision_start(&text) {
            let (before, decision) = text.split_at(at);
            self.flush_bullets();
            self.prose_line(number, before.trim());
            self.flush_para();
            if let Some(next) = self.opened_decision(i, decision.trim()) {
                return next;
            }
        }
        if calendar::row(&text).is_some()
            && let Some(next) = self.calendar(i)
        {
            return next;
        }
        if let Some(caps) = BULLET.captures(&text) {
            self.flush_para();
            if self.bullets.is_empty() {
                self.bullets_line = number;
            }
            self.bullets.push(caps[1].trim().to_owned());
            return i + 1;
        }
        if !self.bullets.is_empty() && starts_lower(&text) {
            if let Some(last) = self.bullets.last_mut() {
                *last = join(&[last.as_str(), text.as_str()]);
            }
            return i + 1;
        }
        self.flush_bullets();
        self.prose_line(number, &text);
        i + 1
    }

    /// A decision opening `text`: `<network> beslutade att …`, or `Beslutades att …` without a
    /// subject (written with the network's name).
    fn opened_decision(&mut self, i: usize, text: &str) -> Option<usize> {
        let number = self.lines[i].number;
        let other = OTHER_DECISION_VERB.captures(text).or_else(|| {
            FORWARDED_DECISION
                .captures(text)
                .or_else(|| FORWARDED_CLAUSE.captures(text))
                .filter(|_| self.ctx.kind == Kind::Minutes)
        });
        let reworded = other.as_ref().map(|caps| {
            let rest = caps[3].trim_start().trim_start_matches(':');
            format!("{} {} {rest}", &caps[1], phrases::DECIDED)
        });
        let opening = match &reworded {
            Some(reworded) => self.ctx.phrases.opening(reworded),
            None => self.ctx.phrases.opening(text),
        };
        let (intro, rest) = if let Some(opening) = opening {
            if let Some(caps) = &other {
                self.body.conversions.push(Conversion {
                    from: caps[2].to_owned(),
                    to: phrases::DECIDED.to_owned(),
                });
                // A proposal to another body is written as what this body decided.
                if (FORWARDED_DECISION.is_match(text) || FORWARDED_CLAUSE.is_match(text))
                    && !OTHER_DECISION_VERB.is_match(text)
                {
                    self.change(
                        number,
                        crate::msg!(
                            "import-change-forwarded-decision",
                            text = caps[2].to_owned(),
                            written = opening.intro.clone()
                        ),
                    );
                }
            }
            (opening.intro, opening.rest.trim().to_owned())
        } else if let Some(caps) = other.as_ref().filter(|caps| caps[1].eq_ignore_ascii_case("vi")) {
            // `Vi bestämde att …`: the notes' own body, written with the network's name.
            let intro = phrases::decision(&self.ctx.names.members.network.called);
            let written = format!("{} {}", &caps[1], &caps[2]);
            self.body.conversions.push(Conversion {
                from: written.clone(),
                to: intro.clone(),
            });
            self.change(
                number,
                crate::msg!("import-change-written", text = written, written = intro.clone()),
            );
            (intro, caps[3].trim().trim_start_matches(':').trim().to_owned())
        } else {
            let caps = IMPERSONAL_DECISION.captures(text)?;
            let intro = phrases::decision(&self.ctx.names.members.network.called);
            self.body.conversions.push(Conversion {
                from: caps[1].to_owned(),
                to: intro.clone(),
            });
            self.change(
                number,
                crate::msg!(
                    "import-change-written",
                    text = caps[1].to_owned(),
                    written = intro.clone()
                ),
            );
            (intro, caps[2].trim().to_owned())
        };
        let (clause, mut after) = clause_and_after(&rest);
        // `Beslöts att A. Beslöts vidare att B.`: the second sentence holds more clauses of the
        // same decision.
        let mut further: Vec<(String, String)> = Vec::new();
        while let Some(caps) = after.as_deref().and_then(|a| IMPERSONAL_DECISION.captures(a)) {
            let (more, rest) = clause_and_after(caps[2].trim());
            further.push((caps[1].to_owned(), more));
            after = rest;
        }
        let next = self.decision(i, intro.clone(), &clause, text);
        if let Some(state) = self.clauses.as_mut().filter(|_| !further.is_empty()) {
            for (written, more) in further {
                self.body.conversions.push(Conversion {
                    from: written,
                    to: intro.clone(),
                });
                for (k, (joiner, part)) in split_att(&more).into_iter().enumerate() {
                    if let Some(joiner) = joiner {
                        self.body.conversions.push(Conversion {
                            from: joiner.to_owned(),
                            to: "-".to_owned(),
                        });
                    }
                    state.clauses.push(Clause {
                        text: if k == 0 { part } else { format!("att {part}") },
                        line: number,
                    });
                }
            }
        } else if !further.is_empty() {
            let written: Vec<String> = further
                .into_iter()
                .map(|(w, more)| format!("{w} {more}"))
                .collect();
            let kept = written
                .into_iter()
                .chain(after.take())
                .collect::<Vec<_>>()
                .join(" ");
            after = Some(kept);
        }
        self.after_decision(number, after);
        Some(next)
    }

    /// `<network> föreslås besluta` with the points below it, or `… föreslås besluta att …`:
    /// a proposal, written under the format's heading.
    fn proposed(&mut self, i: usize, text: &str) -> Option<usize> {
        let caps = PROPOSED.captures(text)?;
        let opening = format!("{} {}", caps[1].trim(), "beslutar");
        let intro = self.ctx.phrases.opening(&opening)?.intro;
        let number = self.lines[i].number;
        self.flush_prose();
        self.body.conversions.push(Conversion {
            from: caps[2].to_owned(),
            to: phrases::PROPOSAL.to_owned(),
        });
        self.change(
            number,
            crate::msg!(
                "import-change-written",
                text = truncate(text, 60).to_string(),
                written = format!("{}: {intro}", phrases::PROPOSAL)
            ),
        );
        let mut clauses = Vec::new();
        if let Some(first) = caps.get(3) {
            clauses.push(self.make_clause(first.as_str(), number));
        }
        let intro = format!("{}: {intro}", phrases::PROPOSAL);
        self.clauses = Some(ClauseState::new(ClauseKind::Proposal, intro, clauses, number));
        Some(i + 1)
    }

    /// Sentences that followed a decision on its line (`… att ta fram ett förslag. Förslaget
    /// redovisas för AU senast den 15 juni.`): prose after the decision.
    fn after_decision(&mut self, number: usize, after: Option<String>) {
        if let Some(after) = after {
            self.deferred.push(Block::Prose {
                text: after,
                line: number,
                inline_decision: false,
            });
        }
    }

    /// Where a decision starts inside a line, after a sentence: the byte offset.
    fn inline_decision_start(&self, text: &str) -> Option<usize> {
        let mut from = 0;
        while let Some(dot) = text[from..].find(". ") {
            let at = from + dot + 2;
            let rest = &text[at..];
            // `… Nätverket enades om att …`: another verb, the network its subject.
            let other = || {
                OTHER_DECISION_VERB.captures(rest).is_some_and(|caps| {
                    let reworded = format!("{} {}", &caps[1], phrases::DECIDED);
                    // `Vi kom överens om att …`: the notes' own body.
                    caps[1].eq_ignore_ascii_case("vi") || self.ctx.phrases.opening(&reworded).is_some()
                })
            };
            if rest.starts_with(char::is_uppercase)
                && (IMPERSONAL_DECISION.is_match(rest)
                    || other()
                    || self
                        .ctx
                        .phrases
                        .opening(rest)
                        .is_some_and(|o| ATT.is_match(o.rest.trim()) || o.rest.trim().is_empty()))
            {
                return Some(at);
            }
            from = at;
        }
        None
    }

    /// `Vid anteckningarna: Rebecca Lilja`, `Justeras` with the name below: who took the
    /// minutes and who checked them. The line stays as written.
    fn closing_line(&mut self, text: &str, number: usize) {
        if let Some((role, value)) = header::closing_label(text) {
            match header::name_alone(&value, number) {
                Some(named) => self.body.closing.push((role, named)),
                None if value.trim().is_empty() => self.closing = Some(role),
                None => {}
            }
        } else if header::is_adjusted_line(text) {
            self.closing = Some(ClosingRole::Adjuster);
        } else {
            // `Eva Ek ledde mötet.`, `Till justerare valdes EE.`: the role as a sentence states it.
            let found = roles_in_prose::in_text(text, self.ctx.names, number);
            self.body.closing.extend(found);
        }
    }

    /// A protocol's section heading (`Ärendebeskrivning`, `Beslut`), or `Beslut:` before a
    /// decision or its clauses.
    fn section(&mut self, i: usize, text: &str) -> Option<usize> {
        let number = self.lines[i].number;
        let bare = text.trim_end_matches(':').trim();
        let folded = bare.to_lowercase();
        let att_follows = self.next_nonblank(i + 1).is_some_and(|j| {
            let next = self.lines[j].text.trim();
            ATT.is_match(next)
                || NUMBERED_CLAUSE.is_match(next)
                || BULLET.captures(next).is_some_and(|c| ATT.is_match(c[1].trim()))
        });
        // `Arbetsutskottets förslag till socialnämnden` over its clauses: in minutes, what the
        // body itself decided to propose.
        if att_follows
            && self.ctx.kind == Kind::Minutes
            && let Some(caps) = OWN_PROPOSAL.captures(bare)
            && self
                .ctx
                .phrases
                .opening(&format!("{} {} att", &caps[1], phrases::DECIDED))
                .is_some()
        {
            self.open_clauses(number, text, |intro| {
                crate::msg!(
                    "import-change-forwarded-decision",
                    text = bare.to_owned(),
                    written = intro.to_owned()
                )
            });
            return Some(i + 1);
        }
        // `Nämndens beslut` over clauses: the body deciding names itself by a word for one.
        let body_decision = OWN_DECISION
            .captures(bare)
            .is_some_and(|caps| names_a_body(&caps[1]));
        if (folded == "beslut" || body_decision) && att_follows {
            // `Beslut:` and the clauses under it: the network's decision.
            self.open_clauses(number, text, |intro| {
                crate::msg!(
                    "import-change-clauses-written",
                    text = text.to_owned(),
                    written = intro.to_owned()
                )
            });
            return Some(i + 1);
        }
        // `Arbetsutskottets beslut` over a decision in other words: the body's own section.
        let own_decision = OWN_DECISION.captures(bare).is_some_and(|caps| {
            self.ctx
                .phrases
                .opening(&format!("{} {} att", &caps[1], phrases::DECIDED))
                .is_some()
        });
        if SECTIONS.contains(&folded.as_str()) || own_decision {
            self.flush_prose();
            if let Some(item) = &mut self.item {
                item.blocks.push(Block::Heading {
                    text: bare.to_owned(),
                    line: number,
                });
            }
            if text.ends_with(':') {
                self.body.conversions.push(Conversion {
                    from: text.to_owned(),
                    to: bare.to_owned(),
                });
            }
            return Some(i + 1);
        }
        // `Beslut: Nätverket beslutade att …` or `Beslut: att …`.
        let caps = DECISION_LABEL.captures(text)?;
        let rest = caps.get(1)?.as_str().trim();
        if !text[..text.len() - rest.len()].contains(':') || rest.is_empty() {
            return None;
        }
        // The label as written (`Beslut`, `BESLUTAT`).
        let label = text[..text.len() - rest.len()]
            .trim()
            .trim_end_matches(':')
            .trim()
            .to_owned();
        if let Some(opening) = self.ctx.phrases.opening(rest) {
            self.body.conversions.push(Conversion {
                from: label,
                to: opening.intro.clone(),
            });
            // A sentence after the clause on its line (`… i uppdrag att T. Förslaget ska vara
            // klart i maj.`) is prose after the decision.
            let (clause, after) = clause_and_after(opening.rest.trim());
            let next = self.decision(i, opening.intro, &clause, rest);
            self.after_decision(number, after);
            return Some(next);
        }
        if ATT.is_match(rest) {
            self.flush_prose();
            let (kind, intro) = self.decision_intro();
            self.body.conversions.push(Conversion {
                from: label,
                to: intro.clone(),
            });
            let (rest, after) = clause_and_after(rest);
            let clause = self.make_clause(&rest, number);
            self.clauses = Some(ClauseState::new(kind, intro, vec![clause], number));
            self.after_decision(number, after);
            return Some(i + 1);
        }
        None
    }

    /// A line over the clauses that follow it (`Beslut:`), written as the decision's heading
    /// (a proposal's in an agenda); `what` says so in the report.
    fn open_clauses(&mut self, number: usize, text: &str, what: impl Fn(&str) -> String) {
        self.flush_prose();
        let (kind, intro) = self.decision_intro();
        self.body.conversions.push(Conversion {
            from: text.to_owned(),
            to: intro.clone(),
        });
        self.change(number, what(&intro));
        self.clauses = Some(ClauseState::new(kind, intro, Vec::new(), number));
    }

    /// The heading a decision written `Beslut:` gets: the network's decision in minutes, a
    /// proposal in an agenda.
    fn decision_intro(&self) -> (ClauseKind, String) {
        let called = &self.ctx.names.members.network.called;
        match self.ctx.kind {
            Kind::Minutes => (ClauseKind::Decision, phrases::decision(called)),
            Kind::Agenda => (ClauseKind::Proposal, phrases::proposal(called)),
        }
    }

    /// Whether the words before a list point's colon name its owners: each part a name the
    /// document or the members file knows, or written as a person's name.
    fn names_owners(&self, owners: &str) -> bool {
        let names = self.ctx.names;
        let parts: Vec<&str> = owners
            .split([',', ';'])
            .flat_map(|p| p.split(" och "))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        !parts.is_empty()
            && parts
                .iter()
                .all(|p| names.only_names(p).is_some() || super::roster::looks_like_name(p))
    }

    /// The last sentence of the current item so far: of the paragraph being read, else of the
    /// clauses being read (without their `att`), else of the item's last paragraph or clauses.
    fn last_sentence(&self) -> Option<String> {
        let last_of = |text: &str| super::followups::split_sentences(text).pop();
        let clause = |c: &Clause| c.text.trim_start_matches("att ").to_owned();
        if !self.para.is_empty() {
            return last_of(&join(&self.para.iter().map(String::as_str).collect::<Vec<_>>()));
        }
        if let Some(state) = &self.clauses {
            return state.clauses.last().map(clause);
        }
        match self.item.as_ref()?.blocks.last()? {
            Block::Prose { text, .. } => last_of(text),
            Block::Clauses { clauses, .. } => clauses.last().map(clause),
            _ => None,
        }
    }

    /// A follow-up table under the current item.
    fn action_table(&mut self, mut table: ActionTable) {
        // Rows carried over from earlier meetings stay as they were written.
        for row in std::mem::take(&mut table.carried) {
            self.prose_line(row.line, &row.text);
            self.flush_para();
        }
        for (from, to) in table.conversions() {
            self.body.conversions.push(Conversion { from, to });
        }
        self.change(
            table.line,
            crate::msg!("import-change-follow-up-table", count = table.rows.len()),
        );
        let index = self.body.items.len();
        self.body.action_tables.push((index, table));
    }

    fn prose_line(&mut self, number: usize, text: &str) {
        // A short line that ends a sentence, then a capital: a paragraph of its own (a Word
        // document gives one line a paragraph).
        if !self.para.is_empty()
            && !self.para_gap
            && self
                .para
                .last()
                .is_some_and(|last| ends_sentence(last) && last.chars().count() < 50)
            && text.chars().next().is_some_and(char::is_uppercase)
        {
            self.flush_para();
        }
        if !self.para.is_empty() && self.para_gap {
            let runs_on = self.para.last().is_some_and(|last| !ends_sentence(last)) && starts_lower(text);
            if !runs_on {
                self.flush_para();
            }
        }
        if self.para.is_empty() {
            self.para_line = number;
        }
        self.para_gap = false;
        self.para.push(text.to_owned());
    }

    fn flush_para(&mut self) {
        if self.para.is_empty() {
            self.inline = false;
            return;
        }
        let refs: Vec<&str> = self.para.iter().map(String::as_str).collect();
        let text = join(&refs);
        self.para.clear();
        let inline = std::mem::take(&mut self.inline);
        self.note_attachments(&text);
        if let Some(item) = &mut self.item {
            item.blocks.push(Block::Prose {
                text,
                line: self.para_line,
                inline_decision: inline,
            });
        }
    }

    fn flush_bullets(&mut self) {
        if self.bullets.is_empty() {
            return;
        }
        let items = std::mem::take(&mut self.bullets);
        for item in &items {
            self.note_attachments(item);
        }
        if let Some(current) = &mut self.item {
            current.blocks.push(Block::Bullets {
                items,
                line: self.bullets_line,
            });
        }
    }

    fn flush_prose(&mut self) {
        self.flush_para();
        self.flush_bullets();
    }

    /// Attachment references in running text: `(Bilaga 4 a, 4 b)`.
    fn note_attachments(&mut self, text: &str) {
        let found = attachment_refs(text);
        if let Some(item) = &mut self.item {
            for (label, ids) in found {
                for id in ids {
                    if !item.attachments.contains(&id) {
                        item.attachments.push(id);
                    }
                }
                item.attachment_label.get_or_insert(label);
            }
        }
    }

    /// An item or sub-item heading at line `i`, with its continuation lines.
    fn heading(&mut self, i: usize, raw: &str) -> Option<usize> {
        let found = headings::parse(raw)?;
        // `4.` alone is a heading only over its title.
        if found.needs_title_below && !headings::title_below(next_text(self.lines, i + 1)) {
            return None;
        }
        let first = self.item.is_none() && self.body.items.is_empty();
        let (number, letter) = match found.number {
            Number::Top(n) => {
                let plausible = (first && n <= 3)
                    || (!self.paragraphs
                        && self.capitals.is_none()
                        && !first
                        && (n == self.doc_top + 1 || n == self.doc_top + 2));
                if !plausible {
                    return None;
                }
                (n, None)
            }
            Number::Paragraph(n) => {
                let plausible =
                    first || (self.paragraphs && (n == self.doc_top + 1 || n == self.doc_top + 2));
                if !plausible {
                    return None;
                }
                (self.top + 1, None)
            }
            Number::Sub(n, m) => {
                if first
                    || n != self.doc_top
                    || m != self.sub + 1
                    || self.paragraphs
                    || self.capitals.is_some()
                {
                    return None;
                }
                (self.top, char::from_u32(u32::from(b'a') + m - 1))
            }
            Number::Capital(l, d) => {
                if !follows_capital(first, self.capitals, l, d) {
                    return None;
                }
                (self.top + 1, None)
            }
            Number::Letter(c) => {
                if first || Some(c) != self.next_letter.or(Some('a')) || self.sub > 0 {
                    return None;
                }
                (self.top, Some(c))
            }
        };
        self.finish_item();
        if let Some(written) = &found.written {
            self.body.conversions.push(Conversion {
                from: written.clone(),
                to: number.to_string(),
            });
        }
        let mut next = i + 1;
        let mut extra: Vec<(String, usize)> = found
            .extra
            .iter()
            .map(|e| (e.clone(), self.lines[i].number))
            .collect();
        let mut title = found.title.clone();
        // `§ 23` alone: the title is on a line below, maybe under a case number.
        if title.is_empty() {
            let mut j = i + 1;
            while let Some(k) = self.next_nonblank(j) {
                let candidate = self.lines[k].text.replace('\t', " ").trim().to_owned();
                if headings::is_case_number(&candidate) && extra.len() < 2 {
                    extra.push((candidate, self.lines[k].number));
                    j = k + 1;
                    continue;
                }
                if candidate.chars().count() <= 150 && candidate.starts_with(char::is_uppercase) {
                    title = candidate;
                    next = k + 1;
                }
                break;
            }
        }
        // The heading may run over to the next line (after at most one blank line).
        if let Some(j) = self.next_nonblank(next)
            && j <= next + 1
            && !title.is_empty()
        {
            let candidate = self.lines[j].text.replace('\t', " ");
            let candidate = candidate.trim();
            let structural = headings::parse(candidate).is_some()
                || LABEL.is_match(candidate)
                || phrases::proposal_opening(candidate).is_some()
                || ATT.is_match(candidate)
                || BULLET.is_match(candidate)
                || self.ctx.phrases.opening(candidate).is_some();
            let continues =
                (starts_lower(candidate) && title.chars().count() >= 30 && !ends_sentence(&title))
                    || candidate.starts_with('(');
            let sentence = candidate.ends_with('.') || candidate.contains(". ");
            if !structural && continues && !sentence && candidate.chars().count() <= 120 {
                title = join(&[title.as_str(), candidate]);
                next = j + 1;
            }
        }
        // A case number on the line under the title stays with the item.
        if let Some(j) = self.next_nonblank(next)
            && j == next
        {
            let candidate = self.lines[j].text.replace('\t', " ").trim().to_owned();
            if headings::is_case_number(&candidate) {
                extra.push((candidate, self.lines[j].number));
                next = j + 1;
            }
        }
        match found.number {
            Number::Top(n) => {
                self.top = number;
                self.doc_top = n;
                self.sub = 0;
                self.next_letter = Some('a');
            }
            Number::Paragraph(n) => {
                self.top = number;
                self.doc_top = n;
                self.paragraphs = true;
                self.sub = 0;
                self.next_letter = None;
            }
            Number::Sub(_, m) => {
                self.sub = m;
                self.next_letter = letter.and_then(|l| char::from_u32(l as u32 + 1));
            }
            Number::Letter(l) => {
                self.next_letter = char::from_u32(l as u32 + 1);
            }
            Number::Capital(l, d) => {
                self.top = number;
                self.capitals = Some((l, d));
                self.sub = 0;
                self.next_letter = Some('a');
            }
        }
        if letter.is_some() {
            let written = match found.number {
                Number::Letter(l) => format!("{l})"),
                _ => found.label.clone(),
            };
            self.body.conversions.push(Conversion {
                from: written,
                to: format!("{}{}", self.top, letter.unwrap_or('a')),
            });
            if let Some(parent) = self.body.items.iter_mut().rev().find(|it| it.letter.is_none()) {
                parent.has_children = true;
            }
        }
        let mut item = Item {
            number,
            letter,
            label: found.label.clone(),
            line: self.lines[i].number,
            ..Item::default()
        };
        // Attachment references in the title go to a `Bilaga:` line.
        let mut clean = title.clone();
        for (label, ids) in attachment_refs(&title) {
            item.attachments.extend(ids);
            item.attachment_label.get_or_insert(label);
        }
        if !item.attachments.is_empty() {
            for m in ATTACHMENT_REF.find_iter(&title) {
                self.body.conversions.push(Conversion {
                    from: m.as_str().to_owned(),
                    to: "Bilaga".to_owned(),
                });
            }
            clean = ATTACHMENT_REF.replace_all(&clean, "").to_string();
            clean = clean.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        let clean = clean.trim().trim_end_matches([':', ',']).trim().to_owned();
        let (type_text, title) = self.item_type(&clean);
        item.type_text = type_text;
        item.title = if matches!(found.number, Number::Paragraph(_)) {
            format!("{} {title}", found.label)
        } else {
            title
        };
        for (text, line) in extra {
            item.blocks.push(Block::Prose {
                text,
                line,
                inline_decision: false,
            });
        }
        self.item = Some(item);
        self.previous_minutes();
        Some(next)
    }

    /// The item's type, written before the title (`Beslut: …`) or after it (`… (beslut)`), when
    /// it is one of the configured types; and the title without it.
    fn item_type(&mut self, title: &str) -> (Option<String>, String) {
        let (found, rest, written) = if let Some(caps) = TYPE_PREFIX.captures(title)
            && let Some(normal) = self.known_type(&caps[1])
        {
            (normal, caps[2].trim().to_owned(), caps[1].to_owned())
        } else if let Some(caps) = TYPE_SUFFIX.captures(title)
            && let Some(written) = caps.get(2).or_else(|| caps.get(3)).or_else(|| caps.get(4))
            && let Some(normal) = self.known_type(written.as_str())
        {
            (normal, caps[1].trim().to_owned(), written.as_str().to_owned())
        } else {
            return (None, title.to_owned());
        };
        if found != written {
            self.body.conversions.push(Conversion {
                from: written,
                to: found.clone(),
            });
        }
        (Some(found), rest)
    }

    /// The configured type a marker names (`beslut`, `För beslut`, `beslutsärende`,
    /// `beslut/information`), written the configuration's way.
    fn known_type(&self, words: &str) -> Option<String> {
        let known = |words: &str| -> Option<String> {
            let parts: Vec<Option<&String>> = words
                .split('/')
                .map(|p| {
                    let p = bare_type(p);
                    self.ctx.item_types.iter().find(|t| t.to_lowercase() == p)
                })
                .collect();
            parts.iter().all(Option::is_some).then(|| {
                parts
                    .iter()
                    .flatten()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join("/")
            })
        };
        known(words)
    }

    /// The standard item that approves the previous minutes: its date.
    fn previous_minutes(&mut self) {
        let Some(item) = &mut self.item else { return };
        if item.letter.is_some() {
            return;
        }
        let standard = self
            .ctx
            .standard
            .opening
            .iter()
            .chain(&self.ctx.standard.closing)
            .find(|s| s.previous_minutes && StandardItems::matches(s, &item.title));
        let named = crate::text::fold(&item.title).starts_with("foregaende minnesanteckningar")
            || crate::text::fold(&item.title).starts_with("foregaende protokoll");
        if standard.is_none() && !named {
            return;
        }
        let Some(found) = dates::find_date(&item.title) else {
            return;
        };
        let iso = dates::iso(found.date);
        if found.written != iso {
            item.title = format!(
                "{}{}{}",
                &item.title[..found.start],
                iso,
                &item.title[found.end..]
            );
            let label = item.number_text();
            self.body.conversions.push(Conversion {
                from: found.written.clone(),
                to: iso.clone(),
            });
            self.body.changes.push(Change {
                item: Some(label),
                line: item.line,
                what: crate::msg!(
                    "import-change-title-date",
                    written = found.written.clone(),
                    iso = iso.clone()
                ),
            });
        }
        self.body.previous_minutes = Some((found.date, item.line));
    }

    fn label(&mut self, i: usize, label: &str, value: &str) -> usize {
        let number = self.lines[i].number;
        let mut next = i + 1;
        match Label::find(&READ_LABELS, label) {
            Some(Label::Presenters) => {
                let mut presenters = vec![value.trim_end_matches(';').trim().to_owned()];
                // A second presenter on the next line.
                while let Some(line) = self.lines.get(next) {
                    let text = line.text.replace('\t', " ");
                    let text = text.trim();
                    let person = self
                        .ctx
                        .names
                        .at_start(text)
                        .is_some_and(|f| f.party.is_person() && !f.first_name);
                    // A presenter's line is short and no sentence.
                    let sentence = text.ends_with('.') || text.split_whitespace().count() > 12;
                    if text.is_empty() || !person || text.chars().count() > 120 || sentence {
                        break;
                    }
                    presenters.push(text.trim_end_matches(';').trim().to_owned());
                    next += 1;
                }
                if presenters.len() > 1 {
                    self.change(
                        number,
                        crate::msg!("import-change-presenters", count = presenters.len()),
                    );
                }
                if let Some(item) = &mut self.item {
                    // Each `Föredragande:` line of the document stays a line of its own.
                    let presenters: Vec<String> = presenters.into_iter().filter(|p| !p.is_empty()).collect();
                    if !presenters.is_empty() {
                        item.presenters.push(presenters);
                    }
                }
                if label != Label::Presenters.word() {
                    self.body.conversions.push(Conversion {
                        from: label.to_owned(),
                        to: Label::Presenters.word().to_owned(),
                    });
                }
            }
            Some(Label::Attachment | Label::Attachments) => {
                let ids = split_ids(value);
                if let Some(item) = &mut self.item {
                    if ids.is_empty() {
                        item.blocks.push(Block::Prose {
                            text: format!("{label}: {value}"),
                            line: number,
                            inline_decision: false,
                        });
                    } else {
                        item.attachments.extend(ids);
                        item.attachment_label.get_or_insert(label.to_owned());
                    }
                }
            }
            _ => {
                let id = value.trim().trim_end_matches('.').to_owned();
                if let Some(item) = &mut self.item {
                    item.matter = Some(id);
                }
            }
        }
        next
    }

    /// `Förslag till beslut` and what follows it.
    fn proposal(&mut self, i: usize, heading: &str, rest: &str) -> usize {
        let number = self.lines[i].number;
        let mut next = i + 1;
        let proposer: Option<String> = if !rest.is_empty() {
            Some(rest.to_owned())
        } else if let Some(j) = self.next_nonblank(i + 1) {
            let candidate = self.lines[j].text.replace('\t', " ").trim().to_owned();
            if PROPOSER.is_match(&candidate) || self.ctx.phrases.opening(&candidate).is_some() {
                next = j + 1;
                Some(candidate)
            } else {
                None
            }
        } else {
            None
        };
        let heading_text = heading.to_owned();
        let mut first: Option<String> = None;
        let (kind, intro) = match proposer.as_deref() {
            Some(p) if self.ctx.phrases.opening(p).is_some() => {
                let (intro, after) = self
                    .ctx
                    .phrases
                    .opening(p)
                    .map(|o| (o.intro, o.rest))
                    .unwrap_or_default();
                let after = after.trim();
                if !after.is_empty() {
                    first = Some(after.to_owned());
                }
                if self.ctx.kind == Kind::Minutes {
                    let item = self.item_label().unwrap_or_default();
                    self.body.notes.push(format!(
                        "Punkt {item}: beslutet står i originalet under rubriken ”{heading_text}”; det återges här som nätverkets beslut."
                    ));
                    self.body.conversions.push(Conversion {
                        from: heading_text.clone(),
                        to: "notes".to_owned(),
                    });
                    self.change(
                        number,
                        crate::msg!(
                            "import-change-heading-decision",
                            heading = heading_text.clone(),
                            intro = intro.clone()
                        ),
                    );
                    (ClauseKind::Decision, intro)
                } else {
                    (ClauseKind::Proposal, format!("{heading_text}: {intro}"))
                }
            }
            Some(p) => match PROPOSER.captures(p) {
                Some(caps) => {
                    let who = caps[1].trim().to_owned();
                    let after = caps[2].trim().to_owned();
                    match self.ctx.phrases.opening(&after).map(|o| (o.intro, o.rest)) {
                        Some((intro, more)) => {
                            let more = more.trim();
                            if !more.is_empty() {
                                first = Some(more.to_owned());
                            }
                            (ClauseKind::Proposal, format!("{heading_text}: {who} att {intro}"))
                        }
                        None => {
                            first = Some(format!("att {after}"));
                            self.change(
                                number,
                                crate::msg!(
                                    "import-change-proposal-split",
                                    who = who.to_string(),
                                    clause = truncate(&after, 40).to_string()
                                ),
                            );
                            (ClauseKind::Proposal, format!("{heading_text}: {who}"))
                        }
                    }
                }
                None => {
                    first = Some(p.to_owned());
                    (ClauseKind::Proposal, heading_text.clone())
                }
            },
            None => (ClauseKind::Proposal, heading_text.clone()),
        };
        let mut state = ClauseState {
            kind,
            intro: intro.trim_end_matches(':').trim().to_owned(),
            clauses: Vec::new(),
            line: number,
            gap: false,
        };
        if let Some(first) = first {
            let clause = self.make_clause(&first, number);
            state.clauses.push(clause);
        }
        self.clauses = Some(state);
        next
    }

    /// `<network> beslutade` (a list follows) or `<network> beslutade att ...` (running text).
    fn decision(&mut self, i: usize, intro: String, rest: &str, text: &str) -> usize {
        let number = self.lines[i].number;
        // `beslutade vidare att …`, `beslutade enhälligt att …`: the adverb goes, the clause stays.
        let mut rest = rest;
        // An adverb of one word or a few (`för egen del`).
        if let Some((adverb, after)) = DECISION_ADVERBS.iter().find_map(|a| {
            let head = rest.get(..a.len())?;
            let after = rest.get(a.len()..)?.strip_prefix(' ')?;
            head.eq_ignore_ascii_case(a).then_some((head, after))
        }) && ATT.is_match(after)
        {
            self.body.conversions.push(Conversion {
                from: adverb.to_owned(),
                to: String::new(),
            });
            rest = after;
        }
        // `beslutar att` over numbered points without their own `att`: each point is a clause.
        let points_follow = rest.trim_end_matches(':').eq_ignore_ascii_case("att")
            && self
                .next_nonblank(i + 1)
                .is_some_and(|j| is_point(self.lines[j].text.trim()));
        if rest.is_empty() || points_follow {
            self.flush_prose();
            let kind = if self.ctx.kind == Kind::Agenda {
                self.change(
                    number,
                    crate::msg!("import-change-agenda-proposal", intro = intro.clone()),
                );
                ClauseKind::Proposal
            } else {
                ClauseKind::Decision
            };
            let intro = if kind == ClauseKind::Proposal {
                format!("{}: {intro}", phrases::PROPOSAL)
            } else {
                intro
            };
            if kind == ClauseKind::Proposal {
                self.body.conversions.push(Conversion {
                    from: String::new(),
                    to: phrases::PROPOSAL.to_owned(),
                });
            }
            self.clauses = Some(ClauseState::new(kind, intro, Vec::new(), number));
            return i + 1;
        }
        // `… enades om att` at the end of the line, the clause on the lines below.
        let att_wraps = rest.eq_ignore_ascii_case("att")
            && self
                .lines
                .get(i + 1)
                .is_some_and(|next| starts_lower(next.text.trim()) && !ATT.is_match(next.text.trim()));
        if !ATT.is_match(rest) && !att_wraps {
            // `Länschefsnätverket beslutade under ...`: prose.
            self.flush_bullets();
            self.prose_line(number, text);
            return i + 1;
        }
        // A listed decision further on in the same item restates it: keep this as written.
        let listed_follows = (i + 1..self.lines.len())
            .take_while(|&j| {
                let t = self.lines[j].text.trim();
                headings::parse(t).is_none()
            })
            .any(|j| self.ctx.phrases.is_heading(self.lines[j].text.trim()));
        if listed_follows && self.ctx.kind == Kind::Minutes {
            self.flush_prose();
            self.para_line = number;
            self.para.push(text.to_owned());
            self.inline = true;
            self.change(
                number,
                crate::msg!(
                    "import-change-prose-decision-kept",
                    text = truncate(text, 60).to_string()
                ),
            );
            self.flush_para();
            return i + 1;
        }
        self.flush_prose();
        let kind = if self.ctx.kind == Kind::Agenda {
            ClauseKind::Proposal
        } else {
            ClauseKind::Decision
        };
        let intro = if kind == ClauseKind::Proposal {
            self.body.conversions.push(Conversion {
                from: String::new(),
                to: phrases::PROPOSAL.to_owned(),
            });
            format!("{}: {intro}", phrases::PROPOSAL)
        } else {
            intro
        };
        self.change(
            number,
            crate::msg!(
                "import-change-prose-decision-listed",
                text = truncate(text, 60).to_string()
            ),
        );
        // `beslutade att utse X att justera och att godkänna dagordningen` (or `samt att`): one
        // clause per `att`.
        let mut clauses: Vec<Clause> = Vec::new();
        for (k, (joiner, part)) in split_att(rest).into_iter().enumerate() {
            if let Some(joiner) = joiner {
                self.body.conversions.push(Conversion {
                    from: joiner.to_owned(),
                    to: "-".to_owned(),
                });
            }
            clauses.push(Clause {
                text: if k == 0 { part } else { format!("att {part}") },
                line: number,
            });
        }
        if clauses.len() > 1 {
            self.change(
                number,
                crate::msg!("import-change-clauses-split", count = clauses.len()),
            );
        }
        self.clauses = Some(ClauseState::new(kind, intro, clauses, number));
        i + 1
    }

    /// A line while clauses are being read; `None` ends the clauses and the line is read anew.
    fn clause_line(&mut self, i: usize, text: &str) -> Option<usize> {
        let number = self.lines[i].number;
        let bare = text.trim_end_matches(':').trim().to_lowercase();
        // A short label over what follows (`Att göra:`, `Åtgärder:`) ends the clauses.
        let label_line = text.ends_with(':')
            && text.starts_with(char::is_uppercase)
            && text.split_whitespace().count() <= 3;
        let structural = LABEL.is_match(text)
            || label_line
            || phrases::proposal_opening(text).is_some()
            || self.ctx.phrases.opening(text).is_some()
            || SECTIONS.contains(&bare.as_str())
            || DECISION_LABEL
                .captures(text)
                .is_some_and(|c| text.contains(':') && !c[1].trim().is_empty());
        if structural {
            return None;
        }
        let numbered = NUMBERED_CLAUSE
            .captures(text)
            .or_else(|| NUMBERED_POINT.captures(text))
            .or_else(|| LETTERED_POINT.captures(text));
        if let Some(caps) = numbered {
            let marker = text[..text.len() - caps[1].len()].trim().to_owned();
            self.body.conversions.push(Conversion {
                from: marker,
                to: "-".to_owned(),
            });
            let clause = self.make_clause(caps[1].trim(), number);
            let state = self.clauses.as_mut()?;
            state.clauses.push(clause);
            state.gap = false;
            return Some(i + 1);
        }
        if ATT.is_match(text) {
            let clause = self.make_clause(text, number);
            let state = self.clauses.as_mut()?;
            // `att A, samt` over `att B`: the word that joined them goes with the line break.
            if let Some(last) = state.clauses.last_mut()
                && let Some(caps) = JOINER_AT_END.captures(&last.text)
                && let Some(joiner) = caps.get(1)
            {
                let (cut, joiner) = (
                    joiner.start(),
                    joiner.as_str().trim().trim_start_matches(',').trim().to_owned(),
                );
                last.text.truncate(cut);
                if !joiner.is_empty() {
                    self.body.conversions.push(Conversion {
                        from: joiner,
                        to: "-".to_owned(),
                    });
                }
            }
            let state = self.clauses.as_mut()?;
            state.clauses.push(clause);
            state.gap = false;
            return Some(i + 1);
        }
        if let Some(caps) = BULLET.captures(text) {
            // `→ Eva Ek skickar …` under the decision: an arrow before a capital points to a
            // task with its subject, no point of the decision (`- Kartlägga …` still is one).
            let point = caps[1].trim();
            let arrow = text.starts_with(['→', '►', '➔']);
            if arrow && point.starts_with(char::is_uppercase) && !ATT.is_match(point) {
                return None;
            }
            let clause = self.make_clause(point, number);
            let state = self.clauses.as_mut()?;
            state.clauses.push(clause);
            state.gap = false;
            return Some(i + 1);
        }
        let (gap, empty, last_ends) = {
            let state = self.clauses.as_ref()?;
            (
                state.gap,
                state.clauses.is_empty(),
                state.clauses.last().is_some_and(|c| ends_sentence(&c.text)),
            )
        };
        // A clause runs on over wrapped lines: a small letter, or a capital after a long line.
        let wrapped = i
            .checked_sub(1)
            .and_then(|p| self.lines.get(p))
            .is_some_and(|l| l.text.chars().count() >= 60);
        let runs_on = starts_lower(text) || (wrapped && !last_ends);
        if !gap && !empty && runs_on {
            let state = self.clauses.as_mut()?;
            if let Some(last) = state.clauses.last_mut() {
                last.text = join(&[last.text.as_str(), text]);
            }
            return Some(i + 1);
        }
        if empty {
            let att_follows = self
                .next_nonblank(i + 1)
                .is_some_and(|j| ATT.is_match(self.lines[j].text.trim()));
            if gap && att_follows && text.split_whitespace().count() <= 6 {
                self.deferred.push(Block::Prose {
                    text: text.to_owned(),
                    line: number,
                    inline_decision: false,
                });
                self.change(
                    number,
                    crate::msg!("import-change-moved-after", text = text.to_string()),
                );
                return Some(i + 1);
            }
            let clause = self.make_clause(text, number);
            let state = self.clauses.as_mut()?;
            state.clauses.push(clause);
            state.gap = false;
            return Some(i + 1);
        }
        None
    }

    /// A clause, with `att` put in front when it lacks it (and the change reported).
    fn make_clause(&mut self, text: &str, number: usize) -> Clause {
        let text = text.trim();
        let lower_first = |t: &str| -> String {
            let first_word: String = t.chars().take_while(|c| c.is_alphabetic()).collect();
            let is_name = self.ctx.names.at_start(t).is_some();
            let acronym = first_word.chars().count() > 1 && first_word.chars().all(char::is_uppercase);
            if is_name || acronym {
                return t.to_owned();
            }
            let mut chars = t.chars();
            match chars.next() {
                Some(c) => c.to_lowercase().chain(chars).collect(),
                None => String::new(),
            }
        };
        if let Some(rest) = text.strip_prefix("Att ") {
            return Clause {
                text: format!("att {rest}"),
                line: number,
            };
        }
        if ATT.is_match(text) {
            return Clause {
                text: text.to_owned(),
                line: number,
            };
        }
        let written = format!("att {}", lower_first(text));
        self.change(
            number,
            crate::msg!(
                "import-change-clause-written",
                text = truncate(text, 50).to_string(),
                written = truncate(&written, 54).to_string()
            ),
        );
        Clause {
            text: written,
            line: number,
        }
    }

    /// A clause read whole (`att A, och att B. Förslaget redovisas i maj.`): one clause per
    /// `och att`/`samt att`, and the sentences after its first, which are prose.
    fn one_sentence_each(&mut self, text: &str, line: usize) -> (Vec<String>, Option<String>) {
        let sentences = super::followups::split_sentences(text.trim());
        let (first, rest) = match sentences.split_first() {
            Some((first, rest)) if !rest.is_empty() => (first.clone(), Some(rest.join(" "))),
            _ => (text.trim().to_owned(), None),
        };
        let mut parts = Vec::new();
        for (joiner, part) in split_att(&first) {
            // `att A, och att B`: the comma before the joining word goes with it.
            let part = part.trim().trim_end_matches(',').trim_end().to_owned();
            match joiner {
                Some(joiner) => {
                    self.body.conversions.push(Conversion {
                        from: joiner.to_owned(),
                        to: "-".to_owned(),
                    });
                    parts.push(format!("att {part}"));
                }
                None => parts.push(part),
            }
        }
        if parts.len() > 1 {
            self.change(
                line,
                crate::msg!("import-change-clauses-split", count = parts.len()),
            );
        }
        (parts, rest)
    }

    fn end_clauses(&mut self) {
        let Some(state) = self.clauses.take() else { return };
        let mut state = state;
        if state.clauses.is_empty() {
            // A heading with nothing under it: keep its words as prose, not as a broken list.
            let text = state.intro.clone();
            self.change(
                state.line,
                crate::msg!("import-change-no-clauses", text = text.clone()),
            );
            if let Some(item) = &mut self.item {
                item.blocks.push(Block::Prose {
                    text: format!("*{text}*"),
                    line: state.line,
                    inline_decision: false,
                });
            }
            return;
        }
        let mut clauses = Vec::with_capacity(state.clauses.len());
        let mut after: Vec<Block> = Vec::new();
        for clause in std::mem::take(&mut state.clauses) {
            let (parts, rest) = self.one_sentence_each(&clause.text, clause.line);
            clauses.extend(parts.into_iter().map(|text| Clause {
                text,
                line: clause.line,
            }));
            if let Some(rest) = rest {
                after.push(Block::Prose {
                    text: rest,
                    line: clause.line,
                    inline_decision: false,
                });
            }
        }
        state.clauses = clauses;
        after.append(&mut self.deferred);
        self.deferred = after;
        if let Some(item) = &mut self.item {
            item.blocks.push(Block::Clauses {
                kind: state.kind,
                intro: state.intro,
                clauses: state.clauses,
                line: state.line,
            });
            item.blocks.append(&mut self.deferred);
        }
    }

    /// A meeting calendar written as a table, from line `i`; `None` when it is a single row.
    fn calendar(&mut self, i: usize) -> Option<usize> {
        let year = self
            .item
            .as_ref()
            .and_then(|it| calendar::year_in(&it.title))
            .unwrap_or_else(|| chrono::Datelike::year(&self.ctx.date));
        let (table, next) = calendar::read(self.lines, i, year, &|t: &str| {
            LABEL.is_match(t)
                || phrases::proposal_opening(t).is_some()
                || headings::parse(t).is_some()
                || self.ctx.phrases.opening(t).is_some()
        })?;
        // The header row may be the last line of the paragraph before.
        let mut table = table;
        if let Some(last) = self.para.last()
            && is_upper_case_line(last)
        {
            table.header = Some(last.clone());
            self.para.pop();
        }
        self.flush_prose();
        if let Some(header) = &table.header {
            self.body.conversions.push(Conversion {
                from: header.clone(),
                to: "table header".to_owned(),
            });
        }
        for row in &table.rows {
            self.body.conversions.push(Conversion {
                from: row.date_written.clone(),
                to: dates::iso(row.date),
            });
            if let Some(problem) = &row.problem {
                self.change(row.line, problem.clone());
            }
        }
        self.change(
            self.lines[i].number,
            crate::msg!("import-change-calendar-table", count = table.rows.len()),
        );
        if let Some(item) = &mut self.item {
            item.blocks.push(Block::Calendar(table));
        }
        Some(next)
    }

    fn finish_item(&mut self) {
        self.flush_prose();
        self.end_clauses();
        if !self.deferred.is_empty()
            && let Some(item) = &mut self.item
        {
            item.blocks.append(&mut self.deferred);
        }
        if let Some(item) = self.item.take() {
            self.body.items.push(item);
        }
        self.para_gap = false;
    }
}

/// `(Bilaga 2 a och 2 b)` → `("Bilaga", ["2 a", "2 b"])`, for each reference in a text.
pub fn attachment_refs(text: &str) -> Vec<(String, Vec<String>)> {
    ATTACHMENT_REF
        .captures_iter(text)
        .filter_map(|caps| {
            let ids = split_ids(&caps[2]);
            (!ids.is_empty()).then(|| (capitalise(&caps[1]), ids))
        })
        .collect()
}

/// `2 a och 2 b`, `7 & 8`, `6a, 6b` → the ids; nothing unless every part is an id.
pub fn split_ids(value: &str) -> Vec<String> {
    let parts: Vec<String> = value
        .replace(" och ", ",")
        .replace('&', ",")
        .split(',')
        .map(|p| p.trim().trim_end_matches('.').to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    if parts.iter().all(|p| ATTACHMENT_ID.is_match(p)) {
        parts
    } else {
        Vec::new()
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

/// A decision's one `att` clause on its line and the sentences after it that are no clause.
fn clause_and_after(rest: &str) -> (String, Option<String>) {
    let sentences = super::followups::split_sentences(rest);
    let Some(first) = sentences.first() else {
        return (rest.to_owned(), None);
    };
    if sentences.len() < 2 || !ATT.is_match(first) || sentences[1..].iter().any(|s| ATT.is_match(s)) {
        return (rest.to_owned(), None);
    }
    (first.clone(), Some(sentences[1..].join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_forms_fields_read_as_labels() {
        assert_eq!(
            form_field("Beslut\tNätverket beslutar att A.").as_deref(),
            Some("Beslut: Nätverket beslutar att A.")
        );
        assert_eq!(
            form_field("Föredragande\tPeter Wallin").as_deref(),
            Some("Föredragande: Peter Wallin")
        );
        assert_eq!(
            DECISION_LABEL
                .captures("BESLUTAT: att ta fram en checklista.")
                .and_then(|c| c.get(1))
                .map(|m| m.as_str()),
            Some("att ta fram en checklista.")
        );
        // Another label, or a row of cells, is no field.
        assert_eq!(form_field("Ordförande\tEva Ek"), None);
        assert_eq!(form_field("Beslut\tA\tB"), None);
    }

    #[test]
    fn a_short_proposal_label() {
        assert_eq!(
            short_proposal("Förslag: att anta planen.", None),
            Some(" att anta planen.")
        );
        assert_eq!(short_proposal("Förslag:", Some("– att anta planen,")), Some(""));
        assert_eq!(short_proposal("Förslag:", Some("Planen har remitterats.")), None);
        assert_eq!(short_proposal("Förslaget: att anta", None), None);
    }

    #[test]
    fn capital_letters_follow_in_order() {
        assert!(follows_capital(true, None, 'A', None));
        assert!(!follows_capital(true, None, 'C', None));
        assert!(follows_capital(false, Some(('A', None)), 'B', None));
        assert!(follows_capital(false, Some(('E', None)), 'F', Some(1)));
        assert!(follows_capital(false, Some(('F', Some(1))), 'F', Some(2)));
        assert!(follows_capital(false, Some(('F', Some(2))), 'G', None));
        assert!(!follows_capital(false, Some(('F', Some(2))), 'F', Some(1)));
        assert!(!follows_capital(false, Some(('G', None)), 'B', None));
        assert!(!follows_capital(false, Some(('B', None)), 'F', None));
    }

    #[test]
    fn decisions_without_a_subject_and_their_points() {
        assert!(IMPERSONAL_DECISION.is_match("Beslutades att godkänna dagordningen."));
        assert!(IMPERSONAL_DECISION.is_match("Det beslutades att godkänna dagordningen."));
        assert!(!IMPERSONAL_DECISION.is_match("Beslutades inget."));
        assert!(IMPERSONAL_DECISION.is_match("Beslöts vidare att hyra en större lokal."));
        assert!(IMPERSONAL_DECISION.is_match("Det beslutades också att skjuta upp frågan."));
        for (text, verb) in [
            ("Styrgruppen beslöt att anta planen.", "beslöt"),
            ("Vi bestämde att träffas i maj.", "bestämde"),
            ("Rådet enades om att skjuta frågan.", "enades om"),
            ("Vi kom överens om att skjuta frågan.", "kom överens om"),
            ("Vi beslutade att skjuta frågan.", "beslutade"),
            ("Styrgruppen fattade följande beslut:", "fattade följande beslut"),
        ] {
            let caps = OTHER_DECISION_VERB.captures(text);
            assert_eq!(caps.map(|c| c[2].to_owned()).as_deref(), Some(verb), "{text}");
        }
        assert!(!OTHER_DECISION_VERB.is_match("Vi bestämde oss för en ny tid."));
        let forwarded = FORWARDED_DECISION
            .captures("Arbetsutskottet föreslår socialnämnden besluta att godkänna uppföljningen.")
            .unwrap_or_else(|| unreachable!());
        assert_eq!(
            (&forwarded[1], &forwarded[2]),
            ("Arbetsutskottet", "föreslår socialnämnden besluta")
        );
        assert!(FORWARDED_DECISION.is_match("Utskottet föreslår nämnden att besluta"));
        assert!(!FORWARDED_DECISION.is_match("Förvaltningen föreslår att nämnden beslutar om taxan."));
        let clause = FORWARDED_CLAUSE
            .captures("Utskottet föreslår sociala nämnden att anta taxan.")
            .unwrap_or_else(|| unreachable!());
        assert_eq!(&clause[2], "föreslår sociala nämnden");
        assert!(!FORWARDED_CLAUSE.is_match("Förvaltningen föreslår att nämnden antar taxan."));
        assert_eq!(
            OWN_DECISION
                .captures("Utskottets beslut")
                .map(|c| c[1].to_owned())
                .as_deref(),
            Some("Utskottet")
        );
        assert!(!OWN_DECISION.is_match("Utskottets beslut om taxan"));
        for (clause, kept) in [
            ("att godkänna remissvaret, samt", "att godkänna remissvaret"),
            ("att godkänna remissvaret och", "att godkänna remissvaret"),
            ("att godkänna remissvaret,", "att godkänna remissvaret"),
        ] {
            let cut = JOINER_AT_END.find(clause).map_or(clause.len(), |m| m.start());
            assert_eq!(&clause[..cut], kept);
        }
        assert!(!JOINER_AT_END.is_match("att godkänna remissvaret"));
        let parts = split_att("att utse X att justera samt att godkänna dagordningen och att avsluta");
        let texts: Vec<&str> = parts.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["att utse X att justera", "godkänna dagordningen", "avsluta"]
        );
        assert_eq!(parts[1].0, Some("samt"));
        assert!(is_point("– anta handlingsplanen"));
        assert!(is_point("b) anta handlingsplanen"));
        assert!(is_point("2. anta handlingsplanen"));
        assert!(!is_point("Anta handlingsplanen"));
        let proposed = PROPOSED
            .captures("Socialchefsnätverket föreslås besluta")
            .unwrap_or_else(|| unreachable!());
        assert_eq!((&proposed[1], proposed.get(3)), ("Socialchefsnätverket", None));
        let with_att = PROPOSED
            .captures("Nätverket föreslås besluta att anta planen.")
            .unwrap_or_else(|| unreachable!());
        assert_eq!(with_att.get(3).map(|m| m.as_str()), Some("att anta planen."));
    }

    #[test]
    fn type_markers_in_their_forms() {
        assert_eq!(bare_type("För beslut"), "beslut");
        assert_eq!(bare_type("Beslutsärende"), "beslut");
        assert_eq!(bare_type("informationsärende"), "information");
        assert_eq!(bare_type("Dialog"), "dialog");
        let suffix = |t: &str| TYPE_SUFFIX.captures(t).map(|c| c[1].to_owned());
        assert_eq!(
            suffix("Barn – stödgrupper – information").as_deref(),
            Some("Barn – stödgrupper")
        );
        assert_eq!(
            suffix("Gemensam rutin för vårdplanering – för beslut").as_deref(),
            Some("Gemensam rutin för vårdplanering")
        );
        assert_eq!(
            suffix("Val av justerare (För beslut)").as_deref(),
            Some("Val av justerare")
        );
        assert!(TYPE_LINE.is_match("Typ: Beslutsärende"));
        assert!(!TYPE_LINE.is_match("Typ: se bilaga 2"));
    }

    #[test]
    fn attachment_references() {
        assert_eq!(
            attachment_refs("Mini Maria (Bilaga 2 a och 2 b)"),
            vec![("Bilaga".to_owned(), vec!["2 a".to_owned(), "2 b".to_owned()])]
        );
        assert_eq!(split_ids("7 & 8"), vec!["7", "8"]);
        assert_eq!(split_ids("6a och 6b"), vec!["6a", "6b"]);
        assert!(split_ids("se nedan").is_empty());
    }
}
