# lchnv's messages in English. Every key is in sv.ftl too (a test holds them equal).

## Register columns

column-reference = Reference
column-owner = Owner
column-task = Task
column-due = Due
column-report-to = Report to
column-state = State
column-done = Done

## todo

todo-none = No assignments found.
todo-none-open = No open assignments found.
todo-summary-open = { $count ->
    [one] { $count } open assignment
   *[other] { $count } open assignments
}
todo-summary-done = { $count } done
todo-summary-overdue = { $count } overdue
todo-state-open = open
todo-state-done = done
todo-due-overdue = { $due } (overdue by { $days ->
    [one] { $days } day
   *[other] { $days } days
})
todo-due-today = { $due } (today)
todo-no-minutes-yet = there are no minutes yet
todo-minutes-exist = minutes exist for { $dates }
todo-no-minutes-dated = no minutes dated { $day } in { $folder }; { $known }

not-stated = not stated
column-matter = Matter
column-title = Title
column-first = First
column-latest = Latest
column-meetings = Meetings
kind-agenda = agenda
kind-minutes = minutes
state-open = open
state-closed = closed
state-no-minutes = no minutes
status-postponed = postponed
status-withdrawn = withdrawn
returns-yes = yes
returns-no = no

## history

history-none = No matters found.
history-summary = { $count ->
    [one] { $count } matter
   *[other] { $count } matters
}: { $open } open, { $closed } closed, { $without } without minutes.
history-reason-returns = its latest minutes say it comes back
history-reason-standing = a standing item in matters.yaml
history-reason-assignments = { $count ->
    [one] open assignment
   *[other] open assignments
}: { $references }
history-entry = { $date } { $kind }, item { $item }: { $title }
history-due = Due: { $due }.
history-report-to = Report to: { $to }.
history-carries = (carries { $reference })
history-done-since = (done since)
history-not-declared = (not declared in matters.yaml)
history-state = State: { $state }
history-not-cited = No agenda or minutes cites this matter yet.
history-status = Status: { $status }
history-returns = Comes back: { $returns }
history-presenters = { $count ->
    [one] Presenter
   *[other] Presenters
}: { $names }
history-presented-by = Presented by: { $names }
history-proposed = Proposed:
history-decided = Decided:
history-assignments = Assignments:

## decisions

column-item = Item
column-decision = Decision
decisions-none = No decisions found.
decisions-summary = { $count ->
    [one] { $count } decision
   *[other] { $count } decisions
} from { $meetings ->
    [one] { $meetings } meeting
   *[other] { $meetings } meetings
}.

## attendance

column-organisation = Organisation
column-attended = Attended
column-by-substitute = By substitute
column-people = People
attendance-none = No minutes in the period.
attendance-absent = (absent)
attendance-not-recorded = (not recorded)
attendance-substitute-for = { $name } (substitute for { $absent })
attendance-legend = Attended: meetings attended (by the organisation's own people or by substitutes) of the meetings where its attendance is recorded; "not recorded" means the minutes list it neither as present nor as absent, and is not counted. By substitute: meetings where only substitutes came. People: how many different people attended for it.
attendance-not-counted = Not counted, no organisation known: { $names }.

## check

severity-error = error
severity-warning = warning
check-help = help
check-summary-clean = Checked { $files ->
    [one] { $files } file
   *[other] { $files } files
}: no findings.
check-summary = Checked { $files ->
    [one] { $files } file
   *[other] { $files } files
}: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
} and { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}.

## Notes and warnings of every command that reads the meetings

error-prefix = error: { $error }
load-left-out = warning: left out: { $what }
load-draft-left-out = note: the draft minutes { $file } were left out (status: draft); add --include-drafts to read them
load-drafts-left-out = note: { $count } draft minutes were left out (status: draft): { $files }; add --include-drafts to read them
load-incomplete = warning: { $file } has { $count ->
    [one] an error
   *[other] { $count } errors
} that `lchnv check` reports; this answer may be incomplete:
load-more = … and { $count } more
warning-prefix = warning: { $warning }

## new-agenda, init, remind

new-agenda-not-in-calendar = note: { $date } is not in { $calendar }; add it there, or `lchnv check` reports the meeting folder
init-started = note: started a repository for { $network }; add the members to { $members }, then `lchnv new-agenda { $date }` writes the first agenda
init-fill-in-address = note: fill in the address of lchnv's repository where the CI files say { $placeholder }
remind-no-address = no reminder for { $owner } ({ $count ->
    [one] { $count } open assignment
   *[other] { $count } open assignments
}): { $file } has no `email:` for { $whom ->
    [organisation] it or its delegates
    [person] the person
   *[other] it
}
remind-unknown = no reminder for `{ $owner }` ({ $count ->
    [one] { $count } open assignment
   *[other] { $count } open assignments
}): not a person, organisation or group in { $file }
remind-not-stated = no reminder for { $count ->
    [one] { $count } open assignment
   *[other] { $count } open assignments
} whose owner the minutes do not state (`{ $owner }`)
remind-none-written = No reminder written
remind-written = Wrote { $count ->
    [one] { $count } reminder
   *[other] { $count } reminders
} to { $addresses ->
    [one] { $addresses } address
   *[other] { $addresses } addresses
} in { $folder }
remind-summary = { $written }.
remind-summary-unreachable = { $written }; { $count ->
    [one] { $count } owner
   *[other] { $count } owners
} cannot be written to: { $owners }.
