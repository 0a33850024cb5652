//! The labels of the format: the word before the colon of an item's labelled line
//! (`Ärende: voc`) or of an assignment's field (`Återrapport: LCHNV.`).

use std::fmt;

/// Declares the labels once: each variant, what it means and its word, in the order of
/// [`Label::ALL`].
macro_rules! labels {
    ($($(#[$doc:meta])* $variant:ident => $word:literal,)*) => {
        /// A label, read and written as [`Label::word`] says.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Label {
            $($(#[$doc])* $variant,)*
        }

        impl Label {
            /// Every label: an item's labelled lines first, then an assignment's own fields.
            pub const ALL: &'static [Label] = &[$(Label::$variant,)*];

            /// The label as the documents write it.
            pub const fn word(self) -> &'static str {
                match self {
                    $(Label::$variant => $word,)*
                }
            }
        }
    };
}

labels! {
    /// `Ärende:` the matter an item belongs to.
    Matter => "Ärende",
    /// `Föredragande:` the presenters.
    Presenters => "Föredragande",
    /// `Bilagor:` several attachments; before `Bilaga`, so that a prefix search finds the longer word.
    Attachments => "Bilagor",
    /// `Bilaga:` one attachment.
    Attachment => "Bilaga",
    /// `Från:` the item or assignment this one carries forward.
    From => "Från",
    /// `Återkommer:` whether the matter comes back.
    Returns => "Återkommer",
    /// `Status:` postponed or withdrawn.
    Status => "Status",
    /// `Avslutar:` assignments hereby done.
    Closes => "Avslutar",
    /// `Senast:` an assignment's due date.
    Due => "Senast",
    /// `Återrapport:` whom an assignment reports back to.
    ReportTo => "Återrapport",
}

use Label::*;

impl Label {
    /// The labels of an item's labelled lines.
    pub const ITEM: &'static [Label] = Label::ALL.split_at(8).0;
    /// The fields of an assignment line.
    pub const ASSIGNMENT: &'static [Label] = &[Due, ReportTo, From];

    /// The label among `labels` that `word` is, ignoring case (`FÖREDRAGANDE`). This runs for
    /// every colon `check` reads: a word of ASCII and the letters U+00C0..U+00FF (as every label
    /// is) is compared byte by byte with the labels of its length, others letter by letter.
    pub fn find(labels: &[Label], word: &str) -> Option<Label> {
        if is_latin(word) {
            labels
                .iter()
                .copied()
                .find(|label| label.word().len() == word.len() && same_latin_letters(word, label.word()))
        } else {
            labels.iter().copied().find(|label| {
                word.chars()
                    .flat_map(char::to_lowercase)
                    .eq(label.word().chars().flat_map(char::to_lowercase))
            })
        }
    }

    /// `Bilaga` for one attachment, `Bilagor` for more.
    pub fn for_attachments(count: usize) -> Label {
        if count > 1 { Attachments } else { Attachment }
    }

    /// A labelled line: `Ärende: voc`.
    pub fn line(self, value: &str) -> String {
        format!("{self}: {value}")
    }

    /// A field of an assignment line, ended by a full stop: `Återrapport: LCHNV.`
    pub fn field(self, value: &str) -> String {
        format!("{self}: {value}.")
    }
}

/// Whether a text is ASCII and the characters U+00C0..U+00FF only.
fn is_latin(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b if b.is_ascii() => i += 1,
            0xC3 if bytes.get(i + 1).is_some_and(|n| (0x80..=0xBF).contains(n)) => i += 2,
            _ => return false,
        }
    }
    true
}

/// Whether two texts of the same length, both [`is_latin`], are the same but for case: lowering
/// is setting bit 0x20 of ASCII capitals and of the second byte of the capitals U+00C0..U+00DE
/// (but ×, U+00D7).
fn same_latin_letters(a: &str, b: &str) -> bool {
    let lower = |previous: u8, byte: u8| {
        if previous == 0xC3 && (0x80..=0x9E).contains(&byte) && byte != 0x97 {
            byte | 0x20
        } else {
            byte.to_ascii_lowercase()
        }
    };
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len()
        && (0..a.len()).all(|i| {
            let before = |text: &[u8]| if i > 0 { text[i - 1] } else { 0 };
            lower(before(a), a[i]) == lower(before(b), b[i])
        })
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word())
    }
}

/// Labels whose missing colon `check` reports (`Ärende mini-maria`); prose does not start with
/// them.
pub const COLON_REQUIRED: &[Label] = &[Matter, Presenters, Returns, Closes];

/// The paragraph a minutes item's new assignments stand under: `Uppdrag:`.
/// What a file writes where the source names no owner, report-back or due date.
pub const NOT_STATED: &str = "ej angiven";

/// Whether a value as written is [`NOT_STATED`].
pub fn is_not_stated(value: &str) -> bool {
    crate::text::fold_case(value.trim().trim_end_matches('.')) == NOT_STATED
}

pub const ASSIGNMENTS: &str = "Uppdrag";
/// The paragraph an agenda item's open assignments stand under: `Öppna uppdrag:`.
pub const OPEN_ASSIGNMENTS: &str = "Öppna uppdrag";

/// An item's labelled lines in the order the format writes them: matter, presenters (separated
/// by `;`), attachments (separated by `,`), and the item it carries forward.
pub fn item_lines(
    matter: Option<&str>,
    presenters: &[String],
    attachments: &[String],
    from: Option<&str>,
) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(matter) = matter {
        lines.push(Matter.line(matter));
    }
    if !presenters.is_empty() {
        lines.push(Presenters.line(&presenters.join("; ")));
    }
    if !attachments.is_empty() {
        lines.push(Label::for_attachments(attachments.len()).line(&attachments.join(", ")));
    }
    if let Some(from) = from {
        // In words for people; the parser reads the words back as the reference.
        lines.push(match crate::model::Reference::parse(from) {
            Ok(reference) => format!("{}.", crate::format::references::origin_in_words(reference)),
            Err(_) => From.line(from),
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_found_in_any_case() {
        assert_eq!(Label::find(Label::ITEM, "ÄRENDE"), Some(Label::Matter));
        assert_eq!(Label::find(Label::ITEM, "föredragande"), Some(Label::Presenters));
        assert_eq!(Label::find(Label::ITEM, "återKOMMER"), Some(Label::Returns));
        assert_eq!(Label::find(Label::ITEM, "Arende"), None);
        assert_eq!(Label::find(Label::ITEM, "Ärend"), None);
        assert_eq!(Label::find(Label::ASSIGNMENT, "SENAST"), Some(Label::Due));
        // Outside Latin-1 the letters are compared one by one.
        assert_eq!(Label::find(Label::ITEM, "Ärende\u{0301}"), None);
        assert_eq!(Label::find(Label::ITEM, "STATUſ"), None);
        // `×` is no capital: it is not `÷` lowered.
        assert!(!same_latin_letters("a×", "a÷"));
        assert!(same_latin_letters("ÉÀ", "éà"));
        assert!(Label::ALL.iter().all(|label| is_latin(label.word())));
    }

    #[test]
    fn labels_are_found_whatever_their_case() {
        assert_eq!(Label::find(Label::ITEM, "föredragande"), Some(Presenters));
        assert_eq!(Label::find(Label::ITEM, "ÄRENDE"), Some(Matter));
        assert_eq!(Label::find(Label::ITEM, "Senast"), None);
        assert_eq!(Label::find(Label::ASSIGNMENT, "senast"), Some(Due));
        assert_eq!(Label::find(Label::ALL, "Bilagorna"), None);
    }

    #[test]
    fn item_labels_are_the_first_eight() {
        assert_eq!(Label::ITEM.len(), 8);
        assert_eq!(Label::ITEM.last(), Some(&Closes));
        assert!(!Label::ITEM.contains(&Due) && !Label::ITEM.contains(&ReportTo));
    }

    #[test]
    fn lines_and_fields() {
        assert_eq!(Matter.line("voc"), "Ärende: voc");
        assert_eq!(ReportTo.field("LCHNV"), "Återrapport: LCHNV.");
        let lines = item_lines(
            Some("voc"),
            &["A, ordförande".to_owned(), "B".to_owned()],
            &["2 a".to_owned(), "2 b".to_owned()],
            Some("2025-11-21 punkt 5e"),
        );
        assert_eq!(
            lines,
            [
                "Ärende: voc",
                "Föredragande: A, ordförande; B",
                "Bilagor: 2 a, 2 b",
                "Från mötet 21 november 2025, punkt 5e."
            ]
        );
        assert_eq!(item_lines(None, &[], &["1".to_owned()], None), ["Bilaga: 1"]);
    }
}
