//! Parse and check one meeting file, of any bytes, against the shipped network: no panic, no
//! hang, and every finding inside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::LazyLock;

static FOLDER: LazyLock<Option<lchnv::repo::Folder>> =
    LazyLock::new(|| lchnv::repo::Folder::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../meetings")).ok());

fuzz_target!(|data: &[u8]| {
    let Some(folder) = FOLDER.as_ref() else { return };
    let Ok(text) = lchnv::source::decode(data.to_vec()) else { return };
    let options = lchnv::lint::Options {
        today: chrono::NaiveDate::from_ymd_opt(2026, 2, 1).unwrap_or_default(),
        use_cache: false,
    };
    let lines = text.split('\n').count() as u32;
    let path = Path::new("2026-01-29/minutes.md");
    for finding in lchnv::lint::check_text(folder, path, text, &options) {
        assert!(finding.pos.line >= 1 && finding.pos.line <= lines.max(1), "{finding:?}");
    }
});
