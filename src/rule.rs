//! Every rule `lchnv check` knows: a stable code, a kebab-case name, a default severity and its
//! documentation, from which `docs/rules.md` is generated (`lchnv rules --markdown`).

use crate::diagnostic::Severity;

macro_rules! rules {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident = ($code:literal, $name:literal, $severity:ident, $summary:literal);
    )*) => {
        /// A lint rule.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum Rule {
            $($variant,)*
        }

        impl Rule {
            /// Every rule, in code order.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The stable code, e.g. `L402`.
            pub fn code(self) -> &'static str {
                match self { $(Rule::$variant => $code,)* }
            }

            /// The kebab-case name, e.g. `owner-unknown`.
            pub fn name(self) -> &'static str {
                match self { $(Rule::$variant => $name,)* }
            }

            pub fn default_severity(self) -> Severity {
                match self { $(Rule::$variant => Severity::$severity,)* }
            }

            /// One line saying what the rule checks.
            pub fn summary(self) -> &'static str {
                match self { $(Rule::$variant => $summary,)* }
            }

            /// The rule's documentation: what it does, why, an example.
            pub fn doc(self) -> &'static str {
                match self { $(Rule::$variant => concat!($($doc, "\n",)*),)* }
            }
        }
    };
}

impl Rule {
    /// The documentation as Markdown, each line without the space a doc comment starts with.
    pub fn doc_markdown(self) -> String {
        self.doc()
            .lines()
            .map(|line| line.strip_prefix(' ').unwrap_or(line).trim_end())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// What the rule does, in one paragraph of plain text (the doc's first section).
    pub fn what_it_does(self) -> String {
        let doc = self.doc_markdown();
        let body = doc.split("## ").nth(1).unwrap_or(&doc);
        let body = body.split_once('\n').map_or(body, |(_, rest)| rest);
        body.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// Whether the rule is about a front matter that cannot be read into the facts it holds;
    /// the registers and the cycle stop on such a file rather than answer without it.
    pub fn is_front_matter(self) -> bool {
        matches!(
            self,
            Rule::FrontMatterMissing
                | Rule::FrontMatterUnclosed
                | Rule::YamlSyntax
                | Rule::WrongType
                | Rule::UnknownKey
                | Rule::MissingKey
                | Rule::InvalidDate
        )
    }

    /// Whether a finding of the rule means the parser may have read less than the file says (a
    /// task, an item, a label or a decision not read as such): the registers and the cycle warn
    /// about these in the files they answer from.
    pub fn may_lose_content(self) -> bool {
        matches!(
            self,
            Rule::HeadingFormat
                | Rule::HeadingLevel
                | Rule::TaskMalformed
                | Rule::LabelUnknown
                | Rule::LabelRepeated
                | Rule::InvisibleCharacter
                | Rule::DecisionNotListed
        )
    }

    /// Whether `check --fix` repairs some of the rule's findings (its documentation has a
    /// `## Fix` section).
    pub fn fixes(self) -> bool {
        self.doc().contains("## Fix")
    }

    /// Finds a rule by code (`L402`, any case) or name (`owner-unknown`).
    pub fn lookup(key: &str) -> Option<Rule> {
        let key = key.trim();
        Rule::ALL
            .iter()
            .copied()
            .find(|rule| rule.code().eq_ignore_ascii_case(key) || rule.name() == key)
    }
}

rules! {
    /// ## What it does
    /// Reports a meeting file that is not valid UTF-8, and says where the first bad byte is and,
    /// when the bytes look like it, that the file is Windows-1252 (what Word exports as "text").
    ///
    /// ## Why
    /// Every other rule reads text. A file in another encoding shows `ä` as `�` on GitHub and
    /// breaks searches for Swedish words.
    ///
    /// ## Example
    /// A file saved from Word as "Text (Windows)": the byte `0xE4` stands for `ä`.
    /// Convert it with `iconv -f WINDOWS-1252 -t UTF-8`.
    NotUtf8 = ("L001", "not-utf8", Error, "a meeting file must be UTF-8 text");

    /// ## What it does
    /// Reports a meeting file that holds binary data (a NUL byte), such as a `.docx` or PDF
    /// renamed to `.md`.
    ///
    /// ## Why
    /// A binary file cannot be read as an agenda or minutes; it was most likely saved under the
    /// wrong name.
    ///
    /// ## Example
    /// `meetings/2026-01-29/agenda.md` that is really a Word document. Use `lchnv import` instead.
    BinaryFile = ("L002", "binary-file", Error, "a meeting file must be text, not binary data");

    /// ## What it does
    /// Reports a meeting file larger than the limit (4 MiB by default, `max_file_bytes` in
    /// `lchnv.yaml`), without reading it.
    ///
    /// ## Why
    /// Agendas and minutes are 10–20 KB. A file hundreds of times larger is a mistake (an
    /// attachment pasted in, a generated file) and would slow every command down.
    ///
    /// ## Example
    /// A 20 MB `minutes.md`. Move the attachment beside it and list it under `attachments`.
    FileTooLarge = ("L003", "file-too-large", Error, "a meeting file must not exceed the size limit");

    /// ## What it does
    /// Reports a folder (or other non-file) named like a Markdown file in a meeting folder.
    ///
    /// ## Why
    /// `agenda.md/` as a folder means the agenda lchnv looks for is not there.
    ///
    /// ## Example
    /// `meetings/2026-01-29/agenda.md/` created by mistake. Remove it and create the file.
    NotAFile = ("L004", "not-a-file", Error, "a path named like a meeting file must be a file");

    /// ## What it does
    /// Reports a folder under `meetings/` that holds an `agenda.md` or `minutes.md` but is not
    /// named by a real date `YYYY-MM-DD`.
    ///
    /// ## Why
    /// The folder name is the meeting's date; references such as `2025-11-21#5e` depend on it.
    ///
    /// ## Example
    /// `meetings/2026-1-29/agenda.md`. Rename the folder to `2026-01-29`.
    FolderName = ("L005", "folder-name", Error, "a meeting folder must be named by its date");

    /// ## What it does
    /// Reports a Markdown file with a `kind` front matter that is not named `agenda.md` or
    /// `minutes.md`.
    ///
    /// ## Why
    /// lchnv reads only those two names, so any other name is silently left out of every
    /// register.
    ///
    /// ## Example
    /// `meetings/2026-01-29/dagordning.md` with `kind: agenda`. Rename it to `agenda.md`.
    FileName = ("L006", "file-name", Error, "a meeting file must be named agenda.md or minutes.md");

    /// ## What it does
    /// Reports a temporary file that a write by lchnv left behind when it was interrupted (the
    /// process was killed, the disk filled up): `.lchnv-….tmp` in the meetings folder or a
    /// meeting folder.
    ///
    /// ## Why
    /// The write it belonged to did not happen; the file only takes up space and may confuse
    /// whoever finds it. lchnv removes such files at its next write to the folder.
    ///
    /// ## Example
    /// `meetings/2026-01-29/.lchnv-agenda.md.4711.x8Kq.tmp`. Delete it, or let the next
    /// `lchnv new-agenda` remove it.
    TemporaryFile = ("L007", "temporary-file", Warning, "no temporary file is left by an interrupted write");

    /// ## What it does
    /// Reports an invisible or unusual space character where the format reads syntax: a
    /// non-breaking space, a zero-width space or joiner, a byte-order mark, a soft hyphen after a
    /// list marker, inside a task box `[ ]`, in a heading's number, around a label's colon or
    /// before `att`; and a tab in the indentation of YAML. The finding names the character's
    /// code point and column.
    ///
    /// ## Why
    /// Such characters look like spaces (or like nothing) but change what the line is: `-` and
    /// a non-breaking space is not a list item, so a task written that way would silently drop
    /// out of every register. Text copied from Word or a web page often carries them.
    ///
    /// ## Example
    /// `- [ ] **Region Dalarna**: …` where the space after `-` is U+00A0. Retype the space.
    InvisibleCharacter = ("L008", "invisible-character", Error, "syntax has no invisible characters");

    /// ## What it does
    /// Reports a meeting file that does not start with a YAML front matter: a line `---`, the
    /// YAML, and another line `---`.
    ///
    /// ## Why
    /// The front matter holds the facts the tool needs: kind, date, attendees, attachments.
    ///
    /// ## Example
    /// A file that starts with `# Dagordning`. Add `---`, `kind: agenda`, `date: ...`, `---`
    /// above it.
    FrontMatterMissing = ("L101", "front-matter-missing", Error, "a meeting file starts with a YAML front matter");

    /// ## What it does
    /// Reports a front matter whose opening `---` has no closing `---` line.
    ///
    /// ## Why
    /// Without the closing line the whole document would be read as YAML.
    ///
    /// ## Example
    /// `---`, `kind: agenda`, `date: 2026-01-29`, then the body. Add `---` after the last key.
    FrontMatterUnclosed = ("L102", "front-matter-unclosed", Error, "the front matter must be closed by a --- line");

    /// ## What it does
    /// Reports YAML that cannot be read: a syntax error, a duplicated key, nesting deeper than
    /// the limit, or aliases that would expand beyond the limit (an "alias bomb").
    ///
    /// ## Why
    /// A front matter or network file that cannot be read leaves the tool without the facts in
    /// it. Limits keep a hostile or broken file from using all memory or time.
    ///
    /// ## Example
    /// `attendees: [Beat Axa` (the bracket is not closed).
    YamlSyntax = ("L103", "yaml-syntax", Error, "YAML must be well formed and within limits");

    /// ## What it does
    /// Reports a YAML value of the wrong type: a list where text is expected, a number where a
    /// date is expected, text where `true` or `false` is expected.
    ///
    /// ## Why
    /// The tool reads each key as one type; a value of another type is a mistake it cannot
    /// repair.
    ///
    /// ## Example
    /// `attendees: Beat Axa` (text) where a list of attendees is expected.
    WrongType = ("L104", "wrong-type", Error, "a YAML value must have the expected type");

    /// ## What it does
    /// Reports a YAML key the format does not define, and suggests the nearest known key.
    ///
    /// ## Why
    /// A misspelt key (`attendes`) would otherwise be ignored and its facts lost.
    ///
    /// ## Example
    /// `note-taker: Lisa Karlsson`: did you mean `note_taker`?
    UnknownKey = ("L105", "unknown-key", Error, "YAML keys must be ones the format defines");

    /// ## What it does
    /// Reports a required YAML key that is missing, such as `kind` or `date` in a front matter or
    /// `name` of an organisation.
    ///
    /// ## Why
    /// The tool cannot place a meeting without its kind and date.
    ///
    /// ## Example
    /// A front matter with `kind: minutes` and no `date`.
    MissingKey = ("L106", "missing-key", Error, "required YAML keys must be present");

    /// ## What it does
    /// Reports a date that is not a real date in the form `YYYY-MM-DD`.
    ///
    /// ## Why
    /// Dates order meetings and assignments; `2026-02-30` does not exist.
    ///
    /// ## Example
    /// `date: 2026-02-30`, or `date: 29 januari 2026`.
    InvalidDate = ("L107", "invalid-date", Error, "dates must be real dates written YYYY-MM-DD");

    /// ## What it does
    /// Reports a value outside the allowed set or form: `kind` other than `agenda` or
    /// `minutes`, a `time` not written `HH.MM–HH.MM` or `heldag`, a matter id with capitals or
    /// spaces, a `Status:` other than `bordlagd` or `utgår`, an `Återkommer:` other than `ja`,
    /// `nej` or a date, a rule name in an `lchnv-disable` comment that is not a rule. (A wrong
    /// rule name or severity in `lchnv.yaml` stops the check instead: exit code 2.)
    ///
    /// ## Why
    /// These values drive the tool's behaviour; a misspelt one would be silently ignored.
    ///
    /// ## Example
    /// `kind: protokoll`, or `Status: skjuten`.
    InvalidValue = ("L108", "invalid-value", Error, "values must be one of the allowed forms");

    /// ## What it does
    /// Reports a front matter `date` that differs from the meeting folder's name.
    ///
    /// ## Why
    /// References use the folder's date; two dates for one meeting make them ambiguous.
    ///
    /// ## Example
    /// `meetings/2026-01-29/agenda.md` with `date: 2026-01-28`.
    DateFolderMismatch = ("L109", "date-folder-mismatch", Error, "the front matter date must match the folder");

    /// ## What it does
    /// Reports a front matter `kind` that differs from the file name: `kind: agenda` in
    /// `minutes.md`, or the reverse.
    ///
    /// ## Why
    /// Minutes are where decisions and assignments are read from; an agenda filed as minutes
    /// would turn proposals into decisions.
    ///
    /// ## Example
    /// `minutes.md` with `kind: agenda`.
    KindFileMismatch = ("L110", "kind-file-mismatch", Error, "the front matter kind must match the file name");

    /// ## What it does
    /// Reports an entry written twice in a network file: an organisation, person, group or alias
    /// name, a matter id, or a calendar date; and an attachment id listed twice in a meeting
    /// file's front matter.
    ///
    /// ## Why
    /// A name that means two things cannot be resolved; a date listed twice has two times.
    ///
    /// ## Example
    /// Two people named `Lisa Karlsson`, or `mini-maria` declared twice in `matters.yaml`.
    DuplicateEntry = ("L111", "duplicate-entry", Error, "entries in network files and attachment lists must be unique");

    /// ## What it does
    /// Reports an item heading not in the form `## N. Title` or a sub-item heading not in the form
    /// `### Na. Title` under item `N`.
    ///
    /// ## Why
    /// Item numbers are how the documents, and references such as `2025-11-21#5e`, name items.
    ///
    /// ## Example
    /// `## Övriga frågor` (no number), or `### 5 e) Dialog: VOC`.
    HeadingFormat = ("L201", "heading-format", Error, "item headings must be numbered N. and Na.");

    /// ## What it does
    /// Reports item numbers that do not run 1, 2, 3, … or sub-item letters that do not run a, b,
    /// c, … under their item.
    ///
    /// ## Why
    /// A gap usually means an item was deleted or moved and the rest not renumbered, so that
    /// references point at the wrong item.
    ///
    /// ## Example
    /// `## 3.` followed by `## 5.`.
    ///
    /// ## Fix
    /// `lchnv check --fix` numbers the items and sub-items of agendas and draft minutes in the
    /// order they stand, and updates the references to renumbered items of draft minutes
    /// (`2026-01-29#5e.u1`, `2026-01-29 punkt 5e`, `Från mötet 29 januari 2026, punkt 5e`, and
    /// `starts:` or `decided:` in the network files). It renumbers nothing when a number is
    /// written twice, when a file outside the paths given names a renumbered item, or in final
    /// minutes: they are the record others refer to, and keep their numbers.
    Numbering = ("L202", "numbering", Error, "items and sub-items must be numbered without gaps");

    /// ## What it does
    /// Reports an item number or sub-item letter used twice in one file.
    ///
    /// ## Why
    /// A reference to `5e` must name one item.
    ///
    /// ## Example
    /// Two headings `### 5e.`.
    DuplicateNumber = ("L203", "duplicate-number", Error, "item numbers must be unique in a file");

    /// ## What it does
    /// Reports an agenda or minutes whose first items are not the standard opening items, in
    /// order, or whose last items are not the standard closing items, from
    /// `standard-items.yaml`.
    ///
    /// ## Why
    /// Opening the meeting, approving the agenda and the previous minutes are formal steps the
    /// network takes every time; a missing one is easy to overlook.
    ///
    /// ## Example
    /// An agenda whose item 3 is not `Föregående minnesanteckningar`.
    StandardItems = ("L204", "standard-items", Error, "the standard items open and close every meeting file");

    /// ## What it does
    /// Reports an item heading written at the wrong level: a sub-item `5c.` under `####` or
    /// `##`, an item `6.` under `###`. The number's shape says which level it belongs to; the
    /// item is read as that item, so nothing under it is merged into the item before.
    ///
    /// ## Why
    /// A heading one level off is easy to type and hard to see. Read as prose it would merge the
    /// item into the one before it: its decisions and assignments would be filed under the
    /// wrong item, and its `Ärende:` would replace that item's matter.
    ///
    /// ## Example
    /// `#### 5c. Information: Mini-Maria` under `### 5b.`: write `### 5c. Information: Mini-Maria`.
    ///
    /// ## Fix
    /// `lchnv check --fix` writes the heading with as many `#` as its number calls for.
    HeadingLevel = ("L205", "heading-level", Error, "item headings are at the level their number calls for");

    /// ## What it does
    /// Reports an item without a type prefix (`Beslut:`, `Information:`, `Dialog:`). Standard
    /// items and items that hold sub-items need none.
    ///
    /// ## Why
    /// The type tells members what is expected of them and whether a decision must be recorded.
    ///
    /// ## Example
    /// `### 5c. Aktuellt läge Mini-Maria`. Write `### 5c. Information: Aktuellt läge Mini-Maria`.
    ItemTypeMissing = ("L301", "item-type-missing", Error, "every item has a type");

    /// ## What it does
    /// Reports an item type that is not `Beslut`, `Information` or `Dialog` (or one added with
    /// `item_types` in `lchnv.yaml`), and suggests the nearest.
    ///
    /// ## Why
    /// A misspelt `Beslut` would hide that the item needs a decision.
    ///
    /// ## Example
    /// `### 4a. Beslt: Samarbetsavtal`: did you mean `Beslut`?
    ItemTypeUnknown = ("L302", "item-type-unknown", Error, "item types must be known");

    /// ## What it does
    /// Reports a `Beslut` item in an agenda without a proposal (`Förslag till beslut` and a
    /// list of clauses).
    ///
    /// ## Why
    /// Members prepare a decision from the proposal sent out with the agenda.
    ///
    /// ## Example
    /// `### 6a. Beslut: Kalendarium 2026` with only prose under it.
    ProposalMissing = ("L303", "proposal-missing", Error, "a Beslut item in an agenda has a proposal");

    /// ## What it does
    /// Reports a `Beslut` item in minutes without a decision (`Länschefsnätverket beslutade`
    /// and a list of clauses), unless it has `Status: bordlagd` or `Status: utgår`.
    ///
    /// ## Why
    /// The decision register is read from these lists; a decision item without one is a gap in
    /// the network's memory.
    ///
    /// ## Example
    /// `### 4c. Beslut: Ordförande 2026` with the outcome only in prose.
    DecisionMissing = ("L304", "decision-missing", Error, "a Beslut item in minutes has a decision");

    /// ## What it does
    /// Reports a proposal or decision clause that does not start with `att`.
    ///
    /// ## Why
    /// Each clause completes the sentence "Länschefsnätverket beslutade att …"; a clause that
    /// does not is usually prose that slipped into the list.
    ///
    /// ## Example
    /// `- enkätutskick ska göras` under `Förslag till beslut`. Write `- att enkätutskick görs`.
    ///
    /// ## Fix
    /// `lchnv check --fix` writes `att` before a clause that opens with an ordinary word, as the
    /// help shows, and `att` for `att:` or `att,`. A clause that opens with a name
    /// (`Region Dalarna …`) is left for a person to rephrase.
    ClauseWithoutAtt = ("L305", "clause-without-att", Error, "every clause starts with att");

    /// ## What it does
    /// Reports a decision written in running text (`Länschefsnätverket beslutade att …` inside
    /// a paragraph) and a proposal or decision heading that is not followed by a list.
    ///
    /// ## Why
    /// Only listed clauses enter the decision register; a decision in prose is lost.
    ///
    /// ## Example
    /// `Vid mötet beslutade Länschefsnätverket … Länschefsnätverket beslutade att anta avtalet.`
    DecisionNotListed = ("L306", "decision-not-listed", Error, "decisions and proposals are lists of clauses");

    /// ## What it does
    /// Reports an item that has a type but no `Ärende:` line.
    ///
    /// ## Why
    /// The matter id links an item to the same matter at other meetings; without it the item's
    /// history and open follow-ups cannot be found.
    ///
    /// ## Example
    /// `### 5c. Information: Mini-Maria` without `Ärende: mini-maria`.
    MatterMissing = ("L307", "matter-missing", Warning, "items name their matter");

    /// ## What it does
    /// Reports a placeholder, text between `[[` and `]]`, that someone still has to fill in.
    /// `lchnv new-minutes` writes them where the note-taker records what was decided.
    ///
    /// ## Why
    /// Minutes with placeholders are drafts; this lists what is left to write.
    ///
    /// ## Example
    /// `- att [[skriv beslutet]]`.
    Placeholder = ("L308", "placeholder", Warning, "placeholders must be filled in");

    /// ## What it does
    /// Reports a placeholder `[[…]]` left in minutes that are final (no `status: draft` in the
    /// front matter).
    ///
    /// ## Why
    /// Final minutes are the network's record. A placeholder in them means a fact (a decision,
    /// an attendee) was never filled in, while the registers read the minutes as if it had
    /// been. In drafts and agendas a placeholder is only a warning (`placeholder`).
    ///
    /// ## Example
    /// `- att [[beslut]]` in minutes without `status: draft`: write the decision, or mark the
    /// file `status: draft` until it is done.
    PlaceholderInFinal = ("L309", "placeholder-in-final", Error, "final minutes have no placeholders");

    /// ## What it does
    /// Reports a label that can hold one value written twice in one item (`Ärende:`, `Från:`,
    /// `Återkommer:`, `Status:`).
    ///
    /// ## Why
    /// With two `Ärende:` lines only one can be the item's matter; the other would silently be
    /// lost. It usually means two items were merged (a heading at the wrong level).
    ///
    /// ## Example
    /// `Ärende: mini-maria` and, further down the same item, `Ärende: hemsjukvardsavtal`.
    LabelRepeated = ("L310", "label-repeated", Error, "single-valued labels appear once per item");

    /// ## What it does
    /// Reports a line that looks like a labelled line but whose label the format does not know
    /// (a misspelling such as `Föredragnde:`, or a label without its colon such as
    /// `Ärende mini-maria`), in a block of labelled lines or anywhere in an item when it is close
    /// to a known label.
    ///
    /// ## Why
    /// An unknown label is read as prose, so the fact it was meant to give (the matter, the
    /// presenter) would silently be missing from every register.
    ///
    /// ## Example
    /// `Föredragnde: Beat Axa`: write `Föredragande: Beat Axa`.
    LabelUnknown = ("L311", "label-unknown", Error, "labelled lines use labels the format knows");

    /// ## What it does
    /// Reports an assignment (task-list item) without an owner in bold before the colon.
    ///
    /// ## Why
    /// An assignment nobody owns is not followed up.
    ///
    /// ## Example
    /// `- [ ] ta fram en tidsplan.` Write `- [ ] **Styrgruppen**: ta fram en tidsplan.`
    OwnerMissing = ("L401", "owner-missing", Error, "every assignment has an owner");

    /// ## What it does
    /// Reports an assignment owner that is not the network, an organisation, a person or a group
    /// in `members.yaml`, and suggests the nearest name.
    ///
    /// ## Why
    /// `lchnv todo --owner` finds assignments by these names; a misspelt owner is never asked.
    ///
    /// ## Example
    /// `**Region Dalrna**`: did you mean `Region Dalarna`?
    OwnerUnknown = ("L402", "owner-unknown", Error, "assignment owners are known in members.yaml");

    /// ## What it does
    /// Reports a `Senast:` due date that is not a real date `YYYY-MM-DD`.
    ///
    /// ## Why
    /// Due dates order `lchnv todo` and say what is overdue.
    ///
    /// ## Example
    /// `Senast: vecka 48`. Write the date: `Senast: 2025-11-28`.
    ///
    /// ## Fix
    /// `lchnv check --fix` writes a due date given as `YYMMDD` (`Senast: 260115`) or in words
    /// (`Senast: 15 januari 2026`) as `Senast: 2026-01-15`; the help shows that line. A week or
    /// other text is left for a person.
    DueDateInvalid = ("L403", "due-date-invalid", Error, "due dates are real dates");

    /// ## What it does
    /// Reports a due date before the meeting that gave the assignment.
    ///
    /// ## Why
    /// Such a date is almost always a typo in the year or month.
    ///
    /// ## Example
    /// `Senast: 2025-01-29` in the minutes of 2025-11-21.
    DueBeforeMeeting = ("L404", "due-before-meeting", Error, "due dates are not before the meeting");

    /// ## What it does
    /// Reports an `Återrapport:` that is not the network, a group, an organisation or a person in
    /// `members.yaml`.
    ///
    /// ## Why
    /// Whether an assignment comes back to the network's agenda depends on whom it reports to.
    ///
    /// ## Example
    /// `Återrapport: styrgrupen`: did you mean `Styrgruppen`?
    ReportToUnknown = ("L405", "report-to-unknown", Error, "report-back goes to someone known");

    /// ## What it does
    /// Reports a line that is almost a task but not one: a task box written `[]`, `[  ]`,
    /// `[x ]` or `( )`, a box without a space before the owner (`[ ]**Owner**`), a marker
    /// without its space (`-[ ]`), or a plain bullet where the format expects tasks (under
    /// `Uppdrag:`). The help shows the line as a task.
    ///
    /// ## Why
    /// A task that is not written as one is read as prose: it drops out of `lchnv todo` and the
    /// next agenda, and nobody is reminded of it.
    ///
    /// ## Example
    /// `- [] **Region Dalarna**: föreslå en representant.`: write
    /// `- [ ] **Region Dalarna**: föreslå en representant.`
    ///
    /// ## Fix
    /// `lchnv check --fix` writes an almost-task as the task the help shows, and gives a plain
    /// bullet under `Uppdrag:` a task box. A task line in a code block, a quote or a table is
    /// left as it is.
    TaskMalformed = ("L406", "task-malformed", Error, "lines that are almost tasks are tasks");

    /// ## What it does
    /// Reports an assignment whose owner is written `**ej angiven**` (not stated): the source the
    /// minutes were written from gives the task but names no one to do it.
    ///
    /// ## Why
    /// A task nobody owns is the one most easily lost. The minutes say so honestly rather than
    /// guess an owner; the warning asks someone to find out and write the owner in.
    ///
    /// ## Example
    /// `- [ ] **ej angiven**: genomföra nomineringsförfarandet.` Write the owner once it is known.
    OwnerNotStated = ("L407", "owner-not-stated", Warning, "every assignment has an owner the minutes name");

    /// ## What it does
    /// Reports a `previous_minutes` date for which there are no minutes: neither a `minutes.md`
    /// in that date's folder nor a calendar entry marked `archived`.
    ///
    /// ## Why
    /// Approving the previous minutes is a standard item; it must name minutes that exist.
    ///
    /// ## Example
    /// `previous_minutes: 2025-09-25` when the meeting was on 2025-09-26.
    PreviousMinutesMissing = ("L501", "previous-minutes-missing", Error, "previous minutes must exist");

    /// ## What it does
    /// Reports a `Bilaga:` line naming an attachment id that the front matter does not list.
    ///
    /// ## Why
    /// Members look for attachments by id; one that is not listed is missing from the mailing.
    ///
    /// ## Example
    /// `Bilaga: 4 c` when the front matter lists `4 a` and `4 b`.
    AttachmentUnknown = ("L502", "attachment-unknown", Error, "attachments named in items are listed");

    /// ## What it does
    /// Reports an attachment whose `file` does not exist beside the meeting file.
    ///
    /// ## Why
    /// A link to a missing file is a broken promise to the reader.
    ///
    /// ## Example
    /// `file: bilaga-3b.pdf` when the folder holds `bilaga-3B.pdf`.
    AttachmentFileMissing = ("L503", "attachment-file-missing", Error, "attachment files exist");

    /// ## What it does
    /// Reports an `Ärende:` id that is not declared in `matters.yaml`, and suggests the nearest.
    ///
    /// ## Why
    /// A misspelt id splits one matter into two and loses its history.
    ///
    /// ## Example
    /// `Ärende: minimaria`: did you mean `mini-maria`?
    MatterUnknown = ("L504", "matter-unknown", Error, "matter ids are declared in matters.yaml");

    /// ## What it does
    /// Reports a reference that does not resolve: a `Från:` naming an item or assignment, or an
    /// `Avslutar:` naming an assignment, that the minutes of that date do not have; also a
    /// reference written in a form lchnv cannot read.
    ///
    /// ## Why
    /// Closing or carrying forward an assignment by a wrong reference leaves the real one open
    /// forever.
    ///
    /// ## Example
    /// `Avslutar: 2025-11-21#6b.u2` when item 6b has one assignment.
    ReferenceUnresolved = ("L505", "reference-unresolved", Error, "references name items and assignments that exist");

    /// ## What it does
    /// Reports an item of an agenda that the same date's minutes do not cover: no item with the
    /// same matter id or title. An item kept with `Status: bordlagd` or `Status: utgår` covers it.
    ///
    /// ## Why
    /// An item that was on the agenda and is missing from the minutes is exactly what gets lost.
    ///
    /// ## Example
    /// The agenda has `5c. Information: Mini-Maria`; the minutes skip from 5b to 5d.
    AgendaItemNotCovered = ("L506", "agenda-item-not-covered", Error, "minutes cover every agenda item");

    /// ## What it does
    /// Reports an attendee or absentee whose organisation is not in `members.yaml`.
    ///
    /// ## Why
    /// Attendance is counted per organisation.
    ///
    /// ## Example
    /// `organisation: Falu kommun` is fine when it is an alias; `organisation: Falun kommun` is not.
    OrganisationUnknown = ("L507", "organisation-unknown", Error, "organisations are known in members.yaml");

    /// ## What it does
    /// Reports a chair, note-taker, attendee or absentee who is not a person in `members.yaml`.
    ///
    /// ## Why
    /// People map to organisations through the members file; a new person should be added
    /// there. It is a warning because guests come and go.
    ///
    /// ## Example
    /// `chair: Beat Axxa`: did you mean `Beat Axa`?
    PersonUnknown = ("L508", "person-unknown", Warning, "people are known in members.yaml");

    /// ## What it does
    /// Reports a role that the person does not hold on the meeting's date, by `members.yaml`: a
    /// presenter written `Ulrika Gärdsback, ordförande` in a meeting of a year she did not
    /// chair, a `chair:` who does not hold the chairing function then, an attendee's `role:`.
    /// Only functions of the network (`functions:`) and roles with a stated time (`roles:`) are
    /// compared.
    ///
    /// ## Why
    /// Roles change: the chair alternates, people are acting in a post for a time. A document
    /// that names last year's chair misinforms its readers, and lchnv's own drafts must not copy
    /// an old role forward.
    ///
    /// ## Example
    /// `Föredragande: Ulrika Gärdsback, ordförande, Länschefsnätverket` on 2026-01-29, when
    /// `members.yaml` says Beat Axa chairs in 2026.
    RoleNotHeld = ("L509", "role-not-held", Warning, "roles named hold on the meeting's date");

    /// ## What it does
    /// Reports a meeting whose date is not in `calendar.yaml`.
    ///
    /// ## Why
    /// The calendar is where the network decides its meetings; a meeting outside it is usually
    /// a wrong date.
    ///
    /// ## Example
    /// `meetings/2026-01-28/` when the calendar says 2026-01-29.
    NotInCalendar = ("L601", "not-in-calendar", Error, "meetings are in the calendar");

    /// ## What it does
    /// Reports a calendar `weekday` that does not agree with the date.
    ///
    /// ## Why
    /// Calendars are copied from tables such as "Torsdag 29 januari"; a wrong weekday shows
    /// that the day or the date was mistyped.
    ///
    /// ## Example
    /// `date: 2026-01-29` with `weekday: fredag` (it is a Thursday).
    WeekdayMismatch = ("L602", "weekday-mismatch", Error, "calendar weekdays agree with their dates");

    /// ## What it does
    /// Reports minutes still marked `status: draft` more than 30 days after their meeting.
    ///
    /// ## Why
    /// Draft minutes are left out of the registers and the next agenda. A draft forgotten after
    /// the meeting means its decisions and assignments are missing from the network's memory.
    ///
    /// ## Example
    /// `status: draft` in the minutes of a meeting two months ago: finish them and remove the
    /// line (or write `status: final`).
    DraftStale = ("L603", "draft-stale", Warning, "draft minutes are finished within 30 days");

    /// ## What it does
    /// Reports words damaged by OCR: Swedish letters read as other characters (`Féredragande`,
    /// `6vergripande`, `I6per`) or lost (`Lanschefsnatverket`), and shows the repaired word.
    ///
    /// ## Why
    /// Damaged words are not found by searches (`lchnv decisions --grep`) and read badly.
    ///
    /// ## Example
    /// `Lanschefsnatverket beslutade`: write `Länschefsnätverket`.
    ///
    /// ## Fix
    /// `lchnv check --fix` writes the repaired word: the rule reports only words with exactly one
    /// repair.
    OcrDamage = ("L701", "ocr-damage", Warning, "text has no OCR damage");
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let mut codes = HashSet::new();
        let mut names = HashSet::new();
        for rule in Rule::ALL {
            assert!(codes.insert(rule.code()), "code {} twice", rule.code());
            assert!(names.insert(rule.name()), "name {} twice", rule.name());
            assert!(
                rule.name()
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
            );
            assert!(
                rule.doc().contains("## What it does"),
                "{} lacks docs",
                rule.name()
            );
            assert!(
                rule.doc().contains("## Example"),
                "{} lacks an example",
                rule.name()
            );
        }
    }

    #[test]
    fn lookup_by_code_or_name() {
        assert_eq!(Rule::lookup("l402"), Some(Rule::OwnerUnknown));
        assert_eq!(Rule::lookup("owner-unknown"), Some(Rule::OwnerUnknown));
        assert_eq!(Rule::lookup("owner_unknown"), None);
    }
}
