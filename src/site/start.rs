//! `index.html`: the next meeting (with its agenda when there is one), the year's meetings, the
//! latest minutes and the open assignments per organisation.

use crate::format::{dates, rendered, rendered::site as words};
use crate::ics;
use crate::ledger::Ledger;
use crate::render::html;
use crate::site::{CALENDAR_FILE, Site, assignments, meeting_path, meetings, page};
use chrono::Datelike;
use std::fmt::Write;

pub fn page(site: &Site) -> (String, String) {
    let repo = site.repo;
    let calendar = &repo.network.calendar;
    let next = calendar.entries.iter().find(|e| e.date.value >= site.today);
    let mut body = String::new();

    let _ = writeln!(body, "<section>\n<h2>{}</h2>", words::NEXT_MEETING);
    match next {
        Some(entry) => {
            let date = entry.date.value;
            let mut facts = vec![(rendered::DATE, dates::long(date))];
            if let Some(time) = &entry.time {
                facts.push((rendered::TIME, time.clone()));
            }
            if let Some(location) = ics::location(entry.place.as_deref(), entry.room.as_deref()) {
                facts.push((rendered::PLACE, location));
            }
            if let Some(note) = &entry.note {
                facts.push((rendered::NOTE, note.clone()));
            }
            body.push_str("<dl class=\"facts\">\n");
            for (label, value) in facts {
                let _ = writeln!(body, "<div><dt>{label}</dt><dd>{}</dd></div>", page::text(&value));
            }
            body.push_str("</dl>\n");
            match repo.agenda(date) {
                Some(agenda) => {
                    let _ = writeln!(body, "<h3>{}</h3>\n<ol class=\"plain-list\">", words::AGENDA);
                    for item in agenda.items.iter().filter(|i| i.parent.is_none()) {
                        let heading = match item.type_label() {
                            Some(kind) => format!("{}. {kind}: {}", item.number, item.title),
                            None => format!("{}. {}", item.number, item.title),
                        };
                        let _ = writeln!(
                            body,
                            "<li><a href=\"{}#{}{}\">{}</a></li>",
                            meeting_path(date),
                            site.agenda_prefix(date),
                            item.number,
                            page::text(&heading)
                        );
                    }
                    body.push_str("</ol>\n");
                    body.push_str(&meetings::downloads(site, date));
                }
                None => {
                    let _ = writeln!(body, "<p>{}</p>", words::NO_AGENDA_YET);
                }
            }
        }
        None => {
            let _ = writeln!(body, "<p>{}</p>", words::NO_NEXT_MEETING);
        }
    }
    body.push_str("</section>\n");

    let year = next.map(|e| e.date.value.year()).unwrap_or(site.today.year());
    let _ = writeln!(
        body,
        "<section>\n<h2>{} {year}</h2>\n<table>\n{}<tbody>",
        words::CALENDAR,
        html::thead(&[
            words::WEEKDAY,
            rendered::DATE,
            rendered::TIME,
            rendered::PLACE,
            rendered::NOTE
        ])
    );
    for entry in calendar.entries.iter().filter(|e| e.date.value.year() == year) {
        let date = entry.date.value;
        let day = html::escape(&dates::in_words(date));
        let day = if site.has_page(date) {
            html::link(Some(meeting_path(date)), &day)
        } else {
            day
        };
        let _ = writeln!(
            body,
            "<tr><td>{}</td><td>{day}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            dates::weekday(date),
            page::text(entry.time.as_deref().unwrap_or("")),
            page::text(&ics::location(entry.place.as_deref(), entry.room.as_deref()).unwrap_or_default()),
            page::text(entry.note.as_deref().unwrap_or("")),
        );
    }
    let _ = writeln!(
        body,
        "</tbody>\n</table>\n<p><a href=\"{CALENDAR_FILE}\">{}</a></p>\n</section>",
        words::ADD_TO_CALENDAR
    );

    let _ = writeln!(body, "<section>\n<h2>{}</h2>", words::LATEST_MINUTES);
    match repo.all_minutes().filter_map(|m| m.date().map(|d| (d, m))).last() {
        Some((date, minutes)) => {
            let decisions: usize = minutes.items.iter().map(|i| i.decisions.len()).sum();
            let assignments: usize = minutes.items.iter().map(|i| i.assignments.len()).sum();
            let _ = writeln!(
                body,
                "<p><a href=\"{}\">{} {}</a></p>\n<p class=\"meta\">{decisions} {}, {assignments} {}.</p>",
                meeting_path(date),
                words::MINUTES,
                html::escape(&dates::long(date)),
                words::DECISIONS.to_lowercase(),
                words::ASSIGNMENTS.to_lowercase()
            );
            body.push_str(&meetings::downloads(site, date));
        }
        None => body.push_str(&format!("<p>{}</p>\n", words::NONE)),
    }
    body.push_str("</section>\n");

    let ledger = Ledger::new(repo);
    let _ = writeln!(
        body,
        "<section>\n<h2>{}</h2>\n<table class=\"summary-table\">\n{}<tbody>",
        words::OPEN_PER_ORGANISATION,
        html::thead(&[words::ORGANISATION, words::OPEN_COUNT])
    );
    for (i, org) in repo.network.members.organisations.iter().enumerate() {
        let count = assignments::open_count(site, &ledger, i);
        if count == 0 {
            continue;
        }
        let _ = writeln!(
            body,
            "<tr><td><a href=\"uppdrag.html#{}\">{}</a></td><td>{count}</td></tr>",
            assignments::anchor(&org.name),
            page::text(&org.name)
        );
    }
    body.push_str("</tbody>\n</table>\n</section>\n");

    let title = repo.network.members.network.name.clone();
    (
        "index.html".to_owned(),
        page::render(site, "index.html", &title, &body, false),
    )
}
