//! The frame of every page of the site: language, title, style sheet, the skip link, the
//! header with the navigation, the main landmark and the footer.

use crate::format::rendered::site as words;
use crate::render::html::{self, escape};
use crate::site::{CALENDAR_FILE, Site};

pub const STYLE_FILE: &str = "stil.css";
pub const SCRIPT_FILE: &str = "filter.js";

/// The site's style sheet: the documents' own, and the frame's.
pub fn style() -> String {
    format!("{}\n{}", html::STYLE, include_str!("site.css"))
}

/// The sections of the navigation: file and name.
const SECTIONS: [(&str, &str); 6] = [
    ("index.html", words::START),
    ("moten.html", words::MEETINGS),
    ("beslut.html", words::DECISIONS),
    ("uppdrag.html", words::ASSIGNMENTS),
    ("arenden.html", words::MATTERS),
    ("narvaro.html", words::ATTENDANCE),
];

/// A whole page: `section` is the navigation's file it belongs under, `title` its `<h1>` and
/// title, `body` what follows the `<h1>` in `<main>`.
pub fn render(site: &Site, section: &str, title: &str, body: &str, script: bool) -> String {
    let network = &site.repo.network.members.network;
    let mut nav = String::new();
    for (file, name) in SECTIONS {
        let current = if file == section {
            " aria-current=\"page\""
        } else {
            ""
        };
        nav.push_str(&format!("<li><a href=\"{file}\"{current}>{name}</a></li>"));
    }
    let script = if script {
        format!("<script src=\"{SCRIPT_FILE}\" defer></script>\n")
    } else {
        String::new()
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title} – {network}</title>\n<link rel=\"stylesheet\" href=\"{STYLE_FILE}\">\n{script}\
         </head>\n<body>\n<a class=\"skip\" href=\"#innehall\">{skip}</a>\n\
         <header class=\"site-header\">\n<p class=\"site-name\"><a href=\"index.html\">{network}</a> \
         <span class=\"site-archive\">{archive}</span></p>\n\
         <nav aria-label=\"{archive}\"><ul>{nav}</ul></nav>\n</header>\n\
         <main id=\"innehall\" class=\"page\">\n<h1>{title}</h1>\n{body}</main>\n\
         <footer class=\"site-footer\">\n<p><a href=\"{CALENDAR_FILE}\">{calendar}</a></p>\n</footer>\n\
         </body>\n</html>\n",
        title = escape(title),
        network = escape(&network.name),
        skip = words::SKIP,
        archive = words::ARCHIVE,
        calendar = words::ADD_TO_CALENDAR,
    )
}

/// Text from the meetings, safe in HTML and with e-mail addresses withheld.
pub fn text(text: &str) -> String {
    escape(&crate::render::document::withhold_emails(text))
}
