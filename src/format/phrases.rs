//! Proposals and decisions: the phrases that open them (`Förslag till beslut: Länschefsnätverket
//! beslutar`, `Länschefsnätverket beslutade`), written with the network's names from
//! `members.yaml` and read back with the patterns built here, and the `att` clauses under them.

use crate::network::members::NetworkName;
use regex::Regex;
use std::sync::LazyLock;

/// The heading of a proposal.
pub const PROPOSAL: &str = "Förslag till beslut";
/// The verb of a decision, in minutes: `<called> beslutade`.
const DECIDED: &str = "beslutade";
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
/// a placeholder for what the network now has to decide.
pub fn carried_decision(owners: &[String]) -> String {
    let from = match owners {
        [] => String::new(),
        [one] => format!(" utifrån det som {one} återrapporterar"),
        many => format!(
            " utifrån det som {} och {} återrapporterar",
            many[..many.len() - 1].join(", "),
            many[many.len() - 1]
        ),
    };
    format!("att [[förslag till beslut{from}]]")
}

/// The names a decision may open with: the network's `called`, `short` and `name`.
pub fn names(network: &NetworkName) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in [Some(&network.called), network.short.as_ref(), Some(&network.name)]
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
                inline: None,
            };
        }
        let name = format!(r"(?:{})(?:\s*\([^)]{{1,20}}\))?", names.join("|"));
        let verb = format!("{DECIDED}|{DECIDES}");
        // Letter classes rather than `\b`, which would keep the fast engines out.
        DecisionPhrases {
            opening: Regex::new(&format!(r"(?i)^({name})\s+({verb})(?:$|([^\p{{L}}\p{{N}}_].*)$)")).ok(),
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
        let caps = self.opening.as_ref()?.captures(line)?;
        let verb = caps.get(2)?.as_str();
        let rest = caps.get(3).map(|m| m.as_str()).unwrap_or("").trim_start();
        let rest = rest.strip_prefix(':').unwrap_or(rest).trim_start();
        Some(Opening {
            intro: format!("{} {verb}", caps.get(1)?.as_str()),
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

static PROPOSAL_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(förslag\s+(?:till|på)\s+beslut)(?:$|([^\p{L}\p{N}_].*)$)")
        .unwrap_or_else(|_| unreachable!())
});

/// A line that opens a proposal, `Förslag till beslut` (or `Förslag på beslut`): the heading as
/// written and what follows it, after a colon if there is one.
pub fn proposal_opening(line: &str) -> Option<(&str, &str)> {
    let caps = PROPOSAL_OPENING.captures(line)?;
    let rest = caps.get(2).map(|m| m.as_str()).unwrap_or("").trim_start();
    let rest = rest.strip_prefix(':').unwrap_or(rest).trim_start();
    Some((caps.get(1)?.as_str(), rest))
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
