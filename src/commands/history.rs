//! `lchnv history`: a matter across meetings.

use crate::cli::Global;
use crate::exit::Exit;
use crate::extract::Need;
use crate::ledger::Ledger;
use crate::msg;
use crate::output::{self, Format, Table, write_wrapped};
use crate::registers::{self, history};
use anstyle::{AnsiColor, Style};
use anyhow::Result;
use serde::Serialize;
use std::io::Write;

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-history-examples"))]
pub struct HistoryArgs {
    #[arg(value_name = "MATTER")]
    #[arg(help = crate::msg!("cli-history-matter"))]
    pub matter: Option<String>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-include-drafts"))]
    pub include_drafts: bool,
    #[arg(long, value_enum, default_value_t)]
    #[arg(help = crate::msg!("cli-history-format"))]
    pub format: Format,
    #[arg(long, value_name = "N")]
    #[arg(help = crate::msg!("cli-history-width"))]
    pub width: Option<usize>,
}

/// The JSON document `lchnv history --format json` writes.
#[derive(Serialize)]
struct ListDocument<'a> {
    matters: &'a [history::Summary],
}

pub fn run(args: &HistoryArgs, global: &Global, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit> {
    let load = registers::load(global, args.include_drafts, false, Need::Matters)?;
    let repo = &load.repo;
    let ledger = Ledger::new(repo);
    let width = output::resolve_width(args.width);
    match &args.matter {
        None => {
            let list = history::summaries(&ledger);
            match args.format {
                Format::Json => output::write_json(out, &ListDocument { matters: &list })?,
                Format::Csv => list_csv(&list).write_csv(out)?,
                Format::Markdown => list_table(&list, true).write_markdown(out)?,
                Format::Table => {
                    if list.is_empty() {
                        writeln!(out, "{}", msg!("history-none"))?;
                    } else {
                        list_table(&list, false).write_text(out, width)?;
                        writeln!(out)?;
                        writeln!(out, "{}", list_summary(&list))?;
                    }
                }
            }
        }
        Some(id) => {
            let id = history::resolve_matter(repo, id)?;
            let detail = history::detail(&ledger, &id);
            match args.format {
                Format::Json => output::write_json(out, &detail)?,
                Format::Csv => detail_csv(&detail).write_csv(out)?,
                Format::Markdown => detail_markdown(out, &detail)?,
                Format::Table => detail_text(out, &detail, width)?,
            }
        }
    }
    load.notes(err)?;
    Ok(Exit::Clean)
}

/// The columns of the list of matters: matter, title, first, latest, state.
fn list_headers() -> [String; 5] {
    [
        msg!("column-matter"),
        msg!("column-title"),
        msg!("column-first"),
        msg!("column-latest"),
        msg!("column-state"),
    ]
}

/// A matter's state in words.
fn state_word(state: history::State) -> String {
    match state {
        history::State::Open => msg!("state-open"),
        history::State::Closed => msg!("state-closed"),
        history::State::NoMinutes => msg!("state-no-minutes"),
    }
}

/// `postponed` or `withdrawn` in words.
fn status_word(status: &str) -> String {
    match status {
        "postponed" => msg!("status-postponed"),
        "withdrawn" => msg!("status-withdrawn"),
        other => other.to_owned(),
    }
}

/// `yes`, `no` or a date in words.
fn returns_word(returns: &str) -> String {
    match returns {
        "yes" => msg!("returns-yes"),
        "no" => msg!("returns-no"),
        other => other.to_owned(),
    }
}

fn at_text(at: &Option<history::Appearance>) -> String {
    at.as_ref().map(|a| a.reference.to_string()).unwrap_or_default()
}

/// The list as a table: for a terminal without the count of meetings, which the first and
/// latest references already bound, so that titles keep their room.
fn list_table(list: &[history::Summary], markdown: bool) -> Table {
    let mut table = if markdown {
        let h = list_headers();
        Table::new(&[&h[0], &h[1], &h[2], &h[3], &msg!("column-meetings"), &h[4]])
    } else {
        let h = list_headers();
        Table::new(&[&h[0], &h[1], &h[2], &h[3], &h[4]]).wrapping(&h[1])
    };
    let open = Style::new().fg_color(Some(AnsiColor::BrightYellow.into())).bold();
    for matter in list {
        let style = if matter.state == history::State::Open {
            open
        } else {
            Style::new()
        };
        let mut row: Vec<output::Cell> = if markdown {
            vec![format!("`{}`", matter.id).into()]
        } else {
            vec![matter.id.clone().into()]
        };
        row.push(matter.title.clone().into());
        row.push(at_text(&matter.first).into());
        row.push(at_text(&matter.latest).into());
        if markdown {
            row.push(matter.meetings.to_string().into());
        }
        row.push(output::Cell::styled(state_word(matter.state), style));
        table.push(row);
    }
    table
}

fn list_csv(list: &[history::Summary]) -> Table {
    let mut table = Table::new(&[
        "id", "title", "declared", "state", "meetings", "first", "latest", "items",
    ]);
    for matter in list {
        let items: Vec<String> = matter
            .items
            .iter()
            .map(|a| format!("{} {}", a.reference, a.kind))
            .collect();
        table.push(vec![
            matter.id.clone().into(),
            matter.title.clone().into(),
            matter.declared.to_string().into(),
            matter.state.key().into(),
            matter.meetings.to_string().into(),
            at_text(&matter.first).into(),
            at_text(&matter.latest).into(),
            items.join("; ").into(),
        ]);
    }
    table
}

fn list_summary(list: &[history::Summary]) -> String {
    let count = |state| list.iter().filter(|m| m.state == state).count();
    msg!(
        "history-summary",
        count = list.len(),
        open = count(history::State::Open),
        closed = count(history::State::Closed),
        without = count(history::State::NoMinutes)
    )
}

/// Why a matter is open, in words.
fn state_reason(detail: &history::Detail) -> Option<String> {
    let mut reasons = Vec::new();
    if detail.returns {
        reasons.push(msg!("history-reason-returns"));
    }
    if detail.standing {
        reasons.push(msg!("history-reason-standing"));
    }
    if !detail.open_assignments.is_empty() {
        let refs: Vec<String> = detail.open_assignments.iter().map(|r| r.to_string()).collect();
        reasons.push(msg!(
            "history-reason-assignments",
            count = refs.len(),
            references = refs.join(", ")
        ));
    }
    (!reasons.is_empty()).then(|| reasons.join("; "))
}

fn state_text(detail: &history::Detail) -> String {
    match state_reason(detail) {
        Some(reason) => format!("{} ({reason})", state_word(detail.state)),
        None => state_word(detail.state),
    }
}

fn entry_heading(entry: &history::Entry) -> String {
    let title = match &entry.item_type {
        Some(kind) => format!("{kind}: {}", entry.at.title),
        None => entry.at.title.clone(),
    };
    let kind = if entry.at.kind == "agenda" {
        msg!("kind-agenda")
    } else {
        msg!("kind-minutes")
    };
    msg!(
        "history-entry",
        date = entry.at.date.to_string(),
        kind = kind,
        item = entry.at.item.to_string(),
        title = title
    )
}

fn assignment_text(a: &history::Assignment) -> String {
    format!("{}: {}", a.owners.join(", "), task_text(a))
}

/// The task and its fields, after the owners.
fn task_text(a: &history::Assignment) -> String {
    let mut text = a.task.clone();
    if let Some(due) = &a.due {
        text.push_str(&format!(" {}", msg!("history-due", due = due.as_str())));
    }
    if let Some(to) = &a.report_to {
        text.push_str(&format!(" {}", msg!("history-report-to", to = to.as_str())));
    }
    if a.tracked_as != a.reference {
        text.push_str(&format!(
            " {}",
            msg!("history-carries", reference = a.tracked_as.to_string())
        ));
    }
    if a.done && !a.ticked {
        text.push_str(&format!(" {}", msg!("history-done-since")));
    }
    text
}

fn detail_text(out: &mut dyn Write, detail: &history::Detail, width: Option<usize>) -> Result<()> {
    let bold = Style::new().bold();
    let plain = Style::new();
    let matter = &detail.matter;
    write_wrapped(
        out,
        &format!("{}: {}", matter.id, matter.title),
        width,
        ("", ""),
        bold,
    )?;
    if let Some(description) = &matter.description {
        write_wrapped(out, description, width, ("", ""), plain)?;
    }
    if !matter.declared {
        writeln!(out, "{}", msg!("history-not-declared"))?;
    }
    write_wrapped(
        out,
        &msg!("history-state", state = state_text(detail)),
        width,
        ("", "  "),
        plain,
    )?;
    if detail.items.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", msg!("history-not-cited"))?;
    }
    for entry in &detail.items {
        writeln!(out)?;
        write_wrapped(out, &entry_heading(entry), width, ("", "  "), bold)?;
        if let Some(status) = entry.status {
            writeln!(out, "  {}", msg!("history-status", status = status_word(status)))?;
        }
        if let Some(returns) = &entry.returns {
            writeln!(
                out,
                "  {}",
                msg!("history-returns", returns = returns_word(returns))
            )?;
        }
        if !entry.presenters.is_empty() {
            let text = msg!(
                "history-presenters",
                count = entry.presenters.len(),
                names = entry.presenters.join("; ")
            );
            write_wrapped(out, &text, width, ("  ", "    "), plain)?;
        }
        if !entry.proposal.is_empty() {
            writeln!(out, "  {}", msg!("history-proposed"))?;
            for clause in &entry.proposal {
                write_wrapped(out, clause, width, ("    - ", "      "), plain)?;
            }
        }
        if !entry.decisions.is_empty() {
            writeln!(out, "  {}", msg!("history-decided"))?;
            for d in &entry.decisions {
                let text = format!("{} {}", d.reference, d.text);
                write_wrapped(out, &text, width, ("    ", "      "), plain)?;
            }
        }
        if !entry.assignments.is_empty() {
            writeln!(out, "  {}", msg!("history-assignments"))?;
            for a in &entry.assignments {
                let mark = if a.done { "[x]" } else { "[ ]" };
                let text = format!("{mark} {} {}", a.reference, assignment_text(a));
                write_wrapped(out, &text, width, ("    ", "        "), plain)?;
            }
        }
    }
    Ok(())
}

fn detail_markdown(out: &mut dyn Write, detail: &history::Detail) -> Result<()> {
    let matter = &detail.matter;
    writeln!(out, "## `{}`: {}", matter.id, matter.title)?;
    if let Some(description) = &matter.description {
        writeln!(out)?;
        writeln!(out, "{description}")?;
    }
    writeln!(out)?;
    match state_reason(detail) {
        Some(reason) => {
            let state = format!("**{}** ({reason})", state_word(detail.state));
            writeln!(out, "{}", msg!("history-state", state = state))?
        }
        None => {
            let state = format!("**{}**", state_word(detail.state));
            writeln!(out, "{}", msg!("history-state", state = state))?
        }
    }
    for entry in &detail.items {
        writeln!(out)?;
        writeln!(out, "### {}", entry_heading(entry))?;
        let mut facts = Vec::new();
        if let Some(status) = entry.status {
            facts.push(msg!("history-status", status = status_word(status)));
        }
        if let Some(returns) = &entry.returns {
            facts.push(msg!("history-returns", returns = returns_word(returns)));
        }
        if !entry.presenters.is_empty() {
            facts.push(msg!("history-presented-by", names = entry.presenters.join("; ")));
        }
        if !facts.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", facts.join(". "))?;
        }
        if !entry.proposal.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", msg!("history-proposed"))?;
            writeln!(out)?;
            for clause in &entry.proposal {
                writeln!(out, "- {clause}")?;
            }
        }
        if !entry.decisions.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", msg!("history-decided"))?;
            writeln!(out)?;
            for d in &entry.decisions {
                writeln!(out, "- {} (`{}`)", d.text, d.reference)?;
            }
        }
        if !entry.assignments.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", msg!("history-assignments"))?;
            writeln!(out)?;
            for a in &entry.assignments {
                let mark = if a.done { "[x]" } else { "[ ]" };
                let owners: Vec<String> = a.owners.iter().map(|o| format!("**{o}**")).collect();
                let task = task_text(a);
                writeln!(out, "- {mark} {}: {task} (`{}`)", owners.join(", "), a.reference)?;
            }
        }
    }
    Ok(())
}

fn detail_csv(detail: &history::Detail) -> Table {
    let mut table = Table::new(&[
        "matter",
        "date",
        "kind",
        "item",
        "reference",
        "title",
        "type",
        "presenters",
        "status",
        "returns",
        "proposal",
        "decisions",
        "assignments",
    ]);
    for entry in &detail.items {
        let decisions: Vec<String> = entry
            .decisions
            .iter()
            .map(|d| format!("{} {}", d.reference, d.text))
            .collect();
        let assignments: Vec<String> = entry
            .assignments
            .iter()
            .map(|a| {
                let mark = if a.done { "[x]" } else { "[ ]" };
                format!("{mark} {} {}", a.reference, assignment_text(a))
            })
            .collect();
        table.push(vec![
            detail.matter.id.clone().into(),
            entry.at.date.to_string().into(),
            entry.at.kind.into(),
            entry.at.item.to_string().into(),
            entry.at.reference.to_string().into(),
            entry.at.title.clone().into(),
            entry.item_type.clone().unwrap_or_default().into(),
            entry.presenters.join("; ").into(),
            entry.status.unwrap_or_default().into(),
            entry.returns.clone().unwrap_or_default().into(),
            entry.proposal.join("\n").into(),
            decisions.join("\n").into(),
            assignments.join("\n").into(),
        ]);
    }
    table
}
