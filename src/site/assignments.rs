//! `uppdrag.html`: the assignments, open and done, per organisation (with its people's), per
//! group and per person, as `lchnv todo --owner` lists them.

use crate::format::{rendered, rendered::site as words};
use crate::ledger::Ledger;
use crate::network::Party;
use crate::registers::todo;
use crate::render::html::{self, Linker};
use crate::site::{Site, page, slug};
use std::fmt::Write;

/// The anchor of an organisation's, group's or person's section.
pub fn anchor(name: &str) -> String {
    format!("ansvarig-{}", slug(name))
}

fn filter(site: &Site, owner: Option<Party>) -> todo::Filter {
    todo::Filter {
        owner,
        overdue: false,
        due_before: None,
        meeting: None,
        all: true,
        today: site.today,
    }
}

/// The open assignments of an organisation (its people's included).
pub fn open_count(site: &Site, ledger: &Ledger, organisation: usize) -> usize {
    todo::rows(ledger, &filter(site, Some(Party::Organisation(organisation))))
        .iter()
        .filter(|r| !r.done)
        .count()
}

pub fn page(site: &Site) -> (String, String) {
    let repo = site.repo;
    let members = &repo.network.members;
    let ledger = Ledger::new(repo);
    let mut body = String::new();
    let all = todo::rows(&ledger, &filter(site, None));
    let open = all.iter().filter(|r| !r.done).count();
    let _ = writeln!(
        body,
        "<p>{open} {} {}, {} {}.</p>",
        words::OPEN.to_lowercase(),
        words::ASSIGNMENTS.to_lowercase(),
        all.len() - open,
        words::DONE.to_lowercase()
    );
    let groups: [(&str, Vec<Party>); 3] = [
        (
            words::PER_ORGANISATION,
            (0..members.organisations.len())
                .map(Party::Organisation)
                .collect(),
        ),
        (
            words::PER_GROUP,
            (0..members.groups.len()).map(Party::Group).collect(),
        ),
        (
            words::PER_PERSON,
            (0..members.people.len()).map(Party::Person).collect(),
        ),
    ];
    for (heading, parties) in groups {
        let mut section = String::new();
        for party in parties {
            let rows = todo::rows(&ledger, &filter(site, Some(party)));
            if rows.is_empty() {
                continue;
            }
            let name = members.name_of(party);
            let _ = writeln!(section, "<h3 id=\"{}\">{}</h3>", anchor(name), page::text(name));
            section.push_str(&tables(site, &rows));
        }
        if !section.is_empty() {
            let _ = writeln!(body, "<section>\n<h2>{heading}</h2>\n{section}</section>");
        }
    }
    let unknown: Vec<todo::Row> = all
        .into_iter()
        .filter(|r| r.owners.iter().all(|o| members.resolve_loose(o).is_none()))
        .collect();
    if !unknown.is_empty() {
        let _ = writeln!(
            body,
            "<section>\n<h2 id=\"{}\">{}</h2>\n{}</section>",
            anchor(words::OTHER_OWNERS),
            words::OTHER_OWNERS,
            tables(site, &unknown)
        );
    }
    (
        "uppdrag.html".to_owned(),
        page::render(site, "uppdrag.html", words::ASSIGNMENTS, &body, false),
    )
}

/// The open assignments, then the done ones.
fn tables(site: &Site, rows: &[todo::Row]) -> String {
    let mut out = String::new();
    for (done, caption) in [(false, words::OPEN), (true, words::DONE)] {
        let rows: Vec<&todo::Row> = rows.iter().filter(|r| r.done == done).collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "<table>\n<caption>{caption}</caption>\n{}<tbody>",
            html::thead(&[
                rendered::OWNER,
                rendered::TASK,
                rendered::DUE,
                rendered::REPORT_TO,
                words::GIVEN
            ])
        );
        for row in rows {
            let given = html::link(
                site.reference(row.reference),
                &html::escape(&rendered::reference(row.reference.item_reference())),
            );
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{given}</td></tr>",
                page::text(&row.owners.join(", ")),
                page::text(&crate::render::markdown::plain(&crate::render::markdown::inline(
                    &row.task
                ))),
                page::text(&rendered::due(row.due_date, row.due.as_deref().unwrap_or(""))),
                page::text(row.report_to.as_deref().unwrap_or("")),
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out
}
