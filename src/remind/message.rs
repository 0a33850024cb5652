//! A reminder as an e-mail draft: RFC 5322 headers (UTF-8 names and subject encoded as RFC 2047
//! words), a `Message-ID`, and a plain-text UTF-8 body in the network's language.

use super::Reminder;
use crate::format::reminder;
use crate::network::{CalendarEntry, Members, Party};
use crate::registers::todo::{NOT_STATED, Row};
use anyhow::Result;
use chrono::{DateTime, Utc};
use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;
use mail_builder::headers::date::Date;

/// Who the reminders are from.
#[derive(Debug, Clone)]
pub struct Sender {
    pub name: String,
    pub address: String,
}

/// What every reminder of one run shares.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    pub members: &'a Members,
    pub sender: &'a Sender,
    pub next_meeting: Option<&'a CalendarEntry>,
    pub sent: DateTime<Utc>,
}

/// The text of a reminder, before it becomes a message.
pub fn words(reminder: &Reminder, context: &Context) -> reminder::Reminder {
    let network = &context.members.network;
    reminder::Reminder {
        network: network.name.clone(),
        short: network.short.clone().unwrap_or_else(|| network.called.clone()),
        owner: reminder.owner_name.clone(),
        tasks: reminder
            .rows
            .iter()
            .map(|row| task(row, reminder.owner, context.members))
            .collect(),
        next_meeting: context.next_meeting.map(|entry| reminder::Meeting {
            date: entry.date.value,
            time: entry.time.clone(),
            place: entry.place.clone(),
            room: entry.room.clone(),
            note: entry.note.clone(),
        }),
    }
}

/// An assignment as the reminder lists it; its owners are named when they are someone else than
/// the one reminded (an organisation's people), under any name.
fn task(row: &Row, owner: Party, members: &Members) -> reminder::Task {
    let only_the_owner = row.owners.iter().all(|o| members.resolve_loose(o) == Some(owner));
    reminder::Task {
        reference: row.reference,
        task: row.task.clone(),
        owners: (!only_the_owner && row.as_member_of.is_none()).then(|| row.owners.join(", ")),
        as_member_of: row.as_member_of.clone(),
        due_date: row.due_date,
        due_text: row.due.clone().filter(|_| row.due_date.is_none()),
        overdue_days: row.overdue_days,
        report_to: row.report_to.clone().filter(|r| r != NOT_STATED),
        item_title: row.item_title.clone(),
    }
}

/// The message as the text of an `.eml` file. `sequence` tells the messages of one run apart in
/// their `Message-ID`.
pub fn build(reminder: &Reminder, context: &Context, sequence: usize) -> Result<String> {
    let words = words(reminder, context);
    let to: Vec<Address> = reminder
        .recipients
        .iter()
        .map(|r| Address::new_address(Some(r.name.as_str()), r.address.as_str()))
        .collect();
    let message = MessageBuilder::new()
        .message_id(message_id(context, sequence))
        .date(Date::new(context.sent.timestamp()))
        .from(Address::new_address(
            Some(context.sender.name.as_str()),
            context.sender.address.as_str(),
        ))
        .to(Address::new_list(to))
        .subject(reminder::subject(&words))
        .text_body(reminder::body(&words));
    Ok(message.write_to_string()?)
}

/// `<20261206T020304.12345.1.lchnv@natverket.se>`: the time, the process and the sequence make
/// it unique; the sender's domain makes it the network's.
fn message_id(context: &Context, sequence: usize) -> String {
    let domain = context
        .sender
        .address
        .rsplit_once('@')
        .map_or("localhost", |(_, domain)| domain);
    format!(
        "{}.{}.{sequence}.lchnv@{domain}",
        context.sent.format("%Y%m%dT%H%M%S%f"),
        std::process::id()
    )
}
