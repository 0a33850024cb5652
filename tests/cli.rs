//! End-to-end command-line cases: each `tests/cmd/*.toml` runs `lchnv` with arguments in a
//! copy of its `*.in` folder and compares the output with the expected `*.stdout`/`*.stderr`.
//! Refresh the expectations after a deliberate change with `TRYCMD=overwrite cargo test --test cli`.

#[test]
fn cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
