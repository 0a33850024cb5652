//! The JSON Schemas in docs/schema/ judge the files as `check` does: every shipped network file
//! and front matter passes, and the fixtures where `check` finds a wrong type, an unknown,
//! missing or invalid key, or an impossible date fail.

mod common;

use common::copy_dir;
use std::path::{Path, PathBuf};

fn top() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn validator(name: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(top().join("docs/schema").join(name))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{name} is not a schema: {e}"))
}

/// The schema a file is judged by.
fn schema_of(path: &Path) -> Option<&'static str> {
    Some(match path.file_name()?.to_str()? {
        "members.yaml" => "members.schema.json",
        "calendar.yaml" => "calendar.schema.json",
        "matters.yaml" => "matters.schema.json",
        "standard-items.yaml" => "standard-items.schema.json",
        "lchnv.yaml" => "lchnv.schema.json",
        "agenda.md" | "minutes.md" => "front-matter.schema.json",
        _ => return None,
    })
}

/// A file's YAML as JSON (a meeting file's front matter), and the lines it spans.
fn yaml_as_json(path: &Path) -> (serde_json::Value, std::ops::RangeInclusive<u32>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file = lchnv::source::SourceFile::new(path, text);
    let (start, end) = if path.extension().is_some_and(|e| e == "md") {
        let split = lchnv::parse::front_matter::split(&file)
            .unwrap_or_else(|d| panic!("{}: {}", path.display(), d.message));
        split.yaml
    } else {
        (0, file.text.len())
    };
    let node =
        lchnv::yaml::parse(&file, start, end).unwrap_or_else(|d| panic!("{}: {}", path.display(), d.message));
    (node.to_json(), file.pos(start).line..=file.pos(end).line)
}

fn errors(path: &Path) -> Vec<String> {
    let Some(schema) = schema_of(path) else {
        return Vec::new();
    };
    let (json, _) = yaml_as_json(path);
    validator(schema)
        .iter_errors(&json)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if schema_of(&path).is_some() {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_shipped_file_and_the_test_network_pass_their_schemas() {
    for root in [top().join("meetings"), top().join("tests/fixtures/base")] {
        let found = files(&root);
        assert!(found.len() >= 5, "{}", root.display());
        for path in found {
            let errors = errors(&path);
            assert!(errors.is_empty(), "{}:\n{}", path.display(), errors.join("\n"));
        }
    }
}

/// The rules whose findings in YAML a schema must also see.
const SCHEMA_RULES: &[(&str, &str)] = &[
    ("wrong-type", "L104"),
    ("unknown-key", "L105"),
    ("missing-key", "L106"),
    ("invalid-date", "L107"),
    ("invalid-value", "L108"),
];

#[test]
fn the_files_check_rejects_for_their_yaml_fail_their_schemas() {
    let mut judged = 0;
    for (rule, code) in SCHEMA_RULES {
        let fixture = top().join("tests/fixtures/rules").join(rule);
        let expected = std::fs::read_to_string(fixture.join("bad/expected.txt"))
            .unwrap_or_else(|e| panic!("{rule}: {e}"));
        for (side, should_fail) in [("bad", true), ("good", false)] {
            let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
            copy_dir(&top().join("tests/fixtures/base"), dir.path());
            copy_dir(&fixture.join(side), dir.path());
            for line in expected.lines().filter(|l| l.starts_with(code)) {
                let parts: Vec<&str> = line.split_whitespace().collect();
                let (Some(number), Some(rel)) =
                    (parts.get(1).and_then(|n| n.parse::<u32>().ok()), parts.get(2))
                else {
                    continue;
                };
                let path = dir.path().join(rel);
                let (_, lines) = yaml_as_json(&path);
                // A finding in a meeting file's body (`Återkommer: kanske`) is not YAML's.
                if !lines.contains(&number) {
                    continue;
                }
                let errors = errors(&path);
                if should_fail {
                    assert!(
                        !errors.is_empty(),
                        "{rule}: {rel} passes its schema but check finds {line}"
                    );
                    judged += 1;
                } else {
                    assert!(errors.is_empty(), "{rule} (good): {rel}:\n{}", errors.join("\n"));
                }
            }
        }
    }
    assert!(judged >= 8, "only {judged} findings were judged");
}

#[test]
fn a_yaml_language_server_line_names_each_schema() {
    for name in ["members", "calendar", "matters", "standard-items"] {
        let text =
            std::fs::read_to_string(top().join("meetings").join(format!("{name}.yaml"))).unwrap_or_default();
        let line = format!("# yaml-language-server: $schema=../docs/schema/{name}.schema.json");
        assert!(
            text.starts_with(&line),
            "meetings/{name}.yaml does not start with `{line}`"
        );
    }
}
