//! `lchnv import` end to end, on the made-up network in `tests/fixtures/import/`: an OCR-damaged
//! minutes text with an interleaved attendee table and a running page header, a clean agenda, a
//! Windows-1252 text, a Word document built here from its XML, and bad input.
//!
//! Each test copies `tests/fixtures/import/repo/` (members, calendar and one earlier meeting)
//! to a temporary folder and imports into it.

use assert_cmd::Command;
use serde_json::Value;
use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_lchnv");
const OCR_MINUTES: &str = "minutes-2026-01-16-ocr.txt";
const AGENDA: &str = "agenda-2026-02-20.txt";
const CP1252: &str = "agenda-2026-04-10-cp1252.txt";
const TWIN: &str = "minutes-2026-06-05-twin.txt";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

fn fixture(name: &str) -> PathBuf {
    fixtures().join(name)
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
    for entry in fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap_or_else(|e| panic!("{e}"));
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
        }
    }
}

struct Repo {
    dir: TempDir,
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("{e}\n{}\n{}", self.stdout, self.stderr))
    }
}

impl Repo {
    fn new() -> Repo {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        copy_dir(&fixtures().join("repo"), &dir.path().join("meetings"));
        Repo { dir }
    }

    fn meetings(&self) -> PathBuf {
        self.dir.path().join("meetings")
    }

    fn run(&self, args: &[&str]) -> Run {
        let output = Command::new(BIN)
            .current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .env_remove("LCHNV_MEETINGS")
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let run = Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        };
        assert!(!run.stderr.contains("panicked"), "panic:\n{}", run.stderr);
        run
    }

    fn import(&self, file: &Path, extra: &[&str]) -> Run {
        let file = file.to_string_lossy().into_owned();
        let mut args = vec!["import", file.as_str(), "--format", "json"];
        args.extend_from_slice(extra);
        self.run(&args)
    }

    fn read(&self, relative: &str) -> String {
        let path = self.meetings().join(relative);
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// Every file under meetings/, for "nothing was written".
    fn files(&self) -> Vec<PathBuf> {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{e}")).flatten() {
                if entry.path().is_dir() {
                    walk(&entry.path(), out);
                } else {
                    out.push(entry.path());
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.meetings(), &mut out);
        out.sort();
        out
    }
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

fn count(report: &Value, key: &str) -> u64 {
    report["counts"][key].as_u64().unwrap_or(u64::MAX)
}

fn repairs(report: &Value) -> Vec<(String, String)> {
    report["repairs"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|r| {
                    (
                        r["from"].as_str().unwrap_or("").to_owned(),
                        r["to"].as_str().unwrap_or("").to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The words of a text, lower case, as the import counts them.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Checks from the original text, independently of the importer's own count, that every word
/// of the input is in the output: the input's words, less the lines the report lists as page
/// debris, each taken as repaired where the report lists a repair, less the text the report
/// says was converted (a label, a date written the format's way).
fn assert_nothing_lost(original: &str, output: &str, report: &Value) {
    let debris: Vec<u64> = report["debris"]
        .as_array()
        .map(|a| a.iter().filter_map(|d| d["line"].as_u64()).collect())
        .unwrap_or_default();
    let repaired: HashMap<String, String> = repairs(report)
        .into_iter()
        .map(|(from, to)| (from.to_lowercase(), to.to_lowercase()))
        .collect();
    let mut wanted: HashMap<String, i64> = HashMap::new();
    for (i, line) in original.lines().enumerate() {
        if debris.contains(&(i as u64 + 1)) {
            continue;
        }
        for raw in line.split_whitespace() {
            // Repairs are made per word as the importer sees it (letters and OCR characters).
            for token in raw.split(|c: char| !(c.is_alphanumeric() || c == '|' || c == '@')) {
                let token = token.trim_matches('|').to_lowercase();
                let token = repaired.get(&token).cloned().unwrap_or(token);
                for word in words(&token) {
                    *wanted.entry(word).or_default() += 1;
                }
            }
        }
    }
    for conversion in report["conversions"].as_array().into_iter().flatten() {
        for word in words(conversion["from"].as_str().unwrap_or("")) {
            *wanted.entry(word).or_default() -= 1;
        }
    }
    let mut have: HashMap<String, i64> = HashMap::new();
    for word in words(output) {
        *have.entry(word).or_default() += 1;
    }
    let mut missing: Vec<String> = wanted
        .iter()
        .filter(|(word, n)| **n > have.get(*word).copied().unwrap_or(0))
        .map(|(word, n)| format!("{word} ×{}", n - have.get(word).copied().unwrap_or(0)))
        .collect();
    missing.sort();
    assert!(
        missing.is_empty(),
        "words of the input missing from the output: {missing:?}"
    );
    assert_eq!(report["words"]["missing"].as_array().map(Vec::len), Some(0));
}

#[test]
fn ocr_minutes_are_repaired_recognised_and_pass_check() {
    let repo = Repo::new();
    let run = repo.import(&fixture(OCR_MINUTES), &["--date", "2026-01-16"]);
    assert_eq!(run.code, Some(0), "{}\n{}", run.stdout, run.stderr);
    let report = run.json();
    assert_eq!(report["kind"], "minutes");
    assert!(
        report["kind_from"]
            .as_str()
            .is_some_and(|k| k.contains("Länsnätverket beslutade")),
        "{}",
        report["kind_from"]
    );
    assert_eq!(report["date_from"], "from --date");

    assert_eq!(count(&report, "items"), 6);
    assert_eq!(count(&report, "sub_items"), 6);
    assert_eq!(count(&report, "decision_clauses"), 10);
    assert_eq!(count(&report, "assignments"), 5);
    assert_eq!(count(&report, "attendees"), 9);
    assert_eq!(count(&report, "absentees"), 1);

    // The scan's damage, undone from the lexicon.
    let found = repairs(&report);
    for (from, to) in [
        ("Lansnatverket", "Länsnätverket"),
        ("Féredragande", "Föredragande"),
        ("Lénsnétverket", "Länsnätverket"),
        ("6vergripande", "övergripande"),
        ("I6per", "löper"),
        ("Iyftes", "lyftes"),
        ("dppna", "öppna"),
        ("dnskat", "önskat"),
        ("mgte", "möte"),
        ("Sjoholm", "Sjöholm"),
        ("for", "för"),
    ] {
        assert!(
            found.contains(&(from.to_owned(), to.to_owned())),
            "{from} → {to} not among the repairs"
        );
    }
    let unplaced: Vec<String> = report["unplaced"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|u| u["word"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    assert!(unplaced.contains(&"tilsammans".to_owned()), "{unplaced:?}");

    // The running header in the middle of item 4a is gone, and the sentence it cut is whole.
    let debris: Vec<String> = report["debris"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|d| d["text"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        debris,
        vec![
            "STODTEAMET VASTMARK ol0",
            "REGIONAL SAMVERKAN FOR VASTMARKS KOMMUNER OCH REGIONEN"
        ]
    );

    // Follow-ups, with owners from members.yaml and the sentence they came from.
    let assignments: Vec<(String, Vec<String>, Option<String>)> = report["assignments"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|x| {
                    (
                        x["item"].as_str().unwrap_or("").to_owned(),
                        strings(&x["owners"]),
                        x["report_to"].as_str().map(str::to_owned),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let lnv = Some("LNV".to_owned());
    assert_eq!(
        assignments,
        vec![
            (
                "4b".into(),
                vec!["Beredningsgruppen".into()],
                Some("Styrgruppen".into())
            ),
            ("5a".into(), vec!["Sjövik".into()], lnv.clone()),
            (
                "5c".into(),
                vec!["Ulla Strand".into(), "Ali Rahimi".into()],
                lnv.clone()
            ),
            ("6a".into(), vec!["Lena Björk".into()], lnv),
            ("6a".into(), vec!["Styrgruppen".into()], None),
        ]
    );
    assert!(
        report["assignments"][3]["sentence"]
            .as_str()
            .is_some_and(|s| s.starts_with("Hon tar hem frågan"))
    );
    let unresolved = &report["unresolved_follow_ups"];
    assert_eq!(unresolved.as_array().map(Vec::len), Some(1));
    assert!(
        unresolved[0]["why"]
            .as_str()
            .is_some_and(|w| w.contains("Samordnarna i kommunerna"))
    );

    // The file.
    let minutes = repo.read("2026-01-16/minutes.md");
    for damaged in [
        "Lansnatverket",
        "Féredragande",
        "6vergripande",
        "I6per",
        "STODTEAMET",
    ] {
        assert!(!minutes.contains(damaged), "{damaged} left in:\n{minutes}");
    }
    assert!(minutes.contains("previous_minutes: 2025-12-05"));
    assert!(minutes.contains("  - name: Eva-Britt Lund Hägg\n    organisation: Sjövik\n"));
    assert!(
        minutes
            .contains("  - name: Maja Fält\n    organisation: Åsby\n    note: \"[[överstruket i originalet?")
    );
    assert!(
        minutes.contains("Det lyftes att avtalet behöver förankras i varje kommun innan det undertecknas.")
    );
    assert!(minutes.contains(
        "Länsnätverket beslutade att anta avtalet. <!-- lchnv-disable-line decision-not-listed -->"
    ));
    assert!(minutes.contains(
        "Länsnätverket beslutade\n\n- att anta avtalet om en gemensam jourlinje för länets kommuner med kostnader fördelade efter\n  invånarantal\n"
    ));
    assert!(minutes.contains("| 2026-09-18 | fredag | kl. 09.00-11.30 | Stadshuset Norrby, Sal: Tinget |"));
    assert!(minutes.contains(
        "- [ ] **Ulla Strand**, **Ali Rahimi**: ta fram förslag på en ny samordnare till nästa möte.\n  Återrapport: LNV. Senast: 2026-02-20 (nästa möte).\n"
    ));
    assert!(minutes.contains("Punkt 5a: beslutet står i originalet under rubriken ”Förslag till beslut”"));

    assert_eq!(report["check"]["errors"], 0, "{}", run.stdout);
    let check = repo.run(&["check", "meetings"]);
    assert_eq!(check.code, Some(0), "{}\n{}", check.stdout, check.stderr);
    assert!(
        check.stdout.contains("placeholder"),
        "the struck name asks to be confirmed"
    );

    let original = fs::read_to_string(fixture(OCR_MINUTES)).unwrap_or_default();
    assert_nothing_lost(&original, &minutes, &report);
}

#[test]
fn clean_agenda_imports_with_its_proposals_and_attachments() {
    let repo = Repo::new();
    // The minutes it approves come first.
    let first = repo.import(&fixture(OCR_MINUTES), &["--date", "2026-01-16"]);
    assert_eq!(first.code, Some(0));
    let run = repo.import(&fixture(AGENDA), &[]);
    assert_eq!(run.code, Some(0), "{}\n{}", run.stdout, run.stderr);
    let report = run.json();
    assert_eq!(report["kind"], "agenda");
    assert!(
        report["kind_from"]
            .as_str()
            .is_some_and(|k| k.contains("Dagordning"))
    );
    assert!(
        report["date_from"]
            .as_str()
            .is_some_and(|k| k.contains("20 februari 2026"))
    );
    assert_eq!(count(&report, "items"), 8);
    assert_eq!(count(&report, "sub_items"), 2);
    assert_eq!(count(&report, "proposal_clauses"), 11);
    assert_eq!(count(&report, "attachments"), 8);
    assert_eq!(report["repairs"].as_array().map(Vec::len), Some(0));
    assert_eq!(report["unplaced"].as_array().map(Vec::len), Some(0));

    let agenda = repo.read("2026-02-20/agenda.md");
    assert!(
        agenda.starts_with(
            "---\nkind: agenda\ndate: 2026-02-20\ntime: 09.00–11.30\nplace: Stadshuset, Norrby\n"
        )
    );
    assert!(agenda.contains("previous_minutes: 2026-01-16"));
    assert!(agenda.contains("# Dagordning Länsnätverket i Västmark"));
    assert!(agenda.contains("## 3. Föregående minnesanteckningar 2026-01-16\n\nBilaga: 1\n"));
    assert!(agenda.contains("## 4. Information/Dialog: Gemensam jourlinje\n\nFöredragande: Sven Ek, verksamhetschef, Region Västmark\nBilaga: 2 a, 2 b\n"));
    assert!(agenda.contains("Förslag till beslut: Styrgruppen för Länsnätverket föreslår\n\n- att LNV antar handlingsplanen för äldres hälsa.\n"));
    // No type in the document: one is chosen, and the report says so.
    assert!(agenda.contains("### 6a. Information: Läsanvisning inför mötet"));
    assert!(report["changes"].as_array().into_iter().flatten().any(|c| {
        c["item"] == "6a"
            && c["what"]
                .as_str()
                .is_some_and(|w| w.contains("`Information` chosen"))
    }));
    // Bullets without `att` get it, and the report lists each.
    assert!(agenda.contains("- att ge Per Åkesson, Norrby kommun och Nora Vik, Region Västmark följande uppdrag:\n- att kartlägga rutinerna i varje kommun.\n"));
    assert!(agenda.contains("## 7. Beslut: Representant i det regionala rådet för hälsa och omsorg\n\nFöredragande: Ulla Strand, samordnare, Stödteamet Västmark; Ali Rahimi, utvecklingsledare, Stödteamet Västmark\nBilaga: 6a, 6b\n"));
    assert!(agenda.contains("- Rapport om hemtjänstens bemanning (Bilaga 4 & 5)\n"));
    assert_eq!(report["check"]["errors"], 0);
    let check = repo.run(&["check", "meetings"]);
    assert_eq!(check.code, Some(0), "{}\n{}", check.stdout, check.stderr);

    let original = fs::read_to_string(fixture(AGENDA)).unwrap_or_default();
    assert_nothing_lost(&original, &agenda, &report);
}

#[test]
fn windows_1252_text_is_converted() {
    let repo = Repo::new();
    let run = repo.import(&fixture(CP1252), &[]);
    assert_eq!(run.code, Some(0), "{}\n{}", run.stdout, run.stderr);
    let report = run.json();
    assert_eq!(report["format"], "windows1252");
    let agenda = repo.read("2026-04-10/agenda.md");
    assert!(agenda.contains("## 4. Information: Läget för äldreomsorgens kompetensförsörjning"));
    assert!(agenda.contains("Åsby berättar om rekryteringen av undersköterskor – och om vad som återstår."));
    assert!(!agenda.contains('\r'));
    // The minutes it names are not in the repository: left out, and the report says what to do.
    assert!(!agenda.contains("\nprevious_minutes:"));
    assert!(
        report["previous_minutes"]
            .as_str()
            .is_some_and(|p| p.contains("archived: true"))
    );
    let original = fs::read(fixture(CP1252)).unwrap_or_default();
    let original: String = original.iter().map(|&b| windows_1252(b)).collect();
    assert_nothing_lost(&original, &agenda, &report);
}

/// The few Windows-1252 bytes the fixture uses.
fn windows_1252(byte: u8) -> char {
    match byte {
        0x96 => '–',
        b if b >= 0xA0 => char::from(b),
        b => char::from(b),
    }
}

/// A minimal Word document: `document.xml` with paragraphs, a table and a bulleted list whose
/// bullets come from `numbering.xml`, zipped with deflate.
fn docx(path: &Path) {
    let p = |text: &str| format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>");
    let bullet = |text: &str| {
        format!(
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
        )
    };
    let cell = |text: &str| format!("<w:tc><w:tcPr/><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>");
    let row = |cells: [&str; 4]| {
        format!(
            "<w:tr>{}</w:tr>",
            cells.iter().map(|c| cell(c)).collect::<String>()
        )
    };
    let body = [
        p("Minnesanteckningar Länsnätverket i Västmark"),
        // A tracked deletion is not part of the text.
        "<w:p><w:r><w:t>Datum: 5 juni 2026</w:t></w:r><w:del w:id=\"1\"><w:r><w:delText> (preliminärt)</w:delText></w:r></w:del></w:p>".to_owned(),
        p("Plats: Regionhuset, Älvstad"),
        format!(
            "<w:tbl>{}{}{}</w:tbl>",
            row(["Per Åkesson", "Norrby", "Ulla Strand", "samordnare"]),
            row(["Lena Björk", "Åsby", "Ali Rahimi", "utvecklingsledare"]),
            row(["Karin Dahl-Öberg", "Älvstad", "Greta Sjöholm", "ordförande"])
        ),
        p("1. Mötets öppnande"),
        p("Länsnätverket beslutade"),
        p("att öppna mötet."),
        p("2. Godkännande av dagordning"),
        p("Länsnätverket beslutade"),
        p("att godkänna dagordningen."),
        p("3. Föregående minnesanteckningar 260410"),
        p("Länsnätverket beslutade"),
        p("att lägga minnesanteckningarna till handlingarna."),
        p("4. Beslut: Gemensam jourlinje &amp; bemanning"),
        "<w:p><w:r><w:t>Föredragande: Sven Ek, </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>verksamhetschef</w:t></w:r><w:r><w:t>, Region Västmark</w:t></w:r></w:p>".to_owned(),
        p("Avtalet är undertecknat av alla kommuner. Kvar att lösa är:"),
        bullet("bemanningen under sommaren"),
        bullet("uppföljningen efter ett år"),
        p("Länsnätverket beslutade"),
        p("att godkänna den slutliga versionen av avtalet"),
        p("Region Västmark får i uppdrag att följa upp avtalet efter ett år."),
        p("5. Övriga frågor"),
        p("Inga övriga frågor anmäldes."),
    ]
    .concat();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}<w:sectPr/></w:body></w:document>"
    );
    let numbering = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:abstractNum w:abstractNumId=\"7\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl></w:abstractNum><w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/></w:num></w:numbering>";
    let file = fs::File::create(path).unwrap_or_else(|e| panic!("{e}"));
    let mut zip = zip::ZipWriter::new(file);
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in [
        (
            "[Content_Types].xml",
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
        ),
        ("word/document.xml", document.as_str()),
        ("word/numbering.xml", numbering),
    ] {
        zip.start_file(name, options).unwrap_or_else(|e| panic!("{e}"));
        zip.write_all(text.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    }
    zip.finish().unwrap_or_else(|e| panic!("{e}"));
}

/// The file without the note that names the source, which differs by design.
fn without_source_note(text: &str) -> String {
    text.lines()
        .filter(|l| !l.contains("Importerad med lchnv import"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn docx_imports_like_its_plain_text_twin() {
    let repo = Repo::new();
    let path = repo.dir.path().join("minnesanteckningar.docx");
    docx(&path);
    let from_word = repo.import(&path, &["--dry-run"]);
    let from_text = repo.import(&fixture(TWIN), &["--dry-run"]);
    assert_eq!(from_word.code, Some(0), "{}", from_word.stderr);
    assert_eq!(from_text.code, Some(0), "{}", from_text.stderr);
    let (word, text) = (from_word.json(), from_text.json());
    assert_eq!(word["report"]["format"], "docx");
    assert_eq!(text["report"]["format"], "utf8");
    let word_file = word["content"].as_str().unwrap_or("");
    let text_file = text["content"].as_str().unwrap_or("");
    assert_eq!(without_source_note(word_file), without_source_note(text_file));
    assert_eq!(word["report"]["counts"], text["report"]["counts"]);
    assert_eq!(count(&word["report"], "attendees"), 6);
    assert_eq!(count(&word["report"], "decision_clauses"), 4);
    assert!(word_file.contains("## 4. Beslut: Gemensam jourlinje & bemanning"));
    assert!(word_file.contains("- bemanningen under sommaren\n- uppföljningen efter ett år\n"));
    assert!(word_file.contains("- [ ] **Region Västmark**: följa upp avtalet efter ett år."));
    assert!(
        word_file
            .contains("  - name: Ulla Strand\n    organisation: Stödteamet Västmark\n    role: samordnare\n")
    );
    assert!(!word_file.contains("preliminärt"));
    // A dry run writes nothing.
    assert!(!repo.meetings().join("2026-06-05").exists());
}

#[test]
fn bad_input_is_refused_naming_the_file_and_writes_nothing() {
    let repo = Repo::new();
    let before = repo.files();
    let dir = repo.dir.path();
    let empty = dir.join("tom.txt");
    fs::write(&empty, "").unwrap_or_else(|e| panic!("{e}"));
    let blank = dir.join("blank.txt");
    fs::write(&blank, "  \n\n \t\n").unwrap_or_else(|e| panic!("{e}"));
    let binary = dir.join("bild.txt");
    fs::write(&binary, [0x89u8, b'P', b'N', b'G', 0, 0, 0, 13, 1, 2, 3, 0, 0xff])
        .unwrap_or_else(|e| panic!("{e}"));
    let fake = dir.join("rapport.docx");
    fs::write(&fake, "Dagordning\nDatum: 5 juni 2026\n").unwrap_or_else(|e| panic!("{e}"));
    let broken = dir.join("trasig.docx");
    fs::write(&broken, b"PK\x03\x04 not really a zip").unwrap_or_else(|e| panic!("{e}"));
    let huge = dir.join("stor.txt");
    {
        let mut file = fs::File::create(&huge).unwrap_or_else(|e| panic!("{e}"));
        let line = "Länsnätverket beslutade att lägga informationen till handlingarna.\n".repeat(1000);
        for _ in 0..(20 << 20) / line.len() + 1 {
            file.write_all(line.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    let missing = dir.join("finns-inte.txt");
    for (path, why) in [
        (&empty, "empty"),
        (&blank, "holds no text"),
        (&binary, "binary"),
        (&fake, "not a Word document"),
        (&broken, "zip"),
        (&huge, "MiB"),
        (&missing, "cannot read"),
    ] {
        let run = repo.run(&[
            "import",
            &path.to_string_lossy(),
            "--date",
            "2026-06-05",
            "--kind",
            "minutes",
        ]);
        assert_eq!(
            run.code,
            Some(2),
            "{}: {}{}",
            path.display(),
            run.stdout,
            run.stderr
        );
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        assert!(run.stderr.contains(&name), "{name}: {}", run.stderr);
        assert!(
            run.stderr.contains(why),
            "{name}: expected `{why}` in {}",
            run.stderr
        );
        assert!(run.stdout.is_empty());
    }
    assert_eq!(repo.files(), before, "bad input wrote something");
}

#[test]
fn kind_and_date_come_from_flags_when_the_document_does_not_say() {
    let repo = Repo::new();
    let path = repo.dir.path().join("anteckningar.txt");
    fs::write(
        &path,
        "1. Mötets öppnande\nVi började klockan nio.\n2. Godkännande av dagordning\n3. Föregående minnesanteckningar\n4. Övriga frågor\nInga.\n",
    )
        .unwrap_or_else(|e| panic!("{e}"));
    let file = path.to_string_lossy().into_owned();
    let neither = repo.run(&["import", &file]);
    assert_eq!(neither.code, Some(2));
    assert!(neither.stderr.contains("--date YYYY-MM-DD"), "{}", neither.stderr);
    // Nothing tells the kind: imported as minutes, never refused, and the report says so.
    let no_kind = repo.run(&["import", &file, "--date", "2026-06-05", "--format", "json"]);
    assert_eq!(no_kind.code, Some(0), "{}", no_kind.stderr);
    let report = no_kind.json();
    assert_eq!(report["kind"], "minutes");
    assert!(
        report["kind_from"]
            .as_str()
            .is_some_and(|k| k.contains("--kind agenda")),
        "{}",
        report["kind_from"]
    );
    assert!(
        repo.read("2026-06-05/minutes.md")
            .contains("det importerades som minnesanteckningar")
    );
    let no_date = repo.run(&["import", &file, "--kind", "agenda"]);
    assert_eq!(no_date.code, Some(2));
    assert!(no_date.stderr.contains("--date YYYY-MM-DD"), "{}", no_date.stderr);
    let bad_date = repo.run(&["import", &file, "--kind", "agenda", "--date", "2026-02-30"]);
    assert_eq!(bad_date.code, Some(2));
    assert!(
        bad_date.stderr.contains("--date 2026-02-30"),
        "{}",
        bad_date.stderr
    );
    let both = repo.run(&["import", &file, "--kind", "agenda", "--date", "2026-06-05"]);
    assert_eq!(both.code, Some(0), "{}{}", both.stdout, both.stderr);
    assert!(
        repo.read("2026-06-05/agenda.md")
            .contains("## 1. Mötets öppnande\n\nVi började klockan nio.")
    );
}

#[test]
fn a_date_only_the_file_name_gives_is_used_and_noted() {
    let repo = Repo::new();
    let body = "Minnesanteckningar\n\n1. Mötets öppnande\nVi började klockan nio.\n2. Övriga frågor\nInga.\n";
    let path = repo.dir.path().join("anteckningar-nbk-260605.txt");
    fs::write(&path, body).unwrap_or_else(|e| panic!("{e}"));
    let file = path.to_string_lossy().into_owned();
    let run = repo.run(&["import", &file, "--format", "json", "--dry-run"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let report = &run.json()["report"];
    assert_eq!(report["date"], "2026-06-05");
    assert!(
        report["date_from"]
            .as_str()
            .is_some_and(|d| d.contains("file name")),
        "{}",
        report["date_from"]
    );
    assert!(
        report["changes"].as_array().is_some_and(|c| c
            .iter()
            .any(|c| c["what"].as_str().is_some_and(|w| w.contains("file name")))),
        "{report}"
    );
    let content = run.json()["content"].as_str().unwrap_or_default().to_owned();
    assert!(
        content.contains("hämtat från filnamnet"),
        "the front matter's notes say where the date came from:\n{content}"
    );
    // A flag wins over the file name, and says nothing of it.
    let flagged = repo.run(&[
        "import",
        &file,
        "--format",
        "json",
        "--dry-run",
        "--date",
        "2026-06-12",
    ]);
    let flagged = flagged.json();
    assert_eq!(flagged["report"]["date"], "2026-06-12");
    assert!(
        !flagged["content"]
            .as_str()
            .unwrap_or_default()
            .contains("filnamnet")
    );
    // A date in the text wins over the file name.
    let dated = repo.dir.path().join("anteckningar-20260605.txt");
    fs::write(
        &dated,
        body.replace("Minnesanteckningar\n", "Minnesanteckningar\nDatum: 2026-06-12\n"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let texted = repo.run(&[
        "import",
        &dated.to_string_lossy(),
        "--format",
        "json",
        "--dry-run",
    ]);
    assert_eq!(texted.json()["report"]["date"], "2026-06-12");
    // A name with two dates that disagree gives none.
    let two = repo.dir.path().join("anteckningar-260605-rev-260612.txt");
    fs::write(&two, body).unwrap_or_else(|e| panic!("{e}"));
    let refused = repo.run(&["import", &two.to_string_lossy()]);
    assert_eq!(refused.code, Some(2));
}

#[test]
fn unnumbered_headings_and_a_list_of_who_does_what_are_read() {
    let repo = Repo::new();
    let path = repo.dir.path().join("anteckningar.txt");
    fs::write(
        &path,
        "Minnesanteckningar\nDatum: 2026-06-05\n\n## Mötets öppnande\nGreta Sjöholm hälsade välkommen.\n\n**Ekonomi**\nBudgeten följs.\n\nÖVRIGA FRÅGOR\nInga.\n\nVem gör vad?\n• Per Åkesson, Norrby: ta fram en budget. Senast 2026-09-01. (p. 2)\n• Ekonomi: inget mer\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let run = repo.run(&["import", &path.to_string_lossy(), "--format", "json", "--dry-run"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = run.json();
    let content = json["content"].as_str().unwrap_or_default();
    for heading in [
        "## 1. ",
        "Mötets öppnande",
        "## 2. ",
        "Ekonomi",
        "## 3. ",
        "ÖVRIGA FRÅGOR",
    ] {
        assert!(content.contains(heading), "{heading}:\n{content}");
    }
    let report = &json["report"];
    assert_eq!(report["counts"]["items"], 3, "{report}");
    let assignments = report["assignments"].as_array().cloned().unwrap_or_default();
    assert_eq!(assignments.len(), 1, "{assignments:?}");
    assert_eq!(assignments[0]["item"], "2");
    assert_eq!(assignments[0]["owners"], serde_json::json!(["Per Åkesson"]));
    assert_eq!(assignments[0]["due"], "2026-09-01");
    // The point whose words before the colon name nobody stays text.
    assert!(content.contains("inget mer"), "{content}");
    assert_eq!(
        report["words"]["missing"],
        serde_json::json!([]),
        "{}",
        report["words"]
    );
}

#[test]
fn a_name_in_a_typed_document_is_not_repaired() {
    let repo = Repo::new();
    let path = repo.dir.path().join("anteckningar.txt");
    let prose = "Nätverket går igenom läget för året. Många kommuner säger att köerna är långa och \
        att väntetiderna växer. Gruppen för övergripande frågor önskar bättre stöd från regionen. \
        Förslaget är att höra kommunernas synpunkter före sommaren och återkomma på mötet i höst.";
    fs::write(
        &path,
        format!(
            "Minnesanteckningar\nDatum: 2026-06-05\nNärvarande: Greta Sjöholm, Björn Tellander\n\n1. Mötets öppnande\n{prose}\n\n2. Övriga frågor\nInga.\n"
        ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let run = repo.run(&["import", &path.to_string_lossy(), "--format", "json", "--dry-run"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = run.json();
    let report = &json["report"];
    assert!(
        json["content"]
            .as_str()
            .unwrap_or_default()
            .contains("Björn Tellander"),
        "{}",
        json["content"]
    );
    let repaired: Vec<String> = repairs(report).into_iter().map(|(from, _)| from).collect();
    assert!(!repaired.contains(&"Tellander".to_owned()), "{repaired:?}");
    let unplaced = report["unplaced"].as_array().cloned().unwrap_or_default();
    assert!(
        unplaced
            .iter()
            .any(|u| u["word"] == "Tellander" && u["hint"].is_string()),
        "{unplaced:?}"
    );
}

#[test]
fn existing_files_are_kept_unless_forced_and_a_dry_run_writes_nothing() {
    let repo = Repo::new();
    let file = fixture(AGENDA).to_string_lossy().into_owned();
    let dry = repo.run(&["import", &file, "--dry-run"]);
    assert_eq!(dry.code, Some(0), "{}", dry.stderr);
    assert!(dry.stdout.starts_with("---\nkind: agenda\n"));
    assert!(
        dry.stdout
            .contains("\n----\nImported agenda-2026-02-20.txt (text, UTF-8) as agenda of 2026-02-20\n")
    );
    assert!(dry.stdout.contains("(nothing written)"));
    assert!(!repo.meetings().join("2026-02-20").exists());

    let first = repo.run(&["import", &file]);
    assert_eq!(first.code, Some(0), "{}", first.stderr);
    assert!(first.stdout.contains("  wrote    "));
    fs::write(repo.meetings().join("2026-02-20/agenda.md"), "handskrivet\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let again = repo.run(&["import", &file]);
    assert_eq!(again.code, Some(1));
    assert!(
        again.stderr.contains("already exists") && again.stderr.contains("--force"),
        "{}",
        again.stderr
    );
    assert_eq!(repo.read("2026-02-20/agenda.md"), "handskrivet\n");
    let forced = repo.run(&["import", &file, "--force"]);
    assert_eq!(forced.code, Some(0), "{}", forced.stderr);
    assert!(
        repo.read("2026-02-20/agenda.md")
            .starts_with("---\nkind: agenda\n")
    );
}

#[test]
fn a_date_missing_from_the_calendar_is_reported_or_added_on_request() {
    let repo = Repo::new();
    let path = repo.dir.path().join("augusti.txt");
    fs::write(
        &path,
        "Dagordning\nDatum: 14 augusti 2026\n\n1. Mötets öppnande\n2. Godkännande av dagordning\n3. Föregående minnesanteckningar\n4. Övriga frågor\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let file = path.to_string_lossy().into_owned();
    let plain = repo.run(&["import", &file]);
    // Written, but check reports the date, and the import says what to do.
    assert_eq!(plain.code, Some(1), "{}{}", plain.stdout, plain.stderr);
    assert!(
        plain.stdout.contains("2026-08-14 is not in calendar.yaml"),
        "{}",
        plain.stdout
    );
    assert!(plain.stdout.contains("--add-to-calendar"));
    assert!(plain.stdout.contains("not-in-calendar"));
    let calendar = repo.read("calendar.yaml");
    assert!(
        !calendar.contains("2026-08-14"),
        "calendar.yaml changed without being asked"
    );

    let added = repo.run(&["import", &file, "--force", "--add-to-calendar"]);
    assert_eq!(added.code, Some(0), "{}{}", added.stdout, added.stderr);
    assert!(added.stdout.contains("2026-08-14 added to calendar.yaml"));
    assert!(
        repo.read("calendar.yaml")
            .ends_with("  - date: 2026-08-14\n    weekday: fredag\n")
    );
    let check = repo.run(&["check", "meetings"]);
    assert_eq!(check.code, Some(0), "{}{}", check.stdout, check.stderr);
}

#[test]
fn minutes_take_matters_from_the_agenda_of_their_date() {
    let repo = Repo::new();
    let agenda = "---\nkind: agenda\ndate: 2026-01-16\nprevious_minutes: 2025-12-05\n---\n\n# Dagordning\n\n\
                  ## 1. Mötets öppnande\n\n## 2. Godkännande av dagordning\n\n## 3. Föregående minnesanteckningar\n\n\
                  ## 4. Rapporter från styrgruppen\n\n### 4a. Beslut: Gemensam jourlinje för länets kommuner\n\n\
                  Ärende: jourlinje\n\nFörslag till beslut: Länsnätverket beslutar\n\n- att anta avtalet.\n\n\
                  ## 5. Aktuellt i länet\n\n### 5a. Information: Läget i Sjöviks hemtjänst\n\n\
                  ## 6. Övriga frågor\n";
    fs::create_dir_all(repo.meetings().join("2026-01-16")).unwrap_or_else(|e| panic!("{e}"));
    fs::write(repo.meetings().join("2026-01-16/agenda.md"), agenda).unwrap_or_else(|e| panic!("{e}"));
    let run = repo.import(&fixture(OCR_MINUTES), &["--date", "2026-01-16"]);
    assert_eq!(run.code, Some(0), "{}\n{}", run.stdout, run.stderr);
    let minutes = repo.read("2026-01-16/minutes.md");
    assert!(minutes.contains(
        "### 4a. Beslut: Gemensam jourlinje för länets kommuner\n\nÄrende: jourlinje\nFöredragande:"
    ));
    let report = run.json();
    assert!(report["changes"].as_array().into_iter().flatten().any(|c| {
        c["what"]
            .as_str()
            .is_some_and(|w| w.contains("`Ärende: jourlinje` taken from the agenda"))
    }));
    let check = repo.run(&["check", "meetings"]);
    assert_eq!(check.code, Some(0), "{}{}", check.stdout, check.stderr);
}

/// The list item that starts with `start`, up to the blank line after it.
fn list_item_block<'a>(text: &'a str, start: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("no `{start}` in:\n{text}"));
    let rest = &text[from..];
    &rest[..rest.find("\n\n").unwrap_or(rest.len())]
}

#[test]
fn drafted_and_imported_files_wrap_a_paragraph_alike() {
    // A long proposal: imported with the agenda, then brought back by `new-agenda` when the
    // minutes postpone the item. One wrapper writes both files, so the lines break alike.
    let repo = Repo::new();
    let clause = "att anta handlingsplanen för äldres hälsa med de ändringar som kommunerna föreslagit under \
                  remissen, uppdra åt stödteamet att ta fram en tidplan för införandet i varje kommun och \
                  återrapportera läget till nätverket vid varje möte under året.";
    let document = format!(
        "Dagordning Länsnätverket i Västmark\n\nDatum: 20 februari 2026\n\n1. Mötets öppnande\n\n\
         2. Godkännande av dagordning\n\n3. Föregående minnesanteckningar\n\n\
         4. Beslut: Gemensam jourlinje\n\nÄrende: jourlinje\n\nFörslag till beslut\n\n\
         Länsnätverket beslutar {clause}\n\n5. Övriga frågor\n"
    );
    let source = repo.dir.path().join("dagordning.txt");
    fs::write(&source, document).unwrap_or_else(|e| panic!("{e}"));
    let run = repo.import(&source, &[]);
    assert!(run.code.is_some_and(|c| c <= 1), "{}\n{}", run.stdout, run.stderr);
    let imported = repo.read("2026-02-20/agenda.md");
    let minutes = "---\nkind: minutes\ndate: 2026-02-20\n---\n\n# Minnesanteckningar\n\n\
                   ## 1. Mötets öppnande\n\n## 2. Godkännande av dagordning\n\n\
                   ## 3. Föregående minnesanteckningar\n\n## 4. Beslut: Gemensam jourlinje\n\n\
                   Ärende: jourlinje\n\nStatus: bordlagd\n\n## 5. Övriga frågor\n";
    fs::write(repo.meetings().join("2026-02-20/minutes.md"), minutes).unwrap_or_else(|e| panic!("{e}"));
    let drafted = repo.run(&["new-agenda", "2026-04-10", "--dry-run"]);
    assert_eq!(drafted.code, Some(0), "{}", drafted.stderr);

    let from_import = list_item_block(&imported, "- att anta handlingsplanen");
    let from_draft = list_item_block(&drafted.stdout, "- att anta handlingsplanen");
    assert_eq!(
        from_import, from_draft,
        "imported:\n{imported}\ndrafted:\n{}",
        drafted.stdout
    );
    let lines: Vec<&str> = from_draft.lines().collect();
    assert!(lines.len() >= 3, "{from_draft}");
    assert!(lines.iter().all(|l| l.chars().count() <= 100), "{from_draft}");
    assert!(
        lines[1..]
            .iter()
            .all(|l| l.starts_with("  ") && !l.starts_with("   ")),
        "{from_draft}"
    );
    // The lines are full: each continuation would not have fitted on the line before.
    for pair in lines.windows(2) {
        let next_word = pair[1].split_whitespace().next().unwrap_or("");
        assert!(
            pair[0].chars().count() + 1 + next_word.chars().count() > 100,
            "{from_draft}"
        );
    }
}

#[test]
fn drafted_and_imported_assignments_wrap_alike() {
    // An assignment made from a follow-up in imported minutes, then listed by `new-agenda` with
    // its reference added at the end: every line but the last is the same in both files.
    let repo = Repo::new();
    let document = "Minnesanteckningar Länsnätverket i Västmark\n\nDatum: 20 februari 2026\n\n\
                    1. Mötets öppnande\n\n2. Godkännande av dagordning\n\n3. Föregående minnesanteckningar\n\n\
                    4. Information: Gemensam jourlinje\n\nÄrende: jourlinje\n\n\
                    Länsnätverket beslutade\natt lägga informationen till handlingarna.\n\n\
                    Norrby tar hem frågan om hur kostnaderna för den gemensamma jourlinjen ska fördelas mellan \
                    länets kommuner, med hänsyn till invånarantal och till hur ofta linjen används under natten, \
                    och återkommer med förslag.\n\n5. Övriga frågor\n";
    let source = repo.dir.path().join("minnesanteckningar.txt");
    fs::write(&source, document).unwrap_or_else(|e| panic!("{e}"));
    let run = repo.import(&source, &[]);
    assert!(run.code.is_some_and(|c| c <= 1), "{}\n{}", run.stdout, run.stderr);
    let imported = repo.read("2026-02-20/minutes.md");
    let drafted = repo.run(&["new-agenda", "2026-04-10", "--dry-run"]);
    assert_eq!(drafted.code, Some(0), "{}", drafted.stderr);

    let from_import: Vec<&str> = list_item_block(&imported, "- [ ] **Norrby**").lines().collect();
    let from_draft: Vec<&str> = list_item_block(&drafted.stdout, "- [ ] **Norrby**")
        .lines()
        .collect();
    assert!(from_import.len() >= 3, "{imported}");
    let last = from_import.len() - 1;
    assert_eq!(
        from_import[..last],
        from_draft[..last],
        "imported:\n{imported}\ndrafted:\n{}",
        drafted.stdout
    );
    assert!(
        from_draft[last].starts_with(from_import[last]),
        "{}",
        drafted.stdout
    );
    assert!(
        from_draft
            .last()
            .is_some_and(|l| l.ends_with("Från: 2026-02-20#4.u1.")),
        "{}",
        drafted.stdout
    );
}

/// A document of another hand: a date written `16/1 2026`, an attendance list with a person
/// members.yaml does not know, two `Föredragande:` lines, a heading whose first letter a scan read
/// as a digit, a task for the unknown person with a due date and one due at the next meeting.
const OTHER_HAND: &str = "Minnesanteckningar Länsnätverket i Västmark\n\
Datum: 16/1 2026\n\
Tid: kl. 9–11.30\n\
Ordförande: Greta Sjöholm, Region Västmark\n\
Närvarande: Greta Sjöholm (Region Västmark) ordförande, Per Åkesson (Norrby), Tove Nyberg, Åsby kommun, controller\n\
\n\
1. Mötets öppnande\n\
Länsnätverket beslutade att öppna mötet.\n\
\n\
2. Godkännande av dagordning\n\
Länsnätverket beslutade att godkänna dagordningen.\n\
\n\
3. Föregående minnesanteckningar 251205\n\
Länsnätverket beslutade att lägga minnesanteckningarna till handlingarna.\n\
\n\
4. 6vriga frågor\n\
Föredragande: Per Åkesson\n\
Föredragande: Tove Nyberg\n\
Tove Nyberg ombeds skicka ut enkäten senast 2026-02-10. Per Åkesson återkommer med en sammanställning till nästa möte.\n";

#[test]
fn people_not_in_members_are_kept_and_added_on_request() {
    let repo = Repo::new();
    let file = repo.dir.path().join("minnesanteckningar.txt");
    fs::write(&file, OTHER_HAND).unwrap_or_else(|e| panic!("{e}"));
    let members_before = repo.read("members.yaml");

    // Without --add-members: the person is kept as an attendee and owner, and listed.
    let run = repo.import(&file, &["--dry-run"]);
    assert_eq!(run.code, Some(0), "{}\n{}", run.stdout, run.stderr);
    let value = run.json();
    let content = value["content"].as_str().unwrap_or_default();
    assert!(
        content.contains("  - name: Tove Nyberg\n    organisation: Åsby\n    role: controller\n"),
        "{content}"
    );
    assert!(
        content.contains("## 4. Övriga frågor\n\nFöredragande: Per Åkesson\nFöredragande: Tove Nyberg\n"),
        "{content}"
    );
    assert!(
        content.contains("- [ ] **Tove Nyberg**: skicka ut enkäten senast 2026-02-10. Senast: 2026-02-10.\n"),
        "{content}"
    );
    assert!(content.contains("Senast: 2026-02-20 (nästa"), "{content}");
    assert!(content.contains("chair: Greta Sjöholm\n"), "{content}");
    assert!(content.contains("time: 09.00–11.30\n"), "{content}");
    let report = &value["report"];
    assert_eq!(report["not_in_members"][0]["name"], "Tove Nyberg");
    assert_eq!(
        report["words"]["missing"].as_array().map(Vec::len),
        Some(0),
        "{report}"
    );
    assert_eq!(repo.read("members.yaml"), members_before);

    // With it: members.yaml gains the person, in the same transaction, and check is clean.
    let run = repo.import(&file, &["--add-members"]);
    assert_eq!(run.code, Some(0), "{}\n{}", run.stdout, run.stderr);
    let report = run.json();
    assert_eq!(report["members_added"], true);
    assert_eq!(report["check"]["errors"], 0, "{report}");
    let members = repo.read("members.yaml");
    assert!(
        members.contains("  - name: Tove Nyberg\n    organisation: Åsby\n    role: controller\n"),
        "{members}"
    );
    assert_eq!(members.matches("Per Åkesson").count(), 1);
}

#[test]
fn a_protocol_front_page_and_its_paragraphs_are_read() {
    let repo = Repo::new();
    let path = repo.dir.path().join("protokoll.txt");
    fs::write(
        &path,
        "LÄNSNÄTVERKET                         SAMMANTRÄDESPROTOKOLL

Plats och tid                 Stadshuset, Norrby, fredag 10 april 2026 kl. 9.00–12.00, sammanträdesrum Ekan

Ledamöter                     Anna Berg, Norrby, ordförande
                              Olof Dahl, Åsby

Övriga närvarande             Sara Kvist, socialchef

Utses att justera             Olof Dahl

Justeringens plats och tid    Stadshuset 2026-04-15

§ 40    Dnr LNV 2026/20
Uppföljning av planen

Länsnätverket beslutade
att ge socialchef Sara Kvist i uppdrag att redovisa planen till nästa möte.

§ 41
Rapporter

Ordföranden återkommer med ett förslag senast den 15 maj.
",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let run = repo.import(&path, &["--add-members"]);
    // Written; `check` then misses the network's standard items, which this protocol lacks.
    assert_eq!(run.code, Some(1), "{}\n{}", run.stdout, run.stderr);
    let report = run.json();
    assert_eq!(report["written"], true);
    // The meeting's date, not the adjustment's.
    assert_eq!(report["date"], "2026-04-10");
    let text = repo.read("2026-04-10/minutes.md");
    assert!(
        text.contains("\nplace: Stadshuset, Norrby\nroom: Ekan\n"),
        "{text}"
    );
    assert!(text.contains("\nchair: Anna Berg\n"), "{text}");
    assert!(text.contains("  - name: Olof Dahl\n"), "{text}");
    // `§ 40  Dnr …` with the title below: the title is the line below, the case number kept.
    assert!(text.contains("§ 40 Uppföljning av planen"), "{text}");
    assert!(text.contains("Dnr LNV 2026/20"), "{text}");
    let assignments = report["assignments"].as_array().cloned().unwrap_or_default();
    let owners: Vec<String> = assignments.iter().map(|a| a["owners"].to_string()).collect();
    // A function before the name; the chair's office as written, not resolved to her.
    assert_eq!(
        owners,
        [r#"["Sara Kvist"]"#, r#"["Ordföranden"]"#],
        "{assignments:?}"
    );
    assert_eq!(assignments[0]["due"], "2026-06-05");
    assert_eq!(assignments[1]["due"], "2026-05-15");
}

#[test]
fn a_bodys_own_decision_section_and_a_pointed_decision_are_read() {
    let repo = Repo::new();
    let path = repo.dir.path().join("protokoll.txt");
    fs::write(
        &path,
        "Protokoll

Datum: 2026-04-10

§ 40   Uppföljning av planen

Nämndens beslut
1. att godkänna uppföljningen,
2. att lägga rapporten till handlingarna.

§ 41   Rapporter

» Beslut: att anta rutinen, och att skicka den till kommunerna.
→ Olle Berg skickar rutinen till kommunerna senast 2026-05-15.
",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let run = repo.import(&path, &["--add-members", "--dry-run", "--kind", "minutes"]);
    let report = run.json()["report"].clone();
    // Two numbered points under `Nämndens beslut`, two under `» Beslut:`; the arrow's sentence
    // is a task, not a third point.
    assert_eq!(
        count(&report, "decision_clauses"),
        4,
        "{}\n{}",
        run.stdout,
        run.stderr
    );
    let assignments = report["assignments"].as_array().cloned().unwrap_or_default();
    let owners: Vec<String> = assignments.iter().map(|a| a["owners"].to_string()).collect();
    assert_eq!(owners, [r#"["Olle Berg"]"#], "{assignments:?}");
}
