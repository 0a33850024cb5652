//! Builds the tree of [`Node`]s from the parser's events, one pass, within the [`Limits`]:
//! aliases repeat a copy of their anchor's value (counted against the budgets, so an alias bomb
//! stops early), merge keys (`<<: *defaults`) merge, and a key given twice in one mapping is
//! refused.

use super::budget::{Breach, Limits, Spent};
use super::{Node, Value, resolve, syntax};
use crate::span::Pos;
use granit_parser::{ErrorKind, Event, Marker, Parser, ScalarStyle, Span, StructureStyle};
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;

/// Where the YAML text starts in its file.
#[derive(Debug, Clone, Copy)]
pub(super) struct Origin {
    pub offset: usize,
    pub line: u32,
    /// The column of the text's first character.
    pub column: u32,
}

/// Why the text could not be read, at a byte offset of the file.
#[derive(Debug)]
pub(super) struct Problem {
    pub offset: usize,
    pub message: String,
    pub help: String,
}

/// Reads one YAML document into a tree; an empty text is a null value. Text in the simple block
/// shape goes through the quick reader, anything else through the event parser.
pub(super) fn build(yaml: &str, origin: Origin, limits: &Limits) -> Result<Node, Problem> {
    if let Some(node) = super::block::read(yaml, origin, limits) {
        return Ok(node);
    }
    build_from_events(yaml, origin, limits)
}

/// Reads one YAML document into a tree through the event parser.
pub(super) fn build_from_events(yaml: &str, origin: Origin, limits: &Limits) -> Result<Node, Problem> {
    let mut options = granit_parser::Options::default();
    // Anchor names, for the messages about aliases.
    options.emit_anchor_events = true;
    // The parser's own guard against deep nesting, a little above ours: the scanner may look
    // ahead through many open brackets before their events reach the depth check below.
    options.flow_nesting_limit = limits.depth + 8;
    options.block_nesting_limit = limits.depth + 8;
    let mut parser = Parser::new_from_str_with_options(yaml, options);
    let mut builder = Builder {
        origin,
        limits,
        spent: Spent::default(),
        stack: Vec::new(),
        root: None,
        anchors: FxHashMap::default(),
        names: FxHashMap::default(),
        documents: 0,
    };
    while let Some(next) = parser.next_event() {
        let (event, span) = next.map_err(|error| {
            let offset = origin.offset + error.marker().byte_offset().unwrap_or(0).min(yaml.len());
            if matches!(error.kind(), ErrorKind::RecursionLimitExceeded) {
                return Problem {
                    offset,
                    message: Breach::Depth.message(limits),
                    help: Breach::Depth.help(),
                };
            }
            let line = builder.pos(error.marker()).line;
            Problem {
                offset,
                message: syntax::message(&error, yaml, builder.open_flow(), line),
                help: crate::msg!("yaml-syntax-help"),
            }
        })?;
        builder.event(event, &span)?;
    }
    Ok(builder.root.unwrap_or(Node {
        value: Value::Null,
        pos: Pos {
            offset: origin.offset,
            line: origin.line,
            column: origin.column,
        },
        len: 1,
    }))
}

/// A collection being read.
struct Frame {
    pos: Pos,
    anchor: usize,
    /// Written `[…]` or `{…}`.
    flow: bool,
    /// What had been spent when it opened: what it holds is what an alias to it repeats.
    values_before: usize,
    text_before: usize,
    items: Items,
}

enum Items {
    Seq(Vec<Node>),
    Map {
        entries: Vec<(Node, Node)>,
        /// A key waiting for its value; `true` when it is the merge key `<<`.
        key: Option<(Node, bool)>,
        /// Values of `<<` keys, merged when the mapping ends.
        merges: Vec<Node>,
    },
}

/// An anchored value, and what it cost to build.
struct Stored {
    node: Node,
    values: usize,
    text: usize,
}

struct Builder<'l> {
    origin: Origin,
    limits: &'l Limits,
    spent: Spent,
    stack: Vec<Frame>,
    root: Option<Node>,
    anchors: FxHashMap<usize, Stored>,
    names: FxHashMap<usize, String>,
    documents: usize,
}

impl Builder<'_> {
    fn event(&mut self, event: Event<'_>, span: &Span) -> Result<(), Problem> {
        match event {
            Event::DocumentStart(..) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(Problem {
                        offset: self.offset(&span.start),
                        message: crate::msg!("yaml-second-document"),
                        help: crate::msg!("yaml-second-document-help"),
                    });
                }
                Ok(())
            }
            Event::Scalar(text, style, anchor, tag) => {
                let forced_text = tag.as_ref().is_some_and(|t| t.is_yaml_core_schema_tag("str"));
                let merge_key = style == ScalarStyle::Plain && text == "<<" && self.expects_key();
                let bytes = text.len();
                let value = if style == ScalarStyle::Plain && !forced_text {
                    resolve::plain(&text)
                } else {
                    Value::Str(text.into_owned())
                };
                self.count(1, bytes, span)?;
                let node = Node {
                    value,
                    pos: self.pos(&span.start),
                    len: chars(span).max(1),
                };
                if anchor != 0 {
                    self.anchor(span)?;
                    self.anchors.insert(
                        anchor,
                        Stored {
                            node: node.clone(),
                            values: 1,
                            text: bytes,
                        },
                    );
                }
                self.attach(node, merge_key)
            }
            Event::SequenceStart(style, anchor, _) => self.open(anchor, style, span, Items::Seq(Vec::new())),
            Event::MappingStart(style, anchor, _) => self.open(
                anchor,
                style,
                span,
                Items::Map {
                    entries: Vec::new(),
                    key: None,
                    merges: Vec::new(),
                },
            ),
            Event::SequenceEnd | Event::MappingEnd => self.close(),
            Event::Anchor(id, name) => {
                self.names.insert(id, name.into_owned());
                Ok(())
            }
            Event::Alias(id) => self.alias(id, span),
            _ => Ok(()),
        }
    }

    fn offset(&self, marker: &Marker) -> usize {
        self.origin.offset + marker.byte_offset().unwrap_or(0)
    }

    fn pos(&self, marker: &Marker) -> Pos {
        let line = u32::try_from(marker.line()).unwrap_or(u32::MAX).max(1);
        let column = u32::try_from(marker.col()).unwrap_or(u32::MAX);
        Pos {
            offset: self.offset(marker),
            line: self.origin.line.saturating_add(line - 1),
            column: if line == 1 {
                self.origin.column.saturating_add(column)
            } else {
                column.saturating_add(1)
            },
        }
    }

    fn breach(&self, breach: Breach, span: &Span) -> Problem {
        Problem {
            offset: self.offset(&span.start),
            message: breach.message(self.limits),
            help: breach.help(),
        }
    }

    fn count(&mut self, values: usize, text: usize, span: &Span) -> Result<(), Problem> {
        self.spent
            .add(values, text, self.limits)
            .map_err(|breach| self.breach(breach, span))
    }

    fn anchor(&mut self, span: &Span) -> Result<(), Problem> {
        self.spent
            .anchor(self.limits)
            .map_err(|breach| self.breach(breach, span))
    }

    /// Whether the next value is a key of the open mapping.
    fn expects_key(&self) -> bool {
        matches!(
            self.stack.last(),
            Some(Frame {
                items: Items::Map { key: None, .. },
                ..
            })
        )
    }

    /// The innermost `[` or `{` still open, and its line: a syntax error inside it is often
    /// that it was never closed.
    fn open_flow(&self) -> Option<(char, u32)> {
        let frame = self.stack.iter().rev().find(|f| f.flow)?;
        let bracket = if matches!(frame.items, Items::Seq(_)) {
            '['
        } else {
            '{'
        };
        Some((bracket, frame.pos.line))
    }

    fn open(
        &mut self,
        anchor: usize,
        style: StructureStyle,
        span: &Span,
        items: Items,
    ) -> Result<(), Problem> {
        if self.stack.len() >= self.limits.depth {
            return Err(self.breach(Breach::Depth, span));
        }
        self.count(1, 0, span)?;
        if anchor != 0 {
            self.anchor(span)?;
        }
        self.stack.push(Frame {
            pos: self.pos(&span.start),
            anchor,
            flow: style == StructureStyle::Flow,
            values_before: self.spent.values - 1,
            text_before: self.spent.text_bytes,
            items,
        });
        Ok(())
    }

    fn close(&mut self) -> Result<(), Problem> {
        let Some(frame) = self.stack.pop() else {
            return Ok(());
        };
        let value = match frame.items {
            Items::Seq(items) => Value::Seq(items),
            Items::Map { entries, merges, .. } => Value::Map(merge(entries, merges, self.origin)?),
        };
        let node = Node {
            value,
            pos: frame.pos,
            len: 1,
        };
        if frame.anchor != 0 {
            self.anchors.insert(
                frame.anchor,
                Stored {
                    node: node.clone(),
                    values: self.spent.values - frame.values_before,
                    text: self.spent.text_bytes - frame.text_before,
                },
            );
        }
        self.attach(node, false)
    }

    fn alias(&mut self, id: usize, span: &Span) -> Result<(), Problem> {
        self.spent
            .alias(self.limits)
            .map_err(|breach| self.breach(breach, span))?;
        let Some(stored) = self.anchors.get(&id) else {
            // Its anchor is on a collection still open: the alias is inside what it names.
            let name = self.names.get(&id).map_or("", String::as_str);
            return Err(Problem {
                offset: self.offset(&span.start),
                message: crate::msg!("yaml-alias-inside", name = name),
                help: crate::msg!("yaml-alias-inside-help"),
            });
        };
        let (values, text) = (stored.values, stored.text);
        // Counted before the copy is made: a bomb stops before it costs memory.
        self.spent
            .repeat(values, self.limits)
            .map_err(|breach| self.breach(breach, span))?;
        self.count(values, text, span)?;
        let Some(stored) = self.anchors.get(&id) else {
            return Ok(());
        };
        let mut node = stored.node.clone();
        node.pos = self.pos(&span.start);
        if !matches!(node.value, Value::Seq(_) | Value::Map(_)) {
            node.len = chars(span).max(1);
        }
        self.attach(node, false)
    }

    fn attach(&mut self, node: Node, merge_key: bool) -> Result<(), Problem> {
        let Some(frame) = self.stack.last_mut() else {
            self.root.get_or_insert(node);
            return Ok(());
        };
        match &mut frame.items {
            Items::Seq(items) => items.push(node),
            Items::Map { entries, key, merges } => match key.take() {
                None => *key = Some((node, merge_key)),
                Some((_, true)) => merges.push(node),
                Some((key, false)) => {
                    entries.push((key, node));
                }
            },
        }
        Ok(())
    }
}

/// Length in characters of what a span covers.
fn chars(span: &Span) -> u32 {
    u32::try_from(span.end.index().saturating_sub(span.start.index())).unwrap_or(u32::MAX)
}

/// A scalar key as something to compare and hash; collections as keys are never the same.
#[derive(PartialEq, Eq, Hash)]
enum Key<'a> {
    Null,
    Bool(bool),
    Int(i128),
    Float(u64),
    Str(&'a str),
}

fn key_of(node: &Node) -> Option<Key<'_>> {
    match &node.value {
        Value::Null => Some(Key::Null),
        Value::Bool(b) => Some(Key::Bool(*b)),
        Value::Int(i) => Some(Key::Int(*i)),
        Value::Float(f) => Some(Key::Float(f.to_bits())),
        Value::Str(s) => Some(Key::Str(s)),
        Value::Seq(_) | Value::Map(_) => None,
    }
}

fn key_text(node: &Node) -> Cow<'_, str> {
    match &node.value {
        Value::Str(s) => Cow::Borrowed(s.as_str()),
        Value::Null => Cow::Borrowed("~"),
        Value::Bool(b) => Cow::Owned(b.to_string()),
        Value::Int(i) => Cow::Owned(i.to_string()),
        Value::Float(f) => Cow::Owned(f.to_string()),
        Value::Seq(_) | Value::Map(_) => Cow::Borrowed("…"),
    }
}

/// The first key given a second time, by where the second stands: (first, second).
pub(super) fn duplicate(entries: &[(Node, Node)]) -> Option<(usize, usize)> {
    // Few keys: comparing pairs is quickest; many: a hash set keeps it linear.
    if entries.len() <= 16 {
        for second in 1..entries.len() {
            let Some(key) = key_of(&entries[second].0) else {
                continue;
            };
            if let Some(first) = (0..second).find(|&i| key_of(&entries[i].0).as_ref() == Some(&key)) {
                return Some((first, second));
            }
        }
        return None;
    }
    let mut seen: FxHashMap<Key<'_>, usize> = FxHashMap::default();
    for (index, (key, _)) in entries.iter().enumerate() {
        if let Some(key) = key_of(key) {
            if let Some(&first) = seen.get(&key) {
                return Some((first, index));
            }
            seen.insert(key, index);
        }
    }
    None
}

/// A mapping's entries after its merge keys: its own keys first, then each merged mapping's
/// keys that are not there yet, the earlier mapping winning.
fn merge(
    entries: Vec<(Node, Node)>,
    merges: Vec<Node>,
    origin: Origin,
) -> Result<Vec<(Node, Node)>, Problem> {
    if let Some((first, second)) = duplicate(&entries) {
        let (key, _) = &entries[second];
        let shown: String = key_text(key).chars().take(60).collect();
        return Err(Problem {
            offset: key.pos.offset,
            message: crate::msg!(
                "yaml-duplicate-key",
                key = shown,
                first = entries[first].0.pos.line
            ),
            help: crate::msg!("yaml-duplicate-key-help"),
        });
    }
    if merges.is_empty() {
        return Ok(entries);
    }
    let mut sources: Vec<Vec<(Node, Node)>> = Vec::new();
    for node in merges {
        let wrong = |found: &Value, at: &Node| Problem {
            offset: at.pos.offset.max(origin.offset),
            message: crate::msg!(
                "yaml-merge-not-mapping",
                found = crate::schema::described(found.describe())
            ),
            help: crate::msg!("yaml-merge-not-mapping-help"),
        };
        match node.value {
            Value::Map(more) => sources.push(more),
            Value::Seq(items) => {
                for item in items {
                    match item.value {
                        Value::Map(more) => sources.push(more),
                        ref other => return Err(wrong(other, &item)),
                    }
                }
            }
            ref other => return Err(wrong(other, &node)),
        }
    }
    let mut present: FxHashSet<Key<'_>> = entries.iter().filter_map(|(key, _)| key_of(key)).collect();
    let mut added: Vec<(Node, Node)> = Vec::new();
    for (key, value) in sources.iter().flatten() {
        // A key already there, from the mapping itself or an earlier merge, wins.
        if key_of(key).is_none_or(|k| present.insert(k)) {
            added.push((key.clone(), value.clone()));
        }
    }
    drop(present);
    let mut out = entries;
    out.extend(added);
    Ok(out)
}
