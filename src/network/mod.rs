//! The network-level files in `meetings/`: who the members are, when the network meets, which
//! matters run across meetings and which items open and close every meeting.

pub mod calendar;
pub mod matters;
pub mod members;
pub mod period;
pub mod standard_items;

pub use calendar::{Calendar, CalendarEntry};
pub use matters::{Matter, Matters};
pub use members::{
    Function, Group, Holder, Members, NetworkName, Organisation, Party, PerMember, Person, Role,
};
pub use period::Period;
pub use standard_items::{StandardItem, StandardItems};

/// Everything the network files say.
#[derive(Debug, Clone, Default)]
pub struct Network {
    pub members: Members,
    pub calendar: Calendar,
    pub matters: Matters,
    pub standard_items: StandardItems,
}

/// The network files' names in the meetings folder.
pub const MEMBERS_FILE: &str = "members.yaml";
pub const CALENDAR_FILE: &str = "calendar.yaml";
pub const MATTERS_FILE: &str = "matters.yaml";
pub const STANDARD_ITEMS_FILE: &str = "standard-items.yaml";
