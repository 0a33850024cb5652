//! One module per subcommand.

pub mod attendance;
pub mod check;
pub mod decisions;
pub mod history;
pub mod import;
pub mod new_agenda;
pub mod new_minutes;
pub mod rules;
pub mod todo;
