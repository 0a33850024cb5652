//! One module per subcommand.

pub mod attendance;
pub mod calendar;
pub mod check;
pub mod completions;
pub mod decisions;
pub mod history;
pub mod import;
pub mod init;
pub mod man;
pub mod new_agenda;
pub mod new_minutes;
pub mod remind;
pub mod render;
pub mod rules;
pub mod schema;
pub mod site;
pub mod todo;
