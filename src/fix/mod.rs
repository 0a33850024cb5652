//! `check --fix` and `check --diff`: safe, mechanical repairs of findings. A rule attaches a
//! [`Fix`] to a finding only when the repair is certain; the fixer applies them file by file
//! to a fixed point, and leaves a file untouched when the fixed text would have a finding the
//! file did not have.

pub mod edit;
pub mod hooks;
pub mod renumber;

pub use edit::{Edit, Fix, Move};
pub mod diff;
pub mod fixer;
pub mod report;
pub mod write;
