//! How the meeting format is written: the one place that knows its words and its layout.
//!
//! `new-agenda`, `new-minutes`, `import` and any renderer of documents write through this module,
//! and the parser reads the labels and the decision phrases from it, so that what lchnv writes
//! and what it reads cannot drift apart.
//!
//! - [`labels`]: the labels of labelled lines and assignment fields (`Ärende:`, `Senast:`);
//! - [`phrases`]: the phrases that open proposals and decisions, and their `att` clauses;
//! - [`assignment`]: an assignment's task-list line;
//! - [`references`]: references to items, decisions and assignments, and an item's origin in words;
//! - [`dates`]: dates as the documents write them, in figures and in words;
//! - [`reminder`]: the reminder e-mail of open assignments;
//! - [`documents`]: document titles and the previous minutes as an attachment;
//! - [`escape`]: free text made safe from being read as Markdown blocks or labelled lines;
//! - [`wrap`]: the line wrapper (100 characters, list items continued two spaces in);
//! - [`rendered`]: the words of rendered documents, the site and the calendar;
//! - [`context`]: what the document templates are given, as typed structs.

pub mod assignment;
pub mod context;
pub mod dates;
pub mod documents;
pub mod escape;
pub mod labels;
pub mod phrases;
pub mod references;
pub mod reminder;
pub mod rendered;
pub mod wrap;
