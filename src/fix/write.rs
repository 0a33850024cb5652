//! Writes what a [`Plan`] changes: one [`Transaction`] per meetings folder, so the files of a
//! folder change together or not at all, and a file someone changed since it was read is not
//! overwritten.

use super::fixer::Plan;
use crate::write::Transaction;
use anyhow::Result;
use std::path::Path;

pub fn write(plan: &Plan) -> Result<()> {
    let mut roots: Vec<&Path> = plan.changes.iter().map(|c| c.root.as_path()).collect();
    roots.sort();
    roots.dedup();
    for root in roots {
        let mut transaction = Transaction::begin(root)?;
        for change in plan.changes.iter().filter(|c| c.root == root) {
            transaction.update(&change.path, |now| {
                if now != change.before {
                    anyhow::bail!(
                        "{}",
                        crate::msg!("fix-changed-meanwhile", path = change.path.display().to_string())
                    );
                }
                Ok(change.contents())
            })?;
        }
        transaction.commit();
    }
    Ok(())
}
