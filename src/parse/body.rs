//! Reads a meeting file's Markdown body into items, with pulldown-cmark. Block structure comes
//! from the parser's events; the text of each block is read from the source by its offsets, so
//! every value keeps its exact position.

use crate::diagnostic::Diagnostic;
use crate::format::labels::{self, Label};
use crate::format::phrases::{self, DecisionPhrases};
use crate::model::{Clause, Item, ItemNumber, ItemStatus, Reference, Returns};
use crate::msg;
use crate::parse::assignment::parse_assignment;
use crate::parse::markers;
use crate::rule::Rule;
use crate::source::SourceFile;
use crate::span::Spanned;
use crate::text::is_collapsed;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// What the body parser needs to know about the network, prepared once per repository.
#[derive(Debug)]
pub struct BodyContext {
    phrases: DecisionPhrases,
}

impl BodyContext {
    /// `decision_names`: the names decisions are introduced with, `<name> beslutade`
    /// ([`phrases::names`]).
    pub fn new(decision_names: &[String]) -> BodyContext {
        BodyContext {
            phrases: DecisionPhrases::new(decision_names),
        }
    }
}

/// The body's items and its level-1 title.
#[derive(Debug, Default)]
pub struct Body {
    pub title: Option<String>,
    pub items: Vec<Item>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Intro {
    Proposal,
    Decision,
    /// `Uppdrag:` or `Öppna uppdrag:`: a list of tasks follows.
    Tasks,
}

/// Labels that hold one value per item: a second one is a finding, never a silent replacement.
const SINGLE_VALUED: &[Label] = &[Label::Matter, Label::From, Label::Returns, Label::Status];

use crate::format::labels::COLON_REQUIRED;

/// How an origin in words opens: `Från mötet 21 november 2025, punkt 5e.`
const ORIGIN_OPENING: &str = "Från mötet ";

/// Lines that open a list of tasks, without the colon.
const TASK_INTROS: &[&str] = &[labels::ASSIGNMENTS, labels::OPEN_ASSIGNMENTS];

struct State<'a> {
    file: &'a SourceFile,
    diags: &'a mut Vec<Diagnostic>,
    phrases: &'a DecisionPhrases,
    keep_prose: bool,
    body: Body,
    current: Option<usize>,
    current_top: Option<usize>,
    /// A proposal, decision or task heading paragraph waiting for its list, with its offset.
    pending: Option<(Intro, usize)>,
    /// The lines where assignments start, for the check that no task line is lost.
    task_lines: Vec<u32>,
}

/// Parses the body that starts at byte `start` of the file.
pub fn parse_body(
    file: &SourceFile,
    start: usize,
    context: &BodyContext,
    keep_prose: bool,
    diags: &mut Vec<Diagnostic>,
) -> Body {
    let text = file.text.get(start..).unwrap_or("");
    let mut state = State {
        file,
        diags,
        phrases: &context.phrases,
        keep_prose,
        body: Body::default(),
        current: None,
        current_top: None,
        pending: None,
        task_lines: Vec::new(),
    };
    let options = Options::ENABLE_TASKLISTS | Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut depth = 0usize;
    let mut list_kind: Vec<Option<Intro>> = Vec::new();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let range = (range.start + start)..(range.end + start);
        match event {
            Event::Start(tag) => {
                let top = depth == 0;
                depth += 1;
                match tag {
                    Tag::Heading { level, .. } if top => {
                        state.unlisted_intro();
                        state.heading(level, range);
                    }
                    Tag::Paragraph if top => {
                        // A task list whose first line is almost a task gets the line's finding.
                        let first = state.file.text.get(range.clone()).map(crate::text::first_line);
                        if matches!(state.pending, Some((Intro::Tasks, _)))
                            && first.is_some_and(|l| super::tasks::classify(l).is_some())
                        {
                            state.pending = None;
                        }
                        state.unlisted_intro();
                        state.paragraph(range);
                    }
                    Tag::List(_) => {
                        let kind = if list_kind.is_empty() {
                            state.pending.take().map(|p| p.0)
                        } else {
                            None
                        };
                        list_kind.push(kind);
                    }
                    Tag::Item => {
                        let kind = list_kind.last().copied().flatten();
                        state.list_item(range, list_kind.len() == 1, kind);
                    }
                    _ if top => {
                        state.unlisted_intro();
                        state.prose(range);
                    }
                    _ => {}
                }
            }
            Event::End(tag) => {
                depth = depth.saturating_sub(1);
                if matches!(tag, TagEnd::List(_)) {
                    list_kind.pop();
                }
            }
            Event::Html(_) | Event::Rule if depth == 0 => {
                state.unlisted_intro();
            }
            _ => {}
        }
    }
    state.unlisted_intro();
    // Assignments are read in the order of their lines.
    state.task_lines.sort_unstable();
    super::tasks::check_lines(file, start, &state.task_lines, state.diags);
    state.body
}

impl State<'_> {
    fn raw(&self, range: &Range<usize>) -> &str {
        self.file.text.get(range.clone()).unwrap_or("").trim_end()
    }

    fn current_item(&mut self) -> Option<&mut Item> {
        self.current.and_then(|i| self.body.items.get_mut(i))
    }

    /// A proposal or decision heading paragraph that no list followed.
    fn unlisted_intro(&mut self) {
        if let Some((intro, offset)) = self.pending.take() {
            let diag = match intro {
                Intro::Tasks => self
                    .file
                    .diag_at(Rule::TaskMalformed, offset, msg!("tasks-not-listed"))
                    .with_help(msg!("tasks-not-listed-help")),
                Intro::Proposal | Intro::Decision => {
                    let message = if intro == Intro::Proposal {
                        msg!("proposal-not-listed")
                    } else {
                        msg!("decision-not-listed")
                    };
                    self.file
                        .diag_at(Rule::DecisionNotListed, offset, message)
                        .with_help(msg!("clauses-not-listed-help"))
                }
            };
            self.diags.push(diag);
        }
    }

    fn heading(&mut self, level: HeadingLevel, range: Range<usize>) {
        let raw = self.raw(&range).to_owned();
        let text = raw.trim_start_matches('#').trim().trim_end_matches('#').trim();
        let pos = self.file.pos(range.start);
        let len = self.file.char_len(range.start, range.start + raw.len());
        let item = split_item_heading(text).and_then(|(d, t)| Some((d.parse::<u32>().ok()?, t)));
        let sub = split_sub_item_heading(text).and_then(|(d, l, t)| Some((d.parse::<u32>().ok()?, l, t)));
        match level {
            HeadingLevel::H1 => {
                if self.body.title.is_none() && self.body.items.is_empty() {
                    self.body.title = Some(text.to_owned());
                } else {
                    self.prose(range);
                }
            }
            HeadingLevel::H2 => {
                if let Some((number, title)) = item {
                    self.push_item(ItemNumber::new(number, None), None, title, pos, len, range.start);
                } else if let Some((number, letter, title)) = sub {
                    self.wrong_level(pos, len, &format!("{number}{letter}"), "###", text);
                    self.push_sub_item(number, letter, title, pos, len, range.start, text);
                } else if split_item_heading(text).is_some() {
                    self.bad_heading(pos, len, text, msg!("heading-number-out-of-range"), "## 5. ...");
                } else {
                    self.bad_heading(
                        pos,
                        len,
                        text,
                        msg!("heading-item-form"),
                        "## 5. Information: ...",
                    );
                }
            }
            HeadingLevel::H3 => {
                if let Some((number, letter, title)) = sub {
                    self.push_sub_item(number, letter, title, pos, len, range.start, text);
                } else if let Some((number, title)) = item {
                    self.wrong_level(pos, len, &number.to_string(), "##", text);
                    self.push_item(ItemNumber::new(number, None), None, title, pos, len, range.start);
                } else if split_sub_item_heading(text).is_some() {
                    self.bad_heading(pos, len, text, msg!("heading-number-out-of-range"), "### 5a. ...");
                } else {
                    self.bad_heading(
                        pos,
                        len,
                        text,
                        msg!("heading-sub-item-form"),
                        "### 5a. Beslut: ...",
                    );
                }
            }
            _ => {
                // Below level 3 a heading is prose, unless its number continues the items: a
                // sub-item of the current item, or the next item.
                let top = self
                    .current_top
                    .and_then(|i| self.body.items.get(i))
                    .map(|i| i.number.number);
                match (sub, item) {
                    (Some((number, letter, title)), _) if top == Some(number) => {
                        self.wrong_level(pos, len, &format!("{number}{letter}"), "###", text);
                        self.push_sub_item(number, letter, title, pos, len, range.start, text);
                    }
                    (_, Some((number, title))) if top.map(|t| t.saturating_add(1)) == Some(number) => {
                        self.wrong_level(pos, len, &number.to_string(), "##", text);
                        self.push_item(ItemNumber::new(number, None), None, title, pos, len, range.start);
                    }
                    _ => self.prose(range),
                }
            }
        }
    }

    /// A heading whose number calls for another level: reported, and read as that item.
    fn wrong_level(&mut self, pos: crate::span::Pos, len: u32, number: &str, marks: &str, text: &str) {
        let message = if marks == "##" {
            msg!("heading-level-item", number = number, level = marks.len())
        } else {
            msg!("heading-level-sub-item", number = number, level = marks.len())
        };
        let diag = self
            .file
            .diag(Rule::HeadingLevel, pos, message)
            .with_len(len)
            .with_help(msg!("write-this", text = format!("{marks} {text}")))
            .with_fix(crate::fix::hooks::heading_level(self.file, pos.offset, marks));
        self.diags.push(diag);
    }

    #[allow(clippy::too_many_arguments)]
    fn push_sub_item(
        &mut self,
        number: u32,
        letter: char,
        title: &str,
        pos: crate::span::Pos,
        len: u32,
        offset: usize,
        text: &str,
    ) {
        let Some(parent) = self.current_top else {
            self.bad_heading(
                pos,
                len,
                text,
                msg!("heading-sub-item-alone"),
                &msg!("heading-sub-item-alone-example"),
            );
            return;
        };
        self.push_item(
            ItemNumber::new(number, Some(letter)),
            Some(parent),
            title,
            pos,
            len,
            offset,
        );
    }

    fn bad_heading(&mut self, pos: crate::span::Pos, len: u32, text: &str, why: String, example: &str) {
        let diag = self
            .file
            .diag(
                Rule::HeadingFormat,
                pos,
                msg!("heading-format", text = text, why = why),
            )
            .with_len(len)
            .with_help(msg!("heading-format-help", example = example));
        self.diags.push(diag);
    }

    fn push_item(
        &mut self,
        number: ItemNumber,
        parent: Option<usize>,
        title: &str,
        pos: crate::span::Pos,
        len: u32,
        offset: usize,
    ) {
        let mut item = Item {
            number,
            parent,
            heading: pos,
            heading_len: len,
            title: title.trim().to_owned(),
            ..Item::default()
        };
        if let Some((kind, rest)) = split_type(title) {
            let heading_text = self.file.text.get(offset..).unwrap_or("");
            let kind_offset = heading_text.find(kind).map(|i| offset + i).unwrap_or(offset);
            item.type_text = Some(Spanned::new(
                kind.to_owned(),
                self.file.pos(kind_offset),
                self.file.char_len(kind_offset, kind_offset + kind.len()),
            ));
            item.types = kind.split('/').map(|t| capitalise(t.trim())).collect();
            item.title = rest.trim().to_owned();
        }
        if let Some(parent) = parent
            && let Some(p) = self.body.items.get_mut(parent)
        {
            p.has_children = true;
        }
        self.body.items.push(item);
        let index = self.body.items.len() - 1;
        self.current = Some(index);
        if parent.is_none() {
            self.current_top = Some(index);
        }
    }

    fn paragraph(&mut self, range: Range<usize>) {
        let file = self.file;
        let raw = file.text.get(range.clone()).unwrap_or("").trim_end();
        let first_line = crate::text::first_line(raw).trim();

        // Cheap tests first: most paragraphs are prose.
        if first_line.starts_with(['F', 'f']) && phrases::proposal_opening(first_line).is_some() {
            self.pending = Some((Intro::Proposal, range.start));
            return;
        }
        let mentions_decision = memchr::memmem::find(raw.as_bytes(), b"eslut").is_some();
        if mentions_decision {
            let phrases = self.phrases;
            if phrases.is_heading(first_line) {
                if crate::text::lines(raw).nth(1).is_none() {
                    self.pending = Some((Intro::Decision, range.start));
                } else {
                    let diag = self
                        .file
                        .diag_at(
                            Rule::DecisionNotListed,
                            range.start,
                            msg!("decision-clauses-not-list"),
                        )
                        .with_help(msg!("decision-clauses-not-list-help"));
                    self.diags.push(diag);
                }
                return;
            }
            if let Some(m) = phrases.find_inline(raw) {
                // The match may include the character before the name and the one after `att`.
                let phrase = m.as_str();
                let lead = phrase.len() - phrase.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
                let phrase = phrase.trim_matches(|c: char| !c.is_alphanumeric());
                let offset = range.start + m.start() + lead;
                let diag = self
                    .file
                    .diag_at(Rule::DecisionNotListed, offset, msg!("decision-in-prose"))
                    .with_len(self.file.char_len(offset, offset + phrase.len()))
                    .with_help({
                        // The network's name as written: the words before `beslutade att`.
                        let words: Vec<&str> = phrase.split_whitespace().collect();
                        let name = words
                            .get(..words.len().saturating_sub(2))
                            .unwrap_or(&[])
                            .join(" ");
                        msg!("decision-in-prose-help", name = name)
                    });
                self.diags.push(diag);
            }
        }

        if is_task_intro(raw) {
            self.pending = Some((Intro::Tasks, range.start));
            return;
        }
        if self.current.is_some() {
            if crate::text::lines(raw)
                .map(str::trim)
                .any(|l| split_label(l).is_some() || is_origin_line(l))
            {
                self.labelled(raw, range.start);
                return;
            }
            if let Some((help, len)) = near_label(first_line) {
                let offset = range.start + (raw.len() - raw.trim_start().len());
                self.unknown_label(offset, len, first_line, help);
            }
        }
        self.push_prose(raw);
    }

    /// A paragraph with labelled lines: each label is read; a line that looks like a label the
    /// format does not know is reported; other lines are prose.
    fn labelled(&mut self, raw: &str, start: usize) {
        let mut offset = start;
        let mut rest = String::new();
        for line in raw.split_inclusive('\n') {
            let trimmed = line.trim();
            let lead = line.len() - line.trim_start().len();
            if let Some((label, value_start, value)) = split_label(trimmed) {
                self.label(label, value, offset + lead + value_start);
            } else if is_origin_line(trimmed) {
                self.origin(trimmed, offset + lead);
            } else if let Some((help, len)) = looks_like_label(trimmed).or_else(|| near_label(trimmed)) {
                self.unknown_label(offset + lead, len, trimmed, help);
                if self.keep_prose {
                    rest.push_str(line);
                }
            } else if !trimmed.is_empty() && self.keep_prose {
                rest.push_str(line);
            }
            offset += line.len();
        }
        if !rest.trim().is_empty() {
            self.push_prose(rest.trim());
        }
    }

    /// `Från mötet 21 november 2025, punkt 5e.`: the item's origin in words, read as its `Från:`.
    fn origin(&mut self, line: &str, offset: usize) {
        match crate::format::references::parse_origin_in_words(line) {
            Some(reference) => self.label(Label::From, &crate::format::references::item(reference), offset),
            None => {
                let diag = self
                    .file
                    .diag_at(
                        Rule::ReferenceUnresolved,
                        offset,
                        msg!("origin-unresolved", line = line),
                    )
                    .with_len(self.file.char_len(offset, offset + line.len()))
                    .with_help(msg!("origin-unresolved-help"));
                self.diags.push(diag);
            }
        }
    }

    fn unknown_label(&mut self, offset: usize, len: usize, line: &str, help: String) {
        let word: String = line.chars().take(len).collect();
        let diag = self
            .file
            .diag_at(
                Rule::LabelUnknown,
                offset,
                msg!("label-unknown", word = word.trim()),
            )
            .with_len(crate::source::to_u32(len))
            .with_help(help);
        self.diags.push(diag);
    }

    fn label(&mut self, label: Label, value: &str, offset: usize) {
        let file = self.file;
        let pos = file.pos(offset);
        let len = file.char_len(offset, offset + value.len());
        let spanned = |v: String| Spanned::new(v, pos, len);
        let value = value.trim_end_matches(['.', ' ']).trim();
        let Some(item) = self.current_item() else { return };
        let taken = match label {
            Label::Matter => item.matter.as_ref().map(|m| m.pos),
            Label::From => item.from.as_ref().map(|m| m.pos),
            Label::Returns => item.returns.as_ref().map(|m| m.pos),
            Label::Status => item.status.as_ref().map(|m| m.pos),
            _ => None,
        };
        if let Some(first) = taken {
            debug_assert!(SINGLE_VALUED.contains(&label));
            let number = item.number;
            let shown = label.word();
            let diag = file
                .diag(
                    Rule::LabelRepeated,
                    pos,
                    msg!(
                        "label-repeated",
                        label = shown,
                        item = number.to_string(),
                        line = first.line
                    ),
                )
                .with_len(len)
                .with_help(msg!("label-repeated-help"));
            self.diags.push(diag);
            return;
        }
        match label {
            Label::Matter => item.matter = Some(spanned(value.to_owned())),
            Label::Presenters => {
                item.presenters_pos.get_or_insert(pos);
                item.presenters.extend(split_list(value, ';'));
            }
            Label::Attachment | Label::Attachments => {
                let mut cursor = 0;
                for part in split_attachments(value) {
                    let at = value[cursor..].find(&part).map(|i| i + cursor).unwrap_or(cursor);
                    cursor = at + part.len();
                    let part_offset = offset + at;
                    item.attachments.push(Spanned::new(
                        part.clone(),
                        file.pos(part_offset),
                        file.char_len(part_offset, part_offset + part.len()),
                    ));
                }
            }
            Label::From => {
                item.from_ref = Reference::parse(value).ok();
                item.from = Some(spanned(value.to_owned()));
            }
            Label::Returns => item.returns = Some(Spanned::new(parse_returns(value), pos, len)),
            Label::Status => item.status = Some(Spanned::new(parse_status(value), pos, len)),
            Label::Closes => {
                let mut cursor = 0;
                for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                    let at = value[cursor..].find(part).map(|i| i + cursor).unwrap_or(cursor);
                    cursor = at + part.len();
                    let part_offset = offset + at;
                    item.closes.push(Spanned::new(
                        Reference::parse(part).map_err(|_| part.to_owned()),
                        file.pos(part_offset),
                        file.char_len(part_offset, part_offset + part.len()),
                    ));
                }
            }
            _ => {}
        }
    }

    fn list_item(&mut self, range: Range<usize>, top_level: bool, kind: Option<Intro>) {
        let file = self.file;
        let raw = file.text.get(range.clone()).unwrap_or("").trim_end();
        if markers::task_box(raw, true).is_some() {
            if let Some(index) = self.current {
                let position = self.body.items[index].assignments.len() as u32 + 1;
                // A nested list is read as its own items; keeping it out of this one keeps a
                // deeply nested file linear.
                let own = own_text(raw);
                let assignment = parse_assignment(self.file, own, range.start, position);
                self.task_lines.push(assignment.pos.line);
                self.body.items[index].assignments.push(assignment);
            }
            return;
        }
        if !top_level {
            return;
        }
        match kind {
            Some(Intro::Tasks) => {
                // An almost-task is reported by the line check; a plain bullet is reported here.
                let first = crate::text::first_line(raw);
                if super::tasks::classify(first).is_none() {
                    let marker = markers::list_text_start(raw).unwrap_or(0);
                    let shown: String = collapse(&raw[marker..]).chars().take(120).collect();
                    let diag = self
                        .file
                        .diag_at(Rule::TaskMalformed, range.start, msg!("task-not-a-task"))
                        .with_len(1)
                        .with_help(msg!("task-not-a-task-help", text = shown))
                        .with_fix(crate::fix::hooks::task_box(self.file, range.start + marker));
                    self.diags.push(diag);
                }
                self.push_prose(raw);
            }
            Some(intro) => {
                let marker = markers::list_text_start(raw).unwrap_or(0);
                let text = collapse(&raw[marker..]);
                let pos = self.file.pos(range.start + marker);
                if let Some(item) = self.current_item() {
                    let list = match intro {
                        Intro::Proposal => &mut item.proposal,
                        Intro::Decision | Intro::Tasks => &mut item.decisions,
                    };
                    let position = list.len() as u32 + 1;
                    list.push(Clause { text, pos, position });
                }
            }
            None => self.push_prose(raw),
        }
    }

    fn prose(&mut self, range: Range<usize>) {
        if self.keep_prose {
            let file = self.file;
            self.push_prose(file.text.get(range).unwrap_or("").trim_end());
        }
    }

    fn push_prose(&mut self, text: &str) {
        if !self.keep_prose {
            return;
        }
        if let Some(item) = self.current_item() {
            if !item.prose.is_empty() {
                item.prose.push_str("\n\n");
            }
            item.prose.push_str(text.trim());
        }
    }
}

/// A list item's own text: up to the first later line that starts a list item of its own.
fn own_text(raw: &str) -> &str {
    let mut offset = 0;
    for (n, line) in raw.split_inclusive('\n').enumerate() {
        if n > 0 && markers::list_text_start(line).is_some() {
            return raw[..offset].trim_end();
        }
        offset += line.len();
    }
    raw
}

/// `5. Title` → the digits and the title.
fn split_item_heading(text: &str) -> Option<(&str, &str)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = text.get(digits..)?.strip_prefix('.')?;
    let title = rest.trim_start();
    (digits > 0 && title.len() < rest.len() && !title.is_empty()).then(|| (&text[..digits], title))
}

/// `5a. Title` → the digits, the letter and the title.
fn split_sub_item_heading(text: &str) -> Option<(&str, char, &str)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = text.get(digits..)?;
    let mut chars = rest.chars();
    let letter = chars.next().filter(char::is_ascii_lowercase)?;
    let rest = chars.as_str().strip_prefix('.')?;
    let title = rest.trim_start();
    (digits > 0 && title.len() < rest.len() && !title.is_empty()).then(|| (&text[..digits], letter, title))
}

/// `Information/Dialog: Mini-Maria` → the type as written and the title; `None` when the text
/// before the first colon is not one or more words joined by `/`.
fn split_type(title: &str) -> Option<(&str, &str)> {
    let colon = title.find(':')?;
    let kind = &title[..colon];
    let rest = &title[colon + 1..];
    let after = rest.trim_start();
    if after.len() == rest.len() || after.is_empty() {
        return None;
    }
    let words_ok = kind.split('/').all(|part| {
        let word = part.trim();
        !word.is_empty() && word.chars().all(char::is_alphabetic)
    });
    let edges_ok = !kind.starts_with(char::is_whitespace) && !kind.ends_with(char::is_whitespace);
    (words_ok && edges_ok).then_some((kind, after))
}

/// `Föredragande: X` (the label may be in bold) → the label, where the value starts and the
/// value.
fn split_label(line: &str) -> Option<(Label, usize, &str)> {
    let inner = line.trim_start_matches('*');
    let colon = label_colon(inner)?;
    let name = inner[..colon].trim_end_matches('*').trim_end();
    if name.len() > 14 {
        return None;
    }
    let label = Label::find(Label::ITEM, name)?;
    let after = &inner[colon + 1..];
    let value = after
        .trim_start_matches(|c: char| c == '*' || c.is_whitespace())
        .trim_end();
    let value_start = line.len() - after.len()
        + (after.len()
            - after
                .trim_start_matches(|c: char| c == '*' || c.is_whitespace())
                .len());
    Some((label, value_start, value))
}

/// Whether a line is an origin in words (`Från mötet 21 november 2025, punkt 5e.`): the opening
/// and a day's number; prose such as `Från mötet med regionen …` is not.
fn is_origin_line(line: &str) -> bool {
    line.strip_prefix(ORIGIN_OPENING)
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// The first colon of a line that may be a label's. A label's name is at most 14 bytes, so
/// past them only spaces and `*` may come before the colon: most lines of prose are given up
/// at their fifteenth byte instead of being searched to the end.
fn label_colon(inner: &str) -> Option<usize> {
    for (i, &b) in inner.as_bytes().iter().enumerate() {
        if b == b':' {
            return Some(i);
        }
        if i >= 14 && !(b.is_ascii_whitespace() || b == 0x0B || b == b'*') {
            // A space from outside ASCII would be trimmed from the name: the long way.
            return if b.is_ascii() { None } else { inner.find(':') };
        }
    }
    None
}

/// Whether a paragraph is the line that opens a list of tasks: `Uppdrag:`, `**Öppna uppdrag:**`.
fn is_task_intro(raw: &str) -> bool {
    let line = raw
        .trim()
        .trim_matches('*')
        .trim()
        .trim_end_matches(':')
        .trim_end_matches('*')
        .trim();
    line.len() <= 20
        && TASK_INTROS.iter().any(|t| {
            line.chars()
                .flat_map(char::to_lowercase)
                .eq(t.chars().flat_map(char::to_lowercase))
        })
}

/// A line of a labelled block written `Word: …` whose word is not a label: the help, and the
/// length in characters of the word and colon.
fn looks_like_label(line: &str) -> Option<(String, usize)> {
    let inner = line.trim_start_matches('*');
    let colon = inner.find(':')?;
    let word = inner[..colon].trim_end_matches('*').trim_end();
    let letters = word.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-');
    if word.is_empty() || word.chars().count() > 20 || !letters || word.split_whitespace().count() > 2 {
        return None;
    }
    let help = suggest_label(word).unwrap_or_else(|| {
        let labels = Label::ITEM
            .iter()
            .map(|l| format!("`{l}:`"))
            .collect::<Vec<_>>()
            .join(", ");
        msg!("label-list-help", labels = labels)
    });
    Some((help, line.len() - inner.len() + inner[..=colon].chars().count()))
}

/// A line that starts like a known label but is not one: misspelt (`Föredragnde:`) or without
/// its colon (`Ärende mini-maria`). The help, and the length of the word.
fn near_label(line: &str) -> Option<(String, usize)> {
    let inner = line.trim_start_matches('*');
    let lead = line.len() - inner.len();
    let first_len = inner
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(inner.len(), |(i, _)| i);
    let first = &inner[..first_len];
    if first.is_empty() {
        return None;
    }
    let after = &inner[first_len..];
    if after.trim_start_matches('*').starts_with(':') {
        let suggestion = suggest_label(first)?;
        return Some((suggestion, lead + first.chars().count()));
    }
    // `Ärende mini-maria`: a label word, then a space and a value, with no colon.
    if !after.starts_with([' ', '\t']) {
        return None;
    }
    let label = COLON_REQUIRED
        .iter()
        .find(|l| Label::find(&[**l], first).is_some())?;
    Some((
        msg!(
            "label-colon-help",
            label = label.to_string(),
            value = after.trim()
        ),
        lead + first.chars().count(),
    ))
}

/// `did you mean `Föredragande:`?` for a word close to a label (or a task list's heading).
fn suggest_label(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    let words: Vec<String> = Label::ITEM
        .iter()
        .map(|l| l.word())
        .chain(TASK_INTROS.iter().copied())
        .map(str::to_lowercase)
        .collect();
    if words.contains(&lower) || lower.chars().count() < 5 {
        return None;
    }
    let nearest = words
        .iter()
        .map(|l| (strsim::damerau_levenshtein(&lower, l), l))
        .filter(|(d, l)| *d > 0 && *d <= 2 && *d < l.chars().count() / 3 + 1)
        .min_by_key(|(d, _)| *d)?;
    Some(msg!("did-you-mean", name = format!("{}:", capitalise(nearest.1))))
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

/// Joins a block's lines into one, with single spaces.
pub fn collapse(text: &str) -> String {
    if is_collapsed(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn split_list(value: &str, separator: char) -> Vec<String> {
    value
        .split(separator)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `2 a och 2 b`, `7 & 8`, `6a, 6b` → the ids.
fn split_attachments(value: &str) -> Vec<String> {
    value
        .replace(" och ", ",")
        .replace('&', ",")
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

fn parse_returns(value: &str) -> Result<Returns, String> {
    match value.to_lowercase().as_str() {
        "ja" => Ok(Returns::Yes),
        "nej" => Ok(Returns::No),
        other => crate::schema::parse_date(other)
            .map(Returns::From)
            .map_err(|_| value.to_owned()),
    }
}

fn parse_status(value: &str) -> Result<ItemStatus, String> {
    match value.to_lowercase().as_str() {
        "bordlagd" | "bordlagt" | "bordläggs" => Ok(ItemStatus::Postponed),
        "utgår" | "utgick" => Ok(ItemStatus::Withdrawn),
        _ => Err(value.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Body, Vec<Diagnostic>) {
        let file = SourceFile::new("m.md", text.to_owned());
        let mut diags = Vec::new();
        let context = BodyContext::new(&["Länschefsnätverket".into(), "LCHNV".into()]);
        let body = parse_body(&file, 0, &context, true, &mut diags);
        (body, diags)
    }

    #[test]
    fn items_labels_and_lists() {
        let (body, diags) = parse(
            "# Minnesanteckningar\n\n## 1. Mötets öppnande\n\nLänschefsnätverket beslutade\n\n- att öppna mötet.\n\n\
             ## 2. Rapport\n\n### 2a. Information/dialog: Mini-Maria\n\nÄrende: mini-maria\n\nFöredragande: Ulrika Gärdsback, ordförande\n\
             Bilagor: 2 a och 2 b\n\nText om läget.\n\n- [ ] **Region Dalarna**: ta fram ett förslag. Återrapport: LCHNV.\n\n\
             Återkommer: ja\n",
        );
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(body.title.as_deref(), Some("Minnesanteckningar"));
        assert_eq!(body.items.len(), 3);
        assert_eq!(body.items[0].decisions.len(), 1);
        assert_eq!(body.items[0].decisions[0].text, "att öppna mötet.");
        let sub = &body.items[2];
        assert_eq!(sub.number.to_string(), "2a");
        assert_eq!(sub.parent, Some(1));
        assert!(body.items[1].has_children);
        assert_eq!(sub.types, vec!["Information", "Dialog"]);
        assert_eq!(sub.title, "Mini-Maria");
        assert_eq!(sub.matter.as_ref().map(|m| m.value.as_str()), Some("mini-maria"));
        assert_eq!(sub.presenters, vec!["Ulrika Gärdsback, ordförande"]);
        let ids: Vec<_> = sub.attachments.iter().map(|a| a.value.as_str()).collect();
        assert_eq!(ids, vec!["2 a", "2 b"]);
        assert_eq!(sub.assignments.len(), 1);
        assert_eq!(sub.returns(), Some(Returns::Yes));
        assert_eq!(sub.prose, "Text om läget.");
        assert_eq!(
            sub.matter.as_ref().map(|m| (m.pos.line, m.pos.column)),
            Some((13, 9))
        );
    }

    #[test]
    fn decisions_in_prose_or_without_list_are_reported() {
        let (_, diags) = parse(
            "## 1. Beslut: X\n\nVid mötet Länschefsnätverket beslutade att anta avtalet.\n\n\
             Länschefsnätverket beslutade\natt öppna mötet.\n\nFörslag till beslut\n\nText.\n",
        );
        let found: Vec<_> = diags.iter().map(|d| (d.rule, d.pos.line)).collect();
        assert_eq!(
            found,
            vec![
                (Rule::DecisionNotListed, 3),
                (Rule::DecisionNotListed, 5),
                (Rule::DecisionNotListed, 8)
            ]
        );
    }

    #[test]
    fn labels_are_found_without_reading_whole_lines() {
        let read = |line: &str| split_label(line).map(|(label, _, value)| (label, value.to_owned()));
        assert_eq!(read("Ärende: voc"), Some((Label::Matter, "voc".to_owned())));
        assert_eq!(
            read("**Ärende**:            voc"),
            Some((Label::Matter, "voc".to_owned()))
        );
        assert_eq!(
            read("Ärende               : voc"),
            Some((Label::Matter, "voc".to_owned()))
        );
        assert_eq!(
            read("Ärende\u{A0}\u{A0}\u{A0}\u{A0}\u{A0}\u{A0}\u{A0}\u{A0}: voc"),
            Some((Label::Matter, "voc".to_owned()))
        );
        assert_eq!(
            read(&format!("En lång rad om ärendet: {}", "x".repeat(500))),
            None
        );
        assert_eq!(read("Föredragandena: x"), None);
    }

    #[test]
    fn collapsed_text_is_kept_and_the_rest_joined() {
        for text in ["att anta avtalet.", "", "a", "a b c", "å ä ö"] {
            assert!(is_collapsed(text), "{text:?}");
            assert_eq!(collapse(text), text);
        }
        for (text, joined) in [
            (" a", "a"),
            ("a ", "a"),
            ("a  b", "a b"),
            ("a\nb", "a b"),
            ("a\tb", "a b"),
            ("a\u{A0}b", "a b"),
            ("a\u{2003}b", "a b"),
            ("09.00–12.00 rum", "09.00–12.00 rum"),
        ] {
            assert!(!is_collapsed(text), "{text:?}");
            assert_eq!(collapse(text), joined);
        }
    }

    #[test]
    fn bad_headings() {
        let (body, diags) = parse("## Övriga frågor\n\n### 1a. X\n\n## 99999999999999999999999999999. X\n");
        assert!(body.items.is_empty());
        assert_eq!(diags.iter().filter(|d| d.rule == Rule::HeadingFormat).count(), 3);
    }
}
