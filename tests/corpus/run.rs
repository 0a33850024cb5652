//! Importing one corpus document the way a person would: its network's `members.yaml` and
//! `calendar.yaml` copied into a fresh meetings folder, `lchnv import --add-members` run on it,
//! and the written file read back with lchnv's own parser.

use super::truth::Document;
use lchnv::model::{Kind, Meeting};
use lchnv::repo::{LoadOptions, Repository};
use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_lchnv");

/// What one import gave.
pub struct Imported {
    pub report: Value,
    /// The file as written.
    pub markdown: String,
    /// The file as lchnv reads it.
    pub meeting: Meeting,
    /// The document's text as the importer read it (line numbers in the report refer to it).
    pub text: String,
    /// Errors `lchnv check` finds in the written file.
    pub check_errors: usize,
    /// Why nothing was imported, when the import failed.
    pub failure: Option<String>,
}

pub fn import(document: &Document) -> Imported {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let meetings = dir.path().join("meetings");
    fs::create_dir_all(&meetings).unwrap_or_else(|e| panic!("{e}"));
    for name in ["members.yaml", "calendar.yaml"] {
        fs::copy(document.network.join(name), meetings.join(name))
            .unwrap_or_else(|e| panic!("{}: {e}", document.network.join(name).display()));
    }
    let output = Command::new(BIN)
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env_remove("LCHNV_MEETINGS")
        .arg("import")
        .arg(&document.path)
        .args(["--format", "json", "--add-members"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{}: panic\n{stderr}", document.name);
    let text = lchnv::import::input::read(&document.path)
        .unwrap_or_else(|e| panic!("{}: {e}", document.name))
        .text;
    let Ok(report) = serde_json::from_str::<Value>(&stdout) else {
        return Imported {
            report: Value::Null,
            markdown: String::new(),
            meeting: Meeting::default(),
            text,
            check_errors: 0,
            failure: Some(stderr.trim().to_owned()),
        };
    };
    let written = report["output"].as_str().unwrap_or_default();
    let path = dir.path().join(written);
    let markdown = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let meeting = read_back(&meetings, &report, &document.name);
    let check_errors = report["check"]["errors"].as_u64().unwrap_or(0) as usize;
    Imported {
        report,
        markdown,
        meeting,
        text,
        check_errors,
        failure: None,
    }
}

fn read_back(meetings: &Path, report: &Value, name: &str) -> Meeting {
    let load = Repository::load(
        meetings,
        LoadOptions {
            include_drafts: true,
            replacing: None,
            lenient: false,
            keep_prose: true,
            use_cache: false,
            need: lchnv::extract::Need::Whole,
        },
    )
    .unwrap_or_else(|e| panic!("{name}: the imported file cannot be read back: {e:#}"));
    let date = report["date"]
        .as_str()
        .and_then(|d| lchnv::schema::parse_date(d).ok())
        .unwrap_or_else(|| panic!("{name}: the report has no date"));
    let kind = match report["kind"].as_str() {
        Some("agenda") => Kind::Agenda,
        _ => Kind::Minutes,
    };
    load.repo
        .meeting(date, kind)
        .cloned()
        .unwrap_or_else(|| panic!("{name}: no {} of {date} after the import", kind.as_str()))
}
