//! Adding the people an imported document names to `members.yaml` (`import --add-members`):
//! appended to the `people:` list in the file's own indentation, with their organisation when
//! the members file knows it and their function, and the file read again to make sure each one
//! is found.

use super::report::NewPerson;
use crate::network::Members;
use crate::source::SourceFile;
use crate::yaml::scalar;
use anyhow::{Result, bail};
use std::path::Path;

/// The text of `members.yaml` with `people` added; people already in it are left out.
pub fn add_people(path: &Path, text: &str, people: &[NewPerson]) -> Result<String> {
    let before = read(path, text)?;
    let new: Vec<&NewPerson> =
        people
            .iter()
            .filter(|p| before.person(&p.name).is_none())
            .fold(Vec::new(), |mut out, p| {
                if !out
                    .iter()
                    .any(|q: &&NewPerson| crate::text::fold(&q.name) == crate::text::fold(&p.name))
                {
                    out.push(p);
                }
                out
            });
    if new.is_empty() {
        return Ok(text.to_owned());
    }
    let lines: Vec<&str> = text.lines().collect();
    let top_level = |l: &str| !l.is_empty() && !l.starts_with([' ', '\t', '#', '-']);
    let start = lines.iter().position(|l| l.trim_end() == "people:");
    // The item indentation of the existing entries, else two spaces.
    let indent = start
        .and_then(|s| {
            lines[s + 1..].iter().take_while(|l| !top_level(l)).find_map(|l| {
                let trimmed = l.trim_start();
                trimmed
                    .starts_with("- ")
                    .then(|| l[..l.len() - trimmed.len()].to_owned())
            })
        })
        .unwrap_or_else(|| "  ".to_owned());
    let mut block = String::new();
    for person in &new {
        block.push_str(&format!("{indent}- name: {}\n", scalar(&person.name)));
        if let Some(org) = &person.organisation {
            block.push_str(&format!("{indent}  organisation: {}\n", scalar(org)));
        }
        if let Some(role) = &person.role {
            block.push_str(&format!("{indent}  role: {}\n", scalar(role)));
        }
    }
    let mut out = String::with_capacity(text.len() + block.len() + 16);
    match start {
        Some(s) => {
            // After the last line of the list (before the blank lines and the next key).
            let mut end = s + 1;
            for (i, l) in lines.iter().enumerate().skip(s + 1) {
                if top_level(l) {
                    break;
                }
                if !l.trim().is_empty() {
                    end = i + 1;
                }
            }
            for l in &lines[..end] {
                out.push_str(l);
                out.push('\n');
            }
            out.push_str(&block);
            for l in &lines[end..] {
                out.push_str(l);
                out.push('\n');
            }
        }
        None => {
            out.push_str(text);
            if !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str("people:\n");
            out.push_str(&block);
        }
    }
    let after = read(path, &out)?;
    for person in &new {
        if after.person(&person.name).is_none() {
            bail!(
                "{}",
                crate::msg!(
                    "import-members-not-a-list",
                    name = person.name.clone(),
                    path = path.display().to_string()
                )
            );
        }
    }
    Ok(out)
}

fn read(path: &Path, text: &str) -> Result<Members> {
    let file = SourceFile::new(path, text.to_owned());
    let node = crate::yaml::parse(&file, 0, file.text.len())
        .map_err(|d| anyhow::anyhow!("{}: {}", path.display(), d.message))?;
    Ok(Members::read(&file, &node, &mut Vec::new()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::testing::MEMBERS;

    #[test]
    fn people_are_added_in_the_files_layout() {
        let people = vec![
            NewPerson {
                name: "Kalle Gäst".to_owned(),
                organisation: Some("Norrby".to_owned()),
                role: Some("controller: ekonomi".to_owned()),
                line: 3,
                source: "attendance".to_owned(),
            },
            NewPerson {
                name: "Vera Lund".to_owned(),
                organisation: None,
                role: None,
                line: 4,
                source: "attendance".to_owned(),
            },
        ];
        let text = add_people(Path::new("members.yaml"), MEMBERS, &people).unwrap_or_default();
        assert!(text.contains(
            "  - name: Hugo Dal\n  - name: Kalle Gäst\n    organisation: Norrby\n    role: \"controller: ekonomi\"\ngroups:"
        ));
        assert_eq!(text.matches("Vera Lund").count(), 1);
        let members = read(Path::new("members.yaml"), &text).unwrap_or_default();
        assert!(members.person("Kalle Gäst").is_some());
    }
}
