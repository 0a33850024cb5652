//! The generated files in `docs/` (rules, manual pages, completion scripts) are those this
//! version of lchnv generates; `cargo run --example gen_docs` refreshes them.

mod support;

use std::fs;
use std::path::Path;

fn top() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

const REFRESH: &str = "run `cargo run --example gen_docs` to refresh docs/";

#[test]
fn every_generated_file_in_docs_is_up_to_date() {
    let files = lchnv::docs::generated().expect("the docs generate");
    for (path, bytes) in &files {
        let on_disk = fs::read(top().join(path)).unwrap_or_default();
        assert!(on_disk == *bytes, "{} is out of date: {REFRESH}", path.display());
    }
    // No page or script is left of a command or shell that is gone.
    for folder in ["docs/man", "docs/completions", "docs/schema"] {
        for entry in fs::read_dir(top().join(folder)).expect("the folder").flatten() {
            let path = Path::new(folder).join(entry.file_name());
            assert!(
                files.iter().any(|(p, _)| *p == path),
                "{} is not generated any more: {REFRESH}",
                path.display()
            );
        }
    }
    assert!(files.iter().any(|(p, _)| p.ends_with("docs/man/lchnv-remind.1")));
    assert!(files.iter().any(|(p, _)| p.ends_with("docs/completions/_lchnv")));
}

/// The binary prints what docs/ holds: the files are its own output.
fn stdout(args: &[&str]) -> Vec<u8> {
    let (code, stdout, stderr) = support::output(support::lchnv().args(args));
    assert_eq!(code, 0, "{stderr}");
    stdout.into_bytes()
}

#[test]
fn completions_and_man_print_the_files_in_docs() {
    for (shell, file) in [
        ("bash", "lchnv.bash"),
        ("zsh", "_lchnv"),
        ("fish", "lchnv.fish"),
        ("powershell", "_lchnv.ps1"),
        ("elvish", "lchnv.elv"),
    ] {
        let expected = fs::read(top().join("docs/completions").join(file)).expect("the script");
        assert!(stdout(&["completions", shell]) == expected, "{file}: {REFRESH}");
    }
    let bash = String::from_utf8(stdout(&["completions", "bash"])).unwrap_or_default();
    for word in ["remind", "init", "new-agenda", "--quiet", "--meetings"] {
        assert!(bash.contains(word), "{word} is not completed");
    }
    let page = fs::read(top().join("docs/man/lchnv.1")).expect("the page");
    assert!(stdout(&["man"]) == page, "lchnv.1: {REFRESH}");
    let check = fs::read(top().join("docs/man/lchnv-check.1")).expect("the page");
    assert!(stdout(&["man", "check"]) == check, "lchnv-check.1: {REFRESH}");
    let text = String::from_utf8(check).unwrap_or_default();
    assert!(
        text.contains("lchnv check \\-\\-format github"),
        "the examples are in the page"
    );
}

#[test]
fn man_names_the_commands_when_one_is_unknown() {
    let (code, _, stderr) = support::output(support::lchnv().args(["man", "chekc"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("`chekc` is not a command of lchnv; the commands are check, rules"),
        "{stderr}"
    );
}

#[test]
fn every_help_has_examples_and_the_global_options_under_one_heading() {
    use clap::CommandFactory;
    let mut cli = lchnv::cli::Cli::command();
    cli.build();
    let commands = std::iter::once(&cli).chain(cli.get_subcommands().filter(|c| c.get_name() != "help"));
    for command in commands {
        let name = command.get_name();
        let after = command
            .get_after_help()
            .map(|h| h.to_string())
            .unwrap_or_default();
        assert!(
            after.starts_with("Examples:\n  lchnv "),
            "`{name} --help` has no examples"
        );
        for global in ["meetings", "color", "quiet"] {
            let arg = command.get_arguments().find(|a| a.get_id() == global);
            assert_eq!(
                arg.and_then(|a| a.get_help_heading()),
                Some("Global options"),
                "--{global} of `{name}`"
            );
        }
    }
}
