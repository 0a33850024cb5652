//! `check --diff`: what `--fix` would change, as a unified diff (the form `git apply` and
//! `patch -p1` read).

use super::fixer::Plan;

/// Lines of context around each change, as `diff -u` gives.
const CONTEXT: usize = 3;

pub fn unified(plan: &Plan) -> String {
    let mut out = String::new();
    for change in &plan.changes {
        let path = change.path.display().to_string();
        let diff = similar::TextDiff::from_lines(&change.before, &change.after);
        out.push_str(
            &diff
                .unified_diff()
                .context_radius(CONTEXT)
                .header(&format!("a/{path}"), &format!("b/{path}"))
                .to_string(),
        );
    }
    out
}
