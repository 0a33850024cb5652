//! The two message catalogues hold the same keys, every key the code uses is in them, and the
//! language follows `language:` in lchnv.yaml, then LC_ALL, LC_MESSAGES and LANG.

mod support;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use lchnv::i18n::{CATALOGUES, Language};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The variables a pattern uses, also inside selectors and their variants.
fn variables(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    let inline = |e: &InlineExpression<&str>, found: &mut BTreeSet<String>| match e {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    };
    match expression {
        Expression::Inline(e) => inline(e, found),
        Expression::Select { selector, variants } => {
            inline(selector, found);
            for variant in variants {
                variables(&variant.value, found);
            }
        }
    }
}

/// Each message of a catalogue with the variables it uses.
fn catalogue(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let text = CATALOGUES
        .iter()
        .find(|(l, _)| *l == language)
        .map(|(_, t)| *t)
        .expect("the catalogue");
    let resource = FluentResource::try_new(text.to_owned())
        .unwrap_or_else(|(_, errors)| panic!("{language:?} catalogue: {errors:?}"));
    let mut messages = BTreeMap::new();
    for entry in resource.entries() {
        if let Entry::Message(message) = entry {
            let mut found = BTreeSet::new();
            if let Some(value) = &message.value {
                variables(value, &mut found);
            }
            let fresh = messages.insert(message.id.name.to_owned(), found).is_none();
            assert!(fresh, "{language:?}: `{}` is there twice", message.id.name);
        }
    }
    messages
}

#[test]
fn both_catalogues_hold_the_same_messages_with_the_same_variables() {
    let swedish = catalogue(Language::Swedish);
    let english = catalogue(Language::English);
    for key in swedish.keys() {
        assert!(english.contains_key(key), "`{key}` is in sv.ftl only");
    }
    for key in english.keys() {
        assert!(swedish.contains_key(key), "`{key}` is in en.ftl only");
    }
    for (key, vars) in &swedish {
        assert_eq!(
            Some(vars),
            english.get(key),
            "`{key}` takes other variables in en.ftl"
        );
    }
    assert!(swedish.len() > 80, "{} messages", swedish.len());
}

/// The keys of every `msg!("…"` in the sources.
fn keys_in_code() -> BTreeMap<String, String> {
    let pattern = regex::Regex::new(r#"msg!\(\s*"([a-z0-9-]+)""#).expect("the pattern");
    let mut keys = BTreeMap::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in walkdir::WalkDir::new(&src).into_iter().flatten() {
        if entry.path().extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(entry.path()).expect("a source file");
            for found in pattern.captures_iter(&text) {
                keys.insert(found[1].to_owned(), entry.path().display().to_string());
            }
        }
    }
    keys
}

#[test]
fn every_key_the_code_uses_is_in_the_catalogues() {
    let keys = keys_in_code();
    assert!(keys.len() > 80, "{} keys found in the code", keys.len());
    let english = catalogue(Language::English);
    for (key, file) in &keys {
        assert!(english.contains_key(key), "`{key}` ({file}) is in no catalogue");
    }
    // A rule's summary is looked up by its code; a unit test in src/commands/rules.rs covers them.
    for key in english.keys().filter(|key| !key.starts_with("rule-summary-")) {
        assert!(
            keys.contains_key(key),
            "`{key}` is in the catalogues but no code uses it"
        );
    }
}

fn shipped() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("meetings")
}

/// `lchnv ARGS` on the shipped meetings, in the environment's language `lang`.
fn run_with_lang(lang: &str, meetings: &Path, args: &[&str]) -> (i32, String, String) {
    let mut cmd = support::lchnv();
    cmd.env("LANG", lang).arg("--meetings").arg(meetings).args(args);
    support::output(&mut cmd)
}

#[test]
fn a_swedish_locale_gives_swedish_headings_and_summaries() {
    let (code, out, _) = run_with_lang("sv_SE.UTF-8", &shipped(), &["todo", "--width", "200"]);
    assert_eq!(code, 0);
    for words in [
        "Referens",
        "Ansvarig",
        "Uppdrag",
        "Senast",
        "Återrapport",
        "öppna uppdrag.",
    ] {
        assert!(out.contains(words), "no `{words}` in:\n{out}");
    }
    assert!(!out.contains("Report to"), "{out}");
    let (_, out, _) = run_with_lang("sv_SE.UTF-8", &shipped(), &["history", "mini-maria"]);
    assert!(out.contains("Föredragande:") && out.contains("Beslut:"), "{out}");
    assert!(out.contains("Läge: öppet"), "{out}");
}

#[test]
fn the_rule_list_follows_the_language_and_keeps_codes_and_names() {
    let (code, out, _) = run_with_lang("sv_SE.UTF-8", &shipped(), &["rules"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("L401  owner-missing              fel      varje uppdrag har en ansvarig"),
        "{out}"
    );
    let (_, out, _) = run_with_lang("C", &shipped(), &["rules"]);
    assert!(
        out.contains("L401  owner-missing              error    every assignment has an owner"),
        "{out}"
    );
}

#[test]
fn lang_c_gives_english() {
    let (code, out, _) = run_with_lang("C", &shipped(), &["todo", "--width", "200"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Report to") && out.contains("open assignments."),
        "{out}"
    );
    let (_, out, _) = run_with_lang("C", &shipped(), &["history", "mini-maria"]);
    assert!(out.contains("Presenter:") && out.contains("State: open"), "{out}");
}

#[test]
fn lc_all_and_lc_messages_come_before_lang() {
    let mut cmd = support::lchnv();
    cmd.env("LANG", "C")
        .env("LC_MESSAGES", "sv_SE.UTF-8")
        .arg("--meetings")
        .arg(shipped())
        .args(["todo", "--owner", "Kalle Anka"]);
    let (_, _, err) = support::output(&mut cmd);
    assert!(err.starts_with("fel: "), "{err}");
    cmd.env("LC_ALL", "en_GB.UTF-8");
    let (_, _, err) = support::output(&mut cmd);
    assert!(err.starts_with("error: "), "{err}");
}

#[test]
fn language_in_lchnv_yaml_comes_before_the_environment() {
    let dir = tempfile::tempdir().expect("a folder");
    let meetings = dir.path().join("meetings");
    support::copy_dir(&shipped(), &meetings);
    fs::write(meetings.join("lchnv.yaml"), "language: sv\n").expect("the config");
    let (code, out, _) = run_with_lang("en_US.UTF-8", &meetings, &["todo", "--width", "200"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Återrapport") && out.contains("öppna uppdrag."),
        "{out}"
    );
    let (code, out, err) = run_with_lang("C", &meetings, &["check"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("varning[L407]") && out.contains("= hjälp: "),
        "{out}"
    );
    assert!(
        err.contains("Kontrollerade 2 filer: 0 fel och 1 varning."),
        "{err}"
    );
    fs::write(meetings.join("lchnv.yaml"), "language: en\n").expect("the config");
    let (_, out, _) = run_with_lang("sv_SE.UTF-8", &meetings, &["todo", "--width", "200"]);
    assert!(out.contains("Report to"), "{out}");
    // Machine formats keep their keys in Swedish.
    fs::write(meetings.join("lchnv.yaml"), "language: sv\n").expect("the config");
    let (_, json, _) = run_with_lang("C", &meetings, &["todo", "--format", "json"]);
    assert!(
        json.contains("\"assignments\"") && json.contains("\"report_to\""),
        "{json}"
    );
    let (_, csv, _) = run_with_lang("C", &meetings, &["todo", "--format", "csv"]);
    assert!(csv.starts_with("reference,owners,task"), "{csv}");
}

/// A copy of the shipped meetings whose minutes name an owner members.yaml does not know.
fn meetings_with_an_unknown_owner() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("a folder");
    let meetings = dir.path().join("meetings");
    support::copy_dir(&shipped(), &meetings);
    let minutes = meetings.join("2025-11-21").join("minutes.md");
    let text = fs::read_to_string(&minutes).expect("the minutes");
    let changed = text.replacen("- [ ] **Styrgruppen**:", "- [ ] **Styrgrupen**:", 1);
    assert_ne!(text, changed, "the minutes have a task for Styrgruppen");
    fs::write(&minutes, changed).expect("the minutes");
    (dir, meetings)
}

#[test]
fn check_reports_the_rules_findings_in_the_language_of_the_environment() {
    let (_dir, meetings) = meetings_with_an_unknown_owner();
    // The second run reads the cache the first wrote: findings are kept in the words they
    // were made in, so English after Swedish is English.
    for (lang, finding, help, not) in [
        (
            "sv_SE.UTF-8",
            "fel[L402]: `Styrgrupen` finns inte i members.yaml",
            "= hjälp: menade du `Styrgruppen`?",
            "is not in",
        ),
        (
            "C",
            "error[L402]: `Styrgrupen` is not in members.yaml",
            "= help: did you mean `Styrgruppen`?",
            "finns inte",
        ),
    ] {
        let (code, out, _) = run_with_lang(lang, &meetings, &["check"]);
        assert_eq!(code, 1, "{out}");
        assert!(out.contains(finding) && out.contains(help), "{lang}: {out}");
        assert!(!out.contains(not), "{lang}: {out}");
    }
    // Machine formats keep their keys and rule codes; only the text follows the language.
    let (_, json, _) = run_with_lang("sv_SE.UTF-8", &meetings, &["check", "--format", "json"]);
    assert!(
        json.contains("\"message\":\"`Styrgrupen` finns inte i members.yaml\"")
            || json.contains("\"message\": \"`Styrgrupen` finns inte i members.yaml\""),
        "{json}"
    );
    assert!(json.contains("owner-unknown") || json.contains("L402"), "{json}");
}

#[test]
fn owner_matter_and_date_errors_follow_the_language() {
    let shipped = shipped();
    let members = shipped.join("members.yaml").display().to_string();
    let matters = shipped.join("matters.yaml").display().to_string();
    for (lang, prefix, nobody, several, matter, date) in [
        (
            "sv_SE.UTF-8",
            "fel: ",
            format!("`Nobody` är varken en person, en organisation eller en grupp i {members}\n"),
            format!("`Dalarna` passar in på 3 namn i {members}: "),
            format!(
                "`mini-mara` är inget ärende i {matters} och finns inte på något möte; menade du `mini-maria`?\n"
            ),
            "`2026-02-30` är inget mötesdatum (den dagen finns inte); skriv det som ÅÅÅÅ-MM-DD",
        ),
        (
            "C",
            "error: ",
            format!("`Nobody` is not a person, organisation or group in {members}\n"),
            format!("`Dalarna` fits 3 names in {members}: "),
            format!(
                "`mini-mara` is not a matter in {matters} or in any meeting; did you mean `mini-maria`?\n"
            ),
            "`2026-02-30` is not a meeting date (no such day); write it as YYYY-MM-DD",
        ),
    ] {
        let (code, _, err) = run_with_lang(lang, &shipped, &["todo", "--owner", "Nobody"]);
        assert_eq!(code, 2, "{err}");
        assert_eq!(err, format!("{prefix}{nobody}"), "{lang}");
        let (code, _, err) = run_with_lang(lang, &shipped, &["todo", "--owner", "Dalarna"]);
        assert_eq!(code, 2, "{err}");
        assert!(err.starts_with(&format!("{prefix}{several}")), "{lang}: {err}");
        let (code, _, err) = run_with_lang(lang, &shipped, &["history", "mini-mara"]);
        assert_eq!(code, 2, "{err}");
        assert_eq!(err, format!("{prefix}{matter}"), "{lang}");
        let (code, _, err) = run_with_lang(lang, &shipped, &["new-agenda", "2026-02-30", "--dry-run"]);
        assert_eq!(code, 2, "{err}");
        assert!(err.starts_with(&format!("{prefix}{date}")), "{lang}: {err}");
    }
}

#[test]
fn a_refused_second_new_agenda_says_so_in_the_language() {
    let dir = tempfile::tempdir().expect("a folder");
    let meetings = dir.path().join("meetings");
    support::copy_dir(&shipped(), &meetings);
    let (code, _, err) = run_with_lang("C", &meetings, &["new-agenda", "2026-09-08"]);
    assert_eq!(code, 0, "{err}");
    let agenda = meetings.join("2026-09-08").join("agenda.md");
    let written = fs::read_to_string(&agenda).expect("the agenda");
    let path = agenda.display();
    for (lang, refusal) in [
        (
            "sv_SE.UTF-8",
            format!("fel: {path} finns redan; skriver inte över den (ange --force för att ersätta den)\n"),
        ),
        (
            "C",
            format!("error: {path} already exists; not overwriting it (use --force to replace it)\n"),
        ),
    ] {
        let (code, out, err) = run_with_lang(lang, &meetings, &["new-agenda", "2026-09-08"]);
        assert_eq!(code, 1, "{lang}: {out}{err}");
        assert_eq!(err, refusal, "{lang}");
        assert_eq!(fs::read_to_string(&agenda).expect("the agenda"), written);
    }
}

#[test]
fn site_and_calendar_speak_the_language() {
    let dir = tempfile::tempdir().expect("a folder");
    for (lang, summary, header, yes) in [
        ("sv_SE.UTF-8", " filer, ", "Veckodag", "ja"),
        ("C", " files, ", "Weekday", "yes"),
    ] {
        let site = dir.path().join(lang);
        let site_arg = site.display().to_string();
        let (code, out, err) = run_with_lang(
            lang,
            &shipped(),
            &["site", "-o", &site_arg, "--today", "2026-01-01"],
        );
        assert_eq!(code, 0, "{err}");
        assert!(
            out.starts_with(&format!("{site_arg}: ")) && out.contains(summary),
            "{lang}: {out}"
        );
        let (code, out, _) = run_with_lang(lang, &shipped(), &["calendar"]);
        assert_eq!(code, 0);
        let first = out.lines().next().unwrap_or_default();
        assert!(first.contains(header), "{lang}: {out}");
        assert!(
            out.lines().any(|l| l.trim_end().ends_with(&format!(" {yes}"))),
            "{lang}: {out}"
        );
    }
}

#[test]
fn a_date_option_the_parser_refuses_is_explained_in_the_language() {
    for (lang, expected) in [
        (
            "sv_SE.UTF-8",
            "fel: ogiltigt värde '2026-13-01' för '--due-before <DATUM>': `2026-13-01` är inget datum (den dagen finns inte)\n",
        ),
        (
            "C",
            "error: invalid value '2026-13-01' for '--due-before <DATE>': `2026-13-01` is not a date (no such day)\n\nFor more information, try '--help'.\n",
        ),
    ] {
        let (code, out, err) = run_with_lang(lang, &shipped(), &["todo", "--due-before", "2026-13-01"]);
        assert_eq!(code, 2, "{out}");
        assert_eq!(err, expected, "{lang}");
    }
}

/// A task owed through a group that acts per member says so in the reader's language.
#[test]
fn a_member_of_a_group_is_named_in_swedish() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let copy = |from: &str| {
        let status = std::process::Command::new("cp")
            .args(["-r", from])
            .arg(dir.path())
            .status()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(status.success());
    };
    copy(concat!(env!("CARGO_MANIFEST_DIR"), "/meetings"));
    let run = |lang: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_lchnv"))
            .args(["todo", "--owner", "Rättvik", "--no-cache"])
            .current_dir(dir.path())
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(run("sv_SE.UTF-8").contains("Rättvik, som en av Ledamöterna"));
    assert!(run("C").contains("Rättvik, as a member of Ledamöterna"));
}

/// `lchnv ARGS` outside any meetings folder, in the environment's language `lang`.
fn run_elsewhere(lang: &str, args: &[&str]) -> (i32, String, String) {
    let dir = tempfile::tempdir().expect("a folder");
    let mut cmd = support::lchnv();
    cmd.current_dir(dir.path()).env("LANG", lang).args(args);
    support::output(&mut cmd)
}

#[test]
fn help_speaks_swedish_in_a_swedish_locale() {
    let (code, out, _) = run_elsewhere("sv_SE.UTF-8", &["--help"]);
    assert_eq!(code, 0);
    for words in [
        "Ett minne för ett nätverks möten",
        "Användning: lchnv [ALTERNATIV] <KOMMANDO>",
        "--meetings <MAPP>",
        "Kommandon:",
        "Granska mötesfilerna och nätverksfilerna",
        "Alternativ:",
        "Visa hjälp",
        "Globala alternativ:",
        "Exempel:",
        "granska mötesmappen som hittas härifrån och uppåt",
    ] {
        assert!(out.contains(words), "no `{words}` in:\n{out}");
    }
    for english in ["Usage:", "Options:", "Commands:", "Examples:", "Lint the"] {
        assert!(!out.contains(english), "`{english}` in:\n{out}");
    }
    let (code, out, _) = run_elsewhere("sv_SE.UTF-8", &["todo", "--help"]);
    assert_eq!(code, 0);
    for words in [
        "Lista uppdrag som inte är klara",
        "Användning: lchnv todo [ALTERNATIV]",
        "--due-before <DATUM>",
        "Bara uppdrag som ska vara klara före detta datum",
        "Möjliga värden:",
        "[standard: table]",
        "Exempel:\n  lchnv todo\n",
    ] {
        assert!(out.contains(words), "no `{words}` in:\n{out}");
    }
}

#[test]
fn help_is_english_by_default() {
    let (code, out, _) = run_elsewhere("C", &["todo", "--help"]);
    assert_eq!(code, 0);
    for words in [
        "List outstanding assignments",
        "Usage: lchnv todo [OPTIONS]",
        "Only assignments due before this date",
        "Possible values:",
        "Examples:\n  lchnv todo\n",
    ] {
        assert!(out.contains(words), "no `{words}` in:\n{out}");
    }
}

#[test]
fn help_follows_language_in_lchnv_yaml_named_by_meetings() {
    let dir = tempfile::tempdir().expect("a folder");
    let meetings = dir.path().join("meetings");
    support::copy_dir(&shipped(), &meetings);
    fs::write(meetings.join("lchnv.yaml"), "language: sv\n").expect("the config");
    let (code, out, _) = run_with_lang("C", &meetings, &["check", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("Granska mötesfilerna"), "{out}");
    // Found from the current folder as well.
    let mut cmd = support::lchnv();
    cmd.current_dir(dir.path()).args(["check", "--help"]);
    let (_, out, _) = support::output(&mut cmd);
    assert!(out.contains("Filer eller mappar att granska"), "{out}");
}

#[test]
fn the_parsers_errors_and_the_manual_follow_the_language() {
    let (code, _, err) = run_elsewhere("sv_SE.UTF-8", &["todo", "--bogus"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "fel: oväntat argument '--bogus'\n\nAnvändning: lchnv todo [ALTERNATIV]\n\nMer information får du med '--help'.\n"
    );
    let (code, _, err) = run_elsewhere("sv_SE.UTF-8", &["chek"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("okänt kommando 'chek'") && err.contains("tips: det finns"),
        "{err}"
    );
    let (code, page, _) = run_elsewhere("sv_SE.UTF-8", &["man", "todo"]);
    assert_eq!(code, 0);
    for words in [
        ".SH NAMN",
        ".SH BESKRIVNING",
        ".SH ALTERNATIV",
        "Bara uppdrag",
        ".SH EXEMPEL",
    ] {
        assert!(page.contains(words), "no `{words}` in:\n{page}");
    }
    let (code, script, _) = run_elsewhere("sv_SE.UTF-8", &["completions", "fish"]);
    assert_eq!(code, 0);
    assert!(
        script.contains("Bara uppdrag som ska vara klara före detta datum"),
        "{script}"
    );
    let (code, _, err) = run_elsewhere("sv_SE.UTF-8", &["man", "chekc"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("fel: `chekc` är inget kommando i lchnv; kommandona är check, "),
        "{err}"
    );
}

/// A copy of the shipped meetings whose minutes' front matter has `line` in place of the chair.
fn meetings_with_front_matter_line(line: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("a folder");
    let meetings = dir.path().join("meetings");
    support::copy_dir(&shipped(), &meetings);
    let minutes = meetings.join("2025-11-21").join("minutes.md");
    let text = fs::read_to_string(&minutes).expect("the minutes");
    let changed = text.replacen("chair: Ulrika Gärdsback\n", &format!("{line}\n"), 1);
    assert_ne!(text, changed, "the minutes name their chair on line 4");
    fs::write(&minutes, changed).expect("the minutes");
    (dir, meetings)
}

#[test]
fn a_yaml_syntax_error_is_explained_in_swedish_with_its_line() {
    let (_dir, meetings) = meetings_with_front_matter_line("chair: [Ulrika Gärdsback");
    let (code, out, _) = run_with_lang("sv_SE.UTF-8", &meetings, &["check"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("fel[L103]: YAML-texten går inte att läsa på rad 5: ")
            && out.contains("är `[` på rad 4 stängd?")
            && out.contains("= hjälp: rätta YAML-syntaxen"),
        "{out}"
    );
    let (code, _, err) = run_with_lang("sv_SE.UTF-8", &meetings, &["todo"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("minutes.md:5:") && err.contains("YAML-texten går inte att läsa på rad 5"),
        "{err}"
    );
    // An error the reader has no words for keeps the parser's own.
    let (_dir, meetings) = meetings_with_front_matter_line("chair: \"Ulrika\" Gärdsback");
    let (_, out, _) = run_with_lang("sv_SE.UTF-8", &meetings, &["check"]);
    assert!(
        out.contains(
            "YAML-texten går inte att läsa på rad 4: tolken säger (på engelska): invalid trailing content"
        ),
        "{out}"
    );
    let (_, out, _) = run_with_lang("C", &meetings, &["check"]);
    assert!(
        out.contains("error[L103]: invalid YAML on line 4: invalid trailing content"),
        "{out}"
    );
}

#[test]
fn the_import_report_speaks_swedish() {
    let dir = tempfile::tempdir().expect("a folder");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let meetings = dir.path().join("meetings");
    support::copy_dir(&fixtures.join("repo"), &meetings);
    let file = fixtures.join("agenda-2026-02-20.txt").display().to_string();
    let (code, out, err) = run_with_lang("sv_SE.UTF-8", &meetings, &["import", "--dry-run", &file]);
    assert_eq!(code, 0, "{err}");
    let report = out.split("\n----\n").nth(1).unwrap_or_default();
    for words in [
        "Importerade agenda-2026-02-20.txt (text, UTF-8) som dagordning för mötet 2026-02-20\n",
        "  provkörning  ",
        "(ingenting skrevs)",
        "  hittade      ",
        "Rättelser: ",
        "Uppdrag som gjorts av uppföljningar: ",
        "Sidskräp som togs bort: ",
        "Ändringar att kontrollera: ",
        "Alla ord kvar: ja, alla ",
        "Granskning: inte gjord (ingenting skrevs)",
    ] {
        assert!(report.contains(words), "no `{words}` in:\n{report}");
    }
    for english in ["Imported ", "dry run", "Repairs:", "Every word kept", "Check:"] {
        assert!(!report.contains(english), "`{english}` in:\n{report}");
    }
    // An import that cannot read its document says so in Swedish too.
    let folder = dir.path().display().to_string();
    let (code, _, err) = run_with_lang("sv_SE.UTF-8", &meetings, &["import", &folder]);
    assert_eq!(code, 2);
    assert_eq!(err, format!("fel: {folder} är en mapp, inte ett dokument\n"));
}

/// The report of a Swedish dry-run import of the scanned minutes of 2026-01-16 into `meetings`.
fn swedish_report_of_scanned_minutes(meetings: &Path) -> String {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import/minutes-2026-01-16-ocr.txt")
        .display()
        .to_string();
    let args = ["import", &file, "--date", "2026-01-16", "--dry-run"];
    let (code, out, err) = run_with_lang("sv_SE.UTF-8", meetings, &args);
    assert_eq!(code, 0, "{err}");
    out.split("\n----\n").nth(1).unwrap_or_default().to_owned()
}

#[test]
fn the_import_reports_details_speak_swedish_too() {
    let dir = tempfile::tempdir().expect("a folder");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let meetings = dir.path().join("meetings");
    support::copy_dir(&fixtures.join("repo"), &meetings);
    let report = swedish_report_of_scanned_minutes(&meetings);
    for words in [
        "(dokumentet ser ut som minnesanteckningar: 10 beslut i dåtid (”Länsnätverket beslutade”))",
        "2026-01-16 (från --date)",
        "och både det och arkivet skriver ”",
        "det låter som ett uppdrag, men det som står före verbet är ingen person",
        "”Hon” är Lena Björk, som nämns i meningen före",
        "återkopplar till LNV enligt rad 116: ”Förslaget ska återrapporteras till LNV.”",
        "”Samordnarna i kommunerna” är inget namn i members.yaml eller i närvarolistan",
        "`Eva-Britt Lund Hägg`: namnet är delat på raderna 6 och 7; sammanfogat",
        "(sidhuvud (versaler som namnger nätverket eller en organisation))",
        "rad 23: datumet `251205` i rubriken skrivet `2025-12-05`",
        "en mötesplan med 3 rader skriven som tabell",
        "Föregående minnesanteckningar: 2025-12-05 (finns i arkivet)",
        "Kalendern: 2026-01-16 finns i calendar.yaml",
    ] {
        assert!(report.contains(words), "no `{words}` in:\n{report}");
    }
    // The shipped meetings hold neither the previous minutes nor the date in the calendar.
    let elsewhere = tempfile::tempdir().expect("a folder");
    let shipped_copy = elsewhere.path().join("meetings");
    support::copy_dir(&shipped(), &shipped_copy);
    let other = swedish_report_of_scanned_minutes(&shipped_copy);
    for words in [
        "Föregående minnesanteckningar: 2025-12-05 nämns, men det finns inga minnesanteckningar",
        "Kalendern: 2026-01-16 finns inte i calendar.yaml, så `lchnv check` rapporterar not-in-calendar",
        "det står att återkoppling ska ske till någon som inte finns i members.yaml",
    ] {
        assert!(other.contains(words), "no `{words}` in:\n{other}");
    }
    // An owner the members file does not know makes the import unsure in Swedish as in English.
    let document = dir.path().join("samordning.txt");
    std::fs::write(
        &document,
        "Minnesanteckningar Länsnätverket 2026-03-13\n\n1. Samordning\n\
         Länsnätverket beslutade att ge Kalle Nilsson i uppdrag att ta fram en plan till nästa möte.\n",
    )
    .expect("the document");
    let document = document.display().to_string();
    let args = ["import", &document, "--dry-run"];
    let (code, unknown, err) = run_with_lang("sv_SE.UTF-8", &meetings, &args);
    assert_eq!(code, 0, "{err}");
    for words in [
        "       ”Kalle Nilsson” finns varken i members.yaml eller i närvarolistan\n",
        "som importen är osäker på: 1\n",
        "       en ansvarig finns varken i members.yaml eller i närvarolistan\n",
    ] {
        assert!(unknown.contains(words), "no `{words}` in:\n{unknown}");
    }
    for english in [
        "the document reads as",
        "decisions written in the past",
        "from --date",
        "the document lost its marks",
        "it reads like a task",
        "named in the sentence before",
        "reports back to",
        "is not a name in",
        "the name is split over lines",
        "struck-through",
        "running header",
        "in the title written",
        "written as a table",
        "in the repository",
        "is not in calendar.yaml",
        "is in calendar.yaml",
        "to report back to someone",
    ] {
        assert!(!report.contains(english), "`{english}` in:\n{report}");
        assert!(!other.contains(english), "`{english}` in:\n{other}");
    }
}

#[test]
fn a_file_that_cannot_be_read_is_named_in_swedish() {
    let (_dir, meetings) = meetings_with_an_unknown_owner();
    let template = meetings.join("2025-11-21");
    let (code, _, err) = run_with_lang(
        "sv_SE.UTF-8",
        &meetings,
        &[
            "new-agenda",
            "2026-09-08",
            "--dry-run",
            "--template",
            &template.display().to_string(),
        ],
    );
    assert_eq!(code, 2);
    assert_eq!(
        err,
        format!(
            "fel: kunde inte läsa mallen: kunde inte läsa {}: det är en mapp, inte en vanlig fil\n",
            template.display()
        )
    );
    let minutes = meetings.join("2025-11-21").join("minutes.md");
    let mut bytes = fs::read(&minutes).expect("the minutes");
    bytes.extend_from_slice(b"\xe4\n");
    fs::write(&minutes, bytes).expect("the minutes");
    let (code, _, err) = run_with_lang("sv_SE.UTF-8", &meetings, &["todo"]);
    assert_eq!(code, 2);
    let path = minutes.display();
    assert!(
        err.starts_with(&format!(
            "fel: kunde inte läsa {path}: den är inte UTF-8 (byte 0xE4 på rad "
        )),
        "{err}"
    );
    let (code, _, err) = run_with_lang("C", &meetings, &["todo"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(&format!(
            "error: cannot read {path}: it is not UTF-8 (byte 0xE4 at line "
        )),
        "{err}"
    );
}
