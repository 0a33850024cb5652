//! The meetings: a list of every meeting with a page, and a page per meeting with its minutes
//! and agenda and links to their Word and PDF documents.

use crate::format::{dates, rendered::site as words};
use crate::model::Kind;
use crate::render::{Target, document, html};
use crate::site::{Site, document_path, meeting_path, page};
use chrono::NaiveDate;
use std::fmt::Write;

/// The dates that have a page, newest first.
fn dates(site: &Site) -> Vec<NaiveDate> {
    let mut dates: Vec<NaiveDate> = site.repo.meetings.iter().filter_map(|m| m.date()).collect();
    dates.sort_unstable();
    dates.dedup();
    dates.reverse();
    dates
}

/// The documents of a meeting as a list of download links.
pub fn downloads(site: &Site, date: NaiveDate) -> String {
    let mut out = String::from("<ul class=\"downloads\">\n");
    for kind in [Kind::Minutes, Kind::Agenda] {
        if site.repo.meeting(date, kind).is_none() {
            continue;
        }
        let name = match kind {
            Kind::Minutes => words::MINUTES,
            Kind::Agenda => words::AGENDA,
        };
        for (target, label) in [(Target::Pdf, "PDF"), (Target::Docx, "Word")] {
            let _ = writeln!(
                out,
                "<li><a href=\"{}\">{} ({label})</a></li>",
                document_path(date, kind, target),
                name
            );
        }
    }
    out.push_str("</ul>\n");
    out
}

/// `moten.html`
pub fn index(site: &Site) -> (String, String) {
    let mut body = String::from("<ul class=\"plain-list\">\n");
    for date in dates(site) {
        let mut kinds = Vec::new();
        if site.repo.minutes(date).is_some() {
            kinds.push(words::MINUTES);
        }
        if site.repo.agenda(date).is_some() {
            kinds.push(words::AGENDA);
        }
        let _ = writeln!(
            body,
            "<li><a href=\"{}\">{}</a> <span class=\"meta\">{}</span></li>",
            meeting_path(date),
            html::escape(&dates::long(date)),
            kinds.join(", ")
        );
    }
    body.push_str("</ul>\n");
    (
        "moten.html".to_owned(),
        page::render(site, "moten.html", words::MEETINGS, &body, false),
    )
}

/// `mote-2025-11-21.html` for every meeting.
pub fn pages(site: &Site) -> Vec<(String, String)> {
    dates(site)
        .into_iter()
        .map(|date| {
            let mut body = downloads(site, date);
            if let Some(minutes) = site.repo.minutes(date) {
                let doc = document::build(site.repo, minutes, document::Audience::Public);
                body.push_str(&html::article(&doc, site, "", 2));
            }
            if let Some(agenda) = site.repo.agenda(date) {
                let doc = document::build(site.repo, agenda, document::Audience::Public);
                body.push_str(&html::article(&doc, site, site.agenda_prefix(date), 2));
            }
            let title = format!("{} {}", words::MEETING, dates::long(date));
            (
                meeting_path(date),
                page::render(site, "moten.html", &title, &body, false),
            )
        })
        .collect()
}
