//! One module per subcommand.

pub mod attendance;
pub mod calendar;
pub mod check;
pub mod decisions;
pub mod history;
pub mod import;
pub mod new_agenda;
pub mod new_minutes;
pub mod render;
pub mod rules;
pub mod site;
pub mod todo;
