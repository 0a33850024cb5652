//! The Markdown of prose, clauses and tasks as blocks of styled text, for writers that are not
//! HTML alone: paragraphs, lists and tables of [`Span`]s.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            bold: false,
            italic: false,
        }
    }

    pub fn bold(text: impl Into<String>) -> Span {
        Span {
            bold: true,
            ..Span::plain(text)
        }
    }
}

/// A block of prose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Span>),
    List {
        ordered: bool,
        items: Vec<Vec<Span>>,
    },
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

/// The text of spans, without styles.
pub fn plain(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// Inline Markdown (a clause, a task) as spans: emphasis kept, everything else as text.
pub fn inline(text: &str) -> Vec<Span> {
    let blocks = blocks(text);
    let mut spans = Vec::new();
    for block in blocks {
        match block {
            Block::Paragraph(mut s) => {
                if !spans.is_empty() {
                    spans.push(Span::plain(" "));
                }
                spans.append(&mut s);
            }
            Block::List { items, .. } => {
                for mut item in items {
                    spans.push(Span::plain(" "));
                    spans.append(&mut item);
                }
            }
            Block::Table { header, rows } => {
                let cells = header.into_iter().chain(rows.into_iter().flatten());
                spans.push(Span::plain(cells.collect::<Vec<_>>().join(" ")));
            }
        }
    }
    spans
}

/// Prose as blocks. Headings and quotes read as paragraphs; HTML is kept as text.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut reader = Reader::default();
    for event in Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        reader.event(event);
    }
    reader.finish_paragraph();
    reader.blocks
}

#[derive(Default)]
struct Reader {
    blocks: Vec<Block>,
    spans: Vec<Span>,
    bold: u32,
    italic: u32,
    /// Lists being read, innermost last: whether ordered, and the items so far.
    lists: Vec<(bool, Vec<Vec<Span>>)>,
    table: Option<Table>,
}

#[derive(Default)]
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    cell: String,
    in_header: bool,
}

impl Reader {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(Tag::Strong) => self.bold += 1,
            Event::End(TagEnd::Strong) => self.bold = self.bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => self.italic += 1,
            Event::End(TagEnd::Emphasis) => self.italic = self.italic.saturating_sub(1),
            Event::Start(Tag::List(first)) => {
                self.finish_paragraph();
                self.lists.push((first.is_some(), Vec::new()));
            }
            Event::End(TagEnd::List(_)) => {
                self.finish_item();
                if let Some((ordered, items)) = self.lists.pop() {
                    match self.lists.last_mut() {
                        // A nested list continues its parent's item.
                        Some((_, parent)) => parent.extend(items),
                        None => self.blocks.push(Block::List { ordered, items }),
                    }
                }
            }
            Event::Start(Tag::Item) => self.finish_item(),
            Event::End(TagEnd::Item) => self.finish_item(),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock) => {
                if self.lists.is_empty() {
                    self.finish_paragraph();
                } else {
                    self.text(" ");
                }
            }
            Event::Start(Tag::Table(_)) => {
                self.finish_paragraph();
                self.table = Some(Table::default());
            }
            Event::Start(Tag::TableHead) => {
                if let Some(t) = &mut self.table {
                    t.in_header = true;
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let Some(t) = &mut self.table {
                    t.in_header = false;
                }
            }
            Event::Start(Tag::TableRow) => {
                if let Some(t) = &mut self.table {
                    t.rows.push(Vec::new());
                }
            }
            Event::End(TagEnd::TableCell) => {
                if let Some(t) = &mut self.table {
                    let cell = std::mem::take(&mut t.cell).trim().to_owned();
                    if t.in_header {
                        t.header.push(cell);
                    } else if let Some(row) = t.rows.last_mut() {
                        row.push(cell);
                    }
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(t) = self.table.take() {
                    self.blocks.push(Block::Table {
                        header: t.header,
                        rows: t.rows.into_iter().filter(|r| !r.is_empty()).collect(),
                    });
                }
            }
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => {
                self.text(&text);
            }
            Event::SoftBreak | Event::HardBreak => self.text(" "),
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(t) = &mut self.table {
            t.cell.push_str(text);
            return;
        }
        let (bold, italic) = (self.bold > 0, self.italic > 0);
        match self.spans.last_mut() {
            Some(last) if last.bold == bold && last.italic == italic => last.text.push_str(text),
            _ => self.spans.push(Span {
                text: text.to_owned(),
                bold,
                italic,
            }),
        }
    }

    fn take_spans(&mut self) -> Option<Vec<Span>> {
        let mut spans = std::mem::take(&mut self.spans);
        if let Some(first) = spans.first_mut() {
            first.text = first.text.trim_start().to_owned();
        }
        if let Some(last) = spans.last_mut() {
            last.text = last.text.trim_end().to_owned();
        }
        spans.retain(|s| !s.text.is_empty());
        (!spans.is_empty()).then_some(spans)
    }

    fn finish_item(&mut self) {
        if self.lists.is_empty() {
            return;
        }
        if let Some(spans) = self.take_spans()
            && let Some((_, items)) = self.lists.last_mut()
        {
            items.push(spans);
        }
    }

    fn finish_paragraph(&mut self) {
        if let Some(spans) = self.take_spans() {
            self.blocks.push(Block::Paragraph(spans));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lists_and_tables() {
        let text = "Ett **fett** ord\noch _kursivt_.\n\n- a\n- b\n\n| Dag | Tid |\n| --- | --- |\n| fredag | 09.00 |\n";
        let blocks = blocks(text);
        assert_eq!(blocks.len(), 3);
        assert_eq!(
            blocks[0],
            Block::Paragraph(vec![
                Span::plain("Ett "),
                Span::bold("fett"),
                Span::plain(" ord och "),
                Span {
                    text: "kursivt".to_owned(),
                    bold: false,
                    italic: true
                },
                Span::plain("."),
            ])
        );
        assert_eq!(
            blocks[1],
            Block::List {
                ordered: false,
                items: vec![vec![Span::plain("a")], vec![Span::plain("b")]]
            }
        );
        assert_eq!(
            blocks[2],
            Block::Table {
                header: vec!["Dag".to_owned(), "Tid".to_owned()],
                rows: vec![vec!["fredag".to_owned(), "09.00".to_owned()]]
            }
        );
    }

    #[test]
    fn inline_text_keeps_its_words() {
        assert_eq!(plain(&inline("att **anta** avtalet.")), "att anta avtalet.");
        assert_eq!(plain(&inline("<b> & x")), "<b> & x");
    }
}
