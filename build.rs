//! Compiles the Swedish word list (`data/sv-words.txt.gz`) into a finite-state set, and the word
//! frequencies (`data/sv-frequencies.txt.gz`) into a finite-state map, which the binary includes
//! as they are: looking a word up needs no loading, no unpacking and no memory of its own, and
//! restoring the marks of a word walks the set's states instead of searching.

use std::error::Error;
use std::fs::File;
use std::io::{BufWriter, Read};
use std::path::{Path, PathBuf};

const WORDS: &str = "data/sv-words.txt.gz";
const FREQUENCIES: &str = "data/sv-frequencies.txt.gz";

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed={WORDS}");
    println!("cargo::rerun-if-changed={FREQUENCIES}");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    words(&out_dir.join("sv-words.fst"))?;
    frequencies(&out_dir.join("sv-frequencies.fst"))?;
    Ok(())
}

/// The text of a gzip file.
fn gunzip(path: &str) -> Result<String, Box<dyn Error>> {
    let mut text = String::new();
    flate2::read::GzDecoder::new(File::open(path).map_err(|e| format!("{path}: {e}"))?)
        .read_to_string(&mut text)
        .map_err(|e| format!("{path}: not a gzip file of UTF-8 text: {e}"))?;
    Ok(text)
}

fn words(out: &Path) -> Result<(), Box<dyn Error>> {
    let text = gunzip(WORDS)?;
    let mut words: Vec<&str> = text.lines().map(str::trim).filter(|w| !w.is_empty()).collect();
    // The shipped list is sorted; another list put in its place need not be.
    if !words.is_sorted() {
        words.sort_unstable();
    }
    words.dedup();
    let mut builder = fst::SetBuilder::new(BufWriter::new(File::create(out)?))?;
    builder.extend_iter(words)?;
    builder.finish()?;
    Ok(())
}

/// `word<TAB>centibels` lines into a map from the word to its centibels.
fn frequencies(out: &Path) -> Result<(), Box<dyn Error>> {
    let text = gunzip(FREQUENCIES)?;
    let mut pairs: Vec<(&str, u64)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let Some((word, cb)) = line.split_once('\t') else {
            continue;
        };
        let cb = cb
            .trim()
            .parse()
            .map_err(|e| format!("{FREQUENCIES}: line {}: {e}", n + 1))?;
        pairs.push((word.trim(), cb));
    }
    pairs.sort_unstable();
    pairs.dedup_by(|a, b| a.0 == b.0);
    let mut builder = fst::MapBuilder::new(BufWriter::new(File::create(out)?))?;
    builder.extend_iter(pairs)?;
    builder.finish()?;
    Ok(())
}
