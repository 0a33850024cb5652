//! Import any bytes as a document against the shipped repository: no panic, no hang, and what
//! is written reads back without a front-matter failure.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lchnv::import::{self, Options, Setting, input};
use lchnv::repo::{LoadOptions, Repository};
use std::path::Path;
use std::sync::LazyLock;

static REPO: LazyLock<Option<Repository>> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../meetings");
    Repository::load(&root, LoadOptions { include_drafts: true, ..LoadOptions::default() })
        .ok()
        .map(|load| load.repo)
});

fuzz_target!(|data: &[u8]| {
    let Some(repo) = REPO.as_ref() else { return };
    let Ok(document) = input::decode(data, false) else { return };
    let words = import::repository_words(Vec::new());
    let setting = Setting {
        network: &repo.network,
        config: &repo.config,
        words: &words,
        minutes_dates: repo.all_minutes().filter_map(|m| m.date()).collect(),
        meetings: &repo.meetings,
    };
    let options = Options {
        kind: None,
        date: chrono::NaiveDate::from_ymd_opt(2026, 1, 29),
    };
    let _ = import::import(&document, "fuzz.txt", &options, &setting);
});
