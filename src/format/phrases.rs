//! Proposals and decisions: the phrases that open them (`Förslag till beslut: Länschefsnätverket
//! beslutar`, `Länschefsnätverket beslutade`), written with the network's names from
//! `members.yaml` and read back with the patterns built here, and the `att` clauses under them.

use crate::network::members::NetworkName;
use regex::Regex;
use std::sync::LazyLock;

/// The heading of a proposal.
pub const PROPOSAL: &str = "Förslag till beslut";
/// The verb of a decision, in minutes: `<called> beslutade`.
pub const DECIDED: &str = "beslutade";
/// The verb of a proposal, in an agenda: `<called> beslutar`.
const DECIDES: &str = "beslutar";

/// `Länschefsnätverket beslutade`: the line a decision's clauses stand under.
pub fn decision(called: &str) -> String {
    format!("{called} {DECIDED}")
}

/// `Förslag till beslut: Länschefsnätverket beslutar`: the line a proposal's clauses stand under.
pub fn proposal(called: &str) -> String {
    format!("{PROPOSAL}: {called} {DECIDES}")
}

/// The proposal of a decision item carried to the next agenda while its assignment reports back:
/// what the network now has to do, take a position on the report. It states nothing the record
/// does not (the report's content is not known yet); the chair may sharpen it before sending.
pub fn carried_decision(owners: &[String]) -> String {
    match owners {
        [] => "att ta ställning till det som återrapporteras".to_owned(),
        [one] => format!("att ta ställning till det som {one} återrapporterar"),
        many => format!(
            "att ta ställning till det som {} och {} återrapporterar",
            many[..many.len() - 1].join(", "),
            many[many.len() - 1]
        ),
    }
}

/// The words for a body that a compound name ends with: `Socialchefsnätverket` is also
/// `Nätverket`, `Ledningsgruppen` also `Gruppen`.
const BODY_WORDS: &[&str] = &[
    "nätverket",
    "gruppen",
    "nämnden",
    "rådet",
    "utskottet",
    "styrelsen",
    "kommittén",
];

/// The names a decision may open with: the network's `called`, `short` and `name`, the `name`
/// without the place it ends with (`Barn- och utbildningsnämnden` for `… i Norrby kommun`), and
/// the word for a body that `called` ends with (`Nätverket` for `Socialchefsnätverket`).
pub fn names(network: &NetworkName) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let called = network.called.trim().to_lowercase();
    let body_word = BODY_WORDS
        .iter()
        .find(|w| called.len() > w.len() && called.ends_with(*w) && !called.contains(' '))
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        });
    let without_place = network
        .name
        .rsplit_once(" i ")
        .map(|(body, _)| body.trim().to_owned())
        .filter(|body| !body.is_empty());
    for name in [
        Some(&network.called),
        network.short.as_ref(),
        Some(&network.name),
        without_place.as_ref(),
        body_word.as_ref(),
    ]
    .into_iter()
    .flatten()
    {
        let name = name.trim();
        if !name.is_empty() && !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
    }
    names
}

/// A line that opens with the network's name and `beslutade` or `beslutar`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening<'t> {
    /// The name and the verb as written, with one space between: `LNV (ordf.) beslutade`.
    pub intro: String,
    /// `beslutade` (minutes) rather than `beslutar`.
    pub past: bool,
    /// What follows on the line, after a colon if there is one: `att öppna mötet.`
    pub rest: &'t str,
}

/// The patterns that find decisions, built once from the network's names.
#[derive(Debug, Clone)]
pub struct DecisionPhrases {
    /// A line that opens with `<name> beslutade|beslutar`; `None` without names.
    opening: Option<Regex>,
    /// The first letters of the names, in lower case, when every name starts with ASCII: a line
    /// that starts with another ASCII character opens no decision.
    firsts: Option<Vec<u8>>,
    /// `<name> beslutade att` anywhere in running text.
    inline: Option<Regex>,
}

impl DecisionPhrases {
    /// The phrases of a network whose decisions open with one of `names` (see [`names`]). A
    /// name may be followed by a short parenthesis, `Länsnätverket (LNV) beslutade`.
    pub fn new(names: &[String]) -> DecisionPhrases {
        let mut names: Vec<String> = names
            .iter()
            .filter(|n| !n.trim().is_empty())
            .map(|n| regex::escape(n.trim()))
            .collect();
        // The longest first, so that the intro keeps the whole name.
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        if names.is_empty() {
            return DecisionPhrases {
                opening: None,
                firsts: None,
                inline: None,
            };
        }
        let firsts = names
            .iter()
            .map(|n| {
                n.bytes()
                    .next()
                    .filter(u8::is_ascii)
                    .map(|b| b.to_ascii_lowercase())
            })
            .collect();
        let name = format!(r"(?:{})(?:\s*\([^)]{{1,20}}\))?", names.join("|"));
        let verb = format!("{DECIDED}|{DECIDES}");
        // Letter classes rather than `\b`, which would keep the fast engines out.
        DecisionPhrases {
            opening: Regex::new(&format!(r"(?i)^({name})\s+({verb})(?:$|[^\p{{L}}\p{{N}}_])")).ok(),
            firsts,
            inline: Regex::new(&format!(
                r"(?i)(?:^|[^\p{{L}}\p{{N}}])(?:{name})\s+(?:{verb})\s+att(?:$|[^\p{{L}}\p{{N}}])"
            ))
            .ok(),
        }
    }

    /// The phrases for the network of `members.yaml`.
    pub fn for_network(network: &NetworkName) -> DecisionPhrases {
        DecisionPhrases::new(&names(network))
    }

    /// The decision `line` opens with, if it opens with one.
    pub fn opening<'t>(&self, line: &'t str) -> Option<Opening<'t>> {
        let opening = self.opening.as_ref()?;
        // ASCII letters fold only with each other between ASCII characters.
        if let (Some(firsts), Some(first)) = (&self.firsts, line.bytes().next())
            && first.is_ascii()
            && !firsts.contains(&first.to_ascii_lowercase())
        {
            return None;
        }
        // The match is the name, whitespace, the verb and the character after it: the parts are
        // found in it by hand, which is much cheaper than asking the expression for its groups.
        let words = without_boundary(&line[..opening.find(line)?.end()]);
        let (space, c) = words.char_indices().rev().find(|(_, c)| c.is_whitespace())?;
        let verb = &words[space + c.len_utf8()..];
        let name = words[..space].trim_end();
        let rest = after_boundary(line, words.len())?.trim_start();
        let rest = rest.strip_prefix(':').unwrap_or(rest).trim_start();
        Some(Opening {
            intro: format!("{name} {verb}"),
            past: verb.eq_ignore_ascii_case(DECIDED),
            rest,
        })
    }

    /// Whether `line` is only a decision's heading, `Länschefsnätverket beslutade`, with the
    /// clauses to follow as a list.
    pub fn is_heading(&self, line: &str) -> bool {
        self.opening(line).is_some_and(|o| o.rest.trim().is_empty())
    }

    /// The first decision written in running text, `… Länschefsnätverket beslutade att …`; the
    /// match may include the character before the name and the one after `att`.
    pub fn find_inline<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        self.inline.as_ref()?.find(text)
    }
}

// The expressions of openings end at the character after the words (a word of its own), not
// at the end of the line: the rest is taken as it is, which costs nothing however long it is.
static PROPOSAL_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(förslag\s+(?:till|på)\s+beslut)(?:$|[^\p{L}\p{N}_])")
        .unwrap_or_else(|_| unreachable!())
});

/// An opening's match without the character after its words, when there is one: the words end
/// with an ASCII letter (`beslut`, `beslutade`, `beslutar`), which that character never is.
fn without_boundary(matched: &str) -> &str {
    match matched.chars().next_back() {
        Some(c) if !c.is_ascii_alphabetic() => &matched[..matched.len() - c.len_utf8()],
        _ => matched,
    }
}

/// What follows an opening's words that end at `end`: the rest of the line, from the character
/// after them; `None` when a line break follows that character (the opening is then not a line's).
fn after_boundary(line: &str, end: usize) -> Option<&str> {
    let rest = line.get(end..)?;
    let after = rest.chars().next().map_or(0, char::len_utf8);
    (!rest[after..].contains('\n')).then_some(rest)
}

/// A line that opens a proposal, `Förslag till beslut` (or `Förslag på beslut`): the heading as
/// written and what follows it, after a colon if there is one.
pub fn proposal_opening(line: &str) -> Option<(&str, &str)> {
    // `för`: letters that fold only with their capitals, so a line that does not start with
    // them in some case opens no proposal (most lines that start with `F` are `Föredragande:`,
    // `Från:`).
    let bytes = line.as_bytes();
    if !(bytes.len() >= 4
        && bytes[0] | 0x20 == b'f'
        && bytes[1] == 0xC3
        && bytes[2] | 0x20 == 0xB6
        && bytes[3] | 0x20 == b'r')
    {
        return None;
    }
    let heading = without_boundary(&line[..PROPOSAL_OPENING.find(line)?.end()]);
    let rest = after_boundary(line, heading.len())?.trim_start();
    let rest = rest.strip_prefix(':').unwrap_or(rest).trim_start();
    Some((heading, rest))
}

/// Clauses as a list reads: each but the last ends with a comma, the last with a full stop.
pub fn punctuate_clauses(clauses: &[String]) -> Vec<String> {
    let count = clauses.len();
    clauses
        .iter()
        .enumerate()
        .map(|(i, clause)| {
            let bare = clause.trim().trim_end_matches(['.', ',', ';']).trim_end();
            let end = if i + 1 == count { '.' } else { ',' };
            format!("{bare}{end}")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn network() -> NetworkName {
        NetworkName {
            name: "Länsnätverket i Västmark".to_owned(),
            short: Some("LNV".to_owned()),
            called: "Länsnätverket".to_owned(),
            email: None,
        }
    }

    #[test]
    fn openings_in_any_case_and_lines_that_open_nothing() {
        let phrases = DecisionPhrases::for_network(&network());
        assert!(proposal_opening("FÖRSLAG TILL BESLUT").is_some());
        assert!(proposal_opening("förslag på beslut: att x").is_some());
        assert!(proposal_opening("Föredragande: Anna").is_none());
        assert!(proposal_opening("Förslagen diskuterades.").is_none());
        assert!(phrases.is_heading("länsnätverket BESLUTADE"));
        assert!(phrases.is_heading("lnv beslutade"));
        assert!(!phrases.is_heading("Mötet beslutade"));
        // `Länsnätverket` ends with the word for a body: `Nätverket beslutade` is its decision.
        assert!(phrases.is_heading("Nätverket beslutade"));
        assert!(!phrases.is_heading("Gruppen beslutade"));
        assert!(!phrases.is_heading("Ärende: x"));
        let board = NetworkName {
            name: "Barn- och utbildningsnämnden i Norrby kommun".to_owned(),
            short: None,
            called: "Nämnden".to_owned(),
            email: None,
        };
        assert!(DecisionPhrases::for_network(&board).is_heading("Barn- och utbildningsnämnden beslutar"));
        // As a line's opening only: nothing after a line break.
        assert!(proposal_opening("Förslag till beslut\n").is_some());
        assert!(proposal_opening("Förslag till beslut:\n").is_none());
        assert!(proposal_opening("Förslag till beslut: x\ny").is_none());
        assert!(phrases.opening("LNV beslutade: att a\nb").is_none());
        assert_eq!(
            proposal_opening("Förslag till beslut: att anta avtalet."),
            Some(("Förslag till beslut", "att anta avtalet."))
        );
    }

    #[test]
    fn openings_agree_with_the_expressions_that_capture_the_whole_line() {
        let names = names(&network());
        let phrases = DecisionPhrases::new(&names);
        let mut escaped: Vec<String> = names.iter().map(|n| regex::escape(n)).collect();
        escaped.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let name = format!(r"(?:{})(?:\s*\([^)]{{1,20}}\))?", escaped.join("|"));
        let full = Regex::new(&format!(
            r"(?i)^({name})\s+(beslutade|beslutar)(?:$|([^\p{{L}}\p{{N}}_].*)$)"
        ))
        .unwrap_or_else(|e| panic!("{e}"));
        let proposal = Regex::new(r"(?i)^(förslag\s+(?:till|på)\s+beslut)(?:$|([^\p{L}\p{N}_].*)$)")
            .unwrap_or_else(|e| panic!("{e}"));
        let strip = |rest: &str| {
            let rest = rest.trim_start();
            rest.strip_prefix(':').unwrap_or(rest).trim_start().to_owned()
        };
        for line in [
            "LNV beslutade",
            "LNV (ordf.) beslutade: att öppna mötet.",
            "Länsnätverket  BESLUTAR att",
            "länsnätverket i västmark beslutade\tatt x",
            "LNV beslutadeatt",
            "LNV beslutade_x",
            "LNV beslutade… och",
            "LNV beslutade\n",
            "LNV beslutade:\nx",
            "LNV\u{A0}beslutade",
            "Förslag till beslut",
            "FÖRSLAG PÅ BESLUT: att x",
            "Förslag  till\tbeslut:",
            "Förslag till beslutet",
            "Förslag till beslut\n",
            "Förslag till beslut:\nx",
        ] {
            let expected = full.captures(line).and_then(|c| {
                Some((
                    format!("{} {}", c.get(1)?.as_str(), c.get(2)?.as_str()),
                    strip(c.get(3).map_or("", |m| m.as_str())),
                ))
            });
            let found = phrases.opening(line).map(|o| (o.intro, o.rest.to_owned()));
            assert_eq!(found, expected, "{line:?}");
            let expected = proposal.captures(line).and_then(|c| {
                Some((
                    c.get(1)?.as_str().to_owned(),
                    strip(c.get(2).map_or("", |m| m.as_str())),
                ))
            });
            let found = proposal_opening(line).map(|(h, r)| (h.to_owned(), r.to_owned()));
            assert_eq!(found, expected, "{line:?}");
        }
    }

    #[test]
    fn what_is_written_is_read_back() {
        let network = network();
        let phrases = DecisionPhrases::for_network(&network);
        let written = decision(&network.called);
        assert_eq!(written, "Länsnätverket beslutade");
        assert!(phrases.is_heading(&written));
        let proposal = proposal(&network.called);
        assert_eq!(proposal, "Förslag till beslut: Länsnätverket beslutar");
        let (heading, rest) = proposal_opening(&proposal).unwrap_or_default();
        assert_eq!(heading, PROPOSAL);
        assert!(phrases.is_heading(rest));
    }

    #[test]
    fn every_name_of_the_network_opens_a_decision() {
        let phrases = DecisionPhrases::for_network(&network());
        for line in [
            "Länsnätverket beslutade",
            "LNV beslutar:",
            "Länsnätverket i Västmark beslutade",
        ] {
            assert!(phrases.is_heading(line), "{line}");
        }
        let opening = phrases.opening("Länsnätverket i Västmark (LNV) beslutade: att öppna mötet.");
        assert_eq!(
            opening,
            Some(Opening {
                intro: "Länsnätverket i Västmark (LNV) beslutade".to_owned(),
                past: true,
                rest: "att öppna mötet.",
            })
        );
        assert_eq!(phrases.opening("LNV beslutar att x").map(|o| o.past), Some(false));
        assert!(phrases.opening("Styrgruppen beslutade").is_none());
        assert!(phrases.opening("Länsnätverket beslutades").is_none());
        assert!(!phrases.is_heading("Länsnätverket beslutade att öppna mötet."));
        assert!(!phrases.is_heading("Länsnätverket beslutade\natt öppna mötet."));
    }

    #[test]
    fn decisions_in_running_text_are_found() {
        let phrases = DecisionPhrases::for_network(&network());
        let text = "Vid mötet\nLänsnätverket beslutade att anta avtalet.";
        assert_eq!(
            phrases.find_inline(text).map(|m| m.as_str().trim()),
            Some("Länsnätverket beslutade att")
        );
        assert!(
            phrases
                .find_inline("Länsnätverket beslutade under året")
                .is_none()
        );
        assert!(DecisionPhrases::new(&[]).find_inline(text).is_none());
    }

    #[test]
    fn proposals_open_with_their_heading_only() {
        assert_eq!(
            proposal_opening("Förslag på beslut: LNV beslutar"),
            Some(("Förslag på beslut", "LNV beslutar"))
        );
        assert_eq!(
            proposal_opening("Förslag till beslut"),
            Some(("Förslag till beslut", ""))
        );
        assert_eq!(proposal_opening("Förslag till beslutet är klart"), None);
    }

    #[test]
    fn clauses_get_commas_and_a_full_stop() {
        let clauses = vec!["att a.".to_owned(), "att b".to_owned()];
        assert_eq!(punctuate_clauses(&clauses), vec!["att a,", "att b."]);
    }
}
