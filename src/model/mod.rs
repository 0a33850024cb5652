//! The domain: meetings, their items, decisions and assignments, and references between them.

pub mod assignment;
pub mod clause;
pub mod item;
pub mod meeting;
pub mod reference;

pub use assignment::Assignment;
pub use clause::Clause;
pub use item::{Item, ItemStatus, Returns};
pub use meeting::{Attachment, Attendee, Header, Kind, Meeting, Status, attachment_key};
pub use reference::{ItemNumber, Reference, Target};
