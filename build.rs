//! Compiles the Swedish word list (`data/sv-words.txt.gz`) into a finite-state set, which the
//! binary includes as it is: looking a word up needs no loading, no unpacking and no memory of
//! its own, and restoring the marks of a word walks the set's states instead of searching.

use std::error::Error;
use std::fs::File;
use std::io::{BufWriter, Read};
use std::path::PathBuf;

const WORDS: &str = "data/sv-words.txt.gz";

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed={WORDS}");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?).join("sv-words.fst");
    let mut text = String::new();
    flate2::read::GzDecoder::new(File::open(WORDS).map_err(|e| format!("{WORDS}: {e}"))?)
        .read_to_string(&mut text)
        .map_err(|e| format!("{WORDS}: not a gzip file of UTF-8 text: {e}"))?;
    let mut words: Vec<&str> = text.lines().map(str::trim).filter(|w| !w.is_empty()).collect();
    // The shipped list is sorted; another list put in its place need not be.
    if !words.is_sorted() {
        words.sort_unstable();
    }
    words.dedup();
    let mut builder = fst::SetBuilder::new(BufWriter::new(File::create(&out)?))?;
    builder.extend_iter(words)?;
    builder.finish()?;
    Ok(())
}
