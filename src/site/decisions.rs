//! `beslut.html`: the decision register, every decision of the minutes grouped by meeting, with
//! filters by text, matter and year. Without JavaScript it is a plain list; the small script
//! below shows the filters and hides what they leave out.

use crate::format::{dates, rendered, rendered::site as words};
use crate::model::Reference;
use crate::registers::decisions;
use crate::render::html::{self, Linker};
use crate::site::{Site, matter_path, page};
use crate::text::fold;
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeSet;
use std::fmt::Write;

/// Shows the filters and applies them as the reader types or chooses.
pub const SCRIPT: &str = include_str!("filter.js");

pub fn page(site: &Site) -> (String, String) {
    let repo = site.repo;
    let rows = decisions::rows(repo, &decisions::Filter::default());
    let matters: BTreeSet<&str> = rows.iter().filter_map(|r| r.matter.as_deref()).collect();
    let years: BTreeSet<i32> = rows.iter().map(|r| r.date.year()).collect();
    let mut body = String::new();
    let _ = write!(
        body,
        "<form id=\"filter\" class=\"filters\" hidden>\n\
         <div><label for=\"q\">{search}</label><input id=\"q\" type=\"search\" autocomplete=\"off\"></div>\n\
         <div><label for=\"matter\">{matter}</label><select id=\"matter\"><option value=\"\">{all}</option>",
        search = words::SEARCH,
        matter = words::MATTER,
        all = words::ALL,
    );
    for id in &matters {
        let title = repo
            .network
            .matters
            .get(id)
            .map(|m| m.title.as_str())
            .unwrap_or(id);
        let _ = write!(
            body,
            "<option value=\"{}\">{}</option>",
            html::escape(id),
            page::text(title)
        );
    }
    let _ = write!(
        body,
        "</select></div>\n<div><label for=\"year\">{year}</label><select id=\"year\"><option value=\"\">{all}</option>",
        year = words::YEAR,
        all = words::ALL
    );
    for year in years.iter().rev() {
        let _ = write!(body, "<option>{year}</option>");
    }
    let _ = writeln!(
        body,
        "</select></div>\n<p class=\"count\" id=\"antal\" aria-live=\"polite\"></p>\n</form>"
    );

    let mut dates: Vec<NaiveDate> = rows.iter().map(|r| r.date).collect();
    dates.dedup();
    for date in dates.iter().rev() {
        let _ = writeln!(
            body,
            "<section data-group>\n<h2>{} {}</h2>\n<ol class=\"decision-list\">",
            words::MEETING,
            html::escape(&dates::long(*date))
        );
        for row in rows.iter().filter(|r| r.date == *date) {
            body.push_str(&entry(site, row));
        }
        body.push_str("</ol>\n</section>\n");
    }
    (
        "beslut.html".to_owned(),
        page::render(site, "beslut.html", words::DECISIONS, &body, true),
    )
}

fn entry(site: &Site, row: &decisions::Row) -> String {
    let item = Reference::item(row.date, row.item);
    let heading = match &row.item_type {
        Some(kind) => format!("{}. {kind}: {}", row.item, row.item_title),
        None => format!("{}. {}", row.item, row.item_title),
    };
    let mut meta = vec![
        html::link(
            site.reference(row.reference),
            &html::escape(&rendered::reference(item)),
        ),
        page::text(&heading),
    ];
    if let Some(id) = &row.matter {
        let title = site
            .repo
            .network
            .matters
            .get(id)
            .map(|m| m.title.as_str())
            .unwrap_or(id);
        meta.push(format!(
            "{}: {}",
            words::MATTER,
            html::link(Some(matter_path(id)), &page::text(title))
        ));
    }
    format!(
        "<li data-decision data-year=\"{}\" data-matter=\"{}\" data-text=\"{}\">\n<p class=\"decision-text\">{}</p>\n<p class=\"meta\">{}</p>\n</li>\n",
        row.date.year(),
        html::escape(row.matter.as_deref().unwrap_or("")),
        html::escape(&fold(&format!("{} {}", row.text, row.item_title))),
        page::text(&crate::render::markdown::plain(&crate::render::markdown::inline(
            &row.text
        ))),
        meta.join(" · ")
    )
}
