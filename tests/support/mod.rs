//! Running the lchnv binary from the integration tests, with nothing of the caller's environment
//! that would change its answer.

use assert_cmd::Command;

/// `lchnv` without `LCHNV_MEETINGS`, `LCHNV_TODAY` or colour, speaking English whatever the
/// machine's locale (a test sets `LANG` again to hear Swedish).
pub fn lchnv() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lchnv"));
    cmd.env_remove("LCHNV_MEETINGS")
        .env_remove("LCHNV_TODAY")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("NO_COLOR", "1");
    cmd
}

/// trycmd cases run in English whatever the machine's locale: an empty `LC_ALL` and
/// `LC_MESSAGES` count as unset, and `LANG=C` is English.
#[allow(dead_code)]
pub fn english(cases: &trycmd::TestCases) {
    cases.env("LC_ALL", "").env("LC_MESSAGES", "").env("LANG", "C");
}

/// Runs a command: (exit code, stdout, stderr).
pub fn output(cmd: &mut Command) -> (i32, String, String) {
    let output = cmd.output().expect("lchnv runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Copies a folder and everything in it.
#[allow(dead_code)]
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("the folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("a copy");
        }
    }
}
