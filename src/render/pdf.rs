//! A document as PDF, through krilla, with the Carlito font embedded (metric-compatible with
//! Calibri, under the SIL Open Font License; see data/fonts/README.md). The layout is this
//! module's own: [`layout`] breaks the document into lines and pages as drawing operations, and
//! [`write`] hands them to krilla with a footer that numbers the pages.

use crate::format::rendered;
use crate::render::document::{DocItem, Document, Fact};
use crate::render::markdown::{Block, Span};
use anyhow::{Result, anyhow};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use std::collections::HashMap;
use std::sync::LazyLock;

static REGULAR: &[u8] = include_bytes!("../../data/fonts/Carlito-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../../data/fonts/Carlito-Bold.ttf");
static ITALIC: &[u8] = include_bytes!("../../data/fonts/Carlito-Italic.ttf");

/// A4 in points.
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 64.0;
const BOTTOM: f32 = PAGE_HEIGHT - MARGIN;
const WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
const BODY: f32 = 11.0;
const LEADING: f32 = 1.3;
const LIST_INDENT: f32 = 18.0;

/// The three faces of the font.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Face {
    Regular,
    Bold,
    Italic,
}

impl Face {
    fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => REGULAR,
            Face::Bold => BOLD,
            Face::Italic => ITALIC,
        }
    }

    fn of(span: &Span) -> Face {
        if span.bold {
            Face::Bold
        } else if span.italic {
            Face::Italic
        } else {
            Face::Regular
        }
    }
}

/// Advance widths in em, per face and character, read once from the fonts.
struct Metrics {
    faces: HashMap<Face, (HashMap<char, f32>, f32)>,
}

static METRICS: LazyLock<Metrics> = LazyLock::new(|| {
    let mut faces = HashMap::new();
    for face in [Face::Regular, Face::Bold, Face::Italic] {
        let mut widths = HashMap::new();
        let mut fallback = 0.5;
        if let Ok(font) = FontRef::new(face.bytes()) {
            let upem = font
                .metrics(Size::unscaled(), LocationRef::default())
                .units_per_em
                .max(1);
            let upem = f32::from(upem);
            let glyphs = font.glyph_metrics(Size::unscaled(), LocationRef::default());
            for (code, glyph) in font.charmap().mappings() {
                if let Some(c) = char::from_u32(code) {
                    widths.insert(c, glyphs.advance_width(glyph).unwrap_or(0.0) / upem);
                }
            }
            fallback = widths.get(&'n').copied().unwrap_or(0.5);
        }
        faces.insert(face, (widths, fallback));
    }
    Metrics { faces }
});

/// The width of `text` in `face` at `size` points.
pub fn measure(text: &str, face: Face, size: f32) -> f32 {
    let Some((widths, fallback)) = METRICS.faces.get(&face) else {
        return text.chars().count() as f32 * size * 0.5;
    };
    text.chars()
        .map(|c| widths.get(&c).copied().unwrap_or(*fallback))
        .sum::<f32>()
        * size
}

/// A colour of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    Text,
    Muted,
    Accent,
    Rule,
    Shade,
}

impl Ink {
    fn rgb(self) -> rgb::Color {
        match self {
            Ink::Text => rgb::Color::new(0x1b, 0x1b, 0x1b),
            Ink::Muted => rgb::Color::new(0x4a, 0x4a, 0x4a),
            Ink::Accent => rgb::Color::new(0x1d, 0x3c, 0x6e),
            Ink::Rule => rgb::Color::new(0xa8, 0xb0, 0xbb),
            Ink::Shade => rgb::Color::new(0xe6, 0xeb, 0xf2),
        }
    }
}

/// One drawing operation; `y` is a baseline for text, the top for boxes.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Text {
        x: f32,
        y: f32,
        face: Face,
        size: f32,
        ink: Ink,
        text: String,
    },
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        ink: Ink,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        ink: Ink,
    },
}

/// A styled piece of a paragraph.
#[derive(Debug, Clone)]
struct Piece {
    text: String,
    face: Face,
    ink: Ink,
}

fn pieces(spans: &[Span], ink: Ink) -> Vec<Piece> {
    spans
        .iter()
        .map(|s| Piece {
            text: s.text.clone(),
            face: Face::of(s),
            ink,
        })
        .collect()
}

fn piece(text: impl Into<String>, face: Face, ink: Ink) -> Piece {
    Piece {
        text: text.into(),
        face,
        ink,
    }
}

/// A line of laid-out words: (x offset, piece) pairs.
type Line = Vec<(f32, Piece)>;

/// Breaks pieces into lines at most `width` wide.
fn break_lines(pieces: &[Piece], size: f32, width: f32) -> Vec<Line> {
    let mut lines: Vec<Line> = vec![Vec::new()];
    let mut x = 0.0;
    let mut pending_space: Option<(f32, Face)> = None;
    for p in pieces {
        let mut rest = p.text.as_str();
        while !rest.is_empty() {
            let lead = rest.len() - rest.trim_start().len();
            if lead > 0 {
                pending_space = Some((measure(" ", p.face, size), p.face));
                rest = &rest[lead..];
                continue;
            }
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let word = &rest[..end];
            rest = &rest[end..];
            let w = measure(word, p.face, size);
            let space = pending_space.take().map(|(s, _)| s).unwrap_or(0.0);
            let line_empty = lines.last().is_none_or(Vec::is_empty);
            if !line_empty && x + space + w > width {
                lines.push(Vec::new());
                x = 0.0;
            } else if !line_empty {
                x += space;
            }
            if let Some(line) = lines.last_mut() {
                line.push((
                    x,
                    Piece {
                        text: word.to_owned(),
                        face: p.face,
                        ink: p.ink,
                    },
                ));
            }
            x += w;
        }
    }
    lines.retain(|l| !l.is_empty());
    lines
}

/// The pages as drawing operations, and where the layout stands.
struct Layout {
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl Layout {
    fn new() -> Layout {
        Layout {
            pages: vec![Vec::new()],
            y: MARGIN,
        }
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// Starts a new page unless `height` fits on this one.
    fn room_for(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > MARGIN {
            self.new_page();
        }
    }

    fn gap(&mut self, height: f32) {
        if self.y > MARGIN {
            self.y += height;
        }
    }

    /// A paragraph at `indent`, with an optional marker (a dash, a number) before it.
    fn paragraph(&mut self, pieces: &[Piece], size: f32, indent: f32, marker: Option<Piece>) {
        let line_height = size * LEADING;
        let lines = break_lines(pieces, size, WIDTH - indent);
        for (i, line) in lines.iter().enumerate() {
            self.room_for(line_height);
            let baseline = self.y + size;
            if i == 0
                && let Some(m) = &marker
            {
                let x = MARGIN + indent - LIST_INDENT + 4.0;
                self.ops().push(Op::Text {
                    x,
                    y: baseline,
                    face: m.face,
                    size,
                    ink: m.ink,
                    text: m.text.clone(),
                });
            }
            for (x, p) in line {
                self.ops().push(Op::Text {
                    x: MARGIN + indent + x,
                    y: baseline,
                    face: p.face,
                    size,
                    ink: p.ink,
                    text: p.text.clone(),
                });
            }
            self.y += line_height;
        }
    }

    fn heading(&mut self, text: &str, size: f32) {
        self.gap(size * 0.8);
        // A heading is not left alone at the foot of a page.
        self.room_for(size * LEADING + 3.0 * BODY * LEADING);
        self.paragraph(&[piece(text, Face::Bold, Ink::Accent)], size, 0.0, None);
        self.y += 2.0;
    }

    fn facts(&mut self, facts: &[Fact], ink: Ink) {
        for fact in facts {
            self.paragraph(
                &[
                    piece(format!("{}: ", fact.label), Face::Bold, ink),
                    piece(fact.value.clone(), Face::Regular, ink),
                ],
                BODY,
                0.0,
                None,
            );
        }
    }

    fn rule(&mut self, ink: Ink) {
        let y = self.y;
        self.ops().push(Op::Line {
            x1: MARGIN,
            y1: y,
            x2: MARGIN + WIDTH,
            y2: y,
            ink,
        });
    }

    /// A table with a shaded header row; `widths` are fractions of the text width.
    fn table(&mut self, header: &[String], rows: &[Vec<String>], widths: &[f32], size: f32) {
        let pad = 3.0;
        let line_height = size * LEADING;
        let columns: Vec<f32> = widths.iter().map(|w| w * WIDTH).collect();
        let draw_row = |layout: &mut Layout, cells: &[String], head: bool| {
            let face = if head { Face::Bold } else { Face::Regular };
            let wrapped: Vec<Vec<Line>> = cells
                .iter()
                .zip(&columns)
                .map(|(c, w)| break_lines(&[piece(c.clone(), face, Ink::Text)], size, w - 2.0 * pad))
                .collect();
            let count = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let height = count as f32 * line_height + 2.0 * pad;
            layout.room_for(height);
            let top = layout.y;
            if head {
                layout.ops().push(Op::Fill {
                    x: MARGIN,
                    y: top,
                    w: WIDTH,
                    h: height,
                    ink: Ink::Shade,
                });
            }
            let mut x = MARGIN;
            for (lines, w) in wrapped.iter().zip(&columns) {
                for (i, line) in lines.iter().enumerate() {
                    for (dx, p) in line {
                        layout.ops().push(Op::Text {
                            x: x + pad + dx,
                            y: top + pad + i as f32 * line_height + size,
                            face: p.face,
                            size,
                            ink: p.ink,
                            text: p.text.clone(),
                        });
                    }
                }
                layout.ops().push(Op::Line {
                    x1: x,
                    y1: top,
                    x2: x,
                    y2: top + height,
                    ink: Ink::Rule,
                });
                x += w;
            }
            for (y1, x2) in [(top, MARGIN + WIDTH), (top + height, MARGIN + WIDTH)] {
                layout.ops().push(Op::Line {
                    x1: MARGIN,
                    y1,
                    x2,
                    y2: y1,
                    ink: Ink::Rule,
                });
            }
            layout.ops().push(Op::Line {
                x1: MARGIN + WIDTH,
                y1: top,
                x2: MARGIN + WIDTH,
                y2: top + height,
                ink: Ink::Rule,
            });
            layout.y += height;
        };
        if !header.is_empty() {
            // The head row is not left alone at the foot of a page.
            self.room_for(4.0 * line_height + 4.0 * pad);
            draw_row(self, header, true);
        }
        for row in rows {
            draw_row(self, row, false);
        }
        self.y += 6.0;
    }
}

/// The document laid out on A4 pages.
pub fn layout(doc: &Document) -> Vec<Vec<Op>> {
    let mut l = Layout::new();
    let network = match &doc.network_short {
        Some(short) => format!("{} ({short})", doc.network),
        None => doc.network.clone(),
    };
    l.paragraph(&[piece(network, Face::Bold, Ink::Muted)], BODY, 0.0, None);
    l.y += 4.0;
    l.paragraph(
        &[piece(doc.heading.clone(), Face::Bold, Ink::Accent)],
        24.0,
        0.0,
        None,
    );
    l.y += 4.0;
    l.facts(&doc.facts, Ink::Text);
    l.y += 6.0;
    l.rule(Ink::Accent);
    l.y += 4.0;

    if !doc.present.is_empty() || !doc.absent.is_empty() {
        l.heading(rendered::PRESENT, 14.0);
        let groups: Vec<Fact> = doc
            .present
            .iter()
            .map(|g| Fact {
                label: g.organisation.clone(),
                value: g.people.join(", "),
            })
            .collect();
        l.facts(&groups, Ink::Text);
        if !doc.absent.is_empty() {
            l.heading(rendered::ABSENT, 14.0);
            l.paragraph(
                &[piece(doc.absent.join(", "), Face::Regular, Ink::Text)],
                BODY,
                0.0,
                None,
            );
        }
    }

    for item in &doc.items {
        item_layout(&mut l, item);
    }

    if !doc.open_assignments.is_empty() {
        l.heading(rendered::OPEN_ASSIGNMENTS_AFTER, 14.0);
        let header: Vec<String> = [
            rendered::OWNER,
            rendered::TASK,
            rendered::DUE,
            rendered::REPORT_TO,
            rendered::ITEM,
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        let rows: Vec<Vec<String>> = doc
            .open_assignments
            .iter()
            .map(|r| {
                vec![
                    r.owners.clone(),
                    r.task.clone(),
                    r.due.clone(),
                    r.report_to.clone(),
                    r.item.clone(),
                ]
            })
            .collect();
        l.table(&header, &rows, &[0.2, 0.44, 0.13, 0.15, 0.08], 9.5);
    }
    if !doc.attachments.is_empty() {
        l.heading(rendered::ATTACHMENTS, 14.0);
        l.facts(&doc.attachments, Ink::Text);
    }
    if !doc.remarks.is_empty() {
        l.heading(rendered::REMARKS, 12.0);
        for remark in &doc.remarks {
            l.paragraph(
                &[piece(remark.clone(), Face::Regular, Ink::Muted)],
                9.5,
                0.0,
                None,
            );
            l.y += 3.0;
        }
    }
    l.pages
}

fn item_layout(l: &mut Layout, item: &DocItem) {
    let (size, indent) = if item.sub_item { (12.5, 0.0) } else { (14.0, 0.0) };
    l.heading(&item.heading(), size);
    let mut lines: Vec<Vec<Piece>> = item
        .facts
        .iter()
        .map(|f| {
            vec![
                piece(format!("{}: ", f.label), Face::Bold, Ink::Muted),
                piece(f.value.clone(), Face::Italic, Ink::Muted),
            ]
        })
        .collect();
    lines.extend(
        item.origin
            .iter()
            .chain(&item.closes)
            .map(|(words, _)| vec![piece(words.clone(), Face::Italic, Ink::Muted)]),
    );
    for line in &lines {
        l.paragraph(line, BODY, indent, None);
    }
    if !lines.is_empty() {
        l.y += 4.0;
    }
    for block in &item.body {
        match block {
            Block::Paragraph(spans) => {
                l.paragraph(&pieces(spans, Ink::Text), BODY, indent, None);
                l.y += 5.0;
            }
            Block::List { ordered, items } => {
                for (i, spans) in items.iter().enumerate() {
                    let marker = if *ordered {
                        format!("{}.", i + 1)
                    } else {
                        "–".to_owned()
                    };
                    l.paragraph(
                        &pieces(spans, Ink::Text),
                        BODY,
                        indent + LIST_INDENT,
                        Some(piece(marker, Face::Regular, Ink::Text)),
                    );
                }
                l.y += 5.0;
            }
            Block::Table { header, rows } => {
                let n = header
                    .len()
                    .max(rows.iter().map(Vec::len).max().unwrap_or(0))
                    .max(1);
                let widths = vec![1.0 / n as f32; n];
                l.table(header, rows, &widths, 9.5);
            }
        }
    }
    if let Some(returns) = &item.returns {
        l.paragraph(
            &[piece(returns.clone(), Face::Italic, Ink::Text)],
            BODY,
            indent,
            None,
        );
        l.y += 4.0;
    }
    if let Some(clauses) = &item.clauses {
        l.room_for(2.0 * BODY * LEADING);
        l.paragraph(
            &[piece(clauses.intro.clone(), Face::Bold, Ink::Text)],
            BODY,
            indent,
            None,
        );
        for clause in &clauses.clauses {
            l.paragraph(
                &pieces(&clause.spans, Ink::Text),
                BODY,
                indent + LIST_INDENT,
                Some(piece("–", Face::Regular, Ink::Text)),
            );
        }
        l.y += 5.0;
    }
    if !item.assignments.is_empty() {
        l.room_for(2.0 * BODY * LEADING);
        l.paragraph(
            &[piece(
                format!("{}:", item.assignments_heading),
                Face::Bold,
                Ink::Text,
            )],
            BODY,
            indent,
            None,
        );
        for (i, a) in item.assignments.iter().enumerate() {
            let mut text = Vec::new();
            if a.done {
                text.push(piece(format!("{}: ", rendered::DONE), Face::Bold, Ink::Text));
            }
            if !a.owners.is_empty() {
                text.push(piece(a.owners.join(", "), Face::Bold, Ink::Text));
                text.push(piece(": ", Face::Regular, Ink::Text));
            }
            text.extend(pieces(&a.task, Ink::Text));
            for field in &a.fields {
                text.push(piece(
                    format!(" {}: {}.", field.label, field.value),
                    Face::Regular,
                    Ink::Text,
                ));
            }
            if let Some((words, _)) = &a.origin {
                text.push(piece(format!(" {words}."), Face::Italic, Ink::Muted));
            }
            l.paragraph(
                &text,
                BODY,
                indent + LIST_INDENT,
                Some(piece(format!("{}.", i + 1), Face::Regular, Ink::Text)),
            );
        }
        l.y += 5.0;
    }
}

/// The document as the bytes of a PDF file, its fonts embedded.
pub fn write(doc: &Document) -> Result<Vec<u8>> {
    let pages = layout(doc);
    let mut fonts = HashMap::new();
    for face in [Face::Regular, Face::Bold, Face::Italic] {
        let font = Font::new(face.bytes().into(), 0)
            .ok_or_else(|| anyhow!("{}", crate::msg!("render-font-unreadable")))?;
        fonts.insert(face, font);
    }
    let mut document = krilla::Document::new();
    let count = pages.len();
    for (index, ops) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
            .ok_or_else(|| anyhow!("{}", crate::msg!("render-no-page-size")))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        let footer = format!("{} – {} {} av {count}", doc.title, "sida", index + 1);
        let footer_op = Op::Text {
            x: MARGIN,
            y: PAGE_HEIGHT - MARGIN / 2.0,
            face: Face::Regular,
            size: 8.5,
            ink: Ink::Muted,
            text: footer,
        };
        for op in ops.iter().chain(std::iter::once(&footer_op)) {
            match op {
                Op::Text {
                    x,
                    y,
                    face,
                    size,
                    ink,
                    text,
                } => {
                    let Some(font) = fonts.get(face) else { continue };
                    surface.set_fill(Some(fill(*ink)));
                    surface.draw_text(
                        Point::from_xy(*x, *y),
                        font.clone(),
                        *size,
                        text,
                        false,
                        TextDirection::Auto,
                    );
                }
                Op::Fill { x, y, w, h, ink } => {
                    let mut builder = PathBuilder::new();
                    if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                        builder.push_rect(rect);
                    }
                    if let Some(path) = builder.finish() {
                        surface.set_fill(Some(fill(*ink)));
                        surface.set_stroke(None);
                        surface.draw_path(&path);
                    }
                }
                Op::Line { x1, y1, x2, y2, ink } => {
                    let mut builder = PathBuilder::new();
                    builder.move_to(*x1, *y1);
                    builder.line_to(*x2, *y2);
                    if let Some(path) = builder.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            paint: ink.rgb().into(),
                            width: 0.75,
                            ..Stroke::default()
                        }));
                        surface.draw_path(&path);
                        surface.set_stroke(None);
                    }
                }
            }
        }
        surface.finish();
        page.finish();
    }
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(doc.title.clone())
            .language("sv".to_owned())
            .creator("lchnv".to_owned()),
    );
    document
        .finish()
        .map_err(|e| anyhow!("{}", crate::msg!("render-pdf-failed", detail = format!("{e:?}"))))
}

fn fill(ink: Ink) -> Fill {
    Fill {
        paint: ink.rgb().into(),
        opacity: NormalizedF32::ONE,
        ..Fill::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_measured_from_the_font() {
        let narrow = measure("iiii", Face::Regular, 10.0);
        let wide = measure("MMMM", Face::Regular, 10.0);
        assert!(narrow > 0.0 && wide > narrow * 2.0, "{narrow} {wide}");
        assert!(measure("å", Face::Bold, 10.0) > 0.0);
    }

    #[test]
    fn lines_break_within_the_width() {
        let text = "ord ".repeat(200);
        let lines = break_lines(&[piece(text, Face::Regular, Ink::Text)], 11.0, 200.0);
        assert!(lines.len() > 10);
        for line in &lines {
            let (x, last) = line
                .last()
                .map(|(x, p)| (*x, p.clone()))
                .unwrap_or((0.0, piece("", Face::Regular, Ink::Text)));
            assert!(x + measure(&last.text, last.face, 11.0) <= 200.0 + 0.01);
        }
        let words: usize = lines.iter().map(Vec::len).sum();
        assert_eq!(words, 200);
    }
}
