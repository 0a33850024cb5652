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
use crate::msg;
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
        let kind = kind_name(&self.kind);
        writeln!(
            out,
            "{}",
            msg!(
                "import-report-title",
                source = self.source.clone(),
                format = format_name(self.format),
                kind = kind.clone(),
                date = self.date.clone()
            )
        )?;
        let labels = [
            msg!("import-report-wrote"),
            msg!("import-report-dry-run"),
            msg!("import-report-kind"),
            msg!("import-report-date"),
            msg!("import-report-found"),
        ];
        // The values line up after the longest label.
        let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 2;
        let [wrote, dry_run, kind_label, date_label, found] = &labels;
        if self.written {
            writeln!(out, "  {wrote:<width$}{}", self.output)?;
        } else {
            let nothing = msg!("import-report-nothing-written", path = self.output.clone());
            writeln!(out, "  {dry_run:<width$}{nothing}")?;
        }
        writeln!(out, "  {kind_label:<width$}{kind} ({})", self.kind_from)?;
        writeln!(out, "  {date_label:<width$}{} ({})", self.date, self.date_from)?;
        let counts = msg!(
            "import-report-counts",
            items = c.items,
            sub_items = c.sub_items,
            proposals = c.proposal_clauses,
            decisions = c.decision_clauses,
            assignments = c.assignments,
            attendees = c.attendees,
            absentees = c.absentees,
            attachments = c.attachments
        );
        writeln!(out, "  {found:<width$}{counts}")?;

        writeln!(out)?;
        writeln!(
            out,
            "{}",
            msg!(
                "import-report-repairs",
                words = self.repaired_words(),
                different = self.repairs.len()
            )
        )?;
        for r in &self.repairs {
            writeln!(
                out,
                "  {} → {}{}  {}, {}  {}",
                r.from,
                r.to,
                times(r.lines.len()),
                r.damage.describe(),
                match r.source {
                    Source::Repository => msg!("import-source-repository"),
                    Source::WordList => msg!("import-source-word-list"),
                    Source::Glyph => msg!("import-source-glyph"),
                },
                at_lines(&r.lines)
            )?;
        }

        if !self.context_decisions.is_empty() {
            writeln!(out)?;
            writeln!(
                out,
                "{}",
                msg!(
                    "import-report-context-decisions",
                    count = self.context_decisions.len()
                )
            )?;
            for d in &self.context_decisions {
                writeln!(
                    out,
                    "  {} → {}{}  {}  {}",
                    d.from,
                    d.to,
                    times(d.lines.len()),
                    at_lines(&d.lines),
                    d.why
                )?;
            }
        }

        writeln!(out)?;
        writeln!(
            out,
            "{}",
            msg!("import-report-unplaced", count = self.unplaced.len())
        )?;
        for u in &self.unplaced {
            let hint = u.hint.as_ref().map(|h| format!(" — {h}")).unwrap_or_default();
            writeln!(
                out,
                "  {}{}  {}{hint}",
                u.word,
                times(u.lines.len()),
                at_lines(&u.lines)
            )?;
        }

        writeln!(out)?;
        writeln!(
            out,
            "{}",
            msg!("import-report-assignments", count = self.assignments.len())
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
            writeln!(
                out,
                "       {}",
                msg!(
                    "import-report-from-line",
                    line = a.line,
                    form = form_name(a.form),
                    sentence = a.sentence.clone()
                )
            )?;
            for note in &a.notes {
                writeln!(out, "       {note}")?;
            }
        }
        let unsure: Vec<&FollowUp> = self.assignments.iter().filter(|a| a.unsure.is_some()).collect();
        if !unsure.is_empty() {
            writeln!(out, "{}", msg!("import-report-unsure", count = unsure.len()))?;
            for a in unsure {
                writeln!(out, "  {:<4} {}", a.item, quoted_at(a.line, &a.sentence))?;
                writeln!(out, "       {}", a.unsure.as_deref().unwrap_or(""))?;
            }
        }
        if !self.vague_due_dates.is_empty() {
            writeln!(
                out,
                "{}",
                msg!("import-report-vague", count = self.vague_due_dates.len())
            )?;
            for v in &self.vague_due_dates {
                writeln!(
                    out,
                    "  {:<4} {}: {} — {}",
                    v.item,
                    msg!("import-report-line", line = v.line),
                    v.owners.join(", "),
                    v.written
                )?;
            }
        }
        if !self.not_tasks.is_empty() {
            writeln!(
                out,
                "{}",
                msg!("import-report-not-tasks", count = self.not_tasks.len())
            )?;
            for u in &self.not_tasks {
                writeln!(out, "  {:<4} {}", u.item, quoted_at(u.line, &u.sentence))?;
                writeln!(out, "       {}", u.why)?;
            }
        }
        if !self.unresolved_follow_ups.is_empty() {
            writeln!(
                out,
                "{}",
                msg!(
                    "import-report-unresolved",
                    count = self.unresolved_follow_ups.len()
                )
            )?;
            for u in &self.unresolved_follow_ups {
                writeln!(out, "  {:<4} {}", u.item, quoted_at(u.line, &u.sentence))?;
                writeln!(out, "       {}", u.why)?;
            }
        }

        if !self.unmatched_attendee_text.is_empty() || !self.attendee_changes.is_empty() {
            writeln!(out)?;
            writeln!(
                out,
                "{}",
                msg!(
                    "import-report-attendee-text",
                    count = self.unmatched_attendee_text.len()
                )
            )?;
            for l in &self.unmatched_attendee_text {
                writeln!(out, "  {}: {}", msg!("import-report-line", line = l.line), l.text)?;
            }
            for change in &self.attendee_changes {
                writeln!(out, "  {change}")?;
            }
        }

        if !self.not_in_members.is_empty() {
            writeln!(out)?;
            let count = self.not_in_members.len();
            writeln!(
                out,
                "{}",
                if self.members_added {
                    msg!("import-report-not-in-members-added", count = count)
                } else {
                    msg!("import-report-not-in-members", count = count)
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
                    person_source(&p.source),
                    if p.line > 0 {
                        format!(", {}", msg!("import-report-line", line = p.line))
                    } else {
                        String::new()
                    }
                )?;
            }
        }

        writeln!(out)?;
        writeln!(out, "{}", msg!("import-report-debris", count = self.debris.len()))?;
        for d in &self.debris {
            let line = msg!("import-report-line", line = d.line);
            writeln!(out, "  {line}: {}  ({})", d.text, d.why)?;
        }

        writeln!(out)?;
        writeln!(
            out,
            "{}",
            msg!("import-report-changes", count = self.changes.len())
        )?;
        for change in &self.changes {
            let item = change
                .item
                .as_ref()
                .map(|i| format!("{i:<4}"))
                .unwrap_or_else(|| "    ".to_owned());
            let line = msg!("import-report-line", line = change.line);
            writeln!(out, "  {item} {line}: {}", change.what)?;
        }

        writeln!(out)?;
        if let Some(previous) = &self.previous_minutes {
            writeln!(
                out,
                "{}",
                msg!("import-report-previous", previous = previous.clone())
            )?;
        }
        for line in &self.calendar {
            writeln!(out, "{}", msg!("import-report-calendar", line = line.clone()))?;
        }
        if self.words.missing.is_empty() {
            writeln!(
                out,
                "{}",
                msg!("import-report-words-kept", count = self.words.input)
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
                "{}",
                msg!("import-report-words-missing", missing = missing.join(", "))
            )?;
        }
        match &self.check {
            Some(check) => {
                let rules: Vec<String> = check.by_rule.iter().map(|(r, n)| format!("{r} {n}")).collect();
                let rules = if rules.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", rules.join(", "))
                };
                writeln!(
                    out,
                    "{}",
                    msg!(
                        "import-report-check",
                        errors = check.errors,
                        warnings = check.warnings,
                        rules = rules
                    )
                )?;
                for finding in &check.error_findings {
                    writeln!(out, "  {finding}")?;
                }
            }
            None => writeln!(out, "{}", msg!("import-report-check-not-run"))?,
        }
        Ok(())
    }
}

/// "(line 3, 5)": where something is, in the reader's language.
fn at_lines(numbers: &[usize]) -> String {
    msg!("import-report-at-lines", lines = lines(numbers))
}

/// "line 12: “the sentence”".
fn quoted_at(line: usize, sentence: &str) -> String {
    msg!("import-report-quoted", line = line, sentence = sentence)
}

/// The kind as the reader calls it (`agenda`, `minutes` are the report's own values).
fn kind_name(kind: &str) -> String {
    match kind {
        "agenda" => msg!("kind-agenda"),
        "minutes" => msg!("kind-minutes"),
        other => other.to_owned(),
    }
}

fn format_name(format: Option<Format>) -> String {
    match format {
        Some(Format::Utf8) => msg!("import-format-utf8"),
        Some(Format::Utf16) => msg!("import-format-utf16"),
        Some(Format::Windows1252) => msg!("import-format-windows-1252"),
        Some(Format::Docx) => msg!("import-format-docx"),
        None => msg!("import-format-text"),
    }
}

/// A follow-up's form for people: the Swedish patterns as written, the table row in words.
fn form_name(form: &str) -> String {
    if form == "follow-up table row" {
        msg!("import-form-table-row")
    } else {
        form.to_owned()
    }
}

/// Where the document names a person (`attendance`, `follow-up`, `header` in the JSON).
fn person_source(source: &str) -> String {
    match source {
        "attendance" => msg!("import-person-from-attendance"),
        "follow-up" => msg!("import-person-from-follow-up"),
        "header" => msg!("import-person-from-header"),
        other => other.to_owned(),
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
