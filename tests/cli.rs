//! End-to-end command-line cases: each `tests/cmd/*.toml` runs `lchnv` with arguments in a
//! copy of its `*.in` folder and compares the output with the expected `*.stdout`/`*.stderr`.
//! Refresh the expectations after a deliberate change with `TRYCMD=overwrite cargo test --test cli`.

#[allow(dead_code)]
mod support;

#[test]
fn cli_cases() {
    let cases = trycmd::TestCases::new();
    support::english(&cases);
    cases.case("tests/cmd/*.toml");
}
