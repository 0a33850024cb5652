//! The matters: `arenden.html` lists them with where they stand, and `arende-ID.html` follows
//! one across meetings, as `lchnv history` does.

use crate::format::{dates, labels, phrases, rendered, rendered::site as words};
use crate::ledger::Ledger;
use crate::registers::history::{self, State};
use crate::render::html::{self, Linker};
use crate::site::{Site, matter_path, page};
use std::fmt::Write;

fn state(state: State) -> &'static str {
    match state {
        State::Open => words::STATE_OPEN,
        State::Closed => words::STATE_CLOSED,
        State::NoMinutes => words::STATE_NO_MINUTES,
    }
}

fn kind_word(kind: &str) -> &'static str {
    if kind == crate::model::Kind::Minutes.as_str() {
        words::MINUTES
    } else {
        words::AGENDA
    }
}

/// Clauses (already HTML) under their intro line; nothing when there are none.
fn clause_list(intro: &str, clauses: &[String]) -> String {
    if clauses.is_empty() {
        return String::new();
    }
    let items: String = clauses.iter().map(|c| format!("<li>{c}</li>\n")).collect();
    format!(
        "<p class=\"intro\">{}</p>\n<ul class=\"clauses\">\n{items}</ul>\n",
        html::escape(intro)
    )
}

pub fn index(site: &Site) -> (String, String) {
    let ledger = Ledger::new(site.repo);
    let mut body = format!(
        "<table>\n{}<tbody>\n",
        html::thead(&[
            words::MATTER,
            words::STATE,
            words::NUMBER_OF_MEETINGS,
            words::LATEST
        ])
    );
    for summary in history::summaries(&ledger) {
        let latest = summary
            .latest
            .as_ref()
            .map(|a| {
                html::link(
                    site.reference(a.reference),
                    &html::escape(&dates::in_words(a.date)),
                )
            })
            .unwrap_or_default();
        let _ = writeln!(
            body,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{latest}</td></tr>",
            html::link(Some(matter_path(&summary.id)), &page::text(&summary.title)),
            state(summary.state),
            summary.meetings
        );
    }
    body.push_str("</tbody>\n</table>\n");
    (
        "arenden.html".to_owned(),
        page::render(site, "arenden.html", words::MATTERS, &body, false),
    )
}

pub fn pages(site: &Site) -> Vec<(String, String)> {
    let ledger = Ledger::new(site.repo);
    let network = &site.repo.network.members.network;
    history::summaries(&ledger)
        .into_iter()
        .map(|summary| {
            let detail = history::detail(&ledger, &summary.id);
            let mut body = String::new();
            if let Some(description) = &detail.matter.description {
                let _ = writeln!(body, "<p>{}</p>", page::text(description));
            }
            let _ = writeln!(
                body,
                "<p><span class=\"label\">{}:</span> {}</p>",
                words::STATE,
                state(detail.state)
            );
            let _ = writeln!(body, "<h2>{}</h2>", words::HISTORY);
            for entry in &detail.items {
                let at = &entry.at;
                let heading = match &entry.item_type {
                    Some(kind) => format!("{}. {kind}: {}", at.item, at.title),
                    None => format!("{}. {}", at.item, at.title),
                };
                let _ = writeln!(
                    body,
                    "<section>\n<h3>{} – {}</h3>\n<p class=\"meta\">{}</p>",
                    html::escape(&dates::in_words(at.date)),
                    kind_word(at.kind),
                    html::link(site.reference(at.reference), &page::text(&heading))
                );
                if !entry.presenters.is_empty() {
                    let _ = writeln!(
                        body,
                        "<p><span class=\"label\">{}:</span> {}</p>",
                        labels::Label::Presenters.word(),
                        page::text(&entry.presenters.join("; "))
                    );
                }
                let proposal: Vec<String> = entry.proposal.iter().map(|c| page::text(c)).collect();
                body.push_str(&clause_list(&phrases::proposal(&network.called), &proposal));
                let decisions: Vec<String> = entry
                    .decisions
                    .iter()
                    .map(|d| html::link(site.reference(d.reference), &page::text(&d.text)))
                    .collect();
                body.push_str(&clause_list(&phrases::decision(&network.called), &decisions));
                if !entry.assignments.is_empty() {
                    let _ = writeln!(
                        body,
                        "<p class=\"intro\">{}:</p>\n<ul class=\"assignments\">",
                        if at.kind == crate::model::Kind::Minutes.as_str() {
                            labels::ASSIGNMENTS
                        } else {
                            labels::OPEN_ASSIGNMENTS
                        }
                    );
                    for a in &entry.assignments {
                        let done = if a.done {
                            format!("<span class=\"state\">{}:</span> ", rendered::DONE)
                        } else {
                            String::new()
                        };
                        let text = format!("{}: {}", a.owners.join(", "), a.task);
                        let _ = writeln!(
                            body,
                            "<li>{done}{}</li>",
                            html::link(site.reference(a.reference), &page::text(&text))
                        );
                    }
                    body.push_str("</ul>\n");
                }
                body.push_str("</section>\n");
            }
            (
                matter_path(&summary.id),
                page::render(site, "arenden.html", &detail.matter.title, &body, false),
            )
        })
        .collect()
}
