//! The labels of the format: the word before the colon of an item's labelled line
//! (`Ärende: voc`) or of an assignment's field (`Återrapport: LCHNV.`).

use std::fmt;

/// A label, read and written as [`Label::word`] says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    /// `Ärende:` the matter an item belongs to.
    Matter,
    /// `Föredragande:` the presenters.
    Presenters,
    /// `Bilaga:` one attachment.
    Attachment,
    /// `Bilagor:` several attachments.
    Attachments,
    /// `Från:` the item or assignment this one carries forward.
    From,
    /// `Återkommer:` whether the matter comes back.
    Returns,
    /// `Status:` postponed or withdrawn.
    Status,
    /// `Avslutar:` assignments hereby done.
    Closes,
    /// `Senast:` an assignment's due date.
    Due,
    /// `Återrapport:` whom an assignment reports back to.
    ReportTo,
}

use Label::*;

impl Label {
    /// Every label: an item's labelled lines first, then an assignment's own fields. `Bilagor`
    /// comes before `Bilaga` so that a prefix search finds the longer word.
    pub const ALL: [Label; 10] = [
        Matter,
        Presenters,
        Attachments,
        Attachment,
        From,
        Returns,
        Status,
        Closes,
        Due,
        ReportTo,
    ];
    /// The labels of an item's labelled lines.
    pub const ITEM: &'static [Label] = Label::ALL.split_at(8).0;
    /// The fields of an assignment line.
    pub const ASSIGNMENT: &'static [Label] = &[Due, ReportTo, From];

    /// The label as the documents write it.
    pub const fn word(self) -> &'static str {
        match self {
            Matter => "Ärende",
            Presenters => "Föredragande",
            Attachment => "Bilaga",
            Attachments => "Bilagor",
            From => "Från",
            Returns => "Återkommer",
            Status => "Status",
            Closes => "Avslutar",
            Due => "Senast",
            ReportTo => "Återrapport",
        }
    }

    /// The label among `labels` that `word` is, ignoring case (`FÖREDRAGANDE`).
    pub fn find(labels: &[Label], word: &str) -> Option<Label> {
        // Compared letter by letter: this runs for every colon `check` reads.
        labels.iter().copied().find(|label| {
            word.chars()
                .flat_map(char::to_lowercase)
                .eq(label.word().chars().flat_map(char::to_lowercase))
        })
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

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word())
    }
}

/// The paragraph a minutes item's new assignments stand under: `Uppdrag:`.
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
        lines.push(From.line(from));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_found_whatever_their_case() {
        assert_eq!(Label::find(Label::ITEM, "föredragande"), Some(Presenters));
        assert_eq!(Label::find(Label::ITEM, "ÄRENDE"), Some(Matter));
        assert_eq!(Label::find(Label::ITEM, "Senast"), None);
        assert_eq!(Label::find(Label::ASSIGNMENT, "senast"), Some(Due));
        assert_eq!(Label::find(&Label::ALL, "Bilagorna"), None);
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
                "Från: 2025-11-21 punkt 5e"
            ]
        );
        assert_eq!(item_lines(None, &[], &["1".to_owned()], None), ["Bilaga: 1"]);
    }
}
