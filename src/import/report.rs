//! The import report: what was found, every repair, every word left unplaced, every follow-up
//! turned into an assignment with the sentence it came from, the page debris removed and the
//! other changes, so that a person can check the import in a minute. Printed for people, or as
//! JSON.

use super::attendees::Leftover;
use super::followups::Unresolved;
use super::input::Format;
use super::lines::Debris;
use super::recognise::{Change, Conversion};
use crate::format::assignment;
use crate::format::labels::Label;
use crate::ocr::repair::{Damage, Source};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    pub items: usize,
    pub sub_items: usize,
    pub proposal_clauses: usize,
    pub decision_clauses: usize,
    pub assignments: usize,
    pub attendees: usize,
    pub absentees: usize,
    pub attachments: usize,
}

/// One repair, with every line it was made on.
#[derive(Debug, Clone, Serialize)]
pub struct Repair {
    pub from: String,
    pub to: String,
    pub damage: Damage,
    pub source: Source,
    pub lines: Vec<usize>,
}

/// A word left as it was.
#[derive(Debug, Clone, Serialize)]
pub struct Unplaced {
    pub word: String,
    pub lines: Vec<usize>,
    pub hint: Option<String>,
}

/// An assignment made from a follow-up.
#[derive(Debug, Clone, Serialize)]
pub struct FollowUp {
    pub item: String,
    pub owners: Vec<String>,
    pub task: String,
    pub report_to: Option<String>,
    /// The due date (`YYYY-MM-DD`), or the time as written when it is no date.
    pub due: Option<String>,
    pub line: usize,
    pub sentence: String,
    pub form: &'static str,
    pub notes: Vec<String>,
    /// Why the import is unsure this is a task, when it is.
    pub unsure: Option<String>,
}

/// A follow-up due at a time that is no date (`under våren`).
#[derive(Debug, Clone, Serialize)]
pub struct VagueDue {
    pub item: String,
    pub owners: Vec<String>,
    pub written: String,
    pub line: usize,
}

/// Somebody the document names who is not in members.yaml.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewPerson {
    pub name: String,
    /// The organisation as members.yaml names it, when the document gives one it knows.
    pub organisation: Option<String>,
    pub role: Option<String>,
    /// Where the document names them (0: not on one line).
    pub line: usize,
    /// `attendance`, `follow-up` or `header`.
    pub source: String,
}

/// A word that is also a word without its marks (`for`/`för`), decided by the words around it.
#[derive(Debug, Clone, Serialize)]
pub struct ContextDecision {
    pub from: String,
    pub to: String,
    pub lines: Vec<usize>,
    /// The evidence: the neighbouring words and their counts.
    pub why: String,
}

/// Whether every word of the input is in the output.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Words {
    /// Words in the input (after repairs, without page debris).
    pub input: usize,
    /// Words of the input missing from the output, with how many times.
    pub missing: Vec<(String, usize)>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct CheckSummary {
    pub errors: usize,
    pub warnings: usize,
    pub by_rule: BTreeMap<String, usize>,
    /// The error findings, one line each.
    pub error_findings: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub source: String,
    pub format: Option<Format>,
    pub kind: String,
    pub kind_from: String,
    pub date: String,
    pub date_from: String,
    pub output: String,
    pub written: bool,
    pub counts: Counts,
    pub repairs: Vec<Repair>,
    pub unplaced: Vec<Unplaced>,
    pub assignments: Vec<FollowUp>,
    pub unresolved_follow_ups: Vec<Unresolved>,
    /// Sentences that read like tasks but were not made tasks, and why.
    pub not_tasks: Vec<Unresolved>,
    pub vague_due_dates: Vec<VagueDue>,
    /// Words with and without marks decided by their neighbours, for a person to confirm.
    pub context_decisions: Vec<ContextDecision>,
    /// People the document names who are not in members.yaml.
    pub not_in_members: Vec<NewPerson>,
    /// Whether they were added to members.yaml (`--add-members`).
    pub members_added: bool,
    pub unmatched_attendee_text: Vec<Leftover>,
    pub attendee_changes: Vec<String>,
    pub debris: Vec<Debris>,
    pub changes: Vec<Change>,
    pub conversions: Vec<Conversion>,
    /// What the calendar says about the date, and what to do.
    pub calendar: Vec<String>,
    pub previous_minutes: Option<String>,
    pub words: Words,
    pub check: Option<CheckSummary>,
}

impl Report {
    pub fn repaired_words(&self) -> usize {
        self.repairs.iter().map(|r| r.lines.len()).sum()
    }

    /// The report for people.
    pub fn write_human(&self, out: &mut dyn Write) -> io::Result<()> {
        let c = &self.counts;
        writeln!(
            out,
            "Imported {} ({}) as {} of {}",
            self.source,
            self.format.map(Format::describe).unwrap_or("text"),
            self.kind,
            self.date
        )?;
        if self.written {
            writeln!(out, "  wrote    {}", self.output)?;
        } else {
            writeln!(out, "  dry run  {} (nothing written)", self.output)?;
        }
        writeln!(out, "  kind     {} ({})", self.kind, self.kind_from)?;
        writeln!(out, "  date     {} ({})", self.date, self.date_from)?;
        writeln!(
            out,
            "  found    {} items, {} sub-items, {} proposal clauses, {} decision clauses, {} assignments, {} attendees, {} absentees, {} attachments",
            c.items,
            c.sub_items,
            c.proposal_clauses,
            c.decision_clauses,
            c.assignments,
            c.attendees,
            c.absentees,
            c.attachments
        )?;

        writeln!(out)?;
        writeln!(
            out,
            "Repairs: {} words, {} different",
            self.repaired_words(),
            self.repairs.len()
        )?;
        for r in &self.repairs {
            writeln!(
                out,
                "  {} → {}{}  {}, {}  (line {})",
                r.from,
                r.to,
                times(r.lines.len()),
                r.damage.describe(),
                match r.source {
                    Source::Repository => "repository's words",
                    Source::WordList => "word list",
                    Source::Glyph => "the glyph",
                },
                lines(&r.lines)
            )?;
        }

        if !self.context_decisions.is_empty() {
            writeln!(out)?;
            writeln!(
                out,
                "Words with and without marks decided by the words around them (confirm): {}",
                self.context_decisions.len()
            )?;
            for d in &self.context_decisions {
                writeln!(
                    out,
                    "  {} → {}{}  (line {})  {}",
                    d.from,
                    d.to,
                    times(d.lines.len()),
                    lines(&d.lines),
                    d.why
                )?;
            }
        }

        writeln!(out)?;
        writeln!(
            out,
            "Words that look damaged and were not repaired, left as written: {}",
            self.unplaced.len()
        )?;
        for u in &self.unplaced {
            let hint = u.hint.as_ref().map(|h| format!(" — {h}")).unwrap_or_default();
            writeln!(
                out,
                "  {}{}  (line {}){hint}",
                u.word,
                times(u.lines.len()),
                lines(&u.lines)
            )?;
        }

        writeln!(out)?;
        writeln!(
            out,
            "Assignments made from follow-ups: {}",
            self.assignments.len()
        )?;
        for a in &self.assignments {
            let mut line = assignment::head(a.owners.iter().map(String::as_str), &a.task);
            if let Some(to) = &a.report_to {
                assignment::push_field(&mut line, Label::ReportTo, to);
            }
            if let Some(due) = &a.due {
                assignment::push_field(&mut line, Label::Due, due);
            }
            writeln!(out, "  {:<4} {line}", a.item)?;
            writeln!(out, "       from line {} ({}): “{}”", a.line, a.form, a.sentence)?;
            for note in &a.notes {
                writeln!(out, "       {note}")?;
            }
        }
        let unsure: Vec<&FollowUp> = self.assignments.iter().filter(|a| a.unsure.is_some()).collect();
        if !unsure.is_empty() {
            writeln!(
                out,
                "Follow-ups written as assignments that the import is unsure of: {}",
                unsure.len()
            )?;
            for a in unsure {
                writeln!(out, "  {:<4} line {}: “{}”", a.item, a.line, a.sentence)?;
                writeln!(out, "       {}", a.unsure.as_deref().unwrap_or(""))?;
            }
        }
        if !self.vague_due_dates.is_empty() {
            writeln!(
                out,
                "Due at a time that is no date (no `Senast:` written): {}",
                self.vague_due_dates.len()
            )?;
            for v in &self.vague_due_dates {
                writeln!(
                    out,
                    "  {:<4} line {}: {} — {}",
                    v.item,
                    v.line,
                    v.owners.join(", "),
                    v.written
                )?;
            }
        }
        if !self.not_tasks.is_empty() {
            writeln!(
                out,
                "Sentences that read like tasks but were not made tasks: {}",
                self.not_tasks.len()
            )?;
            for u in &self.not_tasks {
                writeln!(out, "  {:<4} line {}: “{}”", u.item, u.line, u.sentence)?;
                writeln!(out, "       {}", u.why)?;
            }
        }
        if !self.unresolved_follow_ups.is_empty() {
            writeln!(
                out,
                "Follow-ups not made assignments (owner unknown): {}",
                self.unresolved_follow_ups.len()
            )?;
            for u in &self.unresolved_follow_ups {
                writeln!(out, "  {:<4} line {}: “{}”", u.item, u.line, u.sentence)?;
                writeln!(out, "       {}", u.why)?;
            }
        }

        if !self.unmatched_attendee_text.is_empty() || !self.attendee_changes.is_empty() {
            writeln!(out)?;
            writeln!(
                out,
                "Attendee lists: text that matched nobody in members.yaml (kept in the front matter notes): {}",
                self.unmatched_attendee_text.len()
            )?;
            for l in &self.unmatched_attendee_text {
                writeln!(out, "  line {}: {}", l.line, l.text)?;
            }
            for change in &self.attendee_changes {
                writeln!(out, "  {change}")?;
            }
        }

        if !self.not_in_members.is_empty() {
            writeln!(out)?;
            writeln!(
                out,
                "People not in members.yaml: {}{}",
                self.not_in_members.len(),
                if self.members_added {
                    " (added to members.yaml: --add-members)"
                } else {
                    " (add them with --add-members)"
                }
            )?;
            for p in &self.not_in_members {
                let details: Vec<&str> = [p.organisation.as_deref(), p.role.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect();
                writeln!(
                    out,
                    "  {}{}  ({}{})",
                    p.name,
                    if details.is_empty() {
                        String::new()
                    } else {
                        format!(", {}", details.join(", "))
                    },
                    p.source,
                    if p.line > 0 {
                        format!(", line {}", p.line)
                    } else {
                        String::new()
                    }
                )?;
            }
        }

        writeln!(out)?;
        writeln!(out, "Page debris removed: {} lines", self.debris.len())?;
        for d in &self.debris {
            writeln!(out, "  line {}: {}  ({})", d.line, d.text, d.why)?;
        }

        writeln!(out)?;
        writeln!(out, "Changes to check: {}", self.changes.len())?;
        for change in &self.changes {
            let item = change
                .item
                .as_ref()
                .map(|i| format!("{i:<4}"))
                .unwrap_or_else(|| "    ".to_owned());
            writeln!(out, "  {item} line {}: {}", change.line, change.what)?;
        }

        writeln!(out)?;
        if let Some(previous) = &self.previous_minutes {
            writeln!(out, "Previous minutes: {previous}")?;
        }
        for line in &self.calendar {
            writeln!(out, "Calendar: {line}")?;
        }
        if self.words.missing.is_empty() {
            writeln!(
                out,
                "Every word kept: yes, all {} words of the input are in the output (repaired where listed)",
                self.words.input
            )?;
        } else {
            let missing: Vec<String> = self
                .words
                .missing
                .iter()
                .map(|(w, n)| format!("{w}{}", times(*n)))
                .collect();
            writeln!(
                out,
                "Every word kept: NO, missing from the output: {}",
                missing.join(", ")
            )?;
        }
        match &self.check {
            Some(check) => {
                let rules: Vec<String> = check.by_rule.iter().map(|(r, n)| format!("{r} {n}")).collect();
                writeln!(
                    out,
                    "Check: {} errors, {} warnings{}",
                    check.errors,
                    check.warnings,
                    if rules.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", rules.join(", "))
                    }
                )?;
                for finding in &check.error_findings {
                    writeln!(out, "  {finding}")?;
                }
            }
            None => writeln!(out, "Check: not run (nothing was written)")?,
        }
        Ok(())
    }
}

fn times(n: usize) -> String {
    if n > 1 { format!(" ×{n}") } else { String::new() }
}

fn lines(numbers: &[usize]) -> String {
    let shown: Vec<String> = numbers.iter().take(6).map(usize::to_string).collect();
    if numbers.len() > 6 {
        format!("{}, …", shown.join(", "))
    } else {
        shown.join(", ")
    }
}
