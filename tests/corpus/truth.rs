//! The truth files of the import corpus (`tests/fixtures/import-corpus/README.md` describes
//! them), and finding the documents they describe.

use serde::Deserialize;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
pub struct Truth {
    pub source: String,
    pub kind: String,
    #[serde(default)]
    pub front: Front,
    #[serde(default)]
    pub items: Vec<ItemTruth>,
    #[serde(default)]
    pub clauses: Vec<ClauseTruth>,
    #[serde(default)]
    pub assignments: Vec<AssignmentTruth>,
    #[serde(default)]
    pub non_tasks: Vec<NonTask>,
    #[serde(default)]
    pub attendees: Vec<AttendeeTruth>,
    #[serde(default)]
    pub ocr: Vec<OcrPair>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Front {
    pub date: Option<String>,
    pub time: Option<String>,
    pub place: Option<String>,
    pub room: Option<String>,
    pub chair: Option<String>,
    pub note_taker: Option<String>,
    #[serde(default)]
    pub adjusters: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ItemTruth {
    pub label: String,
    pub title: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ClauseTruth {
    pub item: String,
    pub kind: String,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AssignmentTruth {
    pub item: String,
    pub owners: Vec<String>,
    pub task: String,
    pub due: Option<String>,
    pub due_text: Option<String>,
    pub report_to: Option<String>,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct NonTask {
    pub source: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AttendeeTruth {
    pub name: String,
    pub organisation: Option<String>,
    pub role: Option<String>,
    pub present: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct OcrPair {
    pub damaged: String,
    pub correct: String,
}

/// A document of the corpus with its truth.
#[derive(Debug, Clone)]
pub struct Document {
    /// `tuning/socialchefer-gavleborg/minnesanteckningar-2026-02-12.txt`
    pub name: String,
    pub path: PathBuf,
    /// The folder with the network's `members.yaml` and `calendar.yaml`.
    pub network: PathBuf,
    /// The undamaged original of an OCR-damaged document.
    pub clean: Option<PathBuf>,
    pub truth: Truth,
}

/// Every document of one folder of the corpus (`tuning` or `held-out`), sorted by name.
pub fn documents(corpus: &Path, folder: &str) -> Vec<Document> {
    let root = corpus.join(folder);
    let mut out = Vec::new();
    let mut networks: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    networks.sort();
    for network in networks {
        let mut truths: Vec<PathBuf> = fs::read_dir(&network)
            .unwrap_or_else(|e| panic!("{}: {e}", network.display()))
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().ends_with(".truth.yaml"))
            .collect();
        truths.sort();
        for truth_path in truths {
            let text =
                fs::read_to_string(&truth_path).unwrap_or_else(|e| panic!("{}: {e}", truth_path.display()));
            let truth: Truth =
                serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", truth_path.display()));
            let path = network.join(&truth.source);
            let stem = truth_path
                .to_string_lossy()
                .trim_end_matches(".truth.yaml")
                .to_owned();
            let clean = PathBuf::from(format!("{stem}.clean.txt"));
            let name = path
                .strip_prefix(corpus)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| path.display().to_string());
            out.push(Document {
                name,
                path,
                network: network.clone(),
                clean: clean.is_file().then_some(clean),
                truth,
            });
        }
    }
    out
}
