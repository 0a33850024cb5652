//! Scoring an imported document against its truth: item headings, decision and proposal
//! clauses, assignments (owners, due dates, report-back), attendees, OCR repairs, words lost and
//! the front matter. Counts, not ratios, so that a folder's scores add up.

use super::run::Imported;
use super::truth::{AssignmentTruth, Document};
use lchnv::model::Meeting;
use serde_json::Value;
use std::collections::HashMap;

/// Hits out of a total.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Ratio {
    pub hit: usize,
    pub of: usize,
}

impl Ratio {
    pub fn value(self) -> f64 {
        if self.of == 0 {
            1.0
        } else {
            self.hit as f64 / self.of as f64
        }
    }

    fn add(&mut self, other: Ratio) {
        self.hit += other.hit;
        self.of += other.of;
    }

    fn count(&mut self, hit: bool) {
        self.of += 1;
        if hit {
            self.hit += 1;
        }
    }
}

/// True and false positives and false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Matches {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Matches {
    pub fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }

    fn add(&mut self, other: Matches) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// The scores of one document, or of a folder (summed).
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub documents: usize,
    pub items: Ratio,
    pub clauses: Matches,
    pub owners: Matches,
    /// Truth assignments matched to an assignment of the import.
    pub assignments: Ratio,
    pub due: Ratio,
    pub report_to: Ratio,
    pub attendees: Matches,
    pub attendee_organisations: Ratio,
    pub attendee_roles: Ratio,
    /// Damaged words (occurrences) repaired to the right word.
    pub ocr_repaired: Ratio,
    /// Correct words (occurrences) the import changed.
    pub ocr_changed: Ratio,
    pub words_lost: usize,
    /// Sentences that read like tasks but give none, listed in the report.
    pub non_tasks: Ratio,
    /// The truth's distinct (damaged, correct) pairs among the report's repairs.
    pub ocr_pairs: Ratio,
    pub front: Ratio,
    pub check_errors: usize,
    /// What went wrong, one line each, for the detailed listing.
    pub misses: Vec<String>,
}

impl Scores {
    pub fn add(&mut self, other: &Scores) {
        self.documents += other.documents;
        self.items.add(other.items);
        self.clauses.add(other.clauses);
        self.owners.add(other.owners);
        self.assignments.add(other.assignments);
        self.due.add(other.due);
        self.report_to.add(other.report_to);
        self.attendees.add(other.attendees);
        self.attendee_organisations.add(other.attendee_organisations);
        self.attendee_roles.add(other.attendee_roles);
        self.ocr_repaired.add(other.ocr_repaired);
        self.ocr_changed.add(other.ocr_changed);
        self.words_lost += other.words_lost;
        self.non_tasks.add(other.non_tasks);
        self.ocr_pairs.add(other.ocr_pairs);
        self.front.add(other.front);
        self.check_errors += other.check_errors;
    }
}

/// Lower case, whitespace collapsed, list markers and trailing separators dropped.
pub fn normalise(text: &str) -> String {
    let lower: String = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let mut t = lower.trim();
    for marker in ["- ", "– ", "• "] {
        if let Some(rest) = t.strip_prefix(marker) {
            t = rest;
        }
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && (t[digits..].starts_with(". ") || t[digits..].starts_with(") ")) {
        t = &t[digits + 2..];
    }
    t.trim_end_matches(|c: char| matches!(c, '.' | ',' | ';' | ':') || c.is_whitespace())
        .to_owned()
}

/// A title without `(bilaga 2)` and the like, which the import may move to a `Bilaga:` line,
/// without a paragraph number (`§ 23`, which the truth gives as the label), and with its dates
/// written one way (the import writes the previous minutes' date `2025-12-04`).
fn title_key(title: &str) -> String {
    let mut title = title.trim().to_owned();
    if let Some(rest) = title.strip_prefix('§') {
        title = rest
            .trim_start()
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .trim()
            .to_owned();
    }
    if let Some(found) = lchnv::import::dates::find_date(&title) {
        title = format!(
            "{}{}{}",
            &title[..found.start],
            found.date.format("%Y-%m-%d"),
            &title[found.end..]
        );
    }
    let title = title.as_str();
    let mut out = String::new();
    let mut rest = title;
    while let Some(open) = rest.find('(') {
        let close = rest[open..].find(')').map(|c| open + c);
        let inner = close
            .map(|c| rest[open + 1..c].to_lowercase())
            .unwrap_or_default();
        out.push_str(&rest[..open]);
        match close {
            Some(c) if inner.starts_with("bilag") => rest = &rest[c + 1..],
            Some(c) => {
                out.push_str(&rest[open..=c]);
                rest = &rest[c + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    normalise(&out)
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How much of `a`'s words are in `b` (0 to 1).
fn overlap(a: &str, b: &str) -> f64 {
    let a = words(a);
    let b = words(b);
    if a.is_empty() {
        return 0.0;
    }
    let hits = a.iter().filter(|w| b.contains(w)).count();
    hits as f64 / a.len() as f64
}

pub fn score(document: &Document, imported: &Imported) -> Scores {
    let truth = &document.truth;
    let meeting = &imported.meeting;
    let mut s = Scores {
        documents: 1,
        check_errors: imported.check_errors,
        ..Scores::default()
    };
    if let Some(failure) = &imported.failure {
        s.misses.push(format!("import failed: {failure}"));
    }

    // Items, matched by title in order; the labels they map to.
    let out_items: Vec<(String, String)> = meeting
        .items
        .iter()
        .map(|i| (i.number.to_string(), title_key(&i.title)))
        .collect();
    let mut used = vec![false; out_items.len()];
    let mut labels: HashMap<String, Vec<String>> = HashMap::new();
    for item in &truth.items {
        let key = title_key(&item.title);
        let best = out_items
            .iter()
            .enumerate()
            .filter(|(k, _)| !used[*k])
            .map(|(k, (_, title))| (k, strsim::normalized_levenshtein(title, &key)))
            .filter(|(_, sim)| *sim >= 0.8)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        s.items.count(best.is_some());
        match best {
            Some((k, _)) => {
                used[k] = true;
                labels
                    .entry(item.label.clone())
                    .or_default()
                    .push(out_items[k].0.clone());
            }
            None => s
                .misses
                .push(format!("item not found: {} {}", item.label, item.title)),
        }
    }
    // A label used for more than one item (`a)` under two items) names no item.
    let item_of = |label: &str| -> Option<String> {
        match labels.get(label).map(Vec::as_slice) {
            Some([one]) => Some(one.clone()),
            _ => None,
        }
    };

    // Clauses: decisions of minutes, proposals of agendas.
    let minutes = truth.kind == "minutes";
    let mut out_clauses: Vec<(String, String, bool)> = Vec::new();
    for item in &meeting.items {
        let list = if minutes { &item.decisions } else { &item.proposal };
        for clause in list {
            out_clauses.push((item.number.to_string(), normalise(&clause.text), false));
        }
    }
    let wanted = if minutes { "decision" } else { "proposal" };
    for clause in truth.clauses.iter().filter(|c| c.kind == wanted) {
        let text = normalise(&clause.text);
        let item = item_of(&clause.item);
        let hit = out_clauses
            .iter_mut()
            .find(|(i, t, used)| !*used && *t == text && item.as_ref().is_none_or(|want| want == i));
        match hit {
            Some(found) => {
                found.2 = true;
                s.clauses.tp += 1;
            }
            None => {
                s.clauses.fn_ += 1;
                s.misses
                    .push(format!("clause missing ({}): {}", clause.item, clause.text));
            }
        }
    }
    for (item, text, used) in &out_clauses {
        if !used {
            s.clauses.fp += 1;
            s.misses.push(format!("clause extra ({item}): {text}"));
        }
    }

    score_assignments(&truth.assignments, meeting, &item_of, &mut s);
    score_listed(document, &imported.report, &mut s);
    score_attendees(document, meeting, &mut s);
    score_front(document, meeting, &mut s);
    if let Some(clean) = &document.clean {
        let clean = std::fs::read_to_string(clean).unwrap_or_else(|e| panic!("{}: {e}", clean.display()));
        score_ocr(&imported.text, &clean, &imported.report, &mut s);
        s.words_lost = words_lost(
            &imported.text,
            Some(&clean),
            &imported.report,
            &imported.markdown,
            &mut s.misses,
        );
    } else {
        s.words_lost = words_lost(
            &imported.text,
            None,
            &imported.report,
            &imported.markdown,
            &mut s.misses,
        );
    }
    s
}

/// What the report lists for a person: the sentences that read like tasks but were not made
/// tasks, and the OCR repairs.
fn score_listed(document: &Document, report: &Value, s: &mut Scores) {
    let listed: Vec<String> = ["not_tasks", "unresolved_follow_ups"]
        .iter()
        .flat_map(|key| report[*key].as_array().cloned().unwrap_or_default())
        .filter_map(|u| u["sentence"].as_str().map(str::to_owned))
        .collect();
    for non_task in &document.truth.non_tasks {
        let found = listed.iter().any(|l| overlap(&non_task.source, l) >= 0.8);
        s.non_tasks.count(found);
        if !found {
            s.misses.push(format!("non-task not listed: {}", non_task.source));
        }
    }
    let repaired: Vec<(String, String)> = report["repairs"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            (
                r["from"].as_str().unwrap_or_default().to_owned(),
                r["to"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    for pair in &document.truth.ocr {
        // A hyphenated pair is repaired part by part.
        let parts: Vec<(&str, &str)> = pair.damaged.split('-').zip(pair.correct.split('-')).collect();
        let hit = parts
            .iter()
            .all(|(d, c)| d == c || repaired.iter().any(|(from, to)| from == d && to == c));
        s.ocr_pairs.count(hit);
    }
}

struct OutAssignment {
    item: String,
    owners: Vec<String>,
    task: String,
    due: Option<String>,
    report_to: Option<String>,
    used: bool,
}

fn person_key(name: &str) -> String {
    normalise(name)
}

fn score_assignments(
    truths: &[AssignmentTruth],
    meeting: &Meeting,
    item_of: &dyn Fn(&str) -> Option<String>,
    s: &mut Scores,
) {
    let mut out: Vec<OutAssignment> = Vec::new();
    for item in &meeting.items {
        for a in &item.assignments {
            out.push(OutAssignment {
                item: item.number.to_string(),
                owners: a.owners.iter().map(|o| person_key(&o.value)).collect(),
                task: a.task.clone(),
                due: a.due_date.map(|d| d.format("%Y-%m-%d").to_string()),
                report_to: a.report_to.as_ref().map(|r| person_key(&r.value)),
                used: false,
            });
        }
    }
    // Candidate pairs, best first: task words and owners in common, in the same item.
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (t, truth) in truths.iter().enumerate() {
        let item = item_of(&truth.item);
        let owners: Vec<String> = truth.owners.iter().map(|o| person_key(o)).collect();
        let text = format!("{} {}", truth.task, truth.source);
        for (o, a) in out.iter().enumerate() {
            if item.as_ref().is_some_and(|i| *i != a.item) {
                continue;
            }
            let common = a.owners.iter().filter(|x| owners.contains(x)).count();
            let owner_share = common as f64 / owners.len().max(1) as f64;
            let score = overlap(&a.task, &text) + 0.5 * owner_share;
            if score >= 0.4 {
                pairs.push((score, t, o));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut matched: Vec<Option<usize>> = vec![None; truths.len()];
    for (_, t, o) in pairs {
        if matched[t].is_none() && !out[o].used {
            matched[t] = Some(o);
            out[o].used = true;
        }
    }
    for (t, truth) in truths.iter().enumerate() {
        let owners: Vec<String> = truth.owners.iter().map(|o| person_key(o)).collect();
        s.assignments.count(matched[t].is_some());
        let Some(o) = matched[t] else {
            s.owners.fn_ += owners.len();
            s.due.count(false);
            s.report_to.count(false);
            s.misses.push(format!(
                "assignment not found ({}): {} — {}",
                truth.item,
                truth.owners.join(", "),
                truth.source
            ));
            continue;
        };
        let a = &out[o];
        let tp = a.owners.iter().filter(|x| owners.contains(x)).count();
        s.owners.tp += tp;
        s.owners.fn_ += owners.len() - tp;
        s.owners.fp += a.owners.len() - tp;
        if tp != owners.len() || tp != a.owners.len() {
            s.misses.push(format!(
                "owners ({}): want {:?}, got {:?} — {}",
                truth.item, owners, a.owners, truth.source
            ));
        }
        let due_ok = a.due == truth.due;
        s.due.count(due_ok);
        if !due_ok {
            s.misses.push(format!(
                "due ({}): want {:?}{}, got {:?} — {}",
                truth.item,
                truth.due,
                truth
                    .due_text
                    .as_ref()
                    .map(|t| format!(" ({t})"))
                    .unwrap_or_default(),
                a.due,
                truth.source
            ));
        }
        let want_to = truth.report_to.as_deref().map(person_key);
        let to_ok = a.report_to == want_to;
        s.report_to.count(to_ok);
        if !to_ok {
            s.misses.push(format!(
                "report-to ({}): want {:?}, got {:?} — {}",
                truth.item, want_to, a.report_to, truth.source
            ));
        }
    }
    for a in out.iter().filter(|a| !a.used) {
        s.owners.fp += a.owners.len();
        s.misses.push(format!(
            "assignment extra ({}): {:?}: {}",
            a.item, a.owners, a.task
        ));
    }
}

/// An attendee or absentee of the written file.
struct OutAttendee {
    name: String,
    present: bool,
    organisation: Option<String>,
    role: Option<String>,
    used: bool,
}

fn score_attendees(document: &Document, meeting: &Meeting, s: &mut Scores) {
    let header = &meeting.header;
    let mut out: Vec<OutAttendee> = Vec::new();
    for (list, present) in [(&header.attendees, true), (&header.absentees, false)] {
        for a in list {
            // An organisation members.yaml does not know is in the note.
            let from_note = a
                .note
                .as_deref()
                .and_then(|n| {
                    n.split(" (organisationen")
                        .next()
                        .filter(|_| n.contains("(organisationen"))
                })
                .map(normalise);
            out.push(OutAttendee {
                name: person_key(&a.name.value),
                present,
                organisation: a.organisation.as_ref().map(|o| normalise(&o.value)).or(from_note),
                role: a.role.as_deref().map(normalise),
                used: false,
            });
        }
    }
    for truth in &document.truth.attendees {
        let key = person_key(&truth.name);
        let hit = out
            .iter_mut()
            .find(|a| !a.used && a.name == key && a.present == truth.present);
        match hit {
            Some(found) => {
                found.used = true;
                s.attendees.tp += 1;
                let org = truth.organisation.as_deref().map(normalise);
                s.attendee_organisations.count(found.organisation == org);
                if found.organisation != org {
                    s.misses.push(format!(
                        "attendee organisation: {}: want {org:?}, got {:?}",
                        truth.name, found.organisation
                    ));
                }
                let role = truth.role.as_deref().map(normalise);
                s.attendee_roles.count(found.role == role);
                if found.role != role {
                    s.misses.push(format!(
                        "attendee role: {}: want {role:?}, got {:?}",
                        truth.name, found.role
                    ));
                }
            }
            None => {
                s.attendees.fn_ += 1;
                s.misses.push(format!(
                    "attendee missing: {} ({})",
                    truth.name,
                    if truth.present { "present" } else { "absent" }
                ));
            }
        }
    }
    for a in out.iter().filter(|a| !a.used) {
        s.attendees.fp += 1;
        s.misses.push(format!(
            "attendee extra: {} ({})",
            a.name,
            if a.present { "present" } else { "absent" }
        ));
    }
}

fn score_front(document: &Document, meeting: &Meeting, s: &mut Scores) {
    let f = &document.truth.front;
    let h = &meeting.header;
    let got = |v: &Option<lchnv::span::Spanned<String>>| v.as_ref().map(|x| normalise(&x.value));
    let want = |v: &Option<String>| v.as_deref().map(normalise);
    let date = h.date.as_ref().map(|d| d.value.format("%Y-%m-%d").to_string());
    let adjusters: Vec<String> = h.adjusters.iter().map(|a| normalise(&a.value)).collect();
    let want_adjusters: Vec<String> = f.adjusters.iter().map(|a| normalise(a)).collect();
    for (field, ok, wanted, found) in [
        (
            "date",
            date == f.date,
            format!("{:?}", f.date),
            format!("{date:?}"),
        ),
        (
            "time",
            got(&h.time) == want(&f.time),
            format!("{:?}", f.time),
            format!("{:?}", got(&h.time)),
        ),
        (
            "place",
            got(&h.place) == want(&f.place),
            format!("{:?}", f.place),
            format!("{:?}", got(&h.place)),
        ),
        (
            "room",
            got(&h.room) == want(&f.room),
            format!("{:?}", f.room),
            format!("{:?}", got(&h.room)),
        ),
        (
            "chair",
            got(&h.chair) == want(&f.chair),
            format!("{:?}", f.chair),
            format!("{:?}", got(&h.chair)),
        ),
        (
            "note_taker",
            got(&h.note_taker) == want(&f.note_taker),
            format!("{:?}", f.note_taker),
            format!("{:?}", got(&h.note_taker)),
        ),
        (
            "adjusters",
            adjusters == want_adjusters,
            format!("{want_adjusters:?}"),
            format!("{adjusters:?}"),
        ),
    ] {
        s.front.count(ok);
        if !ok {
            s.misses
                .push(format!("front {field}: want {wanted}, got {found}"));
        }
    }
}

/// A word as the damage script counts one: letters and digits, hyphenated compounds together.
fn script_words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = line.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let inner_hyphen = c == '-'
            && !current.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric() || *n == '_');
        if c.is_alphanumeric() || c == '_' || inner_hyphen {
            current.push(c);
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The damaged document's lines paired with the clean text's: the damage keeps every line and
/// word and only adds page headers and page numbers, so lines pair in order, those added left
/// over. Each pair: (line number in the damaged text, damaged line, clean line).
fn pair_lines<'a>(damaged: &'a str, clean: &'a str) -> Vec<(usize, &'a str, &'a str)> {
    let clean_lines: Vec<&str> = clean.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut out = Vec::new();
    let mut j = 0;
    for (i, line) in damaged.split('\n').enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || j >= clean_lines.len() {
            continue;
        }
        let want = clean_lines[j];
        let same_shape = script_words(line).len() == script_words(want).len();
        let similar = strsim::normalized_levenshtein(line, want) >= 0.6;
        if same_shape && similar {
            out.push((i + 1, line, want));
            j += 1;
        }
    }
    out
}

/// The repairs the report lists: (from, line) → to.
fn repairs(report: &Value) -> HashMap<(String, usize), String> {
    let mut out = HashMap::new();
    for r in report["repairs"].as_array().into_iter().flatten() {
        let from = r["from"].as_str().unwrap_or_default().to_owned();
        let to = r["to"].as_str().unwrap_or_default().to_owned();
        for line in r["lines"].as_array().into_iter().flatten() {
            if let Some(n) = line.as_u64() {
                out.insert((from.clone(), n as usize), to.clone());
            }
        }
    }
    out
}

fn score_ocr(damaged: &str, clean: &str, report: &Value, s: &mut Scores) {
    let repairs = repairs(report);
    for (number, d_line, c_line) in pair_lines(damaged, clean) {
        for (d, c) in script_words(d_line).iter().zip(script_words(c_line)) {
            let d_parts: Vec<&str> = d.split('-').collect();
            let c_parts: Vec<&str> = c.split('-').collect();
            if d_parts.len() != c_parts.len() {
                continue;
            }
            for (dp, cp) in d_parts.iter().zip(&c_parts) {
                let made = repairs.get(&(dp.to_string(), number));
                if dp == cp {
                    let changed = made.is_some_and(|to| to != dp);
                    s.ocr_changed.count(changed);
                    if changed {
                        s.misses.push(format!(
                            "ocr: line {number}: correct `{dp}` changed to `{}`",
                            made.cloned().unwrap_or_default()
                        ));
                    }
                } else {
                    let ok = made.is_some_and(|to| to == cp);
                    s.ocr_repaired.count(ok);
                    if !ok {
                        s.misses.push(format!(
                            "ocr: line {number}: `{dp}` should be `{cp}`, got {}",
                            made.map(|m| format!("`{m}`"))
                                .unwrap_or_else(|| "no repair".to_owned())
                        ));
                    }
                }
            }
        }
    }
}

/// Words of the document missing from the written file, counted independently of the
/// importer's own check: the document's words, repaired where the report lists a repair, less
/// the text the report says was converted and less page debris. Debris of a damaged document
/// must be page furniture (a line the clean text does not have); in other documents nothing is.
fn words_lost(
    text: &str,
    clean: Option<&str>,
    report: &Value,
    markdown: &str,
    misses: &mut Vec<String>,
) -> usize {
    let repairs = repairs(report);
    let page_lines: Vec<usize> = match clean {
        Some(clean) => {
            let paired: Vec<usize> = pair_lines(text, clean).into_iter().map(|p| p.0).collect();
            (1..=text.split('\n').count())
                .filter(|n| !paired.contains(n))
                .collect()
        }
        None => Vec::new(),
    };
    let debris: Vec<usize> = report["debris"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["line"].as_u64().map(|n| n as usize))
        .filter(|n| page_lines.contains(n))
        .collect();
    let mut wanted: HashMap<String, i64> = HashMap::new();
    for (i, line) in text.split('\n').enumerate() {
        let number = i + 1;
        if debris.contains(&number) {
            continue;
        }
        for token in line.split(|c: char| !(c.is_alphanumeric() || c == '|' || c == '@')) {
            let token = token.trim_matches('|');
            if token.is_empty() {
                continue;
            }
            let token = repairs
                .get(&(token.to_owned(), number))
                .cloned()
                .unwrap_or_else(|| token.to_owned());
            for word in words(&token) {
                *wanted.entry(word).or_default() += 1;
            }
        }
    }
    for conversion in report["conversions"].as_array().into_iter().flatten() {
        for word in words(conversion["from"].as_str().unwrap_or_default()) {
            *wanted.entry(word).or_default() -= 1;
        }
    }
    let mut have: HashMap<String, i64> = HashMap::new();
    for word in words(markdown) {
        *have.entry(word).or_default() += 1;
    }
    let mut lost = 0;
    let mut listed: Vec<String> = Vec::new();
    for (word, n) in &wanted {
        let got = have.get(word).copied().unwrap_or(0);
        if *n > got {
            lost += (*n - got) as usize;
            listed.push(format!("{word} ×{}", n - got));
        }
    }
    listed.sort();
    if !listed.is_empty() {
        misses.push(format!("words lost: {}", listed.join(", ")));
    }
    lost
}
