//! The words the argument parser (clap) and the manual page generator (clap_mangen) write
//! themselves — headings, the help and version flags, the common argument errors — in the
//! chosen language. clap has no catalogue of its own, so its rendered English text is rewritten;
//! wording this table does not know stays as clap writes it.

use crate::msg;
use regex::{Captures, Regex};
use std::sync::LazyLock;

type Say = fn(&Captures) -> String;

/// The capture `index` of a phrase, as a message argument.
fn part(found: &Captures, index: usize) -> String {
    found.get(index).map_or(String::new(), |m| m.as_str().to_owned())
}

/// clap's phrases, longest first where one starts another, and what to say instead.
const PHRASES: &[(&str, Say)] = &[
    (r"Print help \(see a summary with (.*?)\)", |c| {
        msg!("clap-help-long", flag = part(c, 1))
    }),
    (r"Print help \(see more with (.*?)\)", |c| {
        msg!("clap-help-short", flag = part(c, 1))
    }),
    (
        r"Print this message or the help of the given subcommand\(s\)",
        |_| msg!("clap-help-command"),
    ),
    (r"Print help", |_| msg!("clap-help")),
    (r"Print version", |_| msg!("clap-version")),
    (r"Usage:", |_| msg!("clap-usage")),
    (r"Commands:", |_| msg!("clap-commands")),
    (r"Arguments:", |_| msg!("clap-arguments")),
    (r"Options:", |_| msg!("clap-options")),
    (r"\[OPTIONS\]", |_| msg!("clap-options-placeholder")),
    (r"Possible values:", |_| msg!("clap-possible-values")),
    // Only the opening words: a long value wraps onto the next line.
    (r"\[possible values:", |_| msg!("clap-possible-values-inline")),
    (r"\[default:", |_| msg!("clap-default")),
    (r"\[env:", |_| msg!("clap-env")),
    (r"\[subcommands:", |_| msg!("clap-subcommands-inline")),
    (r"For more information, try (.*?)\.", |c| {
        msg!("clap-more", flag = part(c, 1))
    }),
    (r"(?m)^((?:\x1b\[[0-9;]*m)*)error:", |c| {
        format!("{}{}", part(c, 1), msg!("clap-error"))
    }),
    (r"(?m)^(\s*(?:\x1b\[[0-9;]*m)*)tip:", |c| {
        format!("{}{}", part(c, 1), msg!("clap-tip"))
    }),
    (r"a similar argument exists: (.*)", |c| {
        msg!("clap-tip-similar-argument", arg = part(c, 1))
    }),
    (r"a similar subcommand exists: (.*)", |c| {
        msg!("clap-tip-similar-command", name = part(c, 1))
    }),
    (r"some similar subcommands exist: (.*)", |c| {
        msg!("clap-tip-similar-commands", names = part(c, 1))
    }),
    (r"to pass '(.*?)' as a value, use '(.*?)'", |c| {
        msg!("clap-tip-as-value", arg = part(c, 1), written = part(c, 2))
    }),
    (r"unexpected argument '(.*?)' found", |c| {
        msg!("clap-unexpected-argument", arg = part(c, 1))
    }),
    (r"unrecognized subcommand '(.*?)'", |c| {
        msg!("clap-unknown-command", name = part(c, 1))
    }),
    (r"the following required arguments were not provided:", |_| {
        msg!("clap-missing-arguments")
    }),
    (r"a value is required for '(.*?)' but none was supplied", |c| {
        msg!("clap-missing-value", arg = part(c, 1))
    }),
    (r"invalid value '(.*?)' for '(.*?)'", |c| {
        msg!("clap-invalid-value", value = part(c, 1), arg = part(c, 2))
    }),
    (r"the argument '(.*?)' cannot be used multiple times", |c| {
        msg!("clap-argument-repeated", arg = part(c, 1))
    }),
    (r"the argument '(.*?)' cannot be used with '(.*?)'", |c| {
        msg!("clap-argument-conflict", arg = part(c, 1), other = part(c, 2))
    }),
    (r"'(.*?)' requires a subcommand but one was not provided", |c| {
        msg!("clap-missing-command", name = part(c, 1))
    }),
];

/// A value's placeholder (`DATE` in `<DATE>`) in the reader's language; one this table does not
/// know as it is.
pub fn value_name(name: &str) -> String {
    match name {
        "ADDRESS" => msg!("value-name-address"),
        "COLOR" => msg!("value-name-color"),
        "COMMAND" => msg!("value-name-command"),
        "DATE" => msg!("value-name-date"),
        "DIR" => msg!("value-name-dir"),
        "FILE" => msg!("value-name-file"),
        "KIND" => msg!("value-name-kind"),
        "MATTER" => msg!("value-name-matter"),
        "NAME" => msg!("value-name-name"),
        "NOTE" => msg!("value-name-note"),
        "PATHS" => msg!("value-name-paths"),
        "PLACE" => msg!("value-name-place"),
        "ROOM" => msg!("value-name-room"),
        "SHELL" => msg!("value-name-shell"),
        "SHORT" => msg!("value-name-short"),
        "TIME" => msg!("value-name-time"),
        "TO" => msg!("value-name-to"),
        "YYYY" => msg!("value-name-year"),
        other => other.to_owned(),
    }
}

static PATTERNS: LazyLock<Vec<(Regex, Say)>> = LazyLock::new(|| {
    PHRASES
        .iter()
        .filter_map(|(pattern, say)| Regex::new(pattern).ok().map(|r| (r, *say)))
        .collect()
});

/// clap's text (help, usage, an error) with its own words in the chosen language.
pub fn words(text: &str) -> String {
    if super::current() == super::Language::English {
        return text.to_owned();
    }
    let mut text = text.to_owned();
    for (pattern, say) in PATTERNS.iter() {
        if pattern.is_match(&text) {
            text = pattern.replace_all(&text, |c: &Captures| say(c)).into_owned();
        }
    }
    text
}

/// The section titles of a manual page clap_mangen wrote, in the chosen language.
/// A message of the catalogue, made when it is needed.
type Text = fn() -> String;

const SECTIONS: &[(&str, Text)] = &[
    (".SH NAME", || msg!("man-section-name")),
    (".SH SYNOPSIS", || msg!("man-section-synopsis")),
    (".SH DESCRIPTION", || msg!("man-section-description")),
    (".SH OPTIONS", || msg!("man-section-options")),
    (".SH SUBCOMMANDS", || msg!("man-section-commands")),
    (".SH EXTRA", || msg!("man-section-extra")),
    (".SH VERSION", || msg!("man-section-version")),
    (".SH AUTHORS", || msg!("man-section-authors")),
];

/// A manual page in roff with clap_mangen's words in the chosen language.
pub fn man_page(roff: &str) -> String {
    if super::current() == super::Language::English {
        return roff.to_owned();
    }
    let lines: Vec<String> = roff
        .split('\n')
        .map(|line| {
            SECTIONS
                .iter()
                .find(|(title, _)| line == *title)
                .map_or_else(|| line.to_owned(), |(_, say)| format!(".SH {}", say()))
        })
        .collect();
    words(&lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_is_a_valid_pattern() {
        assert_eq!(PATTERNS.len(), PHRASES.len());
    }
}
