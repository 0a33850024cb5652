//! A document as Word (.docx), through docx-rs: real Word headings (Rubrik 1 and 2 are the
//! built-in `heading 1` and `heading 2`, so Word's navigation pane and table of contents see the
//! items), clauses as a list, assignments as a numbered list that restarts under each item, and
//! the open assignments as a table, so that the note-taker can go on editing it in Word.

use crate::format::rendered;
use crate::render::document::{DocItem, Document, Fact};
use crate::render::markdown::{Block, Span};
use anyhow::{Context, Result};
use docx_rs::{
    AbstractNumbering, AlignmentType, Docx, IndentLevel, Level, LevelJc, LevelOverride, LevelText,
    LineSpacing, NumberFormat, Numbering, NumberingId, PageMargin, Paragraph, Run, RunFonts, Shading,
    SpecialIndentType, Start, Style, StyleType, Table, TableCell, TableRow, WidthType,
};

/// The font named in the file: Word has Calibri, LibreOffice shows Carlito in its place.
const FONT: &str = "Calibri";
const ACCENT: &str = "1D3C6E";
const MUTED: &str = "4A4A4A";
/// The list of clauses and prose lists: a dash, as the network writes them. (docx-rs declares a
/// list of its own as number 1.)
pub const BULLETS: usize = 10;
/// Assignments: `1.`, `2.`, restarted for each item from the next id on.
pub const NUMBERED: usize = 11;
/// A4 in twentieths of a point, with margins of 2.5 cm.
const PAGE_WIDTH: u32 = 11906;
const PAGE_HEIGHT: u32 = 16838;
const MARGIN: i32 = 1418;

/// The document as the bytes of a .docx file.
pub fn write(doc: &Document) -> Result<Vec<u8>> {
    let mut docx = setup(Docx::new());
    let network = match &doc.network_short {
        Some(short) => format!("{} ({short})", doc.network),
        None => doc.network.clone(),
    };
    docx = docx.add_paragraph(
        Paragraph::new()
            .add_run(Run::new().add_text(network).bold().color(MUTED))
            .line_spacing(LineSpacing::new().after(60)),
    );
    docx = docx.add_paragraph(
        Paragraph::new()
            .style("Title")
            .add_run(Run::new().add_text(&doc.heading)),
    );
    for fact in &doc.facts {
        docx = docx.add_paragraph(fact_paragraph(fact).line_spacing(LineSpacing::new().after(0)));
    }

    if !doc.present.is_empty() || !doc.absent.is_empty() {
        docx = docx.add_paragraph(heading(1, rendered::PRESENT));
        for group in &doc.present {
            docx = docx.add_paragraph(fact_paragraph(&Fact {
                label: group.organisation.clone(),
                value: group.people.join(", "),
            }));
        }
        if !doc.absent.is_empty() {
            docx = docx.add_paragraph(heading(1, rendered::ABSENT));
            docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(doc.absent.join(", "))));
        }
    }

    let mut next_numbering = NUMBERED + 1;
    for item in &doc.items {
        docx = add_item(docx, item, &mut next_numbering);
    }

    if !doc.open_assignments.is_empty() {
        docx = docx.add_paragraph(heading(1, rendered::OPEN_ASSIGNMENTS_AFTER));
        let header = [
            rendered::OWNER,
            rendered::TASK,
            rendered::DUE,
            rendered::REPORT_TO,
            rendered::ITEM,
        ];
        let widths = [1900, 3970, 1300, 1300, 600];
        let mut rows = vec![TableRow::new(
            header
                .iter()
                .zip(widths)
                .map(|(h, w)| {
                    TableCell::new()
                        .width(w, WidthType::Dxa)
                        .shading(Shading::new().fill("E6EBF2"))
                        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(*h).bold()))
                })
                .collect(),
        )];
        for row in &doc.open_assignments {
            let cells = [&row.owners, &row.task, &row.due, &row.report_to, &row.item];
            rows.push(TableRow::new(
                cells
                    .iter()
                    .zip(widths)
                    .map(|(c, w)| {
                        TableCell::new()
                            .width(w, WidthType::Dxa)
                            .add_paragraph(Paragraph::new().add_run(Run::new().add_text(c.as_str())))
                    })
                    .collect(),
            ));
        }
        docx = docx.add_table(Table::new(rows).set_grid(widths.to_vec()));
    }

    if !doc.attachments.is_empty() {
        docx = docx.add_paragraph(heading(1, rendered::ATTACHMENTS));
        for attachment in &doc.attachments {
            docx = docx.add_paragraph(fact_paragraph(attachment));
        }
    }
    if !doc.remarks.is_empty() {
        docx = docx.add_paragraph(heading(1, rendered::REMARKS));
        for remark in &doc.remarks {
            docx = docx.add_paragraph(
                Paragraph::new().add_run(Run::new().add_text(remark.as_str()).size(18).color(MUTED)),
            );
        }
    }

    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build()
        .pack(&mut bytes)
        .context(crate::msg!("render-docx-failed"))?;
    Ok(bytes.into_inner())
}

/// Page, fonts, the styles Word knows as its own headings, and the two lists.
fn setup(docx: Docx) -> Docx {
    let fonts = || RunFonts::new().ascii(FONT).hi_ansi(FONT).cs(FONT).east_asia(FONT);
    let heading_style = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .size(size)
            .bold()
            .color(ACCENT)
            .outline_lvl(level)
            .line_spacing(LineSpacing::new().before(240).after(80))
    };
    docx.page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(708)
                .footer(708),
        )
        .default_fonts(fonts())
        .default_size(22)
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .size(44)
                .bold()
                .color(ACCENT)
                .line_spacing(LineSpacing::new().after(160)),
        )
        .add_style(heading_style("Heading1", "heading 1", 28, 0))
        .add_style(heading_style("Heading2", "heading 2", 24, 1))
        .add_abstract_numbering(list(BULLETS, "bullet", "–", 283))
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .add_abstract_numbering(list(NUMBERED, "decimal", "%1.", 340))
}

/// A one-level list: its number format, the text before each entry and the hanging indent.
fn list(id: usize, format: &str, text: &str, hanging: i32) -> AbstractNumbering {
    AbstractNumbering::new(id).add_level(
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(Some(567), Some(SpecialIndentType::Hanging(hanging)), None, None),
    )
}

fn heading(level: usize, text: &str) -> Paragraph {
    Paragraph::new()
        .style(if level <= 1 { "Heading1" } else { "Heading2" })
        .keep_next(true)
        .add_run(Run::new().add_text(text))
}

fn fact_paragraph(fact: &Fact) -> Paragraph {
    Paragraph::new()
        .add_run(Run::new().add_text(format!("{}: ", fact.label)).bold())
        .add_run(Run::new().add_text(fact.value.as_str()))
}

fn runs(mut paragraph: Paragraph, spans: &[Span]) -> Paragraph {
    for span in spans {
        let mut run = Run::new().add_text(span.text.as_str());
        if span.bold {
            run = run.bold();
        }
        if span.italic {
            run = run.italic();
        }
        paragraph = paragraph.add_run(run);
    }
    paragraph
}

fn list_item(spans: &[Span], numbering: usize) -> Paragraph {
    runs(Paragraph::new(), spans).numbering(NumberingId::new(numbering), IndentLevel::new(0))
}

fn add_item(mut docx: Docx, item: &DocItem, next_numbering: &mut usize) -> Docx {
    docx = docx.add_paragraph(heading(if item.sub_item { 2 } else { 1 }, &item.heading()));
    let mut lines: Vec<String> = item
        .facts
        .iter()
        .map(|f| format!("{}: {}", f.label, f.value))
        .collect();
    lines.extend(item.origin.iter().map(|(words, _)| words.clone()));
    lines.extend(item.closes.iter().map(|(words, _)| words.clone()));
    for line in lines {
        docx = docx.add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text(line).italic().color(MUTED))
                .line_spacing(LineSpacing::new().after(40)),
        );
    }
    for block in &item.body {
        match block {
            Block::Paragraph(spans) => {
                let paragraph = Paragraph::new().line_spacing(LineSpacing::new().after(120));
                docx = docx.add_paragraph(runs(paragraph, spans));
            }
            Block::List { items, .. } => {
                for spans in items {
                    docx = docx.add_paragraph(list_item(spans, BULLETS));
                }
            }
            Block::Table { header, rows } => {
                let row = |cells: &[String], bold: bool| {
                    TableRow::new(
                        cells
                            .iter()
                            .map(|c| {
                                let mut run = Run::new().add_text(c.as_str());
                                if bold {
                                    run = run.bold();
                                }
                                TableCell::new().add_paragraph(Paragraph::new().add_run(run))
                            })
                            .collect(),
                    )
                };
                let mut table_rows = vec![row(header, true)];
                table_rows.extend(rows.iter().map(|r| row(r, false)));
                docx = docx.add_table(Table::new(table_rows));
            }
        }
    }
    if let Some(returns) = &item.returns {
        docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(returns.as_str()).italic()));
    }
    if let Some(clauses) = &item.clauses {
        docx = docx.add_paragraph(
            Paragraph::new()
                .keep_next(true)
                .add_run(Run::new().add_text(clauses.intro.as_str()).bold()),
        );
        for clause in &clauses.clauses {
            docx = docx.add_paragraph(list_item(&clause.spans, BULLETS));
        }
    }
    if !item.assignments.is_empty() {
        let id = *next_numbering;
        *next_numbering += 1;
        docx = docx
            .add_numbering(Numbering::new(id, NUMBERED).add_override(LevelOverride::new(0).start(1)))
            .add_paragraph(
                Paragraph::new().keep_next(true).add_run(
                    Run::new()
                        .add_text(format!("{}:", item.assignments_heading))
                        .bold(),
                ),
            );
        for a in &item.assignments {
            let mut p = Paragraph::new();
            if a.done {
                p = p.add_run(Run::new().add_text(format!("{}: ", rendered::DONE)).bold());
            }
            if !a.owners.is_empty() {
                p = p
                    .add_run(Run::new().add_text(a.owners.join(", ")).bold())
                    .add_run(Run::new().add_text(": "));
            }
            p = runs(p, &a.task);
            let mut tail = String::new();
            for field in &a.fields {
                tail.push_str(&format!(" {}: {}.", field.label, field.value));
            }
            if let Some((words, _)) = &a.origin {
                tail.push_str(&format!(" {words}."));
            }
            if !tail.is_empty() {
                p = p.add_run(Run::new().add_text(tail));
            }
            docx = docx.add_paragraph(p.numbering(NumberingId::new(id), IndentLevel::new(0)));
        }
    }
    docx.add_paragraph(Paragraph::new().align(AlignmentType::Left))
}
