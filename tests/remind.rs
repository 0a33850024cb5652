//! `lchnv remind`: the drafts are parsed back as e-mail and checked for their recipients,
//! subject, every assignment and the next meeting; owners nobody can be written to are listed.

mod support;

use mail_parser::MessageParser;
use std::fs;
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/remind/meetings")
}

/// Runs `lchnv remind` on `meetings` into `out`: (code, stdout, stderr).
fn remind_into(meetings: &Path, out: &Path, args: &[&str]) -> (i32, String, String) {
    support::output(
        support::lchnv()
            .arg("--meetings")
            .arg(meetings)
            .arg("remind")
            .arg("-o")
            .arg(out)
            .args(args),
    )
}

/// Runs `lchnv remind` on the fixture into a new folder: (code, stdout, stderr, folder).
fn remind(args: &[&str]) -> (i32, String, String, tempfile::TempDir) {
    let out = tempfile::tempdir().expect("a temporary folder");
    let (code, stdout, stderr) = remind_into(&fixture(), out.path(), args);
    (code, stdout, stderr, out)
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".eml"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// A draft parsed back.
struct Draft {
    /// Recipients as `name <address>`.
    to: Vec<String>,
    from: String,
    subject: String,
    body: String,
    raw: String,
}

impl Draft {
    fn read(path: &Path) -> Draft {
        let raw = fs::read(path).expect("the draft exists");
        let message = MessageParser::default().parse(&raw).expect("a message");
        let addresses = |list: Option<&mail_parser::Address>| -> Vec<String> {
            list.map(|a| {
                a.iter()
                    .map(|addr| format!("{} <{}>", addr.name().unwrap_or(""), addr.address().unwrap_or("")))
                    .collect()
            })
            .unwrap_or_default()
        };
        assert!(
            message
                .message_id()
                .is_some_and(|id| id.ends_with("@norrdal.example"))
        );
        assert!(message.date().is_some());
        Draft {
            to: addresses(message.to()),
            from: addresses(message.from()).join(", "),
            subject: message.subject().unwrap_or("").to_owned(),
            // The message's lines end in CRLF, as RFC 5322 wants.
            body: message
                .body_text(0)
                .map(|b| b.replace("\r\n", "\n"))
                .unwrap_or_default(),
            raw: String::from_utf8_lossy(&raw).into_owned(),
        }
    }

    /// Asserts that the body says each of `parts`.
    fn says(&self, parts: &[&str]) {
        for part in parts {
            assert!(self.body.contains(part), "{part:?} not in:\n{}", self.body);
        }
    }
}

#[test]
fn each_owner_with_an_address_gets_one_draft_with_its_assignments() {
    let (code, stdout, stderr, out) = remind(&["--today", "2026-04-10"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        names(out.path()),
        ["aby.eml", "olle-ek.eml", "region-norrdal.eml"]
    );
    assert_eq!(stdout.lines().count(), 3, "{stdout}");

    // A member kommun owes the per-member group's task; its delegate is written to.
    let aby = Draft::read(&out.path().join("aby.eml"));
    assert_eq!(aby.to, ["Åsa Öberg <asa.oberg@aby.example>"]);
    assert_eq!(aby.from, "Chefsnätverket i Norrdal <natverket@norrdal.example>");
    assert_eq!(
        aby.subject,
        "CNN: påminnelse om 1 öppet uppdrag inför mötet 22 maj 2026"
    );
    aby.says(&[
        "1. förankra avtalet om vårdhygien i den egna kommunen.\n",
        "   Referens: 2026-03-20#2.u1\n",
        "   Som medlem i Ledamöterna\n",
        "   Senast: 15 maj 2026 (2026-05-15)\n",
        "   Återrapport: CNN\n",
        "   Från mötet 20 mars 2026, punkt 2: Vårdhygienavtal\n",
        "Nästa möte: fredag 22 maj 2026, 09.30–12.00, Storgatan 1, Åby, lokal Salen.",
    ]);
    // Headers are ASCII: UTF-8 names and subject are encoded words, the body is declared UTF-8.
    let headers: Vec<&str> = aby.raw.lines().take_while(|l| !l.is_empty()).collect();
    assert!(headers.iter().all(|l| l.is_ascii()), "{headers:?}");
    assert!(
        headers.contains(&"Content-Type: text/plain; charset=\"utf-8\""),
        "{headers:?}"
    );

    // An organisation: its own address and its delegates'; not its people who are not delegates.
    let region = Draft::read(&out.path().join("region-norrdal.eml"));
    assert_eq!(
        region.to,
        [
            "Region Norrdal <registrator@norrdal.example>",
            "Karin Berg <karin.berg@norrdal.example>"
        ]
    );
    assert_eq!(
        region.subject,
        "CNN: påminnelse om 2 öppna uppdrag inför mötet 22 maj 2026"
    );
    // It owes its people's tasks too, which name their owner.
    region.says(&[
        "1. sammanställa underlaget för uppföljningen.\n   Referens: 2026-01-29#1.u2\n   Ägare: Olle Ek\n",
        "2. ta fram en vägledning för hygienombuden.\n",
        "   Senast: ej angiven\n   Återrapport: Styrgruppen\n",
    ]);
    // Owed by `Regionen`, its alias: no owner line for the region itself.
    assert_eq!(region.body.matches("Ägare:").count(), 1, "{}", region.body);

    let olle = Draft::read(&out.path().join("olle-ek.eml"));
    assert_eq!(olle.to, ["Olle Ek <olle.ek@norrdal.example>"]);
    olle.says(&["   Senast: 30 april 2026 (2026-04-30)\n"]);
    assert!(!olle.body.contains("Ägare:"), "{}", olle.body);

    // Those nobody can be written to: each on a line, and in the summary.
    for owner in [
        "Berga (2 open assignments)",
        "Dala (1 open assignment)",
        "Per Lind",
        "Styrgruppen",
    ] {
        assert!(
            stderr.contains(&format!("warning: no reminder for {owner}")),
            "{stderr}"
        );
    }
    assert!(stderr.contains("Wrote 3 reminders to 4 addresses in"), "{stderr}");
    assert!(
        stderr.contains("4 owners cannot be written to: Berga, Dala, Per Lind, Styrgruppen."),
        "{stderr}"
    );
}

#[test]
fn overdue_assignments_are_marked_and_the_next_meeting_follows_today() {
    let (code, _, stderr, out) = remind(&["--today", "2026-05-20", "--owner", "Åby"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(names(out.path()), ["aby.eml"]);
    Draft::read(&out.path().join("aby.eml")).says(&[
        "   Senast: 15 maj 2026 (2026-05-15), FÖRSENAT sedan 5 dagar\n",
        "Nästa möte: fredag 22 maj 2026",
    ]);
    let (_, _, _, later) = remind(&["--today", "2026-05-22", "--owner", "Åby"]);
    let aby = Draft::read(&later.path().join("aby.eml"));
    aby.says(&["Inget kommande möte finns i kalendern."]);
    assert!(!aby.subject.contains("inför"), "{}", aby.subject);
}

#[test]
fn a_per_member_group_is_reminded_through_each_member_and_before_limits_by_due_date() {
    let (code, _, stderr, out) = remind(&["--today", "2026-04-10", "--owner", "Ledamöterna"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(names(out.path()), ["aby.eml"]);
    assert!(stderr.contains("no reminder for Berga"), "{stderr}");
    assert!(stderr.contains("no reminder for Dala"), "{stderr}");
    let (code, stdout, stderr, out) = remind(&["--today", "2026-04-10", "--before", "2026-05-01"]);
    assert_eq!(code, 0, "{stderr}");
    // Region Norrdal owes nothing itself before then: its undated task is not due before a date.
    assert_eq!(names(out.path()), ["olle-ek.eml"], "{stdout}");
}

#[test]
fn a_sender_is_required_and_drafts_are_not_overwritten() {
    let (code, _, stderr, out) = remind(&["--today", "2026-04-10", "--from", "sekreterare"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--from `sekreterare` is not an e-mail address"),
        "{stderr}"
    );
    assert!(names(out.path()).is_empty());

    let olle = ["--owner", "Olle Ek", "--from", "sekr@norrdal.example"];
    let (code, _, stderr, out) = remind(&olle);
    assert_eq!(code, 0, "{stderr}");
    let draft = Draft::read(&out.path().join("olle-ek.eml"));
    assert_eq!(draft.from, "Chefsnätverket i Norrdal <sekr@norrdal.example>");
    let (code, _, stderr) = remind_into(&fixture(), out.path(), &olle);
    assert_eq!(code, 1);
    assert!(stderr.contains("olle-ek.eml already exists"), "{stderr}");
    assert_eq!(
        remind_into(&fixture(), out.path(), &[&olle[..], &["--force"]].concat()).0,
        0
    );
}

#[test]
fn without_the_network_address_or_from_there_is_no_sender() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for entry in fs::read_dir(fixture()).expect("the fixture").flatten() {
        let to = dir.path().join(entry.file_name());
        if entry.path().is_dir() {
            fs::create_dir(&to).expect("a folder");
            for file in fs::read_dir(entry.path()).expect("a meeting").flatten() {
                fs::copy(file.path(), to.join(file.file_name())).expect("a copy");
            }
        } else {
            fs::copy(entry.path(), &to).expect("a copy");
        }
    }
    let members = dir.path().join("members.yaml");
    let text = fs::read_to_string(&members).expect("members.yaml");
    fs::write(&members, text.replace("  email: natverket@norrdal.example\n", "")).expect("written");
    let out = dir.path().join("out");
    let (code, _, stderr) = remind_into(dir.path(), &out, &[]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no address to send from: give --from ADDRESS"),
        "{stderr}"
    );
    assert!(!out.exists());
}
