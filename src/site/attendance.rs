//! `narvaro.html`: who came, per organisation and meeting, as `lchnv attendance` shows it.

use crate::format::{dates, rendered, rendered::site as words};
use crate::registers::attendance::{self, Status};
use crate::render::html;
use crate::site::{Site, meeting_path, page};
use std::fmt::Write;

fn status(status: Status) -> (&'static str, &'static str) {
    match status {
        Status::Present => (words::PRESENT, "present"),
        Status::Substitute => (words::BY_SUBSTITUTE, "present"),
        Status::Absent => (words::ABSENT, "absent"),
        Status::NotRecorded => (words::NOT_RECORDED, ""),
    }
}

pub fn page(site: &Site) -> (String, String) {
    let register = attendance::register(site.repo, None, None);
    let mut body = String::from("<table>\n<thead><tr>");
    let _ = write!(body, "<th scope=\"col\">{}</th>", words::ORGANISATION);
    for date in &register.meetings {
        let _ = write!(
            body,
            "<th scope=\"col\"><a href=\"{}\">{}</a></th>",
            meeting_path(*date),
            html::escape(&dates::in_words(*date))
        );
    }
    let _ = writeln!(
        body,
        "<th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        words::RATE
    );
    for org in &register.organisations {
        let _ = write!(body, "<tr><th scope=\"row\">{}</th>", page::text(&org.name));
        for at in &org.meetings {
            let (word, class) = status(at.status);
            let mut people: Vec<String> = at.present.clone();
            people.extend(
                at.substitutes
                    .iter()
                    .map(|s| rendered::substitute(&s.name, &s.stands_in_for)),
            );
            people.extend(
                at.absent
                    .iter()
                    .map(|a| format!("{a} ({})", words::ABSENT.to_lowercase())),
            );
            let names = if people.is_empty() {
                String::new()
            } else {
                format!(
                    "<br><span class=\"meta\">{}</span>",
                    page::text(&people.join(", "))
                )
            };
            let class = if class.is_empty() {
                String::new()
            } else {
                format!(" class=\"{class}\"")
            };
            let _ = write!(body, "<td{class}>{word}{names}</td>");
        }
        let rate = org
            .rate
            .map(|r| format!("{:.0} %", r * 100.0))
            .unwrap_or_else(|| "–".to_owned());
        let _ = writeln!(body, "<td>{rate}</td></tr>");
    }
    body.push_str("</tbody>\n</table>\n");
    (
        "narvaro.html".to_owned(),
        page::render(site, "narvaro.html", words::ATTENDANCE, &body, false),
    )
}
