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

todo-owner-as-member = { $member }, as a member of { $group }
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

## Rule findings: items

item-type-missing = item { $item } has no type
item-type-missing-help = start the title with its type: `{ $item }. Information: { $title }` (types: { $types })
item-types-are = the types are { $types }
item-type-unknown = `{ $text }` is not an item type
proposal-missing = decision item { $item } has no proposal
proposal-missing-help = add `Förslag till beslut:` and under it the clauses: `- att ...`
decision-missing = decision item { $item } has no decision
decision-missing-help = add `{ $called } beslutade` and under it the clauses: `- att ...`, or `Status: bordlagd`
clause-without-att = the clause does not start with `att`
clause-write-as = write it as `att { $clause }`
clause-without-att-help = start it with `att` and a verb, saying what the network does: `att anta …`, `att ge … i uppdrag att …`
matter-missing = item { $item } names no matter
matter-missing-help = add a line `Ärende: { $id }` (declared in matters.yaml) to link it to other meetings
matter-id-invalid = `{ $id }` is not a valid matter id
matter-id-help = use lower-case letters a–z, digits and hyphens, e.g. `{ $id }`
matter-declare = declare `{ $id }` in matters.yaml
matter-unknown = matter `{ $id }` is not in matters.yaml
attachment-list-it = list it under `attachments:` in the front matter
attachment-listed-add = the front matter lists { $listed }; add it there
attachment-unknown = attachment `{ $id }` is not in the front matter
status-invalid = `Status: { $text }` is not a status
status-invalid-help = write `Status: bordlagd` (postponed) or `Status: utgår` (withdrawn)
returns-invalid = `Återkommer: { $text }` is neither ja, nej nor a date
returns-invalid-help = write `Återkommer: ja`, `Återkommer: nej` or `Återkommer: 2026-03-20`
from-not-reference = `Från: { $text }` is not a reference
from-item-help = write `Från: 2025-11-21 punkt 5e`
closes-not-reference = `{ $text }` is not a reference
closes-help = name assignments like `2025-11-21#6b.u1`

## Suggestions

did-you-mean = did you mean `{ $name }`?

## Rule findings: front matter against the folder, calendar and members

kind-file-mismatch = `kind: { $kind }` in a file named { $file }
kind-file-mismatch-help = write `kind: { $kind }`, or rename the file to { $file }
file-name-wrong = `{ $name }` has a meeting front matter but is not named agenda.md or minutes.md
file-name-wrong-help = rename it to { $file }; lchnv reads no other names
date-folder-mismatch = `date: { $date }` in the folder of { $folder }
date-folder-mismatch-help = write `date: { $folder }`, or move the file to the folder { $date }
list-and = { " and " }
not-in-calendar = { $date } is not a meeting in calendar.yaml
not-in-calendar-add = add the meeting to calendar.yaml
not-in-calendar-nearest = the nearest planned meetings are { $nearest }; or add { $date } to calendar.yaml
previous-minutes-missing = there are no minutes of { $date }
previous-minutes-missing-help = add { $date }/minutes.md, mark { $date } `archived: true` in calendar.yaml if its minutes are kept elsewhere, or correct the date
attachment-twice = attachment `{ $id }` is listed twice
attachment-file-missing = attachment `{ $id }` names the file `{ $file }`, which does not exist
attachment-file-missing-help = put the file beside the meeting file, or correct its name (paths are relative to the meeting folder)
person-unknown = `{ $name }` is not a person in members.yaml
person-unknown-help = add the person to `people` in members.yaml
organisation-unknown = `{ $name }` is not an organisation in members.yaml
organisation-unknown-help = add it to `organisations` in members.yaml
## Rule findings: numbering and standard items

number-twice = item { $item } is numbered twice
number-twice-help = give every item its own number; renumber the items that follow
numbering-first = the first item is numbered { $number }, not 1
numbering-gap = item { $number } follows item { $previous }; expected { $expected }
numbering-help = number the items 1, 2, 3, … without gaps
sub-item-parent = sub-item { $item } stands under item { $parent }
sub-item-parent-help = number it { $item }
sub-item-letter = sub-item { $item } where { $expected } was expected
sub-item-letter-help = letter the sub-items a, b, c, … without gaps
no-items = the file has no items
no-items-help = a meeting file holds numbered items, opening with the standard items
standard-item-expected = item { $item } should be the standard item `{ $title }`
standard-item-missing = the standard item `{ $title }` is missing
standard-items-open = open with the standard items in order: { $titles }
standard-items-close = close with the standard items in order: { $titles }
standard-items-not-closing = the file does not close with `{ $titles }`

## Rule findings: assignments, roles, text, references, coverage, calendar

write-this = write `{ $text }`
owner-missing = the assignment has no owner
owner-missing-help = name the owner in bold before a colon: `- [ ] **Region Dalarna**: ...`
owner-not-stated = the minutes name no owner for this task
owner-not-stated-help = find out who does it and write the owner in place of `ej angiven`
owner-unknown = `{ $name }` is not in members.yaml
owner-unknown-help = owners are the network, an organisation, a person or a group in members.yaml
due-date-invalid = `Senast: { $text }` is not a date
due-date-invalid-help = write the due date as YYYY-MM-DD, e.g. `Senast: 2026-01-29`
due-before-meeting = the assignment is due { $due }, before the meeting of { $meeting }
due-before-meeting-help = check the year and month of the due date
report-to-unknown = `Återrapport: { $name }` names no one in members.yaml
report-to-unknown-help = report back to the network, a group, an organisation or a person in members.yaml
from-assignment-help = name the assignment like `2025-11-21#6b.u1`
chair-not-held = `{ $name }` is not { $function } on { $date }: members.yaml names { $holder }
chair-not-held-help = write `chair: { $holder }`, or correct `functions` in members.yaml
function-not-held = { $name } is not { $function } on { $date }: members.yaml names { $holder }
role-not-held = { $name } is `{ $role }` { $periods } by members.yaml, not on { $date }
role-not-held-help = write the role the person holds on the meeting's date (see members.yaml)
placeholder = placeholder to fill in: { $text }
placeholder-help = replace the placeholder, brackets included, with the text
placeholder-in-final-help = fill it in (the brackets go too); minutes still being written say `status: draft` in the front matter
draft-stale = the minutes of { $date } are still a draft, { $days } days after the meeting
draft-stale-help = finish them and remove `status: draft`; until then the registers and the next agenda leave them out
ocr-damage = `{ $word }` looks damaged by OCR
weekday-mismatch = { $date } is a { $actual }, not a { $written }
weekday-mismatch-help = write `weekday: { $actual }`, or correct the date
agenda-item-not-covered = the agenda's item { $item } `{ $title }` ({ $place }) is not in the minutes
agenda-item-not-covered-help = add the item to the minutes, or keep it with `Status: bordlagd` or `Status: utgår`
reference-not-assignment = `{ $label }: { $reference }` does not name an assignment
closes-not-assignment-help = name the assignment with its position: `2025-11-21#6b.u1`
from-not-assignment-help = name the assignment it carries forward: `2025-11-21#6b.u1`
reference-not-earlier = `{ $reference }` is not an earlier meeting
reference-not-earlier-help = references name items and assignments of earlier minutes
reference-archived-help = the minutes of { $date } are in the archive, not in this repository; import them with `lchnv import`
check-the-date = check the date
reference-no-minutes = there are no minutes of { $date } for `{ $reference }`
reference-no-item = the minutes of { $date } have no item { $item }
reference-no-item-help = check the item number
reference-too-few = item { $item } of { $date } has { $count } { $what ->
    [assignment] assignment(s)
   *[decision] decision clause(s)
}, so `{ $reference }` names none
reference-too-few-help = { $what ->
    [assignment] assignments
   *[decision] decision clauses
} are counted from 1 in the order they stand in the item

## Rule findings: the body of a meeting file

tasks-not-listed = `Uppdrag:` is not followed by a list of tasks
tasks-not-listed-help = write each task as `- [ ] **Owner**: task.` right under it
proposal-not-listed = the proposal is not followed by a list of clauses
decision-not-listed = the decision is not followed by a list of clauses
clauses-not-listed-help = write each clause as a list item: `- att ...`
heading-level-item = `{ $number }.` is an item, but its heading is not at level { $level }
heading-level-sub-item = `{ $number }.` is a sub-item, but its heading is not at level { $level }
heading-number-out-of-range = the item number is out of range
heading-item-form = an item heading is written `## N. Title`
heading-sub-item-form = a sub-item heading is written `### Na. Title`
heading-sub-item-alone = a sub-item must come under an item
heading-sub-item-alone-example = ## 5. Title, then ### 5a. ...
heading-format = `{ $text }` is not an item heading: { $why }
heading-format-help = write it like `{ $example }`, or use a level-4 heading (`####`) for a heading inside an item
decision-clauses-not-list = the decision's clauses are not a list
decision-clauses-not-list-help = write each clause as a list item under the heading line: `- att ...`
decision-in-prose = a decision is written in running text
decision-in-prose-help = decisions count only as a list: a line `{ $name } beslutade` and under it `- att ...`
origin-unresolved = `{ $line }` does not name a meeting and an item
origin-unresolved-help = write `Från mötet 21 november 2025, punkt 5e.` (a date in words, then the item)
label-unknown = `{ $word }` is not a label the format knows, so the line is read as prose
label-repeated = a second `{ $label }:` in item { $item }; the first, on line { $line }, is the one read
label-repeated-help = an item has one; if two items were merged, check the heading before this line
task-not-a-task = a line under `Uppdrag:` that is not a task, so it is not read as one
task-not-a-task-help = write it as a task: `- [ ] { $text }`
label-list-help = the labels are { $labels }; write other text as a paragraph of its own
label-colon-help = a labelled line has a colon after the label: `{ $label }: { $value }`

## Rule findings: front matter and task lines

task-line-not-read = this task line is not read as a task: it stands in a code block, a quote or a table, or before the first item
task-line-not-read-help = start the line at the left margin (or under a list item), inside an item, after a blank line
task-almost = this line is almost a task, so it is not read as one
task-almost-help = write it as a task: `{ $text }`
file-empty = the file is empty
file-empty-help = a meeting file starts with `---`, `kind: agenda` or `kind: minutes`, `date: YYYY-MM-DD`, `---`
front-matter-missing = the file does not start with a front matter
front-matter-missing-help = put a `---` line, the YAML front matter (kind, date, ...) and another `---` line at the very top
front-matter-unclosed = the front matter is not closed
front-matter-unclosed-help = add a line `---` after the last front matter key
kind-invalid = `kind: { $text }` is neither `agenda` nor `minutes`
kind-invalid-help = write `kind: agenda` or `kind: minutes`
status-key-invalid = `status: { $text }` is neither `draft` nor `final`
status-key-invalid-help = write `status: draft` while the file is being written; remove the line (or write `status: final`) when it is done
time-invalid = `{ $text }` is not a meeting time
time-invalid-help = write the time as 09.30–12.00, or `heldag`
disable-not-a-rule = `{ $name }` in an lchnv-disable comment is not a rule

## Rule findings: YAML read into facts

yaml-quote-for-text = put the value in quotes to make it text
yaml-wrong-type = `{ $what }` should be { $expected }, found { $found }
yaml-a-key-in = a key in { $what }
yaml-known-keys = known keys: { $keys }
yaml-unknown-key = unknown key `{ $key }` in { $what }
yaml-missing-key = { $what } has no `{ $key }`
yaml-missing-key-help = add `{ $key }: ...`
yaml-empty = `{ $what }` is empty
yaml-empty-help = write the name, or remove the entry
yaml-date-number = `{ $what }` should be a date written YYYY-MM-DD, found a number
yaml-date-unreal = `{ $what }` is not a real date: `{ $text }` { $reason }
yaml-date-help = write the date as YYYY-MM-DD, e.g. 2026-01-29
yaml-the-front-matter = the front matter
yaml-an-attendee = an attendee
yaml-an-attachment = an attachment
yaml-a-calendar-entry = a calendar entry
yaml-an-organisation = an organisation
yaml-a-group = a group
yaml-a-person = a person
yaml-a-role = a role
yaml-a-function = a function
yaml-a-holder = a holder
yaml-a-matter = a matter
yaml-a-standard-item = a standard item
yaml-a-rule = a rule
yaml-a-severity = a severity
yaml-text = text
yaml-nothing = nothing
yaml-true-false = true/false
yaml-a-number = a number
yaml-a-list = a list
yaml-a-mapping = a mapping of keys to values
yaml-true-or-false = `true` or `false`
yaml-a-date = a date written YYYY-MM-DD
yaml-a-year = a year such as 2026
yaml-a-positive-number = a positive whole number
yaml-a-rule-mapping = a mapping of rule to severity
yaml-true-or-kinds = `true` or a list of organisation kinds
yaml-no-such-day = (no such day)
yaml-expected-date = (expected YYYY-MM-DD)

## Rule findings: files and folders, characters

temporary-file = `{ $name }` is a temporary file left by a write that did not finish
temporary-file-help = lchnv removes it at its next write to this folder; or delete it
folder-not-file = `{ $name }` is a folder, not a Markdown file
folder-not-file-help = remove the folder and create the file
folder-name = the folder `{ $folder }` is not named by a date
folder-name-help = name a meeting folder by its date, YYYY-MM-DD, e.g. `2026-01-29`
network-failure = { $place }: { $message } (run `lchnv check` for the details)
file-too-large-help = meeting files are 10–20 KB; move large content to an attachment, or raise `max_file_bytes` in lchnv.yaml
binary-file = the file holds binary data (a NUL byte), not text
binary-file-help = a Word or PDF document cannot be read as Markdown; bring it in with `lchnv import`
not-utf8-windows-1252 = the file is not UTF-8: it looks like Windows-1252 (byte { $byte } here stands for `{ $char }`)
not-utf8 = the file is not UTF-8: byte { $byte } is not valid here
not-utf8-help = save the file as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8 in.md > out.md`
invisible-character = invisible character { $code } ({ $name }) { $place }, at column { $column }
invisible-character-help = delete it and type an ordinary space where one belongs; it often comes with text copied from Word or a web page
invisible-in-markup = in the line's markup
invisible-in-indentation = in the YAML indentation
invisible-in-key = in a YAML key
yaml-tab = a tab (U+0009) in the YAML indentation, at column { $column }
yaml-tab-help = YAML indents with spaces only; replace the tab with spaces

## Rule findings: file names

file-name-not-meeting-help = rename it to `agenda.md` or `minutes.md`; lchnv reads no other names

## Rule findings: the network files

calendar-date-twice = { $date } is in the calendar twice
calendar-date-twice-help = keep one entry per meeting date
matter-id-twice = matter id `{ $id }` is declared twice
matter-starts-help = name the item where the matter began, e.g. `2025-03-14#6b`
holder-unknown = `{ $name }` holds `{ $function }` but is not a person in members.yaml
holder-unknown-help = add the person to `people`
decided-not-reference = `decided: { $text }` is not a reference
decided-not-reference-help = name the decision, e.g. `2025-11-21#4c.b1`
function-held-twice = `{ $function }` is held by { $first } and { $second } at the same time ({ $first_period } and { $second_period })
function-held-twice-help = a function is held by one person at a time: give each holder `year:`, or `from:` and `until:`, that do not overlap
email-invalid = `{ $text }` is not an e-mail address
email-invalid-help = write one address, e.g. `namn.efternamn@kommun.se`
name-taken = the name `{ $name }` is already given to `{ $other }`
name-taken-help = every name and alias in members.yaml must name one thing

## Reading files

file-too-large = the file is { $size }, over the limit of { $limit }
no-such-file = no such file

## Owners, matters and dates given on the command line

owner-arg-fits-several = `{ $name }` fits { $count } names in { $file }: { $names }; give more of the name
owner-arg-unknown = `{ $name }` is not a person, organisation or group in { $file }{ $suggestion }
matter-arg-unknown = `{ $id }` is not a matter in { $file } or in any meeting{ $suggestion }
suggestion-names = ; the nearest known names: { $names }
suggestion-matter-ids = ; the nearest known matter ids: { $names }
date-arg-invalid = `{ $text }` is not a date { $why }
meeting-date-invalid = `{ $text }` is not a meeting date { $why }; write it as YYYY-MM-DD, e.g. 2026-01-29
date-why-shape = (expected YYYY-MM-DD)
date-why-no-such-day = (no such day)

## Refusals and errors of new-agenda, new-minutes and render

refusal-exists = { $path } already exists; not overwriting it (use --force to replace it)
render-draft-minutes = { $path } are draft minutes (status: draft); add --include-drafts to render them
render-no-agenda = { $path } does not exist: there is no agenda of { $date }
render-no-minutes = { $path } does not exist: there is no minutes of { $date }
new-minutes-no-agendas = no meeting has an agenda yet
new-minutes-agendas-exist = agendas exist for { $dates }
new-minutes-no-agenda = there is no agenda for { $date } ({ $path } not found), so there is nothing to start the minutes from; { $have }. Write one first with `lchnv new-agenda { $date }`
person-arg-unknown = { $option } `{ $name }` is not a person in { $file }{ $help }
new-agenda-calendar-empty = the calendar plans no meetings
new-agenda-nearest-date = the nearest planned date is { $date }
new-agenda-nearest-dates = the nearest planned dates are { $dates }
and = and
new-agenda-date-unplanned = { $date } is not in { $calendar }: { $hint }. Add the meeting to the calendar, or give --time and --place to write an agenda for it anyway
new-agenda-section-too-long = { $count } items would stand under `{ $title }`, more than the letters a–z can number; split the section in the template

## site and calendar

site-summary = { $folder }: { $files } files, { $pages } pages
column-date = Date
column-weekday = Weekday
column-time = Time
column-place = Place
column-room = Room
column-note = Note
column-agenda = Agenda
column-minutes = Minutes
calendar-yes = yes
site-refusal-not-empty = { $folder } is not empty and is not a site lchnv wrote; not writing into it (use --force)

## Arguments the parser refuses

argument-invalid = invalid value '{ $value }' for '{ $arg }': { $why }

## The command line: what --help, the manual pages and the completions say
cli-about = A memory for a network's meetings: agendas and minutes as Markdown files, linted, queried and carried forward from meeting to meeting
cli-global-heading = Global options
cli-examples =
    Examples:
      lchnv check                          lint the meetings folder found from here upwards
      lchnv new-agenda 2026-01-29          the next agenda, with everything still open
      lchnv todo --owner "Region Dalarna"  who owes what
      lchnv remind -o out/påminnelser      an e-mail draft to each owner
      lchnv help new-agenda                a command's options, with examples
cli-global-meetings = The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]
cli-global-color = When to colour the output (NO_COLOR is honoured by `auto`)
cli-global-quiet = Print no notes or summaries on standard error (errors and warnings still show)
cli-global-no-cache = Read every file again instead of what .lchnv-cache/ kept of unchanged ones
cli-color-auto = Colour on a terminal, unless NO_COLOR is set
cli-check-about = Lint the meeting files and network files
cli-rules-about = List the lint rules, or print their documentation
cli-new-agenda-about = Write the next agenda from the calendar and the matters still open
cli-new-minutes-about = Write a minutes skeleton from a meeting's agenda
cli-todo-about = List outstanding assignments
cli-decisions-about = The decision register
cli-history-about = One matter across meetings, or all matters
cli-attendance-about = Who came: attendance per organisation and meeting
cli-import-about = Bring an old agenda or minutes (text, Word) into the repository
cli-render-about = A meeting's agenda or minutes as a Word, PDF or HTML document
cli-site-about = The archive as a static website: meetings, decisions, assignments, matters, attendance
cli-calendar-about = The network's meetings for people's calendars (iCalendar), as a table or JSON
cli-init-about = Start a repository for a new network: network files, templates, CI
cli-remind-about = Write reminder e-mails (.eml) to the owners of open assignments
cli-completions-about = Print the shell completion script for bash, zsh, fish, PowerShell or Elvish
cli-man-about = Print the manual page, or write one per command to a folder
cli-schema-about = Print the JSON Schema of a file lchnv reads, for an editor
cli-cache-about = Remove the cache of unchanged files' results, or say where it is
cli-attendance-examples =
    Examples:
      lchnv attendance
      lchnv attendance --since 2025-01-01 --until 2025-12-31
      lchnv attendance --format csv > närvaro.csv
cli-attendance-since = Only meetings on or after this date
cli-attendance-until = Only meetings on or before this date
cli-include-drafts = Read draft minutes (`status: draft`) as if they were final
cli-register-format = How to print the register
cli-width-table = Width of the table in characters (0: no limit) [default: COLUMNS or the terminal's]
cli-cache-examples =
    Examples:
      lchnv cache clean
      lchnv cache dir
      LCHNV_CACHE_DIR=/var/cache/lchnv lchnv check      keep the cache elsewhere
      lchnv check --no-cache                            read every file again
cli-cache-clean-about = Remove the cache folder (.lchnv-cache/ at the top of the repository, or LCHNV_CACHE_DIR)
cli-cache-dir-about = Print the cache folder's path
cli-calendar-format-table = aligned columns
cli-calendar-format-json = a JSON document
cli-calendar-format-ics = iCalendar (RFC 5545), to import into a calendar application
cli-calendar-examples =
    Examples:
      lchnv calendar                            the year's meetings as a table
      lchnv calendar --format ics > lchnv.ics   to import into a calendar application
      lchnv calendar --year 2026 --format json
cli-calendar-format = How to print the calendar
cli-calendar-year = Only the meetings of this year
cli-calendar-site-url = The address the archive site is published at, for links to agendas in the events
cli-check-examples =
    Examples:
      lchnv check                          every file in the meetings folder
      lchnv check meetings/2026-01-29      one meeting's files
      lchnv check --format concise         one line per finding
      lchnv check --format github          annotations on a GitHub pull request
      lchnv check --format sarif > lchnv.sarif
      lchnv check --diff                   what --fix would change, as a unified diff
      lchnv check --fix meetings/2026-01-29  repair what can be repaired safely
cli-check-paths = Files or folders to check, relative to the current folder [default: the meetings folder]
cli-check-format = How to print the findings
cli-check-today = Judge dates from this day instead of today (a draft left too long)
cli-check-fix = Repair the findings that have a safe fix, in the files of the paths only; a file is left as it is when a fix would add a finding
cli-check-diff = Print what --fix would change as a unified diff, and write nothing
cli-completions-examples =
    Examples:
      lchnv completions bash > ~/.local/share/bash-completion/completions/lchnv
      lchnv completions zsh > ~/.zfunc/_lchnv        # with fpath+=~/.zfunc before compinit
      lchnv completions fish > ~/.config/fish/completions/lchnv.fish
      lchnv completions powershell >> $PROFILE
      lchnv completions elvish > ~/.config/elvish/lib/lchnv.elv
cli-completions-shell = The shell to complete for
cli-decisions-examples =
    Examples:
      lchnv decisions --since 2025-01-01
      lchnv decisions --matter mini-maria
      lchnv decisions --grep vårdhygien --format markdown
cli-decisions-since = Only decisions of meetings on or after this date
cli-decisions-until = Only decisions of meetings on or before this date
cli-decisions-matter = Only decisions under items of this matter (an id from matters.yaml)
cli-decisions-grep = Only decisions whose text or item title contains TEXT (ignoring case and marks)
cli-history-examples =
    Examples:
      lchnv history                  every matter, open or closed
      lchnv history mini-maria
      lchnv history lpu --format json
cli-history-matter = The matter's id (from matters.yaml); without it, every matter
cli-history-format = How to print the history
cli-history-width = Width of the output in characters (0: no limit) [default: COLUMNS or the terminal's]
cli-import-format-human = The report for people
cli-import-format-json = The report as JSON (with the file's text on a dry run)
cli-import-examples =
    Examples:
      lchnv import --dry-run protokoll-2024-11.docx
      lchnv import --date 2025-11-21 minutes-2025-11-ocr.txt
      lchnv import --kind agenda --add-to-calendar dagordning.txt
cli-import-file = The document: plain text (UTF-8 or Windows-1252) or a Word .docx
cli-import-kind = agenda or minutes, when the document does not say
cli-import-date = The meeting date, YYYY-MM-DD, when the document does not say
cli-import-dry-run = Print the file and the report; write nothing
cli-import-force = Replace a meeting file that already exists
cli-import-add-to-calendar = Add the meeting to calendar.yaml when it is not there
cli-import-add-members = Add the people the document names who are not in members.yaml to members.yaml
cli-import-format = How to print the report
cli-init-examples =
    Examples:
      lchnv init schnv --network "Socialchefsnätverket i Västerbygd" --short SCHNV
      lchnv init --network "Chefsforum i Norr" --called Chefsforum --email chefsforum@norr.se
      lchnv init . --network "Socialchefsnätverket i Västerbygd" --first-meeting 2027-02-04
cli-init-dir = The repository's top folder; the network files go in its meetings/
cli-init-network = The network's full name, e.g. "Socialchefsnätverket i Västerbygd"
cli-init-short = The network's abbreviation, e.g. SCHNV
cli-init-called = The name the decisions use, "<NAME> beslutade" [default: the full name up to " i "]
cli-init-email = The network's e-mail address, which `lchnv remind` writes from
cli-init-first-meeting = The date of the example meeting in calendar.yaml [default: a weekday four weeks ahead]
cli-init-force = Write the files even where a network or files with content already are
cli-man-examples =
    Examples:
      lchnv man | man -l -
      lchnv man check > lchnv-check.1
      lchnv man > ~/.local/share/man/man1/lchnv.1
cli-man-command = The page of one command (`lchnv-check`) instead of lchnv's own
cli-new-agenda-examples =
    Examples:
      lchnv new-agenda 2026-01-29 --dry-run       print it, write nothing
      lchnv new-agenda 2026-01-29
      lchnv new-agenda 2026-02-12 --time 09.00–11.00 --place Teams
      lchnv new-agenda 2026-01-29 --force         replace the agenda written before
cli-meeting-date = The meeting date, YYYY-MM-DD
cli-new-agenda-dry-run = Print the agenda instead of writing it
cli-new-agenda-force = Replace an agenda that already exists
cli-new-agenda-template = The template to use [default: templates/agenda.md beside the meetings folder, else the built-in one]
cli-new-agenda-time = The time, e.g. 09.30–12.00 (with --place, for a date not in the calendar)
cli-new-agenda-place = The place (with --time, for a date not in the calendar)
cli-new-agenda-room = The room
cli-new-agenda-note = A note, e.g. that another group meets before
cli-new-agenda-chair = The chair, a person in members.yaml
cli-new-minutes-examples =
    Examples:
      lchnv new-minutes 2026-01-29 --note-taker "Lisa Karlsson"
      lchnv new-minutes 2026-01-29 --dry-run
cli-new-minutes-dry-run = Print the minutes instead of writing them
cli-new-minutes-force = Replace minutes that already exist
cli-new-minutes-template = The template to use [default: templates/minutes.md beside the meetings folder, else the built-in one]
cli-new-minutes-note-taker = Who takes the notes, a person in members.yaml
cli-remind-examples =
    Examples:
      lchnv remind -o out/påminnelser
      lchnv remind --before 2026-03-20 -o out/påminnelser     only what is due before the meeting
      lchnv remind --owner "Region Dalarna" --from sekreterare@lchnv.se -o out

    Every person, organisation or group that owes an open assignment gets one draft, written to the
    addresses in members.yaml (`email:`): a person's own, an organisation's and its delegates', a
    group's. Owners nobody can be written to are listed.
cli-remind-output = The folder to write the drafts (.eml) in
cli-remind-before = Only assignments due before this date
cli-remind-owner = Only this owner: a person, organisation (with its people) or group; may be repeated
cli-remind-from = The sender's address [default: the network's `email:` in members.yaml]
cli-remind-today = Count "overdue" and find the next meeting from this date instead of today
cli-remind-force = Replace drafts that already exist in the folder
cli-render-examples =
    Examples:
      lchnv render 2026-01-29 --to pdf         the notice of 29 January, to send as it is
      lchnv render 2026-01-29 --to docx        the same in Word, to edit first
      lchnv render 2025-11-21 --kind minutes --to html -o minnesanteckningar.html
cli-render-kind = Which document [default: the minutes when the meeting has them, else the agenda]
cli-render-to = The format
cli-render-output = Where to write it [default: out/DATE-KIND.EXT beside the meetings folder]
cli-render-force = Replace a file that already exists
cli-rules-examples =
    Examples:
      lchnv rules
      lchnv rules --markdown > docs/rules.md
cli-rules-markdown = Print the full documentation as Markdown (the text of docs/rules.md)
cli-schema-examples =
    Examples:
      lchnv schema                      the schemas there are
      lchnv schema members.yaml         the schema of members.yaml
      lchnv schema front-matter         the schema of a meeting file's front matter
cli-schema-file = The file: members.yaml, calendar.yaml, matters.yaml, standard-items.yaml, lchnv.yaml or front-matter [default: list them]
cli-site-examples =
    Examples:
      lchnv site                    the archive in site/
      lchnv site -o public          for GitLab Pages
cli-site-output = The folder to write the site to
cli-site-site-url = The address the site is published at, for links to agendas in its calendar
cli-site-today = The day the start page counts the next meeting from [default: today]
cli-site-force = Write into a folder that is not empty and that lchnv did not write
cli-todo-examples =
    Examples:
      lchnv todo
      lchnv todo --owner "Region Dalarna"       an organisation and its people
      lchnv todo --owner rattvik --format markdown
      lchnv todo --overdue
      lchnv todo --all --format csv > uppdrag.csv
cli-todo-owner = Only assignments of this person, organisation (with its people) or group
cli-todo-overdue = Only assignments whose due date has passed
cli-todo-due-before = Only assignments due before this date
cli-todo-meeting = Only assignments given or carried forward at the meeting of this date
cli-todo-all = Done assignments too, marked as done
cli-todo-today = Count "overdue" from this date instead of today
cli-todo-format = How to print the list
cli-check-format-human = rustc-like: the source line, a caret and a help line
cli-check-format-concise = one line per finding: path:line:col: severity[code] message
cli-check-format-json = a JSON document with every finding and a summary
cli-check-format-github = GitHub Actions workflow commands (annotations on the pull request)
cli-check-format-sarif = SARIF 2.1.0, for GitHub code scanning and SARIF viewers
cli-check-format-junit = JUnit XML, for GitLab's test report
cli-render-to-docx = Word, to edit and send
cli-render-to-pdf = PDF, fonts embedded, to send as it is
cli-render-to-html = One HTML page with its own style sheet, printable
cli-register-format-table = aligned columns that fit the terminal (colour on a terminal)
cli-register-format-json = a JSON document (the shape is described in docs/registers.md)
cli-register-format-csv = comma-separated values with a header row
cli-register-format-markdown = a Markdown table, to paste into an e-mail or an issue

## The parser's own words (clap, clap_mangen); English is what they write themselves

clap-help-long = Print help (see a summary with { $flag })
clap-help-short = Print help (see more with { $flag })
clap-help-command = Print this message or the help of the given subcommand(s)
clap-help = Print help
clap-version = Print version
clap-usage = Usage:
clap-commands = Commands:
clap-arguments = Arguments:
clap-options = Options:
clap-options-placeholder = [OPTIONS]
clap-possible-values = Possible values:
clap-possible-values-inline = [possible values:
clap-default = [default:
clap-env = [env:
clap-subcommands-inline = [subcommands:
clap-more = For more information, try { $flag }.
clap-error = error:
clap-tip = tip:
clap-tip-similar-argument = a similar argument exists: { $arg }
clap-tip-similar-command = a similar subcommand exists: { $name }
clap-tip-similar-commands = some similar subcommands exist: { $names }
clap-tip-as-value = to pass '{ $arg }' as a value, use '{ $written }'
clap-unexpected-argument = unexpected argument '{ $arg }' found
clap-unknown-command = unrecognized subcommand '{ $name }'
clap-missing-arguments = the following required arguments were not provided:
clap-missing-value = a value is required for '{ $arg }' but none was supplied
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-argument-repeated = the argument '{ $arg }' cannot be used multiple times
clap-argument-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
clap-missing-command = '{ $name }' requires a subcommand but one was not provided
man-section-name = NAME
man-section-synopsis = SYNOPSIS
man-section-description = DESCRIPTION
man-section-options = OPTIONS
man-section-commands = SUBCOMMANDS
man-section-extra = EXTRA
man-section-version = VERSION
man-section-authors = AUTHORS
man-command-unknown = `{ $name }` is not a command of lchnv; the commands are { $commands }

## YAML that cannot be read (L103)

yaml-invalid = invalid YAML on line { $line }: { $what }
yaml-invalid-open = invalid YAML on line { $line }: { $what }; is the `{ $bracket }` on line { $open } closed?
yaml-syntax-help = fix the YAML syntax; quote text that contains `: ` or starts with a special character
yaml-unclosed-quote = a quoted value is not closed
yaml-unclosed-list = a `[` list is not closed with `]`
yaml-unclosed-mapping = a `{"{"}` mapping is not closed with `{"}"}`
yaml-mismatched-close = a `{ $open }` is closed with `{ $close }`
yaml-misplaced-close = a `]` or `{"}"}` that closes nothing
yaml-list-separator = a `,` or the closing `]` is missing in a `[` list
yaml-mapping-separator = a `,` or the closing `{"}"}` is missing in a `{"{"}` mapping
yaml-unknown-anchor = the alias `*{ $name }` names no anchor (`&{ $name }`) written before it
yaml-syntax-tab = a tab where YAML allows only spaces
yaml-indentation = the indentation does not line up with the lines above
yaml-colon = a `: ` where no key can start (text with `: ` in it must be quoted)
yaml-not-key-value = a line that is neither `key: value` nor part of the value above (check its indentation)
yaml-key-without-colon = a key without its `:` (a key must fit on one line)
yaml-value-missing = a value is missing, or starts with a character YAML reserves (quote it)
yaml-unexpected-character = `{ $character }` cannot start a value here (quote the value)
yaml-escape = a `\` escape that double quotes do not know (write `\\` for a backslash, or use single quotes)
yaml-document-marker-in-quote = a `---` or `...` line inside a quoted value
yaml-list-item-misplaced = a `- ` list item where none can start (check the indentation)
yaml-comment-space = a `#` comment needs a space before it
yaml-ends-in-value = the YAML ends in the middle of a value
yaml-parser-stopped = the parser stopped
yaml-parser-says = { $detail }
yaml-second-document = a second YAML document starts here; a file holds one
yaml-second-document-help = remove the `---` line, or move what follows into a file of its own
yaml-alias-inside = the alias `*{ $name }` stands inside the value it names, which would repeat without end
yaml-alias-inside-help = an alias can repeat a value only after that value is complete
yaml-duplicate-key = the key `{ $key }` appears twice in one mapping; the first is on line { $first }
yaml-duplicate-key-help = keep one of them
yaml-merge-not-mapping = `<<` merges a mapping or a list of mappings into this one, not { $found }
yaml-merge-not-mapping-help = write `<<: *name`, where `&name` is on a mapping
yaml-limit-depth = nesting deeper than { $count } levels
yaml-limit-aliases = more than { $count } aliases (`*name`)
yaml-limit-anchors = more than { $count } anchors (`&name`)
yaml-limit-values = more than { $count } values, counting those aliases repeat
yaml-limit-repeated = aliases repeat more than { $count } values
yaml-limit-text = more than { $size } of text in values, counting what aliases repeat
yaml-limit-depth-help = a front matter or network file needs a few levels; look for a bracket left open or indentation that runs away
yaml-limit-help = no meeting or network file needs this much; lchnv stops here so that a file cannot exhaust the machine (aliases that repeat aliases multiply quickly)
config-invalid = invalid configuration: { $problem }
config-more-problems = , and { $count } more { $count ->
    [one] problem
   *[other] problems
}

## Reading and writing files

read-failed = cannot read { $path }: { $problem }
file-not-regular-kind = it is { $kind }, not a regular file
file-not-regular = it is not a regular file
file-kind-folder = a folder
file-kind-fifo = a FIFO (named pipe)
file-kind-socket = a socket
file-kind-device = a device
file-binary = it holds binary data (a NUL byte at line { $line }, column { $column }), not text
file-not-utf8 = it is not UTF-8 (byte { $byte } at line { $line }, column { $column })
file-not-utf8-windows = it is not UTF-8 (byte { $byte } at line { $line }, column { $column }; it looks like Windows-1252, where it stands for `{ $character }`)
io-permission-denied = permission denied
io-already-exists = it already exists
io-storage-full = the disk is full
io-read-only = the file system is read-only

## Files, folders and templates that could not be used
lock-open-failed = cannot open the lock file { $path }
lock-failed = cannot lock { $path }
read-failed-at = cannot read { $path }
write-failed = cannot write { $path }
folder-create-failed = cannot create the folder { $path }
temporary-create-failed = cannot create a temporary file in { $folder }
temporary-write-failed = cannot write a temporary file in { $folder }
site-document-failed = cannot write the { $kind } of { $date }
folder-empty-failed = cannot empty { $folder }
folder-write-failed = cannot write in { $folder }
site-outside = refusing to write { $path } outside the site folder
remove-failed = cannot remove { $path }
cache-removed = removed { $path }
cache-none = no cache to remove
fix-summary = Fixed { $fixed } { $fixed ->
    [one] finding
   *[other] findings
} in { $files } { $files ->
    [one] file
   *[other] files
}.
fix-summary-preview = Would fix { $fixed } { $fixed ->
    [one] finding
   *[other] findings
} in { $files } { $files ->
    [one] file
   *[other] files
}.
meetings-folder-none = no meetings folder here or above: no { $members } and no { $default }/{ $members } in { $folder } or any folder above it (name the folder with --meetings DIR)
path-missing = { $path }: no such file or folder
meetings-folder-outside = { $path } is not in a meetings folder: no { $members } found in it or above it
folder-missing = { $path }: no such folder
network-file-missing = { $path } not found: a meetings folder needs { $members } and { $calendar }
problems-more = … and { $count } more
problems-stop = { $count } problems stop the command:
template-read-failed = cannot read the template
template-render-failed = cannot render the template { $name }: { $detail }
template-render-failed-line = cannot render the template { $name }: { $detail } (line { $line })
template-list = { $template }: `{ $what }` must be a list of texts, e.g. ["Nya ärenden"]
template-list-item = { $template }: `{ $what }` must be a list of texts; `{ $item }` is not one
template-section-title = { $template }: `{ $name }` must be a section title
scaffold-failed = cannot write { $path }: { $detail }
fix-changed-meanwhile = { $path } changed while it was being fixed; nothing was written
render-font-unreadable = the embedded font cannot be read
render-no-page-size = no page size
render-pdf-failed = cannot write the PDF: { $detail }
render-docx-failed = cannot write the Word document
init-network-empty = --network is empty; give the network's full name, e.g. "Socialchefsnätverket i Västerbygd"
argument-empty = { $arg } is empty
argument-not-email = { $arg } `{ $value }` is not an e-mail address
remind-no-sender = no address to send from: give --from ADDRESS, or add `email:` under `network:` in { $path }
schema-unknown = `{ $name }` is not a file lchnv reads; the schemas are for { $known }

## Import errors
import-too-large = { $path } is { $size }, more than the { $limit } an agenda or minutes can be; is it the right file?
import-folder = { $path } is a folder, not a document
import-failed = cannot import { $path }
import-too-much-text = { $path } holds more than { $limit } of text, more than an agenda or minutes can be; is it the right file?
import-no-text = { $path } holds no text: there is nothing to import
import-empty = the file is empty
import-docx-not-zip = it is named .docx but is not a Word document (a .docx file is a zip archive)
import-pdf = it is a PDF; export its text first (for example `pdftotext -layout FILE.pdf`) and import the text
import-old-doc = it is an old Word .doc file; save it as .docx (or as text) and import that
import-binary = it holds binary data, not text; give a text export or the .docx
import-docx-unreadable = it is not a readable Word document (not a valid zip archive: { $detail })
import-zip-not-docx = it is a zip archive but not a Word document (no word/document.xml)
import-part-unreadable = cannot read { $part } in the Word document: { $detail }
import-part-too-large = { $part } in the Word document is larger than { $limit }
import-part-not-utf8 = { $part } in the Word document is not UTF-8
import-no-date = cannot tell the meeting's date from { $source }: give --date YYYY-MM-DD
import-members-not-a-list = cannot add { $name } to { $path }: the file's people are not written as a list under `people:`; add them by hand
import-date-invalid = --date { $text } is not a date YYYY-MM-DD { $why }
import-refusal-exists = { $path } already exists; not overwriting it (use --force to replace it, or --dry-run to see the import)
import-calendar-not-a-list = cannot add { $date } to { $path }: the file is not written as a list under `meetings:`; add it by hand

## The import report

import-report-title = Imported { $source } ({ $format }) as { $kind } of { $date }
import-report-wrote = wrote
import-report-dry-run = dry run
import-report-nothing-written = { $path } (nothing written)
import-report-kind = kind
import-report-date = date
import-report-found = found
import-report-counts = { $items } items, { $sub_items } sub-items, { $proposals } proposal clauses, { $decisions } decision clauses, { $assignments } assignments, { $attendees } attendees, { $absentees } absentees, { $attachments } attachments
import-report-repairs = Repairs: { $words } words, { $different } different
import-source-repository = repository's words
import-source-word-list = word list
import-source-glyph = the glyph
import-report-at-lines = (line { $lines })
import-report-line = line { $line }
import-report-quoted = line { $line }: “{ $sentence }”
import-report-from-line = from line { $line } ({ $form }): “{ $sentence }”
import-report-context-decisions = Words with and without marks decided by the words around them (confirm): { $count }
import-report-unplaced = Words that look damaged and were not repaired, left as written: { $count }
import-report-assignments = Assignments made from follow-ups: { $count }
import-report-unsure = Follow-ups written as assignments that the import is unsure of: { $count }
import-report-vague = Due at a time that is no date (no `Senast:` written): { $count }
import-report-not-tasks = Sentences that read like tasks but were not made tasks: { $count }
import-report-unresolved = Follow-ups not made assignments (owner unknown): { $count }
import-report-attendee-text = Attendee lists: text that matched nobody in members.yaml (kept in the front matter notes): { $count }
import-report-not-in-members = People not in members.yaml: { $count } (add them with --add-members)
import-report-not-in-members-added = People not in members.yaml: { $count } (added to members.yaml: --add-members)
import-person-from-attendance = attendance
import-person-from-follow-up = follow-up
import-person-from-header = header
import-report-debris = Page debris removed: { $count } lines
import-report-changes = Changes to check: { $count }
import-report-previous = Previous minutes: { $previous }
import-report-calendar = Calendar: { $line }
import-report-words-kept = Every word kept: yes, all { $count } words of the input are in the output (repaired where listed)
import-report-words-missing = Every word kept: NO, missing from the output: { $missing }
import-report-check = Check: { $errors } errors, { $warnings } warnings{ $rules }
import-report-check-not-run = Check: not run (nothing was written)
import-format-utf8 = text, UTF-8
import-format-utf16 = text, UTF-16
import-format-windows-1252 = text, Windows-1252
import-format-docx = Word document (.docx)
import-format-text = text
import-damage-ocr-character = OCR character
import-damage-marks-lost = å/ä/ö marks lost
import-damage-letter-confused = letter read for ö/ä
import-damage-compound = compound, repaired part by part
import-damage-twin = marks lost from a word that is also a word without them
link-loop = { $path }: symbolic link loop (it leads back to { $ancestor })
link-broken = { $path }: broken symbolic link (its target does not exist)
import-left-out = warning: left out: { $file }
init-refusal-network = { $path } already exists; not starting a new network over it (use --force to write the files anyway)
init-refusal-files = { $files } already { $count ->
    [one] exists
   *[other] exist
}; not overwriting (use --force to replace)
file-not-regular-help = a meeting or network file must be a regular file
value-name-address = ADDRESS
value-name-color = COLOR
value-name-command = COMMAND
value-name-date = DATE
value-name-dir = DIR
value-name-file = FILE
value-name-kind = KIND
value-name-matter = MATTER
value-name-name = NAME
value-name-note = NOTE
value-name-paths = PATHS
value-name-place = PLACE
value-name-room = ROOM
value-name-shell = SHELL
value-name-short = SHORT
value-name-time = TIME
value-name-to = TO
value-name-year = YYYY
fix-new-finding = { $severity }[{ $code }] at line { $line }: { $message }
fix-left-unchanged = left unchanged: fixing it would add a finding, { $finding }
fix-not-renumbered-named = not renumbered: { $path } names its items, and only the paths given are changed; fix the whole meetings folder to renumber
fix-not-renumbered-references = not renumbered: updating the references in { $path } would add a finding, { $finding }

## `lchnv rules`: one line per rule (the same as the summaries in src/rule.rs)
rule-summary-L001 = a meeting file must be UTF-8 text
rule-summary-L002 = a meeting file must be text, not binary data
rule-summary-L003 = a meeting file must not exceed the size limit
rule-summary-L004 = a path named like a meeting file must be a file
rule-summary-L005 = a meeting folder must be named by its date
rule-summary-L006 = a meeting file must be named agenda.md or minutes.md
rule-summary-L007 = no temporary file is left by an interrupted write
rule-summary-L008 = syntax has no invisible characters
rule-summary-L101 = a meeting file starts with a YAML front matter
rule-summary-L102 = the front matter must be closed by a --- line
rule-summary-L103 = YAML must be well formed and within limits
rule-summary-L104 = a YAML value must have the expected type
rule-summary-L105 = YAML keys must be ones the format defines
rule-summary-L106 = required YAML keys must be present
rule-summary-L107 = dates must be real dates written YYYY-MM-DD
rule-summary-L108 = values must be one of the allowed forms
rule-summary-L109 = the front matter date must match the folder
rule-summary-L110 = the front matter kind must match the file name
rule-summary-L111 = entries in network files and attachment lists must be unique
rule-summary-L201 = item headings must be numbered N. and Na.
rule-summary-L202 = items and sub-items must be numbered without gaps
rule-summary-L203 = item numbers must be unique in a file
rule-summary-L204 = the standard items open and close every meeting file
rule-summary-L205 = item headings are at the level their number calls for
rule-summary-L301 = every item has a type
rule-summary-L302 = item types must be known
rule-summary-L303 = a Beslut item in an agenda has a proposal
rule-summary-L304 = a Beslut item in minutes has a decision
rule-summary-L305 = every clause starts with att
rule-summary-L306 = decisions and proposals are lists of clauses
rule-summary-L307 = items name their matter
rule-summary-L308 = placeholders must be filled in
rule-summary-L309 = final minutes have no placeholders
rule-summary-L310 = single-valued labels appear once per item
rule-summary-L311 = labelled lines use labels the format knows
rule-summary-L401 = every assignment has an owner
rule-summary-L402 = assignment owners are known in members.yaml
rule-summary-L403 = due dates are real dates
rule-summary-L404 = due dates are not before the meeting
rule-summary-L405 = report-back goes to someone known
rule-summary-L406 = lines that are almost tasks are tasks
rule-summary-L407 = every assignment has an owner the minutes name
rule-summary-L501 = previous minutes must exist
rule-summary-L502 = attachments named in items are listed
rule-summary-L503 = attachment files exist
rule-summary-L504 = matter ids are declared in matters.yaml
rule-summary-L505 = references name items and assignments that exist
rule-summary-L506 = minutes cover every agenda item
rule-summary-L507 = organisations are known in members.yaml
rule-summary-L508 = people are known in members.yaml
rule-summary-L509 = roles named hold on the meeting's date
rule-summary-L601 = meetings are in the calendar
rule-summary-L602 = calendar weekdays agree with their dates
rule-summary-L603 = draft minutes are finished within 30 days
rule-summary-L701 = text has no OCR damage

# The import report's detail lines: why a kind, a date, a type was chosen, what was changed
import-kind-title = the document's title says “{ $word }”
import-kind-reads-minutes = the document reads as minutes: { $signs }
import-kind-reads-agenda = the document reads as an agenda: { $signs }
import-kind-guessed = nothing in the document says whether it is an agenda or minutes; imported as minutes (give --kind agenda if it is an agenda)
import-kind-word = the word “{ $word }”
import-kind-decided = { $count } decisions written in the past (“{ $called } beslutade”)
import-kind-sections = { $count } `Beslut` sections
import-kind-present = { $count } decisions “{ $called } beslutar” outside a proposal
import-kind-proposals = { $count } proposals and no decisions
import-kind-paragraphs = { $count } items written as a protocol's paragraphs (§)
import-kind-adjusters = adjusters or an adjustment named
import-kind-attendance = an attendance list
import-change-broken-cell = a table cell broken over two rows, `{ $from }`, read as `{ $to }`
import-change-decision-log = a row of the decision log moved under item { $item }, as its decision
import-change-item-reference = a follow-up that names item { $item } ({ $written }) moved from the closing list to that item
import-kind-from-option-differs = from --kind; the document looks like { $kind } ({ $why })
import-kind-from-option = from --kind
import-date-from-option-differs = from --date; the document says “{ $written }”
import-date-from-option = from --date
import-date-from-document = the document says “{ $written }”
import-date-from-file-name = from the file name (“{ $written }”); the document does not say
import-previous-archived = { $date } (archived in calendar.yaml)
import-previous-in-repository = { $date } (in the repository)
import-previous-missing = { $date } is named, but there are no minutes of { $date } in the repository and calendar.yaml does not mark it archived; `previous_minutes` is left out. Import those minutes, or add { $date } with `archived: true` to calendar.yaml and add `previous_minutes: { $date }`
import-change-kind-guessed = nothing in the document says whether it is an agenda or minutes: imported as minutes (use --kind agenda if it is an agenda)
import-change-unnumbered-headings = no heading of the document has a number: { $count } headings set apart by their marks (`##`, `**…**`, capitals) numbered 1, 2, 3 … as the items
import-change-forwarded-decision = “{ $text }”: the proposal this meeting decided to put to another body, written as its decision (“{ $written }”); the clauses are what it proposes
import-change-date-from-file-name = the document does not give the meeting date: taken from the file name (“{ $written }”) and noted in the front matter; check it, or give --date
import-change-title = the document has no title line; the title `{ $title }` was written
import-attendee-chair-organisation = the chair { $name } is written with { $rest }, but members.yaml gives another organisation
import-attendee-chair-found = the chair, { $name }, is taken from the attendance (ordförande)
import-attendee-note-taker-found = the note-taker, { $name }, is taken from the attendance
import-twin-marks-lost = the document lost its marks ({ $damaged } damaged words, { $intact } written with marks), and it and the repository write “{ $to }”, not “{ $from }”
import-twin-kept = kept as written, not “{ $word }”: the document and the repository write “{ $neighbours }”
import-twin-neighbours = its neighbours: the document and the repository put “{ $word }” where it stands (“{ $neighbours }”)
import-type-why-nothing = it has no proposal or decision
import-type-why-more = its proposal or decision does more than file the information
import-type-why-file = its only proposal or decision is to file the information
import-change-type-chosen = the item has no type in the document; `{ $kind }` chosen, as { $why }
import-change-matter = `Ärende: { $matter }` taken from the agenda's item { $number }
import-change-type-read = `{ $text }` read as the item's type `{ $found }`
import-change-written = `{ $text }` written `{ $written }`
import-change-clauses-written = `{ $text }` followed by clauses written `{ $written }`
import-change-follow-up-table = a follow-up table of { $count } rows read as assignments
import-change-title-date = the date `{ $written }` in the title written `{ $iso }`
import-change-presenters = { $count } presenters on separate lines joined with `;`
import-change-heading-decision = `{ $heading }` followed by `{ $intro }` in minutes: written as the network's decision (a note in the front matter says so)
import-change-proposal-split = `{ $who } att { $clause }` split into the proposal's heading and its clause
import-change-agenda-proposal = `{ $intro }` in an agenda written as a proposal
import-change-prose-decision-kept = a decision in running text (`{ $text }`) kept as prose, as a listed decision follows; marked so that check lets it pass
import-change-prose-decision-listed = a decision in running text (`{ $text }`) written as a list
import-change-clauses-split = a decision with { $count } `att` in one sentence written as that many clauses
import-change-moved-after = `{ $text }` stood between the decision's heading and its clauses; moved after them
import-change-clause-written = clause `{ $text }` written `{ $written }`
import-change-no-clauses = `{ $text }` had no clauses under it; kept as prose
import-change-calendar-table = a meeting calendar of { $count } rows written as a table
import-follow-up-agenda = an agenda gives no tasks; the minutes do
import-follow-up-possibility = a possibility, not a task
import-follow-up-reports-back = reports back to { $name } by line { $line }: “{ $sentence }”
import-follow-up-report-back-nobody = it says to report back but names nobody who is to do it
import-follow-up-owner-before = owner { $name }: the organisation or person the text names before the sentence
import-follow-up-owner-before-unsure = nobody is named to do it; the owner is whoever the text named before
import-follow-up-completed = completed by the sentence after it: “{ $sentence }”
import-follow-up-pronoun = “{ $text }” is { $name }, named in the sentence before
import-follow-up-part-unknown = “{ $text }” is in neither members.yaml nor the attendance
import-follow-up-organisation-of-owner = “{ $organisation }” after { $name } is taken as their organisation, not a second owner
import-follow-up-function = “{ $title }” before the name is the owner's function
import-follow-up-not-a-name = “{ $text }” is not a name in members.yaml or the attendance
import-follow-up-nobody-before-verb = it reads like a task, but what stands before the verb is nobody
import-follow-up-report-not-task = it says what someone does, with no time and no recipient: a report, not a task
import-follow-up-together = { $name } is named with `tillsammans med`
import-follow-up-unsure-ska = “X ska …” may describe rather than give a task
import-follow-up-unsure-passive = a passive sentence naming who does it
import-follow-up-unsure-owner-unknown = an owner is in neither members.yaml nor the attendance
import-follow-up-not-a-member = “{ $text }” is not a name in members.yaml
import-follow-up-report-back-unknown = it says to report back to someone who is not in members.yaml
import-follow-up-row-no-owner = the row names no owner: “{ $owners }”
import-follow-up-report-back-cell = the report-back “{ $cell }” is no one in members.yaml; left out
import-calendar-weekday = the calendar row `{ $written }` says { $said }, but { $date } is a { $actual }
import-attendee-name-split = `{ $name }`: the name is split over lines { $first } and { $second }; joined
import-attendee-struck-through = `{ $name }` (line { $line }) is written with hyphens for spaces, as a struck-through name comes out of a scan: listed as absent, to be confirmed
import-calendar-present = { $date } is in calendar.yaml
import-calendar-would-add = { $date } is not in calendar.yaml; --add-to-calendar would add it
import-calendar-added = { $date } added to calendar.yaml (--add-to-calendar)
import-calendar-missing = { $date } is not in calendar.yaml, so `lchnv check` reports not-in-calendar; add the meeting there (or run the import again with --add-to-calendar)
import-not-task-wish = a wish: nobody is given the task
import-not-task-put-forward = a proposal, motion or wish put to the meeting, not a task given
import-not-task-other = a task given by someone else
import-not-task-earlier = a task given earlier, not at this meeting
import-not-task-standing = a standing duty, not a task of this meeting
import-not-task-condition = a condition, not a task
import-debris-header-lines = running header (the first lines, repeated on every page)
import-debris-page-number = page number
import-debris-underline = a heading's underline
import-debris-footer = page footer (repeated, with the page number)
import-debris-header-line = running header (the first line, repeated on every page)
import-debris-header-or-footer = running header or footer (repeated at page breaks)
import-debris-capitals = running header (repeated line of capitals)
import-debris-capitals-names = running header (capitals naming the network or an organisation)
import-form-table-row = follow-up table row
import-follow-up-unsure-present = a verb in the present with a time or a recipient; it may describe rather than give a task
