//! Reading the document to import: plain text (UTF-8, UTF-16 with a byte-order mark, or
//! Windows-1252, which Word writes as "Text"), or a Word `.docx` read from its XML. Anything else
//! (empty, binary, a PDF, an old `.doc`, far too large) is refused with a message naming the file.

use crate::msg;
use anyhow::{Context, Result, bail};
use quick_xml::events::Event;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

/// The largest text the importer reads: agendas and minutes are tens of kilobytes.
pub const MAX_TEXT_BYTES: u64 = 4 << 20;
/// The largest `.docx` (pictures make Word files large; the text in them is small).
pub const MAX_DOCX_BYTES: u64 = 64 << 20;
/// The largest XML part of a `.docx` that is read.
const MAX_XML_BYTES: u64 = 32 << 20;

/// What the document was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    Utf8,
    Utf16,
    Windows1252,
    Docx,
}

impl Format {
    pub fn describe(self) -> &'static str {
        match self {
            Format::Utf8 => "text, UTF-8",
            Format::Utf16 => "text, UTF-16",
            Format::Windows1252 => "text, Windows-1252",
            Format::Docx => "Word document (.docx)",
        }
    }
}

/// A document's text.
#[derive(Debug, Clone)]
pub struct Document {
    pub text: String,
    pub format: Format,
    /// The lines (1-based) of a `.docx`'s paragraphs styled as headings (`Rubrik 2`,
    /// `Heading 2`), which may be its items when they have no numbers.
    pub headings: Vec<usize>,
}

/// Reads a document, deciding its format from its bytes (and its name for `.docx`).
pub fn read(path: &Path) -> Result<Document> {
    let shown = path.display();
    let is_docx_name = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"));
    let limit = if is_docx_name {
        MAX_DOCX_BYTES
    } else {
        MAX_TEXT_BYTES
    };
    let bytes = match crate::read::bytes(path, limit) {
        Ok(bytes) => bytes,
        Err(crate::read::ReadProblem::TooLarge { size, limit }) => bail!(
            "{}",
            msg!(
                "import-too-large",
                path = shown.to_string(),
                size = crate::text::human_size(size),
                limit = crate::text::human_size(limit)
            )
        ),
        Err(crate::read::ReadProblem::NotAFile("a folder")) => {
            bail!("{}", msg!("import-folder", path = shown.to_string()))
        }
        Err(problem) => bail!(
            "{}",
            msg!(
                "read-failed",
                path = shown.to_string(),
                problem = problem.to_string()
            )
        ),
    };
    let document =
        decode(&bytes, is_docx_name).with_context(|| msg!("import-failed", path = shown.to_string()))?;
    if document.text.len() as u64 > MAX_TEXT_BYTES {
        bail!(
            "{}",
            msg!(
                "import-too-much-text",
                path = shown.to_string(),
                limit = crate::text::human_size(MAX_TEXT_BYTES)
            )
        );
    }
    if document.text.trim().is_empty() {
        bail!("{}", msg!("import-no-text", path = shown.to_string()));
    }
    Ok(document)
}

/// Decodes a document's bytes.
pub fn decode(bytes: &[u8], docx_name: bool) -> Result<Document> {
    if bytes.is_empty() {
        bail!("{}", msg!("import-empty"));
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        let (text, headings) = docx_text(bytes)?;
        return Ok(Document {
            text,
            format: Format::Docx,
            headings,
        });
    }
    if docx_name {
        bail!("{}", msg!("import-docx-not-zip"));
    }
    if bytes.starts_with(b"%PDF") {
        bail!("{}", msg!("import-pdf"));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        bail!("{}", msg!("import-old-doc"));
    }
    let text = decode_text(bytes)?;
    Ok(text)
}

fn decode_text(bytes: &[u8]) -> Result<Document> {
    let (text, format) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (String::from_utf8_lossy(rest).into_owned(), Format::Utf8)
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let (text, _, _) = encoding_rs::UTF_16LE.decode(bytes);
        (text.into_owned(), Format::Utf16)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_owned(), Format::Utf8),
            Err(_) => {
                let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
                (text.into_owned(), Format::Windows1252)
            }
        }
    };
    let total = text.chars().count().max(1);
    let control = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'))
        .count();
    if text.contains('\0') || control * 100 > total {
        bail!("{}", msg!("import-binary"));
    }
    Ok(Document {
        text,
        format,
        headings: Vec::new(),
    })
}

/// The text of a `.docx`: its paragraphs one a line, table rows one a line with the cells
/// separated by tabs (as Word's own text export writes them), numbered paragraphs with their
/// numbers; and the lines of the paragraphs styled as headings.
pub fn docx_text(bytes: &[u8]) -> Result<(String, Vec<usize>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| anyhow::anyhow!("{}", msg!("import-docx-unreadable", detail = e.to_string())))?;
    let document = read_part(&mut archive, "word/document.xml")?
        .ok_or_else(|| anyhow::anyhow!("{}", msg!("import-zip-not-docx")))?;
    let mut numbering = match read_part(&mut archive, "word/numbering.xml")? {
        Some(xml) => Numbering::read(&xml),
        None => Numbering::default(),
    };
    if let Some(xml) = read_part(&mut archive, "word/styles.xml")? {
        numbering.read_styles(&xml);
    }
    paragraphs(&document, &numbering)
}

fn read_part<R: std::io::Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<Option<String>> {
    let mut entry = match archive.by_name(name) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => bail!(
            "{}",
            msg!("import-part-unreadable", part = name, detail = e.to_string())
        ),
    };
    if entry.size() > MAX_XML_BYTES {
        bail!("{}", part_too_large(name));
    }
    let mut xml = Vec::new();
    (&mut entry)
        .take(MAX_XML_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|e| {
            anyhow::anyhow!(
                "{}",
                msg!("import-part-unreadable", part = name, detail = e.to_string())
            )
        })?;
    if xml.len() as u64 > MAX_XML_BYTES {
        bail!("{}", part_too_large(name));
    }
    let text = String::from_utf8(xml)
        .map_err(|_| anyhow::anyhow!("{}", msg!("import-part-not-utf8", part = name)))?;
    Ok(Some(text))
}

fn part_too_large(name: &str) -> String {
    msg!(
        "import-part-too-large",
        part = name,
        limit = crate::text::human_size(MAX_XML_BYTES)
    )
}

/// How list paragraphs are numbered: the format of each level of each list.
#[derive(Debug, Default)]
struct Numbering {
    /// numId → abstractNumId.
    nums: HashMap<String, String>,
    /// (abstractNumId, level) → numFmt.
    formats: HashMap<(String, u8), String>,
    /// (abstractNumId, level) → lvlText: `%1.`, `%1.%2`, `%3)`.
    texts: HashMap<(String, u8), String>,
    /// styleId → the list (numId, level) a paragraph style numbers its paragraphs with: Word's
    /// numbered headings (`Rubrik 2` with `4.1`) carry their number in the style.
    styles: HashMap<String, (String, u8)>,
}

impl Numbering {
    fn read(xml: &str) -> Numbering {
        let mut numbering = Numbering::default();
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut abstract_id: Option<String> = None;
        let mut level: Option<u8> = None;
        let mut num_id: Option<String> = None;
        loop {
            let event = match reader.read_event() {
                Ok(Event::Eof) | Err(_) => break,
                Ok(event) => event,
            };
            match event {
                Event::Start(e) | Event::Empty(e) => {
                    let name = e.local_name();
                    match name.as_ref() {
                        "abstractNum" => abstract_id = attribute(&e, "abstractNumId"),
                        "lvl" => level = attribute(&e, "ilvl").and_then(|l| l.parse().ok()),
                        "numFmt" => {
                            if let (Some(a), Some(l), Some(f)) = (&abstract_id, level, attribute(&e, "val")) {
                                numbering.formats.insert((a.clone(), l), f);
                            }
                        }
                        "lvlText" => {
                            if let (Some(a), Some(l), Some(t)) = (&abstract_id, level, attribute(&e, "val")) {
                                numbering.texts.insert((a.clone(), l), t);
                            }
                        }
                        "num" => num_id = attribute(&e, "numId"),
                        "abstractNumId" => {
                            if let (Some(n), Some(a)) = (&num_id, attribute(&e, "val")) {
                                numbering.nums.insert(n.clone(), a);
                            }
                        }
                        _ => {}
                    }
                }
                Event::End(e) => match e.local_name().as_ref() {
                    "abstractNum" => abstract_id = None,
                    "lvl" => level = None,
                    "num" => num_id = None,
                    _ => {}
                },
                _ => {}
            }
        }
        numbering
    }

    /// The numbering of the paragraph styles in `styles.xml`.
    fn read_styles(&mut self, xml: &str) {
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut style: Option<String> = None;
        let mut num: (Option<String>, u8) = (None, 0);
        loop {
            let event = match reader.read_event() {
                Ok(Event::Eof) | Err(_) => break,
                Ok(event) => event,
            };
            match event {
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    "style" => {
                        style = attribute(&e, "styleId");
                        num = (None, 0);
                    }
                    "numId" => num.0 = attribute(&e, "val"),
                    "ilvl" => num.1 = attribute(&e, "val").and_then(|v| v.parse().ok()).unwrap_or(0),
                    _ => {}
                },
                Event::End(e) if e.local_name().as_ref() == "style" => {
                    if let (Some(id), Some(num_id)) = (style.take(), num.0.take())
                        && num_id != "0"
                    {
                        self.styles.insert(id, (num_id, num.1));
                    }
                }
                _ => {}
            }
        }
    }

    /// The number a paragraph shows, from its level's text (`%1.%2` → `4.1`), when the level
    /// has one with the counters in it.
    fn label(&self, num_id: &str, level: u8, counters: &HashMap<(String, u8), u32>) -> Option<String> {
        let text = self
            .nums
            .get(num_id)
            .and_then(|a| self.texts.get(&(a.clone(), level)))?;
        if !text.contains('%') {
            return None;
        }
        let mut out = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let digit = chars.peek().and_then(|d| d.to_digit(10));
            match (c, digit) {
                ('%', Some(d)) if (1..=9).contains(&d) => {
                    chars.next();
                    let at = (d - 1) as u8;
                    let n = counters
                        .get(&(num_id.to_owned(), at))
                        .copied()
                        .unwrap_or(1)
                        .max(1);
                    match self.format(num_id, at) {
                        "lowerLetter" => out.push(letter(n)),
                        "upperLetter" => out.push(letter(n).to_ascii_uppercase()),
                        _ => out.push_str(&n.to_string()),
                    }
                }
                _ => out.push(c),
            }
        }
        Some(out)
    }

    fn format(&self, num_id: &str, level: u8) -> &str {
        self.nums
            .get(num_id)
            .and_then(|a| self.formats.get(&(a.clone(), level)))
            .map(String::as_str)
            .unwrap_or(if level == 0 { "decimal" } else { "lowerLetter" })
    }
}

fn attribute(e: &quick_xml::events::BytesStart, local: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        if a.key.local_name().as_ref() == local {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        } else {
            None
        }
    })
}

/// Walks `document.xml`.
fn paragraphs(xml: &str, numbering: &Numbering) -> Result<(String, Vec<usize>)> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = String::new();
    let mut paragraph = String::new();
    let mut in_text = false;
    let mut skip_depth = 0usize;
    let mut table_depth = 0usize;
    let mut cells: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut num: (Option<String>, Option<u8>) = (None, None);
    let mut style: Option<String> = None;
    let mut headings: Vec<usize> = Vec::new();
    let mut counters: HashMap<(String, u8), u32> = HashMap::new();
    loop {
        let event = reader.read_event().map_err(|e| {
            anyhow::anyhow!(
                "{}",
                msg!(
                    "import-part-unreadable",
                    part = "word/document.xml",
                    detail = e.to_string()
                )
            )
        })?;
        match event {
            Event::Eof => break,
            Event::Start(e) => match e.local_name().as_ref() {
                // Deleted text of tracked changes, and field codes, are not the document's text.
                "del" | "instrText" | "delText" => skip_depth += 1,
                "t" if skip_depth == 0 => in_text = true,
                "p" => {
                    paragraph.clear();
                    num = (None, None);
                    style = None;
                }
                "tbl" => table_depth += 1,
                "tr" if table_depth == 1 => cells.clear(),
                "tc" if table_depth == 1 => cell.clear(),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" if skip_depth == 0 => paragraph.push('\t'),
                "br" | "cr" if skip_depth == 0 => paragraph.push('\n'),
                "numId" => num.0 = attribute(&e, "val"),
                "ilvl" => num.1 = attribute(&e, "val").and_then(|v| v.parse().ok()),
                "pStyle" => style = attribute(&e, "val"),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "del" | "instrText" | "delText" => skip_depth = skip_depth.saturating_sub(1),
                "t" => in_text = false,
                "p" => {
                    let mut line = paragraph.trim_end().to_owned();
                    // No list of its own: its style's, if the style numbers its paragraphs.
                    if num.0.is_none()
                        && let Some((id, level)) = style.as_ref().and_then(|s| numbering.styles.get(s))
                    {
                        num = (Some(id.clone()), Some(num.1.unwrap_or(*level)));
                    }
                    if let Some(id) = num.0.as_deref().filter(|id| *id != "0") {
                        let level = num.1.unwrap_or(0);
                        let count = counters.entry((id.to_owned(), level)).or_insert(0);
                        *count += 1;
                        let n = *count;
                        counters.retain(|(other, l), _| other != id || *l <= level);
                        let label = match numbering.format(id, level) {
                            "bullet" => "-".to_owned(),
                            "none" => String::new(),
                            format => match numbering.label(id, level, &counters) {
                                Some(label) => label,
                                None if format == "lowerLetter" => format!("{})", letter(n)),
                                None if format == "upperLetter" => {
                                    format!("{})", letter(n).to_ascii_uppercase())
                                }
                                None => format!("{n}."),
                            },
                        };
                        if !label.is_empty() {
                            line = format!("{label} {line}");
                        }
                    }
                    if table_depth > 0 {
                        if !cell.is_empty() && !line.is_empty() {
                            cell.push(' ');
                        }
                        cell.push_str(line.trim());
                    } else {
                        if style.as_deref().is_some_and(is_heading_style) && !line.trim().is_empty() {
                            headings.push(out.matches('\n').count() + 1);
                        }
                        out.push_str(&line);
                        out.push('\n');
                    }
                }
                "tc" if table_depth == 1 => cells.push(std::mem::take(&mut cell)),
                "tr" if table_depth == 1 => {
                    let row: Vec<&str> = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
                    if !row.is_empty() {
                        out.push_str(&row.join("\t"));
                        out.push('\n');
                    }
                }
                "tbl" => {
                    table_depth = table_depth.saturating_sub(1);
                    if table_depth == 0 {
                        out.push('\n');
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_text && skip_depth == 0 => paragraph.push_str(&t.xml10_content()),
            Event::CData(t) if in_text && skip_depth == 0 => paragraph.push_str(&t.into_inner()),
            Event::GeneralRef(r) if in_text && skip_depth == 0 => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    paragraph.push(c);
                } else {
                    let name = r.into_inner().into_owned();
                    paragraph.push_str(match name.as_str() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
            _ => {}
        }
    }
    Ok((out, headings))
}

/// Whether a paragraph style is one of Word's headings: `Heading2`, `Rubrik2` (the style ids
/// of English and Swedish Word).
fn is_heading_style(id: &str) -> bool {
    let lower = id.to_lowercase();
    ["heading", "rubrik"].iter().any(|h| {
        lower
            .strip_prefix(h)
            .is_some_and(|n| n.trim().len() == 1 && n.trim().chars().all(|c| c.is_ascii_digit()))
    })
}

fn letter(n: u32) -> char {
    char::from_u32(u32::from(b'a') + (n.saturating_sub(1) % 26)).unwrap_or('a')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_is_detected() {
        let doc = decode(b"M\xf6tets \xf6ppnande\r\n", false).ok();
        assert_eq!(doc.as_ref().map(|d| d.text.as_str()), Some("Mötets öppnande\r\n"));
        assert_eq!(doc.map(|d| d.format), Some(Format::Windows1252));
    }

    #[test]
    fn headings_numbered_by_their_style() {
        let mut numbering = Numbering::read(
            r#"<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>"#,
        );
        numbering.read_styles(
            r#"<w:styles xmlns:w="w"><w:style w:styleId="Rubrik2"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style><w:style w:styleId="Rubrik3"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style><w:style w:styleId="Normal"/></w:styles>"#,
        );
        let para = |style: &str, text: &str| {
            format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#)
        };
        let xml = format!(
            "<w:document xmlns:w=\"w\"><w:body>{}{}{}{}{}</w:body></w:document>",
            para("Rubrik2", "Mötets öppnande"),
            para("Normal", "Text."),
            para("Rubrik2", "Ekonomi"),
            para("Rubrik3", "Budget"),
            para("Rubrik2", "Övrigt"),
        );
        let (text, headings) = paragraphs(&xml, &numbering).unwrap_or_default();
        assert_eq!(headings, vec![1, 3, 4, 5]);
        assert!(!is_heading_style("Normal") && is_heading_style("Heading2"));
        assert_eq!(
            text,
            "1. Mötets öppnande\nText.\n2. Ekonomi\n2.1 Budget\n3. Övrigt\n"
        );
    }

    #[test]
    fn bad_input_is_refused_with_a_reason() {
        let why = |bytes: &[u8], docx: bool| {
            decode(bytes, docx)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(why(b"", false).contains("empty"));
        assert!(why(b"abc\0\x01\x02def", false).contains("binary"));
        assert!(why(b"plain text", true).contains("not a Word document"));
        assert!(why(b"%PDF-1.7 ...", false).contains("PDF"));
        assert!(why(b"PK\x03\x04garbage", false).contains("zip"));
    }
}
