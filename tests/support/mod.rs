//! Running the lchnv binary from the integration tests, with nothing of the caller's environment
//! that would change its answer.

use assert_cmd::Command;

/// `lchnv` without `LCHNV_MEETINGS`, `LCHNV_TODAY` or colour.
pub fn lchnv() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lchnv"));
    cmd.env_remove("LCHNV_MEETINGS")
        .env_remove("LCHNV_TODAY")
        .env("NO_COLOR", "1");
    cmd
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
