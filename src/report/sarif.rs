use super::{Report, Summary};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::Rule;
use serde::Serialize;
use std::io::{self, Write};

/// SARIF 2.1.0, one run: what GitHub code scanning and SARIF viewers read. Every rule is
/// described with a link to its documentation; every finding is a result at its region.
pub struct Sarif {
    /// The base the rules' documentation links start with (`docs_url` in lchnv.yaml).
    pub docs_url: Option<String>,
}

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const RULES_DOC: &str = "docs/rules.md";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    /// Columns count characters, as every lchnv position does.
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<String>,
    rules: Vec<Descriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<String>,
    help: Help,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: [Location<'a>; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<SarifFix>,
}

/// A finding's fix as SARIF writes one: the file's replacements, by line and column.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifFix {
    description: Text,
    artifact_changes: [ArtifactChange; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: DeletedRegion,
    inserted_content: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DeletedRegion {
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
}

/// The fix of a finding, when every edit of it has its region (a renumbering's references in
/// other files are not part of it).
fn fixes(d: &Diagnostic) -> Vec<SarifFix> {
    let Some(fix) = &d.fix else {
        return Vec::new();
    };
    let replacements: Option<Vec<Replacement>> = fix
        .edits
        .iter()
        .map(|edit| {
            let (start, end) = edit.region?;
            Some(Replacement {
                deleted_region: DeletedRegion {
                    start_line: start.line,
                    start_column: start.column,
                    end_line: end.line,
                    end_column: end.column,
                },
                inserted_content: Text {
                    text: edit.replacement.clone(),
                },
            })
        })
        .collect();
    match replacements {
        Some(replacements) if !replacements.is_empty() => vec![SarifFix {
            description: Text {
                text: d.help.clone().unwrap_or_else(|| d.rule.summary().to_owned()),
            },
            artifact_changes: [ArtifactChange {
                artifact_location: ArtifactLocation { uri: uri(&d.file) },
                replacements,
            }],
        }],
        _ => Vec::new(),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    region: Region<'a>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: u32,
    start_column: u32,
    end_column: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Snippet<'a>>,
}

#[derive(Serialize)]
struct Snippet<'a> {
    text: &'a str,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

impl Sarif {
    /// SARIF wants an absolute URI here, so there is one only where the docs are published.
    fn help_uri(&self, rule: Rule) -> Option<String> {
        self.docs_url
            .as_ref()
            .map(|url| format!("{}#{}", url.trim_end_matches('#'), rule.name()))
    }

    /// The rule's documentation, ending with where to read it: the published page, or the
    /// repository's own docs/rules.md.
    fn help(&self, rule: Rule) -> Help {
        let link = self
            .help_uri(rule)
            .unwrap_or_else(|| format!("{RULES_DOC}#{}", rule.name()));
        let doc = rule.doc_markdown();
        Help {
            text: format!("{doc}\n\nSee {link}"),
            markdown: format!("{doc}\n\nSee [{}]({link}).", rule.name()),
        }
    }
}

/// A path as a URI reference: forward slashes, the characters a URI may not hold escaped.
fn uri(path: &std::path::Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

impl Report for Sarif {
    fn findings(&self, out: &mut dyn Write, diagnostics: &[Diagnostic], _: &Summary) -> io::Result<()> {
        let rules = Rule::ALL
            .iter()
            .map(|rule| Descriptor {
                id: rule.code(),
                name: rule.name(),
                short_description: Text {
                    text: rule.summary().to_owned(),
                },
                full_description: Text {
                    text: rule.what_it_does(),
                },
                help_uri: self.help_uri(*rule),
                help: self.help(*rule),
                default_configuration: Configuration {
                    level: level(rule.default_severity()),
                },
            })
            .collect();
        let results = diagnostics
            .iter()
            .map(|d| {
                let mut message = d.message.clone();
                if let Some(help) = &d.help {
                    message.push_str("\nhelp: ");
                    message.push_str(help);
                }
                SarifResult {
                    rule_id: d.rule.code(),
                    rule_index: Rule::ALL.iter().position(|r| *r == d.rule).unwrap_or(0),
                    level: level(d.severity),
                    message: Text { text: message },
                    locations: [Location {
                        physical_location: PhysicalLocation {
                            artifact_location: ArtifactLocation { uri: uri(&d.file) },
                            region: Region {
                                start_line: d.pos.line.max(1),
                                start_column: d.pos.column.max(1),
                                end_column: d.pos.column.max(1) + d.len,
                                snippet: d.snippet.as_ref().map(|s| Snippet { text: &s.text }),
                            },
                        },
                    }],
                    fixes: fixes(d),
                }
            })
            .collect();
        let log = Log {
            schema: SCHEMA,
            version: "2.1.0",
            runs: [Run {
                tool: Tool {
                    driver: Driver {
                        name: "lchnv",
                        version: env!("CARGO_PKG_VERSION"),
                        information_uri: self.docs_url.clone(),
                        rules,
                    },
                },
                column_kind: "unicodeCodePoints",
                results,
            }],
        };
        serde_json::to_writer_pretty(&mut *out, &log)?;
        writeln!(out)
    }
}
