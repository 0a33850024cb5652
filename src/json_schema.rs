//! JSON Schemas of the files lchnv reads, for editors that validate and complete YAML while it is
//! typed (the YAML extension of VS Code reads them). They are made from the types below; the
//! readers in `network/`, `parse/front_matter.rs` and `config.rs` read the same keys, which a
//! test holds them to. `lchnv schema` prints them; `docs/schema/` keeps them, tested up to date.

use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The schemas, by file name in `docs/schema/`, with what each describes.
pub fn all() -> Vec<(&'static str, &'static str, serde_json::Value)> {
    vec![
        (
            "front-matter.schema.json",
            "the front matter of agenda.md and minutes.md",
            schema::<FrontMatter>(),
        ),
        ("members.schema.json", "members.yaml", schema::<MembersFile>()),
        ("calendar.schema.json", "calendar.yaml", schema::<CalendarFile>()),
        ("matters.schema.json", "matters.yaml", schema::<MattersFile>()),
        (
            "standard-items.schema.json",
            "standard-items.yaml",
            schema::<StandardItemsFile>(),
        ),
        ("lchnv.schema.json", "lchnv.yaml", schema::<ConfigFile>()),
    ]
}

/// The schema of one file, by its file name in `docs/schema/` or the file it describes.
pub fn named(name: &str) -> Option<serde_json::Value> {
    let wanted = name.trim_end_matches(".yaml").trim_end_matches(".schema.json");
    all()
        .into_iter()
        .find(|(file, describes, _)| {
            file.trim_end_matches(".schema.json") == wanted || describes.trim_end_matches(".yaml") == wanted
        })
        .map(|(_, _, schema)| schema)
}

/// Draft 7: what editors' YAML extensions know best, and where `format: date` is checked.
fn schema<T: JsonSchema>() -> serde_json::Value {
    let generator = schemars::generate::SchemaSettings::draft07().into_generator();
    serde_json::to_value(generator.into_root_schema_for::<T>()).unwrap_or_default()
}

/// `YYYY-MM-DD` (the format `date` makes it a real day, for a validator that checks formats).
const DATE: &str = r"^\d{4}-\d{2}-\d{2}$";
/// `09.30–12.00` (a hyphen or an en dash), or `heldag`.
const TIME: &str = r"^(\d{1,2}[.:]\d{2}\s*[–-]\s*\d{1,2}[.:]\d{2}|heldag)$";
/// A matter id: lower-case ASCII letters, digits and hyphens.
const MATTER_ID: &str = r"^[a-z0-9]+(-[a-z0-9]+)*$";

/// The front matter of a meeting file (`agenda.md` or `minutes.md`), between the `---` lines.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "lchnv meeting file front matter")]
pub struct FrontMatter {
    /// `agenda` or `minutes`; must agree with the file name.
    pub kind: MeetingKind,
    /// `draft` while the minutes are being written; `final` (the default) once they are the record.
    #[serde(default)]
    pub status: Option<Status>,
    /// The meeting date, the folder's name.
    #[schemars(regex(pattern = DATE), extend("format" = "date"))]
    pub date: String,
    /// `09.30–12.00` or `heldag`.
    #[serde(default)]
    #[schemars(regex(pattern = TIME))]
    pub time: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    /// The room (lokal).
    #[serde(default)]
    pub room: Option<String>,
    /// A note such as `SCHNV 1 h innan`.
    #[serde(default)]
    pub note: Option<String>,
    /// The chair (ordförande), a person in members.yaml.
    #[serde(default)]
    pub chair: Option<String>,
    /// Who wrote the minutes, a person in members.yaml.
    #[serde(default)]
    pub note_taker: Option<String>,
    /// Who checks the minutes (justerare).
    #[serde(default)]
    pub adjusters: Vec<String>,
    #[serde(default)]
    pub attendees: Vec<Attendee>,
    #[serde(default)]
    pub absentees: Vec<Attendee>,
    /// The minutes this meeting approves.
    #[serde(default)]
    #[schemars(regex(pattern = DATE), extend("format" = "date"))]
    pub previous_minutes: Option<String>,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    /// What a reader should know about the file itself.
    #[serde(default)]
    pub notes: Vec<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MeetingKind {
    Agenda,
    Minutes,
}

#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Draft,
    Final,
}

/// An attendee or absentee: a name, or the details.
#[derive(Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Attendee {
    Name(#[schemars(length(min = 1))] String),
    Details(Person),
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    #[schemars(length(min = 1))]
    pub name: String,
    /// Whom they represent; an organisation in members.yaml.
    #[serde(default)]
    pub organisation: Option<String>,
    #[serde(default)]
    pub role: Option<String>,
    /// A substitute (ersättare): whom they stand in for.
    #[serde(default)]
    pub substitute_for: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    /// As the documents number it: `1`, `2 a`, `3 B`.
    pub id: String,
    pub title: String,
    /// A path relative to the meeting folder.
    #[serde(default)]
    pub file: Option<String>,
}

/// `members.yaml`: the network, its organisations, people, groups and functions.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "lchnv members.yaml")]
pub struct MembersFile {
    pub network: NetworkName,
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    #[serde(default)]
    pub people: Vec<MemberPerson>,
    #[serde(default)]
    pub groups: Vec<Group>,
    /// Functions of the network, each held by one person at a time.
    #[serde(default)]
    pub functions: Vec<Function>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NetworkName {
    /// The network's full name.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Its abbreviation.
    #[serde(default)]
    #[schemars(length(min = 1))]
    pub short: Option<String>,
    /// The name decisions use: `<called> beslutade`.
    #[schemars(length(min = 1))]
    pub called: String,
    /// An e-mail address, for reminders (`lchnv remind`); never published.
    #[serde(default)]
    #[schemars(email)]
    pub email: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    #[schemars(length(min = 1))]
    pub name: String,
    /// `kommun`, `region`, or anything else.
    #[serde(default)]
    pub kind: Option<String>,
    /// A member of the network.
    #[serde(default)]
    pub member: Option<bool>,
    #[serde(default)]
    pub aliases: Vec<NonEmpty>,
    #[serde(default)]
    pub description: Option<String>,
    /// An e-mail address, for reminders (`lchnv remind`); never published.
    #[serde(default)]
    #[schemars(email)]
    pub email: Option<String>,
}

/// Text that is not empty.
#[derive(Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct NonEmpty(#[schemars(length(min = 1))] pub String);

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberPerson {
    #[schemars(length(min = 1))]
    pub name: String,
    /// An organisation above.
    #[serde(default)]
    pub organisation: Option<String>,
    #[serde(default)]
    pub unit: Option<String>,
    /// The role as the documents give it, with no time stated.
    #[serde(default)]
    pub role: Option<String>,
    /// Roles held for a stated time.
    #[serde(default)]
    pub roles: Vec<TimedRole>,
    /// Represents the organisation in the network.
    #[serde(default)]
    pub delegate: Option<bool>,
    #[serde(default)]
    pub note: Option<String>,
    /// An e-mail address, for reminders (`lchnv remind`); never published.
    #[serde(default)]
    #[schemars(email)]
    pub email: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TimedRole {
    #[schemars(length(min = 1))]
    pub title: String,
    #[serde(flatten)]
    pub period: Period,
}

/// A time: `year`, or `from` and/or `until`.
#[derive(Deserialize, JsonSchema)]
pub struct Period {
    #[serde(default)]
    #[schemars(regex(pattern = DATE), extend("format" = "date"))]
    pub from: Option<String>,
    #[serde(default)]
    #[schemars(regex(pattern = DATE), extend("format" = "date"))]
    pub until: Option<String>,
    #[serde(default)]
    #[schemars(range(min = 1900, max = 2200))]
    pub year: Option<i32>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Group {
    #[schemars(length(min = 1))]
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<NonEmpty>,
    #[serde(default)]
    pub description: Option<String>,
    /// The group's members each act for their own organisation: `true`, or the organisation
    /// kinds whose member organisations owe its tasks.
    #[serde(default)]
    pub per_member: Option<PerMember>,
    /// An e-mail address, for reminders (`lchnv remind`); never published.
    #[serde(default)]
    #[schemars(email)]
    pub email: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum PerMember {
    All(bool),
    Kinds(Vec<NonEmpty>),
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Function {
    #[schemars(length(min = 1))]
    pub title: String,
    /// This function chairs the meetings.
    #[serde(default)]
    pub chair: Option<bool>,
    #[serde(default)]
    pub holders: Vec<Holder>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Holder {
    /// A person in `people`.
    #[schemars(length(min = 1))]
    pub name: String,
    #[serde(flatten)]
    pub period: Period,
    /// The decision that appointed them, e.g. `2025-11-21#4c.b1`.
    #[serde(default)]
    pub decided: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// `calendar.yaml`: every meeting, held or planned.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "lchnv calendar.yaml")]
pub struct CalendarFile {
    #[serde(default)]
    pub meetings: Vec<CalendarEntry>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CalendarEntry {
    #[schemars(regex(pattern = DATE), extend("format" = "date"))]
    pub date: String,
    /// The Swedish weekday name; must agree with the date.
    #[serde(default)]
    pub weekday: Option<Weekday>,
    #[serde(default)]
    #[schemars(regex(pattern = TIME))]
    pub time: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub room: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    /// Its documents are kept outside this repository.
    #[serde(default)]
    pub archived: Option<bool>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Måndag,
    Tisdag,
    Onsdag,
    Torsdag,
    Fredag,
    Lördag,
    Söndag,
}

/// `matters.yaml`: the matters that run across meetings.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "lchnv matters.yaml")]
pub struct MattersFile {
    #[serde(default)]
    pub matters: Vec<Matter>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Matter {
    #[schemars(regex(pattern = MATTER_ID))]
    pub id: String,
    #[schemars(length(min = 1))]
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    /// The agenda section its items stand under when they come back.
    #[serde(default)]
    pub section: Option<String>,
    /// A standing item: on every agenda while ongoing.
    #[serde(default)]
    pub standing: Option<bool>,
    /// The day a standing matter ended.
    #[serde(default)]
    #[schemars(regex(pattern = DATE), extend("format" = "date"))]
    pub ended: Option<String>,
    /// The item where the matter began, e.g. `2025-03-14#6b`.
    #[serde(default)]
    pub starts: Option<String>,
}

/// `standard-items.yaml`: the items every meeting opens and closes with.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "lchnv standard-items.yaml")]
pub struct StandardItemsFile {
    #[serde(default)]
    pub opening: Vec<StandardItem>,
    #[serde(default)]
    pub closing: Vec<StandardItem>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StandardItem {
    #[schemars(length(min = 1))]
    pub title: String,
    /// The usual proposal's clauses, each starting with `att`.
    #[serde(default)]
    pub proposal: Vec<String>,
    /// The item that approves the previous minutes.
    #[serde(default)]
    pub previous_minutes: Option<bool>,
}

/// `lchnv.yaml`: the repository's settings.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "lchnv lchnv.yaml")]
pub struct ConfigFile {
    /// Severity per rule, by code (`L402`) or name (`owner-unknown`).
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
    /// The size limit of a meeting file, in bytes.
    #[serde(default)]
    #[schemars(range(min = 1))]
    pub max_file_bytes: Option<u64>,
    /// Item types besides Beslut, Information and Dialog.
    #[serde(default)]
    pub item_types: Vec<String>,
    /// Where the rules' documentation is published, for links in SARIF reports.
    #[serde(default)]
    pub docs_url: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Off,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The property names of a schema's object (following one `$ref` into `$defs`).
    fn keys(schema: &serde_json::Value, object: &str) -> Vec<String> {
        let target = if object.is_empty() {
            schema
        } else {
            &schema["definitions"][object]
        };
        let mut keys: Vec<String> = target["properties"]
            .as_object()
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default();
        // A flattened period adds its keys.
        if let Some(all) = target["allOf"].as_array() {
            for part in all {
                if let Some(name) = part["$ref"].as_str().and_then(|r| r.rsplit('/').next()) {
                    keys.extend(self::keys(schema, name));
                }
            }
        }
        keys.sort();
        keys
    }

    fn sorted(list: &[&str]) -> Vec<String> {
        let mut out: Vec<String> = list.iter().map(|s| (*s).to_owned()).collect();
        out.sort();
        out
    }

    #[test]
    fn the_schemas_have_the_keys_the_readers_read() {
        use crate::network::{calendar, matters, members, standard_items};
        let front = schema::<FrontMatter>();
        assert_eq!(keys(&front, ""), sorted(crate::parse::front_matter::FRONT));
        assert_eq!(keys(&front, "Person"), sorted(crate::parse::front_matter::PERSON));
        assert_eq!(
            keys(&front, "Attachment"),
            sorted(crate::parse::front_matter::ATTACHMENT)
        );
        let m = schema::<MembersFile>();
        assert_eq!(keys(&m, ""), sorted(members::TOP));
        assert_eq!(keys(&m, "NetworkName"), sorted(members::NETWORK));
        assert_eq!(keys(&m, "Organisation"), sorted(members::ORGANISATION));
        assert_eq!(keys(&m, "MemberPerson"), sorted(members::PERSON));
        assert_eq!(keys(&m, "TimedRole"), sorted(members::ROLE));
        assert_eq!(keys(&m, "Group"), sorted(members::GROUP));
        assert_eq!(keys(&m, "Function"), sorted(members::FUNCTION));
        assert_eq!(keys(&m, "Holder"), sorted(members::HOLDER));
        let c = schema::<CalendarFile>();
        assert_eq!(keys(&c, ""), sorted(calendar::TOP));
        assert_eq!(keys(&c, "CalendarEntry"), sorted(calendar::ENTRY));
        let mt = schema::<MattersFile>();
        assert_eq!(keys(&mt, ""), sorted(matters::TOP));
        assert_eq!(keys(&mt, "Matter"), sorted(matters::MATTER));
        let s = schema::<StandardItemsFile>();
        assert_eq!(keys(&s, ""), sorted(standard_items::TOP));
        assert_eq!(keys(&s, "StandardItem"), sorted(standard_items::ITEM));
        assert_eq!(keys(&schema::<ConfigFile>(), ""), sorted(crate::config::KEYS));
    }
}
