//! Reading a meeting file into a [`Meeting`]: front matter through the YAML module, body
//! through pulldown-cmark.

pub mod assignment;
pub mod body;
pub mod front_matter;
pub mod markers;
pub mod tasks;

use crate::diagnostic::Diagnostic;
use crate::model::{Kind, Meeting};
use crate::source::SourceFile;
use crate::suppress::Suppressions;
use body::BodyContext;
use chrono::NaiveDate;

/// Parses a decoded meeting file. Problems of form are returned as findings; what could be read
/// is kept.
/// `keep_prose`: keep the prose under items (the registers show it; `check` does not need it).
pub fn parse_meeting(
    file: &SourceFile,
    context: &BodyContext,
    keep_prose: bool,
) -> (Meeting, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut meeting = Meeting {
        path: file.path.clone(),
        folder_date: folder_date(file),
        file_kind: file
            .path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(Kind::from_file_name),
        ..Meeting::default()
    };
    let (suppressions, unknown) = Suppressions::scan(&file.text);
    meeting.suppressions = suppressions;
    let mut suggest = crate::text::Suggester::new(crate::rule::Rule::ALL.iter().map(|r| r.name()), 50);
    for name in unknown {
        let help = suggest.did_you_mean(&name.name);
        diags.push(
            file.diag_at(
                crate::rule::Rule::InvalidValue,
                name.offset,
                crate::msg!("disable-not-a-rule", name = name.name.as_str()),
            )
            .with_len(file.char_len(name.offset, name.offset + name.name.len()))
            .with_help_opt(help),
        );
    }
    let body_start = match front_matter::split(file) {
        Ok(split) => {
            crate::invisible::check_yaml(file, split.yaml.0, split.yaml.1, &mut diags);
            if let Some(header) = front_matter::read(file, split, &mut diags) {
                meeting.header = header;
                meeting.has_header = true;
            }
            split.body
        }
        Err(diag) => {
            let missing = diag.rule == crate::rule::Rule::FrontMatterMissing;
            diags.push(*diag);
            // Without a front matter the whole text is body; unclosed, nothing is.
            if missing { 0 } else { file.text.len() }
        }
    };
    crate::invisible::check_body(file, body_start, &mut diags);
    let body = body::parse_body(file, body_start, context, keep_prose, &mut diags);
    meeting.title = body.title;
    meeting.items = body.items;
    (meeting, diags)
}

/// The date a meeting folder is named by.
pub fn folder_date(file: &SourceFile) -> Option<NaiveDate> {
    let folder = file.path.parent()?.file_name()?.to_str()?;
    crate::schema::parse_date(folder).ok()
}
