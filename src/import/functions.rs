//! Owners named by their function at an organisation (`förvaltningschefen i Ludvika`): the one
//! person of the attendance who holds that function there, so that a task given that way gets a
//! name. A function two people of the same organisation hold names nobody.

use super::attendees::Person;
use super::names::Names;
use crate::network::members::Members;
use crate::text::fold;

/// The definite form of a one-word function (`förvaltningschef` → `förvaltningschefen`,
/// `utvecklingsledare` → `utvecklingsledaren`).
fn definite(function: &str) -> String {
    if function.ends_with('e') {
        format!("{function}n")
    } else {
        format!("{function}en")
    }
}

/// The one-word functions a role holds (`IFO-chef, ordförande` → `ifo-chef`, `ordförande`).
fn functions(role: &str) -> Vec<String> {
    role.split([',', ';', '/'])
        .map(str::trim)
        .filter(|part| !part.is_empty() && !part.contains(' '))
        .map(str::to_lowercase)
        .collect()
}

/// Lets `<function>en i <organisation>` name the person of the attendance who holds it.
pub fn add(names: &mut Names, people: &[&Person], members: &Members) {
    let held: Vec<(String, String, &str)> = people
        .iter()
        .flat_map(|p| {
            let organisation = p.organisation.clone().or_else(|| p.other_organisation.clone());
            let role = p.role.clone().unwrap_or_default();
            functions(&role)
                .into_iter()
                .filter_map(move |f| organisation.clone().map(|o| (f, o, p.name.as_str())))
        })
        .collect();
    for (function, organisation, name) in &held {
        let holders = held
            .iter()
            .filter(|(f, o, _)| f == function && fold(o) == fold(organisation))
            .count();
        if holders != 1 {
            continue;
        }
        let mut written = vec![organisation.clone()];
        if let Some(known) = members.organisations.iter().find(|o| o.name == *organisation) {
            written.extend(known.aliases.iter().cloned());
        }
        let titles: Vec<String> = written
            .iter()
            .map(|o| format!("{} i {o}", definite(function)))
            .collect();
        let titles: Vec<&str> = titles.iter().map(String::as_str).collect();
        names.add_function(&titles, name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definite_forms_and_functions() {
        assert_eq!(definite("förvaltningschef"), "förvaltningschefen");
        assert_eq!(definite("utvecklingsledare"), "utvecklingsledaren");
        assert_eq!(functions("IFO-chef, ordförande"), ["ifo-chef", "ordförande"]);
        assert!(functions("Verksamhetschef beroendecentrum").is_empty());
    }
}
