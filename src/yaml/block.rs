//! A quick reader for the YAML nearly every front matter and network file is written in: block
//! mappings and sequences, one value a line, plain words or simple quoted text. It builds the
//! same tree as the event parser, positions included, and declines (returns `None`) at the
//! first thing outside that shape (flow brackets, anchors, tags, multi-line or escaped text,
//! comments after a value, tabs, control characters, a key given twice, a budget nearly spent),
//! so that the event parser reads those files and says what is wrong with them. Front matter
//! was the largest share of `check`'s time; most of it was the general parser's token
//! machinery, which this shape does not need.

use super::budget::Limits;
use super::tree::{Origin, duplicate};
use super::{Node, Value, resolve};
use crate::span::Pos;

/// The tree of `yaml`, when it is all in the simple block shape; `None` otherwise.
pub(super) fn read(yaml: &str, origin: Origin, limits: &Limits) -> Option<Node> {
    if !plain_characters(yaml.as_bytes()) {
        return None;
    }
    let mut reader = Reader {
        yaml,
        origin,
        limits,
        lines: lines(yaml),
        next: 0,
        values: 0,
        text_bytes: 0,
    };
    let first = reader.peek()?;
    let root = reader.block(first, 0)?;
    // Anything left over is at an indentation the shape does not allow.
    if reader.next < reader.lines.len() {
        return None;
    }
    Some(root)
}

/// Whether the text holds only characters that read the same in every YAML version: no tab,
/// carriage return or other control character, no byte order mark, no C1 control, no line or
/// paragraph separator, no noncharacter.
fn plain_characters(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x20 && b != b'\n' || b == 0x7F {
            return false;
        }
        if b >= 0x80 {
            let next = bytes.get(i + 1).copied().unwrap_or(0);
            let third = bytes.get(i + 2).copied().unwrap_or(0);
            let refused = (b == 0xC2 && next <= 0x9F)
                || (b == 0xE2 && next == 0x80 && matches!(third, 0xA8 | 0xA9))
                || (b == 0xEF && next == 0xBB && third == 0xBF)
                || (b == 0xEF && next == 0xBF && matches!(third, 0xBE | 0xBF));
            if refused {
                return false;
            }
        }
        i += 1;
    }
    true
}

/// A line with content: its indentation, where its content starts (a byte offset in the
/// text), and the content without trailing spaces.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    /// 0-based line number in the text.
    number: u32,
    indent: usize,
    start: usize,
    content: &'a str,
}

/// The lines that hold something other than spaces or a comment.
fn lines(yaml: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut next_start = 0;
    let ends = memchr::memchr_iter(b'\n', yaml.as_bytes()).chain(std::iter::once(yaml.len()));
    for (number, end) in ends.enumerate() {
        let line_start = next_start;
        next_start = end + 1;
        let raw = yaml.get(line_start..end).unwrap_or("");
        let content = raw.trim_start_matches(' ');
        let indent = raw.len() - content.len();
        let content = content.trim_end_matches(' ');
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        out.push(Line {
            number: u32::try_from(number).unwrap_or(u32::MAX),
            indent,
            start: line_start + indent,
            content,
        });
    }
    out
}

struct Reader<'a> {
    yaml: &'a str,
    origin: Origin,
    limits: &'a Limits,
    lines: Vec<Line<'a>>,
    /// The first line not yet read.
    next: usize,
    values: usize,
    text_bytes: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<Line<'a>> {
        self.lines.get(self.next).copied()
    }

    /// Counts a value against the budgets; declines well before one is reached, so that the
    /// event parser gives the finding.
    fn count(&mut self, text_bytes: usize) -> Option<()> {
        self.values += 1;
        self.text_bytes += text_bytes;
        (self.values < self.limits.values && self.text_bytes < self.limits.text_bytes).then_some(())
    }

    /// The position of a byte of the text on a given line.
    fn pos(&self, line: &Line<'_>, offset: usize) -> Pos {
        let line_start = line.start - line.indent;
        let column = self.chars(line_start, offset);
        Pos {
            offset: self.origin.offset + offset,
            line: self.origin.line.saturating_add(line.number),
            column: if line.number == 0 {
                self.origin.column.saturating_add(column)
            } else {
                column.saturating_add(1)
            },
        }
    }

    fn chars(&self, from: usize, to: usize) -> u32 {
        let text = self.yaml.get(from..to).unwrap_or("");
        let count = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        u32::try_from(count).unwrap_or(u32::MAX)
    }

    /// A collection whose first line is `line` (the rest of a `- ` line counts as a line of its
    /// own, at the column where it starts), at nesting `depth`.
    fn block(&mut self, line: Line<'a>, depth: usize) -> Option<Node> {
        if line.content == "-" || line.content.starts_with("- ") {
            self.sequence(line, depth, false)
        } else {
            self.mapping(line, depth)
        }
    }

    /// A block sequence; `indentless` when its `- ` stand at the indentation of the key it is
    /// the value of, where the event parser places the sequence at its first item's value.
    fn sequence(&mut self, first: Line<'a>, depth: usize, indentless: bool) -> Option<Node> {
        if depth >= self.limits.depth {
            return None;
        }
        self.count(0)?;
        let mut pos = self.pos(&first, first.start);
        if indentless {
            let item = first.content.get(1..)?.trim_start_matches(' ');
            pos = self.pos(&first, first.start + (first.content.len() - item.len()));
        }
        let indent = first.indent;
        let mut items = Vec::new();
        let mut line = Some(first);
        while let Some(current) = line {
            let rest = current.content.strip_prefix("- ")?;
            let item_content = rest.trim_start_matches(' ');
            let item_start = current.start + (current.content.len() - item_content.len());
            let item = Line {
                number: current.number,
                indent: item_start - (current.start - current.indent),
                start: item_start,
                content: item_content,
            };
            let node = if item_content.starts_with('-') {
                // `- - a` or a scalar starting with `-`: not this shape.
                return None;
            } else if split_key(item_content).is_some() {
                // The item is a mapping whose first key stands on the `- ` line.
                self.mapping(item, depth + 1)?
            } else {
                self.next += 1;
                let node = self.scalar(&item)?;
                self.after_value(indent)?;
                node
            };
            items.push(node);
            line = self
                .peek()
                .filter(|l| l.indent == indent && l.content.starts_with('-'));
        }
        self.end_of_block(indent)?;
        Some(Node {
            value: Value::Seq(items),
            pos,
            len: 1,
        })
    }

    fn mapping(&mut self, first: Line<'a>, depth: usize) -> Option<Node> {
        if depth >= self.limits.depth {
            return None;
        }
        self.count(0)?;
        let pos = self.pos(&first, first.start);
        let indent = first.indent;
        let mut entries: Vec<(Node, Node)> = Vec::new();
        let mut line = Some(first);
        while let Some(current) = line {
            let (key_text, value_at) = split_key(current.content)?;
            self.next += 1;
            self.count(key_text.len())?;
            let key = Node {
                value: resolve::plain(key_text),
                pos: self.pos(&current, current.start),
                len: self.chars(current.start, current.start + key_text.len()).max(1),
            };
            let value = if let Some(at) = value_at {
                let content = &current.content[at..];
                let value_line = Line {
                    number: current.number,
                    indent: current.indent + at,
                    start: current.start + at,
                    content,
                };
                let node = self.scalar(&value_line)?;
                self.after_value(indent)?;
                node
            } else {
                let below = self.peek()?;
                if below.indent > indent {
                    self.block(below, depth + 1)?
                } else if below.indent == indent && below.content.starts_with("- ") {
                    self.sequence(below, depth + 1, true)?
                } else {
                    // An empty value: the event parser places its null where the next token
                    // stands, which this reader does not follow.
                    return None;
                }
            };
            entries.push((key, value));
            line = self
                .peek()
                .filter(|l| l.indent == indent && !l.content.starts_with('-'));
        }
        if duplicate(&entries).is_some() {
            return None;
        }
        self.end_of_block(indent)?;
        Some(Node {
            value: Value::Map(entries),
            pos,
            len: 1,
        })
    }

    /// After a value on its own line: the next line must not be more indented (that would be a
    /// value going on over lines, or an error).
    fn after_value(&self, indent: usize) -> Option<()> {
        match self.peek() {
            Some(next) if next.indent > indent => None,
            _ => Some(()),
        }
    }

    /// A block ends where a line is less indented; one at the same indentation that did not
    /// continue it is not this shape.
    fn end_of_block(&self, indent: usize) -> Option<()> {
        match self.peek() {
            Some(next) if next.indent >= indent => {
                // A mapping's key line after a sequence at the same indentation (`key:` then
                // `- a` then `other:`) closes the sequence; the caller continues the mapping.
                (next.indent == indent && !next.content.starts_with('-')).then_some(())
            }
            _ => Some(()),
        }
    }

    /// A scalar that fills the rest of its line.
    fn scalar(&mut self, line: &Line<'a>) -> Option<Node> {
        let content = line.content;
        let first = *content.as_bytes().first()?;
        if first == b'[' {
            return self.flow_sequence(line);
        }
        let (value, span_len) = match first {
            b'"' | b'\'' => {
                let quote = first as char;
                let inner_end = content[1..].find(quote)? + 1;
                let inner = &content[1..inner_end];
                // Escapes, doubled quotes and anything after the closing quote: not this shape.
                if content.len() != inner_end + 1 || (quote == '"' && inner.contains('\\')) {
                    return None;
                }
                self.count(inner.len())?;
                (Value::Str(inner.to_owned()), content.len())
            }
            _ => {
                if is_indicator(first) || !plain_inside(content) {
                    return None;
                }
                self.count(content.len())?;
                (resolve::plain(content), content.len())
            }
        };
        Some(Node {
            value,
            pos: self.pos(line, line.start),
            len: self.chars(line.start, line.start + span_len).max(1),
        })
    }
}

impl<'a> Reader<'a> {
    /// `[a, b, c]` on one line, of plain words (no quotes, brackets, colons or hashes inside).
    fn flow_sequence(&mut self, line: &Line<'a>) -> Option<Node> {
        let inner = line.content.strip_prefix('[')?.strip_suffix(']')?;
        if inner.contains(['[', ']', '{', '}', ':', '#', '\'', '"']) {
            return None;
        }
        self.count(0)?;
        let pos = self.pos(line, line.start);
        let mut items = Vec::new();
        if !inner.trim_matches(' ').is_empty() {
            let mut offset = line.start + 1;
            for piece in inner.split(',') {
                let word = piece.trim_matches(' ');
                let first = *word.as_bytes().first()?;
                if is_indicator(first) {
                    return None;
                }
                let start = offset + (piece.len() - piece.trim_start_matches(' ').len());
                offset += piece.len() + 1;
                self.count(word.len())?;
                items.push(Node {
                    value: resolve::plain(word),
                    pos: self.pos(line, start),
                    len: self.chars(start, start + word.len()).max(1),
                });
            }
        }
        Some(Node {
            value: Value::Seq(items),
            pos,
            len: 1,
        })
    }
}

/// `key: value` or `key:`: the key, and where the value starts in the content (none when the
/// line ends after the colon). Keys are words of letters, digits, `_` and `-`.
fn split_key(content: &str) -> Option<(&str, Option<usize>)> {
    let colon = content.bytes().position(|b| b == b':')?;
    let key = &content[..colon];
    let mut bytes = key.bytes();
    let first = bytes.next()?;
    if !(first.is_ascii_alphanumeric() || first == b'_')
        || !bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        return None;
    }
    let after = &content[colon + 1..];
    if after.is_empty() {
        return Some((key, None));
    }
    if !after.starts_with(' ') {
        return None;
    }
    let value = after.trim_start_matches(' ');
    if value.starts_with('#') {
        return None;
    }
    Some((key, Some(content.len() - value.len())))
}

/// Whether a plain value holds no `: ` or ` #` and does not end with `:` (where a key or a
/// comment would begin).
fn plain_inside(content: &str) -> bool {
    let bytes = content.as_bytes();
    let inside = bytes
        .windows(2)
        .any(|pair| (pair[0] == b':' && pair[1] == b' ') || (pair[0] == b' ' && pair[1] == b'#'));
    !inside && bytes.last() != Some(&b':')
}

/// The characters a plain scalar may not start with.
fn is_indicator(b: u8) -> bool {
    matches!(
        b,
        b'-' | b'?'
            | b':'
            | b','
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'#'
            | b'&'
            | b'*'
            | b'!'
            | b'|'
            | b'>'
            | b'\''
            | b'"'
            | b'%'
            | b'@'
            | b'`'
    )
}

#[cfg(test)]
mod tests {
    use super::super::tree::{Origin, build_from_events};
    use super::*;

    const ORIGIN: Origin = Origin {
        offset: 4,
        line: 2,
        column: 1,
    };

    /// The quick reader's tree, checked against the event parser's: the same, or declined.
    fn compare(yaml: &str, origin: Origin) -> Option<Node> {
        let quick = read(yaml, origin, &Limits::DEFAULT)?;
        let events = build_from_events(yaml, origin, &Limits::DEFAULT);
        match events {
            Ok(node) => assert_eq!(
                format!("{quick:?}"),
                format!("{node:?}"),
                "the quick reader and the event parser differ on:\n{yaml}"
            ),
            Err(problem) => panic!(
                "the quick reader read what the event parser refuses ({}):\n{yaml}",
                problem.message
            ),
        }
        Some(quick)
    }

    #[test]
    fn the_common_shapes_are_read_as_the_event_parser_reads_them() {
        let accepted = [
            "kind: minutes\ndate: 2026-01-29\n",
            "kind: agenda\ndate: 2026-01-29\ntime: 09.30–12.00\nplace: Rådhuset, Falun\nchair: Åsa Öberg\n",
            "attendees:\n  - name: Päivi Bäckman\n    organisation: Björkå\n  - name: Dag Sjöberg\n    organisation: Rödbäck\n    substitute_for: Åke Jönsson\nprevious_minutes: 2025-11-20\n",
            "attendees:\n- name: A\n  organisation: B\n- name: C\nstatus: draft\n",
            "attachments:\n  - id: \"1\"\n    title: 'Förslag: överenskommelse'\n    file: ../2025-11-20/minutes.md\n",
            "n: 12\nf: 1.5\nt: true\nnull_value: ~\nhex: 0x1F\nword: yes\nstamp: 2026-01-29 09:30\n",
            "# a comment\nkind: minutes\n\n   # indented comment\ndate: 2026-01-29   \n",
            "notes:\n  - Datumet är hämtat ur filnamnet.\n  - 'Två: punkter'\nlist:\n  - a\n  - b\n",
            "members:\n  - name: Anna\n    groups:\n      - Styrgruppen\n      - RSS\n    email: anna@example.org\n",
            "url: https://example.org/a?b=c\nquote_inside: Det \"gamla\" avtalet\napostrophe: Kommunens' avtal\n",
            "deep:\n  a:\n    b:\n      c: d\n  e: f\n",
            "aliases: [Avesta kommun, Falun, 12, true]\nempty: []\nspaced: [ a ,b ]\n",
            "key:\n- a\n- b\nnext:\n- name: x\n",
        ];
        for yaml in accepted {
            assert!(compare(yaml, ORIGIN).is_some(), "declined:\n{yaml}");
            let first_line = Origin {
                offset: 10,
                line: 7,
                column: 5,
            };
            assert!(compare(yaml, first_line).is_some());
        }
    }

    #[test]
    fn everything_else_is_left_to_the_event_parser() {
        let declined = [
            "",
            "just text\n",
            "a: [1, 'b']\n",
            "a: [1, [2]]\n",
            "a: [1, , 2]\n",
            "a: [1, 2] x\n",
            "a: {b: c}\n",
            "a: &x 1\nb: *x\n",
            "base: &b\n  x: 1\nother:\n  <<: *b\n",
            "a: !!str 12\n",
            "a: |\n  text\n",
            "a: >\n  text\n",
            "a: going on\n  over two lines\n",
            "a: value # comment\n",
            "a:\tb\n",
            "a: b\r\n",
            "a: \"escaped \\\" quote\"\n",
            "a: 'it''s'\n",
            "a: \"open\n",
            "a:\nb: c\n",
            "a:\n",
            "a: 1\na: 2\n",
            "a: 1\n  b: 2\n",
            "- - a\n",
            "-\n  a: 1\n",
            "a: - b\n",
            "a: b: c\n",
            "a: ends:\n",
            "\"quoted key\": 1\n",
            "key with space: 1\n",
            "---\na: 1\n",
            "a: 1\n...\n",
            "\u{feff}a: 1\n",
            "a: b\u{85}c\n",
            "a: b\u{2028}c\n",
            "a: -1\n",
            "a: @x\n",
            "list:\n  - a\n  b: 1\n",
        ];
        for yaml in declined {
            assert!(
                read(yaml, ORIGIN, &Limits::DEFAULT).is_none(),
                "read, but should be declined:\n{yaml}"
            );
        }
    }

    #[test]
    fn budgets_and_depth_are_left_to_the_event_parser() {
        let small = Limits {
            depth: 2,
            values: 5,
            text_bytes: 10,
            ..Limits::DEFAULT
        };
        assert!(read("a:\n  b:\n    c: d\n", ORIGIN, &small).is_none());
        let flat = Limits {
            depth: 1,
            ..Limits::DEFAULT
        };
        assert!(read("- a: b\n", ORIGIN, &flat).is_none());
        assert!(read("- a\n", ORIGIN, &flat).is_some());
        assert!(read("a: 1\nb: 2\nc: 3\n", ORIGIN, &small).is_none());
        assert!(read("a: 0123456789abc\n", ORIGIN, &small).is_none());
        assert!(read("a: 1\n", ORIGIN, &small).is_some());
    }

    /// A small deterministic generator of random numbers (xorshift), for the documents below.
    struct Random(u64);

    impl Random {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[self.below(items.len())]
        }
    }

    /// A random document of block mappings and sequences, with scalars made of pieces that
    /// are hard for a reader (colons, hashes, quotes, dashes, marks, numbers, spaces).
    fn random_document(random: &mut Random) -> String {
        // Mostly pieces of ordinary values, some that are hard for a reader.
        const PIECES: &[&str] = &[
            "a",
            "Åsa",
            "ö",
            " ",
            "kommun",
            "1",
            "2026-01-29",
            "Möte",
            "e",
            "x",
            "–",
            ",",
            "1.5",
            "true",
            "null",
            "~",
            "0x1F",
            ": ",
            ":",
            " #",
            "#",
            "-",
            "- ",
            "'",
            "\"",
            "\\",
            "[",
            "]",
            "{",
            "&",
            "*",
            "!",
            "|",
            ">",
            "%",
            "@",
            "`",
            "?",
            "\t",
            "  ",
        ];
        const KEYS: &[&str] = &[
            "kind",
            "date",
            "name",
            "organisation",
            "id",
            "1",
            "true",
            "a-b",
            "a_b",
            "Ärende",
            "x y",
        ];
        let mut out = String::new();
        let mut indent = 0usize;
        for _ in 0..random.below(12) + 1 {
            let pad = " ".repeat(indent);
            match random.below(9) {
                0 if indent > 0 => indent -= 2,
                1 => {
                    out.push_str(&format!("{pad}{}:\n", random.pick(KEYS)));
                    indent += 2;
                }
                2 => {
                    out.push_str(&format!("{pad}- {}: ", random.pick(KEYS)));
                    for _ in 0..random.below(3) {
                        out.push_str(random.pick(PIECES));
                    }
                    out.push('\n');
                    indent += 2;
                }
                3 => out.push_str(&format!("{pad}- {}\n", random.pick(PIECES))),
                4 if random.below(2) == 0 => {
                    let items: Vec<&str> = (0..random.below(4)).map(|_| random.pick(PIECES)).collect();
                    out.push_str(&format!("{pad}{}: [{}]\n", random.pick(KEYS), items.join(", ")));
                }
                4 => out.push_str(&format!("{pad}# {}\n", random.pick(PIECES))),
                5 => out.push('\n'),
                _ => {
                    let quote = random.pick(&["", "", "'", "\""]);
                    out.push_str(&format!("{pad}{}: {quote}", random.pick(KEYS)));
                    for _ in 0..random.below(4) + 1 {
                        let piece = random.pick(PIECES);
                        // Hard pieces half as often as ordinary ones.
                        if PIECES.iter().position(|p| *p == piece).unwrap_or(0) < 16 || random.below(2) == 0 {
                            out.push_str(piece);
                        }
                    }
                    out.push_str(&format!("{quote}{}\n", random.pick(&["", "", " ", "  "])));
                }
            }
        }
        out
    }

    #[test]
    fn random_documents_are_read_alike_or_declined() {
        let mut random = Random(0x5eed_1234_abcd_0042);
        let mut read_quickly = 0;
        for _ in 0..50_000 {
            let yaml = random_document(&mut random);
            if compare(&yaml, ORIGIN).is_some() {
                read_quickly += 1;
            }
        }
        // The generator makes enough documents of the simple shape for the comparison to mean
        // something.
        assert!(read_quickly > 2_500, "only {read_quickly} of 50,000 read quickly");
    }

    #[test]
    fn the_repository_files_are_read_alike_or_declined() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        /// Every file under a folder.
        fn files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
            let entries = std::fs::read_dir(dir).into_iter().flatten().flatten();
            entries
                .flat_map(|e| {
                    if e.path().is_dir() {
                        files(&e.path())
                    } else {
                        vec![e.path()]
                    }
                })
                .collect()
        }
        let (mut seen, mut quick) = (0, 0);
        let mut meetings_declined = Vec::new();
        for path in ["meetings", "tests", "templates"]
            .iter()
            .flat_map(|d| files(&root.join(d)))
        {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let yaml = match path.extension().and_then(|e| e.to_str()) {
                Some("yaml" | "yml") => text.as_str(),
                Some("md") => match text
                    .strip_prefix("---\n")
                    .and_then(|rest| rest.split_once("\n---"))
                {
                    Some((front, _)) => front,
                    None => continue,
                },
                _ => continue,
            };
            seen += 1;
            let yaml = format!("{yaml}\n");
            if compare(&yaml, ORIGIN).is_some() {
                quick += 1;
            } else if path.starts_with(root.join("meetings")) {
                meetings_declined.push(path.display().to_string());
            }
        }
        assert!(seen > 100, "only {seen} YAML texts found");
        assert!(quick * 2 > seen, "{quick} of {seen} read quickly");
        // Only files with text over several lines (`>-`) are left to the event parser.
        for path in &meetings_declined {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            assert!(
                text.contains(": >") || text.contains("- >"),
                "{path} should be read quickly"
            );
        }
    }
}
