//! Whether a document is an agenda or minutes. The title says so when it has a kind word;
//! otherwise what the document holds is weighed: decisions taken, a protocol's paragraphs and
//! `Beslut` sections, adjusters and attendance speak for minutes; proposals with no decision and
//! the words of a notice speak for an agenda. When nothing tells, the document is imported as
//! minutes and the report says so: a protocol is never refused for want of a title.

use super::headings::{self, Number};
use super::lines::Line;
use crate::format::phrases::{self, DecisionPhrases};
use crate::model::Kind;
use crate::text::fold;
use regex::Regex;
use std::sync::LazyLock;

/// The kind, and where it came from (for the report).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    pub kind: Kind,
    pub why: String,
    /// Nothing in the document said: minutes as a last resort.
    pub guessed: bool,
}

/// A word of the document that names its kind, wherever it stands (`Protokoll` in a running
/// header, `Sammanträdesprotokoll`, `minnesanteckningarna`).
static KIND_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\w*protokoll|\w*anteckningar|dagordning|foredragningslista|kallelse)\b")
        .unwrap_or_else(|_| unreachable!())
});
/// Decided, in any form: `beslutade`, `beslutades`, `beslöt`.
static DECIDED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(beslutade|beslutades|beslot)\b").unwrap_or_else(|_| unreachable!()));
/// What only minutes say: who checks them, and when.
static ADJUSTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(justerare|justerande|justerandes|justeringens|justeras|vid protokollet|protokollet justeras|utses att justera)\b")
        .unwrap_or_else(|_| unreachable!())
});
/// An attendance list's label: who was there.
static ATTENDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(narvarande|franvarande|narvarolista|tjanstgorande ersattare|beslutande ledamoter)\b")
        .unwrap_or_else(|_| unreachable!())
});

/// Evidence for one kind: what was seen, for the report.
#[derive(Default)]
struct Tally {
    minutes: Vec<String>,
    agenda: Vec<String>,
}

/// Decides the kind from the title's word, else from the whole text (the lines before the
/// first item and after it).
pub fn decide(
    title: Option<&(Kind, String)>,
    head: &[Line],
    rest: &[Line],
    phrases: &DecisionPhrases,
    called: &str,
) -> Decided {
    if let Some((kind, word)) = title {
        return Decided {
            kind: *kind,
            why: crate::msg!("import-kind-title", word = word.clone()),
            guessed: false,
        };
    }
    let tally = weigh(head, rest, phrases, called);
    let (m, a) = (tally.minutes.len(), tally.agenda.len());
    if m > a {
        return Decided {
            kind: Kind::Minutes,
            why: crate::msg!("import-kind-reads-minutes", signs = tally.minutes.join("; ")),
            guessed: false,
        };
    }
    if a > m {
        return Decided {
            kind: Kind::Agenda,
            why: crate::msg!("import-kind-reads-agenda", signs = tally.agenda.join("; ")),
            guessed: false,
        };
    }
    Decided {
        kind: Kind::Minutes,
        why: crate::msg!("import-kind-guessed"),
        guessed: true,
    }
}

fn weigh(head: &[Line], rest: &[Line], phrases: &DecisionPhrases, called: &str) -> Tally {
    let mut tally = Tally::default();
    let all = || head.iter().chain(rest);

    // A kind word before the first item or in a line the pages repeat (a running header); an
    // item's title (`Godkännande av dagordning`, `Föregående protokoll`) names another document.
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for line in rest {
        *seen.entry(line.text.trim()).or_default() += 1;
    }
    let repeated = |text: &str| seen.get(text.trim()).is_some_and(|n| *n >= 2);
    let word = head
        .iter()
        .chain(
            rest.iter()
                .filter(|l| headings::parse(&l.text).is_none() && repeated(&l.text)),
        )
        .find_map(|l| {
            KIND_WORD
                .captures(&fold(&l.text))
                .and_then(|c| c.get(1).map(|m| m.as_str().to_owned()))
        });
    if let Some(word) = word {
        let agenda = matches!(word.as_str(), "dagordning" | "foredragningslista" | "kallelse");
        let seen = crate::msg!("import-kind-word", word = word.clone());
        if agenda {
            tally.agenda.push(seen);
        } else {
            tally.minutes.push(seen);
        }
    }

    let decided = all()
        .filter(|l| phrases.opening(&l.text).is_some_and(|o| o.past) || DECIDED.is_match(&fold(&l.text)))
        .count();
    if decided > 0 {
        tally.minutes.push(crate::msg!(
            "import-kind-decided",
            count = decided,
            called = called.to_owned()
        ));
    }

    // `Beslut` alone over a decision: a protocol's section. `<network> beslutar` that no
    // `Förslag till beslut` introduces is a decision taken too.
    let mut in_proposal = false;
    let mut sections = 0;
    let mut present = 0;
    let mut proposals = 0;
    for line in rest {
        let text = line.text.trim();
        if headings::parse(text).is_some() {
            in_proposal = false;
            continue;
        }
        if phrases::proposal_opening(text).is_some() {
            in_proposal = true;
            proposals += 1;
            continue;
        }
        let bare = fold(text.trim_end_matches(':'));
        if bare == "beslut" {
            in_proposal = false;
            sections += 1;
            continue;
        }
        if !in_proposal && phrases.opening(text).is_some_and(|o| !o.past) {
            present += 1;
        }
    }
    if sections > 0 {
        tally
            .minutes
            .push(crate::msg!("import-kind-sections", count = sections));
    }
    if present > 0 && proposals == 0 {
        tally.minutes.push(crate::msg!(
            "import-kind-present",
            count = present,
            called = called.to_owned()
        ));
    }
    if proposals > 0 && decided == 0 && sections == 0 && present == 0 {
        tally
            .agenda
            .push(crate::msg!("import-kind-proposals", count = proposals));
    }

    let paragraphs = rest
        .iter()
        .filter(|l| headings::parse(&l.text).is_some_and(|h| matches!(h.number, Number::Paragraph(_))))
        .count();
    if paragraphs >= 2 {
        tally
            .minutes
            .push(crate::msg!("import-kind-paragraphs", count = paragraphs));
    }
    let adjusting = all().filter(|l| ADJUSTING.is_match(&fold(l.text.trim()))).count();
    if adjusting > 0 {
        tally.minutes.push(crate::msg!("import-kind-adjusters"));
    }
    if head.iter().any(|l| ATTENDED.is_match(&fold(l.text.trim()))) {
        tally.minutes.push(crate::msg!("import-kind-attendance"));
    }
    tally
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::NetworkName;

    fn lines(text: &str) -> Vec<Line> {
        super::super::lines::split(text)
    }

    fn phrases() -> DecisionPhrases {
        DecisionPhrases::for_network(&NetworkName {
            name: "Socialnämnden i Västmark".to_owned(),
            short: Some("SN".to_owned()),
            called: "Socialnämnden".to_owned(),
            email: None,
        })
    }

    fn decide_text(head: &str, rest: &str) -> Decided {
        decide(None, &lines(head), &lines(rest), &phrases(), "Socialnämnden")
    }

    #[test]
    fn a_protocol_without_a_readable_title_is_minutes() {
        let decided = decide_text(
            "VÄSTMARKS KOMMUN  SAMMANTRÉDESPROTOKOLL\nJusterare: Sven Hagman (C)\n",
            "§ 12\nVal av justerare\n\nSocialnämnden beslutar att utse Sven Hagman.\n\n§ 13\nBeslut\nSocialnämnden beslutar\natt godkänna listan.\n",
        );
        assert_eq!(decided.kind, Kind::Minutes);
        assert!(!decided.guessed);
        assert!(decided.why.contains("paragraphs"), "{}", decided.why);
    }

    #[test]
    fn proposals_and_no_decision_are_an_agenda() {
        let decided = decide_text(
            "Socialnämnden\n",
            "1. Budget\nFörslag till beslut\nSocialnämnden beslutar\natt anta budgeten.\n2. Plan\nFörslag till beslut: att anta planen.\n",
        );
        assert_eq!(decided.kind, Kind::Agenda, "{}", decided.why);
    }

    #[test]
    fn nothing_to_tell_is_minutes_with_a_note() {
        let decided = decide_text("Socialnämnden\n", "1. Budget\nVi pratade om budgeten.\n");
        assert_eq!(decided.kind, Kind::Minutes);
        assert!(decided.guessed);
        assert!(decided.why.contains("--kind agenda"));
    }

    #[test]
    fn the_title_wins() {
        let title = (Kind::Agenda, "Kallelse".to_owned());
        let decided = decide(
            Some(&title),
            &[],
            &lines("Socialnämnden beslutade att gå hem.\n"),
            &phrases(),
            "Socialnämnden",
        );
        assert_eq!(decided.kind, Kind::Agenda);
    }
}
