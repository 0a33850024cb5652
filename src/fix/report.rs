//! What `check --fix` says it did: each finding fixed, each file's references updated, each fix
//! not made and why.

use super::fixer::Plan;
use std::io::{self, Write};

/// One line per finding fixed and per file whose references were updated.
pub fn fixed(out: &mut dyn Write, plan: &Plan, verb: &str) -> io::Result<()> {
    let mut lines: Vec<(&std::path::Path, u32, u32, String)> = Vec::new();
    for change in &plan.changes {
        for d in &change.fixed {
            lines.push((
                &change.path,
                d.pos.line,
                d.pos.column,
                format!(
                    "{verb}: {}: {}[{}] {}",
                    crate::report::location(d),
                    d.severity.as_str(),
                    d.rule.code(),
                    d.message
                ),
            ));
        }
        if change.references > 0 {
            lines.push((
                &change.path,
                u32::MAX,
                0,
                format!(
                    "{verb}: {}: {} reference{} to renumbered items",
                    change.path.display(),
                    change.references,
                    if change.references == 1 { "" } else { "s" }
                ),
            ));
        }
    }
    lines.sort();
    for (.., line) in lines {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The fixes not made, as warnings.
pub fn refused(err: &mut dyn Write, plan: &Plan) -> io::Result<()> {
    for refused in &plan.refused {
        let warning = format!("{}: {}", refused.path.display(), refused.reason);
        writeln!(err, "{}", crate::msg!("warning-prefix", warning = warning))?;
    }
    Ok(())
}

/// `Fixed 3 findings in 2 files.`
pub fn summary(plan: &Plan, preview: bool) -> String {
    let fixed = plan.fixed_count();
    let files = plan.changes.len();
    if preview {
        crate::msg!("fix-summary-preview", fixed = fixed, files = files)
    } else {
        crate::msg!("fix-summary", fixed = fixed, files = files)
    }
}
