//! The forms a task takes in a sentence of minutes, and the sentences that read like tasks but
//! give none. A task's form gives who is to do it (as written) and what; whether they are
//! someone the members file or the attendance knows is decided by the caller.
//!
//! Tasks: `uppdra (åt) X att T`, `det åligger X att T`, `ge X i uppdrag att T`, `X får/fick/ges/gavs i uppdrag att T`, `får X i
//! uppdrag att T`, `X uppdras att T`, `X ombeds (att) T`, `X utses att T`, `X tar hem frågan …`, `X återkommer
//! med T`, `X ansvarar för (att) T`, `X bereder T`; less sure: `X ska T`, `X <verb>r T` with a
//! due date or a recipient, and `T <verb>s (fram) av X`.
//!
//! Not tasks: a task given earlier (`som X fick i uppdrag`, `har fått i uppdrag`, `har ett uppdrag`) or
//! by someone else (`i uppdrag av sin nämnd`), a wish without an owner (`Det vore bra om …`), a
//! possibility (`kan`, `skulle kunna`), a standing duty (`ska varje år`).

use regex::Regex;
use std::sync::LazyLock;

/// A task form found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// Who is to do it, as written.
    pub who: String,
    /// What, as an infinitive phrase.
    pub task: String,
    pub form: &'static str,
    /// A form that may be a description rather than a task: `X ska`, a verb in the present.
    pub weak: bool,
    /// `X tar hem frågan och återkommer med förslag`: it comes back to the network.
    pub to_network: bool,
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|_| unreachable!())
}

static UPPDRA: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\buppdra(?:r)?\s+(?:åt\s+)?(.+?)\s+att\s+(.+)$"));
static GE_UPPDRAG: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:ge|ger)\s+(.+?)\s+(?:i\s+uppdrag|uppdraget)\s+att\s+(.+)$"));
static FAR_UPPDRAG: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(.+?)\s+(?:får|fick|ges|gavs)\s+(?:i\s+uppdrag|uppdraget)\s+att\s+(.+)$"));
static FAR_X_UPPDRAG: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:får|ges)\s+(.+?)\s+i\s+uppdrag\s+att\s+(.+)$"));
/// `(Det) uppdras åt X att T`: the passive without a subject.
static UPPDRAS_AT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:^|\bdet\s+)uppdras\s+åt\s+(.+?)\s+att\s+(.+)$"));
static UPPDRAS: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^(.+?)\s+uppdras\s+att\s+(.+)$"));
/// `Det åligger X att T`, `X åläggs att T`: a duty put on someone.
static ALIGGER: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:det\s+)?åligger\s+(.+?)\s+att\s+(.+)$"));
static ALAGGS: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^(.+?)\s+åläggs\s+att\s+(.+)$"));
static OMBEDS: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(.+?)\s+(?:ombeds|ombads|uppmanas|uppmanades)\s+(?:att\s+)?(.+)$"));
static TAR_HEM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^(.+?)\s+tar\s+(?:hem|med\s+sig)\s+((?:frågan|frågorna|ärendet|punkten|det)\b.*)$")
});
static UTSES: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^(.+?)\s+utses\s+att\s+(.+)$"));
static ATERKOMMER: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^(.+?)\s+återkommer\s+(.+)$"));
static ANSVARAR: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^(.+?)\s+ansvarar\s+för\s+(?:att\s+)?(.+)$"));
static BEREDER: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^(.+?)\s+bereder\s+(.+)$"));
static SKA: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(.+?)\s+(?:ska|skall)\s+(?:även\s+|också\s+|nu\s+|sedan\s+)?(.+)$"));
/// A verb in the present passive and `av` (`tas fram av`, `skickas ut av`).
static PASSIVE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\s(\p{Ll}{2,}s)\s+((?:fram|ut|in|upp|över|igenom)\s+)?((?:i|till)\s+\S+\s+)?av\s+")
});
/// `återkommer med förslag`: to the network.
static BACK_WITH_PROPOSAL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\båterkomm(?:er|a)\s+med\s+(?:ett\s+)?förslag\b"));

static COMES_BACK_LATER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\boch\s+återkommer(?:\s+(?:i\s+frågan|senare|därefter|sedan))?\s*[.!]?\s*$"));

static GIVEN_EARLIER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:fick|fått|gavs|getts|hade|har)\b(?:\s+\S+){0,6}?\s+(?:i\s+)?uppdrag(?:et)?\b")
});
/// `Eva Ek och Per Lund fick i uppdrag att …` as the sentence's own statement: minutes tell what
/// the meeting did in the past tense, so this is a task given at this meeting, unless the sentence
/// says it was earlier (a relative clause, `som X fick i uppdrag`, or `tidigare`, `förra`, `redan`).
static GIVEN_NOW_IN_PAST: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\p{Lu}[^,;]*?\s(?:fick|gavs)\s+i\s+uppdrag\s+att\s"));
static EARLIER_SAID: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:som|tidigare|förra|redan|har|hade)\b"));
static GIVEN_BY_OTHER: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\buppdrag\s+av\b"));
static WISH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^det\s+(?:vore|skulle\s+vara|är|hade\s+varit|var)\s+(?:(?:\S+\s+)?(?:bra|värdefullt|önskvärt|viktigt|bättre|intressant|positivt|lämpligt)\s+om\b|(?:\S+\s+)?(?:önskvärt|värdefullt|bra)\s+att\b|(?:\S+\s+){0,3}om\s+(?:någon|man|vi|ni)\b)",
    )
});
static NOBODY: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:någon|något|ingen)\b(?:\s+\S+){0,3}\s+(?:kunde|ville|skulle|kan|vill)\b"));
static MODAL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:kan|kunde|skulle\s+kunna|kan\s+komma\s+att|skulle|kanske|eventuellt|möjligen)\b")
});
static HABITUAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:varje\s+(?:år|månad|vecka|termin|kvartal)|årligen|alltid|har\s+(?:själva|själv|eget)\s+ansvar)\b",
    )
});
/// A view someone voiced at the meeting (`Flera ledamöter framförde att …`): no task.
static VIEW: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:framförde|framförs|ansåg|menade|påpekade)\s+att\b"));
static CONDITION: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^(?:om|ifall|när|innan)\b"));
/// A motion put to a meeting (`yrkar`, `yrkande`).
static MOTION: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:yrkar|yrkade|yrkandet)\b"));
/// What someone proposes, moves or wishes (`Bo Ek (S) yrkar att …`): a view put to the meeting.
static PUT_FORWARD: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\S.{0,60}?\s(?:föreslår|yrkar|önskar|begär)\s+att\s"));
/// Words that make a sentence read like a task.
static TASK_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:uppdrag\w*|uppdra\w*|ansvar\w*|återkomm\w*|ombeds|tas\s+upp|ta\s+fram|tas\s+fram|bered\w*|ska|skall|tar\s+hem|gå\s+före|pilot)\b",
    )
});
/// Verbs that send a result to someone: `redovisas för`, `återrapporteras till`.
static REPORTING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:återrapport\w*|rapporter\w*|redovis\w*|återkomm\w*|presenter\w*|lämna\w*|bered\w*|återkoppl\w*|delges|föredra\w*|skickas|sänds|mejlas)\b",
    )
});
/// `klart`: a following sentence that gives the time of a task (`Förslaget ska vara klart
/// vecka 38`).
static READY: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:klart?|färdigt?|klara|tillhanda|deadline)\b"));

/// Present-tense forms that are no verbs of a task.
const NOT_VERBS: &[&str] = &[
    "för",
    "där",
    "här",
    "när",
    "efter",
    "under",
    "över",
    "eller",
    "mer",
    "fler",
    "per",
    "enligt",
    "har",
    "är",
    "var",
    "blir",
    "finns",
    "ser",
    "tycker",
    "anser",
    "menar",
    "upplever",
    "beskriver",
    "berättar",
    "informerar",
    "konstaterar",
    "frågar",
    "yrkar",
    "säger",
    "vill",
    "kan",
    "ligger",
    "gäller",
    "står",
    "visar",
    "innebär",
    "handlar",
    "rör",
    "önskar",
    "föreslår",
];

/// Verbs of saying or proposing: a verb after them is in what was said.
const SAYING: &[&str] = &[
    "föreslår",
    "yrkar",
    "anser",
    "menar",
    "önskar",
    "tycker",
    "säger",
    "konstaterar",
    "informerar",
    "berättar",
    "frågar",
    "beskriver",
    "upplever",
    "framför",
    "påpekar",
    "betonar",
    "understryker",
    "poängterar",
    "framhåller",
    "bedömer",
    "uppger",
    "redogör",
    "prognostiserar",
    "förutser",
    "rapporterar",
    "meddelar",
    // The same verbs in the past: `X rapporterade att gruppen planerar …` tells what was said.
    "rapporterade",
    "meddelade",
    "berättade",
    "informerade",
    "konstaterade",
    "påpekade",
    "framförde",
    "uppgav",
    "redogjorde",
    "sa",
    "sade",
    "menade",
    "ansåg",
    "beskrev",
];

fn capture(regex: &Regex, text: &str, form: &'static str, weak: bool) -> Option<Form> {
    let caps = regex.captures(text)?;
    Some(Form {
        who: caps.get(1)?.as_str().trim().to_owned(),
        task: caps.get(2)?.as_str().trim().to_owned(),
        form,
        weak,
        to_network: false,
    })
}

/// The infinitive of a verb in the present (`redovisar` → `redovisa`, `bereder` → `bereda`).
pub fn infinitive_of_present(verb: &str) -> String {
    let lower = verb.to_lowercase();
    if lower == "gör" {
        return "göra".to_owned();
    }
    let chars: Vec<char> = lower.chars().collect();
    if lower.ends_with("ar") || chars.len() <= 3 {
        return chars[..chars.len().saturating_sub(1)].iter().collect();
    }
    if lower.ends_with("er") {
        let stem: String = chars[..chars.len() - 2].iter().collect();
        return format!("{stem}a");
    }
    chars[..chars.len().saturating_sub(1)].iter().collect()
}

/// The infinitive of a passive verb (`tas` → `ta`, `sammanställs` → `sammanställa`).
fn infinitive_of_passive(verb: &str) -> String {
    let lower = verb.to_lowercase();
    let stem = lower.strip_suffix('s').unwrap_or(&lower);
    if stem.ends_with(|c: char| "aeiouyåäö".contains(c)) {
        stem.to_owned()
    } else {
        format!("{stem}a")
    }
}

/// The task form of a sentence (without its final full stop), most certain forms first.
/// `present`: candidate splits into who and a verb in the present, for the caller to try.
pub fn form(text: &str) -> Option<Form> {
    let strong: [(&Regex, &'static str); 9] = [
        (&UPPDRAS_AT, "uppdras åt X att"),
        (&ALIGGER, "det åligger X att"),
        (&ALAGGS, "X åläggs att"),
        (&UPPDRAS, "X uppdras att"),
        (&FAR_UPPDRAG, "X får i uppdrag att"),
        (&FAR_X_UPPDRAG, "får X i uppdrag att"),
        (&GE_UPPDRAG, "ge X i uppdrag att"),
        (&UPPDRA, "uppdra (åt) X att"),
        (&OMBEDS, "X ombeds att"),
    ];
    for (regex, name) in strong {
        if let Some(found) = capture(regex, text, name, false) {
            return Some(found);
        }
    }
    // `X och Y utses att planera studiedagen`: appointed to a task; to check the minutes is none.
    if let Some(found) = capture(&UTSES, text, "X utses att", false).filter(|f| !checks_the_minutes(&f.task))
    {
        return Some(found);
    }
    if let Some(caps) = TAR_HEM.captures(text) {
        let what = caps.get(2)?.as_str().trim();
        return Some(Form {
            who: caps.get(1)?.as_str().trim().to_owned(),
            task: format!("ta hem {what}").replacen(" och återkommer", " och återkomma", 1),
            form: "X tar hem frågan",
            weak: false,
            to_network: BACK_WITH_PROPOSAL.is_match(what),
        });
    }
    if let Some(mut found) = capture(&ANSVARAR, text, "X ansvarar för", false) {
        found.task = found.task.replacen(" och återkommer", " och återkomma", 1);
        return Some(found);
    }
    if let Some(mut found) = capture(&BEREDER, text, "X bereder", false) {
        found.task = format!("bereda {}", found.task).replacen(" och återkommer", " och återkomma", 1);
        return Some(found);
    }
    if let Some(mut found) = capture(&ATERKOMMER, text, "X återkommer", false) {
        found.task = format!("återkomma {}", found.task);
        return Some(found);
    }
    if let Some(found) = capture(&SKA, text, "X ska", true) {
        return Some(found);
    }
    None
}

/// `T tas fram av X …`: the owner span (`X …`, to be cut where the names end) and the task,
/// for every reading of a sentence as a passive with `av`, left to right: a noun that ends in `s`
/// before `av` (`En analys av kostnaderna tas fram av X`) gives a reading too, which the
/// caller passes over when what follows names nobody.
pub fn passives(text: &str) -> Vec<Form> {
    PASSIVE_VERB
        .captures_iter(text)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let what = text[..whole.start()].trim();
            let verb = caps.get(1)?.as_str();
            let lower = verb.to_lowercase();
            // Present passive only: `tas`, `skickas`, not `anordnades`, `tagits`.
            // `Ärendet behandlas av nämnden`: a body taking up a matter is how it is decided, not
            // a task given to it.
            let procedure = [
                "behandlas",
                "beslutas",
                "avgörs",
                "prövas",
                "fastställs",
                "antas",
                "godkänns",
            ]
            .contains(&lower.as_str());
            if what.is_empty()
                || procedure
                || lower.ends_with("des")
                || lower.ends_with("ts")
                || what.split_whitespace().count() > 12
            {
                return None;
            }
            let before_verb = what.to_lowercase();
            if before_verb.ends_with(" har")
                || before_verb.ends_with(" hade")
                || before_verb.contains(" har ")
            {
                return None;
            }
            let particle = caps.get(2).map(|m| m.as_str().trim()).unwrap_or("");
            let mut task = infinitive_of_passive(verb);
            if !particle.is_empty() {
                task.push(' ');
                task.push_str(particle);
            }
            // `ska arbetas in i mallen av X`: where it goes, after what.
            let into = caps
                .get(3)
                .map_or(String::new(), |m| format!(" {}", m.as_str().trim()));
            Some(Form {
                who: text[whole.end()..].trim().to_owned(),
                task: format!("{task} {}{into}", lower_first(what)),
                form: "T tas fram av X",
                weak: true,
                to_network: false,
            })
        })
        .collect()
}

/// Splits of a sentence into who (the words before) and a verb in the present, in order: the
/// caller takes the first whose who are names. `Region Gävleborg redovisar fördelningen …`.
pub fn present_splits(text: &str) -> Vec<Form> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for i in 1..words.len().min(10) {
        let w = words[i];
        let lower = w.to_lowercase();
        // `X informerar om …` tells the meeting; `X informerar beredningen om …` is a task.
        let informs_someone = lower == "informerar"
            && words.get(i + 1).is_some_and(|next| {
                !matches!(
                    next.to_lowercase().as_str(),
                    "om" | "kort" | "att" | "även" | "också"
                )
            });
        // `Förvaltningen föreslår att nämnden antar …`: what follows a verb of saying is what
        // someone said, not a task.
        if SAYING.contains(&lower.as_str()) && !informs_someone {
            break;
        }
        // `X tog upp att Y saknar …`: a matter raised, told in the past.
        if lower == "upp" && words[i - 1].eq_ignore_ascii_case("tog") {
            break;
        }
        let verb_like = w.chars().next().is_some_and(char::is_lowercase)
            && w.chars().all(char::is_alphabetic)
            && lower.chars().count() >= 3
            && lower.ends_with('r')
            && (!NOT_VERBS.contains(&lower.as_str()) || informs_someone);
        if !verb_like || i + 1 >= words.len() {
            continue;
        }
        out.push(Form {
            who: words[..i].join(" "),
            task: format!("{} {}", infinitive_of_present(w), words[i + 1..].join(" ")),
            form: "X <verb> T",
            weak: true,
            to_network: false,
        });
    }
    out
}

/// Why a sentence that reads like a task gives none, when it does not.
pub fn not_task(text: &str) -> Option<String> {
    if WISH.is_match(text) || (NOBODY.is_match(text) && TASK_WORDS.is_match(text)) {
        return Some(crate::msg!("import-not-task-wish"));
    }
    if GIVEN_BY_OTHER.is_match(text) {
        return Some(crate::msg!("import-not-task-other"));
    }
    let now = GIVEN_NOW_IN_PAST
        .find(text)
        .is_some_and(|m| !EARLIER_SAID.is_match(m.as_str()) && !EARLIER_SAID.is_match(&text[m.end()..]));
    if GIVEN_EARLIER.is_match(text) && !now {
        return Some(crate::msg!("import-not-task-earlier"));
    }
    if HABITUAL.is_match(text) && TASK_WORDS.is_match(text) {
        return Some(crate::msg!("import-not-task-standing"));
    }
    if CONDITION.is_match(text) && TASK_WORDS.is_match(text) {
        return Some(crate::msg!("import-not-task-condition"));
    }
    // `X yrkar bifall … med tillägget att förvaltningen ska …`: a motion, decided or not.
    if MOTION.is_match(text) || VIEW.is_match(text) {
        return Some(crate::msg!("import-not-task-put-forward"));
    }
    None
}

/// Whether a sentence opens with a condition (`Om rättsläget ändras …`).
pub fn opens_with_condition(text: &str) -> bool {
    CONDITION.is_match(text)
}

/// Whether a sentence puts a proposal, a motion or a wish to the meeting (`Förvaltningen
/// föreslår att …`, `Bo Ek (S) yrkar att …`).
pub fn puts_forward(text: &str) -> bool {
    PUT_FORWARD.is_match(text)
}

/// Whether a sentence only says what might happen (`kan`, `skulle kunna`).
pub fn is_possibility(text: &str) -> bool {
    MODAL.is_match(text)
}

/// Work someone is doing, in the present (`undersöker`, `ser över`, `tar fram`): it reads like
/// a task, though with no time and no recipient it only reports.
static UNDERTAKING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:undersöker|utreder|ser\s+över|tittar\s+på|planerar|förbereder|arbetar\s+(?:vidare\s+)?med|tar\s+fram|kartlägger|utvärderar|sammanställer|bereder)\b",
    )
});

/// Whether a sentence says its owners come back with a proposal (`… och återkommer med ett
/// förslag`): to the network, at a later meeting.
pub fn comes_back_with_proposal(text: &str) -> bool {
    BACK_WITH_PROPOSAL.is_match(text)
}

/// Whether a sentence ends by promising to come back (`X utreder frågan och återkommer.`):
/// work given to its owners, to be reported later.
pub fn comes_back_later(text: &str) -> bool {
    COMES_BACK_LATER.is_match(text)
}

/// Whether a sentence tells of work someone is doing.
pub fn is_undertaking(text: &str) -> bool {
    UNDERTAKING.is_match(text)
}

/// Whether a sentence has a word that reads like a task.
pub fn reads_like_task(text: &str) -> bool {
    TASK_WORDS.is_match(text)
}

/// Where the first verb that sends a result to someone ends, if the sentence has one.
pub fn reporting_verb_end(text: &str) -> Option<usize> {
    REPORTING.find(text).map(|m| m.end())
}

/// Whether a sentence says when something is to be ready (`ska vara klart`).
pub fn says_ready(text: &str) -> bool {
    READY.is_match(text)
}

/// The text with a small first letter, unless it starts with an acronym.
pub fn lower_first(text: &str) -> String {
    let first: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
    if first.chars().count() > 1 && first.chars().all(char::is_uppercase) {
        return text.to_owned();
    }
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `justera protokollet`, `jämte ordföranden justera dagens protokoll`: checking the minutes,
/// which appoints an adjuster and gives no task.
fn checks_the_minutes(task: &str) -> bool {
    task.split_whitespace().take(4).any(|w| w == "justera")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who_and_form(text: &str) -> Option<(String, &'static str)> {
        form(text).map(|f| (f.who, f.form))
    }

    #[test]
    fn views_put_to_the_meeting_and_conditions() {
        assert!(puts_forward("Eva Ek (S) yrkar att ärendet bordläggs."));
        assert!(puts_forward("Förvaltningen föreslår att taxan höjs."));
        assert!(!puts_forward("Nämnden beslutar att anta taxan."));
        assert!(opens_with_condition("Om fler anmäler sig kan kursen delas."));
        assert!(not_task("Det vore önskvärt att fler deltar.").is_some());
        assert!(
            not_task("Bo Ek (M) yrkar bifall med tillägget att förvaltningen även ska redovisa kostnaderna.")
                .is_some()
        );
    }

    #[test]
    fn task_forms() {
        for (text, who) in [
            ("uppdra åt Region X att rekvirera medlen", "Region X"),
            (
                "ge förvaltningen i uppdrag att ta fram en åtgärdsplan",
                "förvaltningen",
            ),
            (
                "Arbetsgruppen för hemsjukvård ges i uppdrag att analysera avvikelserna",
                "Arbetsgruppen för hemsjukvård",
            ),
            (
                "Ingela Sundin tillsammans med Marita Nordqvist får i uppdrag att ta fram ett förslag",
                "Ingela Sundin tillsammans med Marita Nordqvist",
            ),
            ("Olle Back ombeds skicka ut statistiken", "Olle Back"),
            (
                "Samordnare Eva Ek och kurator Per Lund fick i uppdrag att boka lokalen",
                "Samordnare Eva Ek och kurator Per Lund",
            ),
            ("Det åligger Eva Ek att boka lokalen", "Eva Ek"),
            ("Kansliet åläggs att boka lokalen", "Kansliet"),
            (
                "Roger Sundberg (S) tar hem frågan och återkommer vid nästa sammanträde",
                "Roger Sundberg (S)",
            ),
            (
                "MAS-nätverket återkommer med en första uppföljning",
                "MAS-nätverket",
            ),
            (
                "Malin Strid och Niklas Hedin ansvarar för att bjuda in lokalpolisområdena",
                "Malin Strid och Niklas Hedin",
            ),
            ("Välfärdskansliet bereder ett underlag", "Välfärdskansliet"),
            ("Magnus Tell ska skicka ut rutinen", "Magnus Tell"),
        ] {
            assert_eq!(who_and_form(text).map(|w| w.0), Some(who.to_owned()), "{text}");
        }
        assert_eq!(
            who_and_form("Eva Ek (S) och Bo Ek (M) utses att förbereda budgetdialogen"),
            Some(("Eva Ek (S) och Bo Ek (M)".to_owned(), "X utses att"))
        );
        assert_eq!(who_and_form("Eva Ek (S) utses att justera protokollet"), None);
        assert_eq!(
            who_and_form("Eva Ek (S) utses att jämte ordföranden justera protokollet"),
            None
        );
        let f = form("Region X tar hem frågan om ny representant och återkommer med förslag");
        assert!(f.is_some_and(|f| f.to_network && f.task.contains("och återkomma med förslag")));
        let p = passives("Ett gemensamt remissvar tas fram av beredningsgruppen senast 2026-04-30")
            .into_iter()
            .next();
        assert_eq!(
            p.map(|p| (p.who, p.task)),
            Some((
                "beredningsgruppen senast 2026-04-30".to_owned(),
                "ta fram ett gemensamt remissvar".to_owned()
            ))
        );
        assert!(passives("Utbildningen anordnades även i fjol av Länsstyrelsen").is_empty());
        // `analys av` reads as a passive too; the reading after it is the one with a name.
        let both = passives("En analys av kostnaderna tas fram av Eva Ek till mötet i maj.");
        assert_eq!(both.len(), 2);
        assert_eq!(both[1].who, "Eva Ek till mötet i maj.");
        assert_eq!(both[1].task, "ta fram en analys av kostnaderna");
        let into = passives("Synpunkterna arbetas in i handboken av Eva Ek senast 2026-05-04.");
        assert_eq!(
            into.first().map(|p| p.task.as_str()),
            Some("arbeta in synpunkterna i handboken")
        );
        let splits = present_splits("Region Gävleborg redovisar fördelningen av medlen");
        assert_eq!(
            splits.first().map(|s| s.task.as_str()),
            Some("redovisa fördelningen av medlen")
        );
        assert_eq!(infinitive_of_present("bereder"), "bereda");
        assert_eq!(infinitive_of_present("tar"), "ta");
    }

    #[test]
    fn coming_back_later() {
        assert!(comes_back_later("Eva Ek utreder kostnaden och återkommer."));
        assert!(comes_back_later(
            "Eva Ek utreder kostnaden och återkommer i frågan"
        ));
        assert!(!comes_back_later("Eva Ek återkommer aldrig till det."));
        assert!(!comes_back_later("Frågan och återkomsten diskuterades."));
    }

    #[test]
    fn sentences_that_give_no_task() {
        assert!(
            present_splits("Förvaltningen föreslår att nämnden antar riktlinjen att gälla från 2026-06-01.")
                .is_empty()
        );
        // A view or a forecast put to the meeting.
        assert!(
            present_splits("Henrik Dahl (M) framför att förvaltningen borde ha agerat i december.")
                .is_empty()
        );
        assert!(present_splits("Nämnden prognostiserar ett underskott på 9,5 miljoner kronor.").is_empty());
        // What someone reported others do.
        assert!(present_splits("Olle Berg rapporterade att länsgruppen planerar en kurs i mars.").is_empty());
        assert!(present_splits("OB tog upp att Norrby saknar platser under sommaren.").is_empty());
        // A body taking up a matter is how it is decided.
        assert!(passives("att ärendet ska behandlas av nämnden utan eget förslag").is_empty());
        assert!(!passives("En analys tas fram av förvaltningen").is_empty());
        for text in [
            "Sandviken fick vid förra mötet i uppdrag att sammanställa arvodena",
            "Region X har tidigare fått i uppdrag av Välfärdsrådet att hålla samman förberedelserna",
            "Skara har fått i uppdrag av sin nämnd att minska kostnaderna",
            "Region Kalmar län har sedan 2024 ett uppdrag i den regionala överenskommelsen att korta väntetiderna",
            "Det vore bra om någon kommun kunde gå före",
            "Det skulle vara värdefullt om någon kommun ville vara pilot",
            "Nämnden ska varje år anta en plan för intern kontroll",
            "Kommunerna har själva ansvar för att rapportera avvikelser till IVO",
            "Några ledamöter påpekade att regionen bör ta fram en ny rutin",
        ] {
            assert!(not_task(text).is_some(), "{text}");
        }
        assert!(not_task("Välfärdsstöd får i uppdrag att arbeta in justeringarna").is_none());
        assert!(not_task("Eva Ek och Per Lund fick i uppdrag att boka lokalen före sommaren.").is_none());
        assert!(not_task("Planen som Eva Ek fick i uppdrag att skriva i maj är klar.").is_some());
        assert!(not_task("Eva Ek fick i uppdrag att boka lokalen redan i våras.").is_some());
    }
}
