//! The floor `lchnv check` is measured against: the least any linter of these files must do.
//!
//! ```text
//! floor DIR
//! ```
//!
//! Reads the network files (`DIR/*.yaml`) and the meeting files (`DIR/*/*.md`) in parallel,
//! parses each YAML file and each front matter into a generic `serde_yaml::Value`, and walks every
//! pulldown-cmark event of each body, with the Markdown options and offsets `lchnv` uses. It
//! checks nothing. `bench/run-check.sh` times it in the same run as `lchnv check` and reports the
//! ratio, so a change is judged on the same machine at the same moment.
//!
//! The YAML crate stays serde_yaml 0.9 (libyaml translated to Rust) whatever `lchnv` reads YAML
//! with, so that the ratio keeps one meaning.

use pulldown_cmark::{Options, Parser};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What was read, summed so that no work can be optimised away.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    files: usize,
    bytes: usize,
    yaml_values: usize,
    events: usize,
    unreadable: usize,
}

impl Tally {
    fn add(self, other: Tally) -> Tally {
        Tally {
            files: self.files + other.files,
            bytes: self.bytes + other.bytes,
            yaml_values: self.yaml_values + other.yaml_values,
            events: self.events + other.events,
            unreadable: self.unreadable + other.unreadable,
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir] = args.as_slice() else {
        eprintln!(
            "usage: floor DIR\n\nReads DIR/*.yaml and DIR/*/*.md as `lchnv check DIR` does, checking nothing."
        );
        return ExitCode::from(2);
    };
    let (yaml_files, meeting_files) = match list(Path::new(dir)) {
        Ok(found) => found,
        Err(error) => {
            eprintln!("error: cannot list {dir}: {error}");
            return ExitCode::from(2);
        }
    };
    let network = yaml_files
        .par_iter()
        .map(|path| read_yaml_file(path))
        .reduce(Tally::default, Tally::add);
    let meetings = meeting_files
        .par_iter()
        .map(|path| read_meeting_file(path))
        .reduce(Tally::default, Tally::add);
    let total = network.add(meetings);
    println!(
        "Read {} files ({} bytes): {} YAML values, {} Markdown events; {} unreadable.",
        total.files, total.bytes, total.yaml_values, total.events, total.unreadable
    );
    if total.unreadable > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The network files and the meeting files, each list sorted.
fn list(dir: &Path) -> std::io::Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let mut yaml = Vec::new();
    let mut meetings = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            for inner in std::fs::read_dir(&path)? {
                let inner = inner?.path();
                if inner.extension().is_some_and(|e| e == "md") {
                    meetings.push(inner);
                }
            }
        } else if path.extension().is_some_and(|e| e == "yaml") {
            yaml.push(path);
        }
    }
    yaml.sort();
    meetings.sort();
    Ok((yaml, meetings))
}

fn read_yaml_file(path: &Path) -> Tally {
    let Ok(text) = std::fs::read_to_string(path) else {
        return unreadable();
    };
    let Some(values) = yaml_values(&text) else {
        return unreadable();
    };
    Tally {
        files: 1,
        bytes: text.len(),
        yaml_values: values,
        ..Tally::default()
    }
}

fn read_meeting_file(path: &Path) -> Tally {
    let Ok(text) = std::fs::read_to_string(path) else {
        return unreadable();
    };
    let (front, body) = split(&text);
    let Some(values) = yaml_values(front) else {
        return unreadable();
    };
    let options = Options::ENABLE_TASKLISTS | Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events = Parser::new_ext(body, options)
        .into_offset_iter()
        .filter(|(_, range)| range.end >= range.start)
        .count();
    Tally {
        files: 1,
        bytes: text.len(),
        yaml_values: values,
        events,
        unreadable: 0,
    }
}

fn unreadable() -> Tally {
    Tally {
        unreadable: 1,
        ..Tally::default()
    }
}

/// The front matter between the first two `---` lines, and the body after it.
fn split(text: &str) -> (&str, &str) {
    let Some(rest) = text.strip_prefix("---\n") else {
        return ("", text);
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return (&rest[..offset], &rest[offset + line.len()..]);
        }
        offset += line.len();
    }
    ("", text)
}

/// Parses YAML into a generic value and counts its nodes; `None` when it is not YAML.
fn yaml_values(text: &str) -> Option<usize> {
    let value: serde_yaml::Value = serde_yaml::from_str(text).ok()?;
    Some(count(&value))
}

fn count(value: &serde_yaml::Value) -> usize {
    match value {
        serde_yaml::Value::Sequence(items) => 1 + items.iter().map(count).sum::<usize>(),
        serde_yaml::Value::Mapping(map) => 1 + map.iter().map(|(k, v)| count(k) + count(v)).sum::<usize>(),
        serde_yaml::Value::Tagged(tagged) => 1 + count(&tagged.value),
        _ => 1,
    }
}
