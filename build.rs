//! Names this build for the cache (see `build_identity`); compiles the Swedish word list
//! (`data/sv-words.txt.gz`) into a finite-state set, and the word frequencies
//! (`data/sv-frequencies.txt.gz`) into a finite-state map, which the binary includes as they are:
//! looking a word up needs no loading, no unpacking and no memory of its own, and restoring the
//! marks of a word walks the set's states instead of searching.

use std::error::Error;
use std::fs::File;
use std::io::{BufWriter, Read};
use std::path::{Path, PathBuf};

const WORDS: &str = "data/sv-words.txt.gz";
const FREQUENCIES: &str = "data/sv-frequencies.txt.gz";

/// What the build is made of: a change to any of these makes another program, whose cached
/// results the cache must not trust.
const SOURCES: &[&str] = &["src", "data", "templates", "Cargo.toml", "Cargo.lock", "build.rs"];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed={WORDS}");
    println!("cargo::rerun-if-changed={FREQUENCIES}");
    build_identity()?;
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

/// Sets `LCHNV_BUILD_ID`: the version and a hash of every source file, names and contents, so
/// two builds share cached results only when they are built from the same sources.
fn build_identity() -> Result<(), Box<dyn Error>> {
    let mut files = Vec::new();
    for source in SOURCES {
        println!("cargo::rerun-if-changed={source}");
        collect(std::path::Path::new(source), &mut files)?;
    }
    files.sort();
    // FNV-1a, 64 bits: enough to tell builds apart, and no dependency of its own.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for file in &files {
        feed(file.to_string_lossy().as_bytes());
        feed(&[0]);
        feed(&std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?);
        feed(&[0]);
    }
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    println!("cargo::rustc-env=LCHNV_BUILD_ID={version}+{hash:016x}");
    Ok(())
}

/// The files at `path`, a file or a folder read to its depth.
fn collect(path: &std::path::Path, files: &mut Vec<PathBuf>) -> Result<(), Box<dyn Error>> {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).map_err(|e| format!("{}: {e}", path.display()))? {
            collect(&entry?.path(), files)?;
        }
    } else if path.is_file() {
        files.push(path.to_path_buf());
    }
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
