
use builtin;
use str;

set edit:completion:arg-completer[lchnv] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'lchnv'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'lchnv'= {
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Lint the meeting files and network files'
            cand rules 'List the lint rules, or print their documentation'
            cand new-agenda 'Write the next agenda from the calendar and the matters still open'
            cand new-minutes 'Write a minutes skeleton from a meeting''s agenda'
            cand todo 'List outstanding assignments'
            cand decisions 'The decision register'
            cand history 'One matter across meetings, or all matters'
            cand attendance 'Who came: attendance per organisation and meeting'
            cand import 'Bring an old agenda or minutes (text, Word) into the repository'
            cand render 'A meeting''s agenda or minutes as a Word, PDF or HTML document'
            cand site 'The archive as a static website: meetings, decisions, assignments, matters, attendance'
            cand calendar 'The network''s meetings for people''s calendars (iCalendar), as a table or JSON'
            cand init 'Start a repository for a new network: network files, templates, CI'
            cand remind 'Write reminder e-mails (.eml) to the owners of open assignments'
            cand completions 'Print the shell completion script for bash, zsh, fish, PowerShell or Elvish'
            cand man 'Print the manual page, or write one per command to a folder'
            cand schema 'Print the JSON Schema of a file lchnv reads, for an editor'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lchnv;check'= {
            cand --format 'How to print the findings'
            cand --today 'Judge dates from this day instead of today (a draft left too long)'
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;rules'= {
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand --markdown 'Print the full documentation as Markdown (the text of docs/rules.md)'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;new-agenda'= {
            cand --template 'The template to use [default: templates/agenda.md beside the meetings folder, else the built-in one]'
            cand --time 'The time, e.g. 09.30–12.00 (with --place, for a date not in the calendar)'
            cand --place 'The place (with --time, for a date not in the calendar)'
            cand --room 'The room'
            cand --note 'A note, e.g. that another group meets before'
            cand --chair 'The chair, a person in members.yaml'
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand --dry-run 'Print the agenda instead of writing it'
            cand --force 'Replace an agenda that already exists'
            cand --include-drafts 'Read draft minutes (`status: draft`) as if they were final'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;new-minutes'= {
            cand --template 'The template to use [default: templates/minutes.md beside the meetings folder, else the built-in one]'
            cand --note-taker 'Who takes the notes, a person in members.yaml'
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand --dry-run 'Print the minutes instead of writing them'
            cand --force 'Replace minutes that already exist'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;todo'= {
            cand --owner 'Only assignments of this person, organisation (with its people) or group'
            cand --due-before 'Only assignments due before this date'
            cand --meeting 'Only assignments given or carried forward at the meeting of this date'
            cand --today 'Count "overdue" from this date instead of today'
            cand --format 'How to print the list'
            cand --width 'Width of the table in characters (0: no limit) [default: COLUMNS or the terminal''s]'
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand --overdue 'Only assignments whose due date has passed'
            cand --all 'Done assignments too, marked as done'
            cand --include-drafts 'Read draft minutes (`status: draft`) as if they were final'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;decisions'= {
            cand --since 'Only decisions of meetings on or after this date'
            cand --until 'Only decisions of meetings on or before this date'
            cand --matter 'Only decisions under items of this matter (an id from matters.yaml)'
            cand --grep 'Only decisions whose text or item title contains TEXT (ignoring case and marks)'
            cand --format 'How to print the register'
            cand --width 'Width of the table in characters (0: no limit) [default: COLUMNS or the terminal''s]'
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand --include-drafts 'Read draft minutes (`status: draft`) as if they were final'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;history'= {
            cand --format 'How to print the history'
            cand --width 'Width of the output in characters (0: no limit) [default: COLUMNS or the terminal''s]'
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand --include-drafts 'Read draft minutes (`status: draft`) as if they were final'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;attendance'= {
            cand --since 'Only meetings on or after this date'
            cand --until 'Only meetings on or before this date'
            cand --format 'How to print the register'
            cand --width 'Width of the table in characters (0: no limit) [default: COLUMNS or the terminal''s]'
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand --include-drafts 'Read draft minutes (`status: draft`) as if they were final'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;import'= {
            cand --kind 'agenda or minutes, when the document does not say'
            cand --date 'The meeting date, YYYY-MM-DD, when the document does not say'
            cand --format 'How to print the report'
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand --dry-run 'Print the file and the report; write nothing'
            cand --force 'Replace a meeting file that already exists'
            cand --add-to-calendar 'Add the meeting to calendar.yaml when it is not there'
            cand --add-members 'Add the people the document names who are not in members.yaml to members.yaml'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;render'= {
            cand --kind 'Which document [default: the minutes when the meeting has them, else the agenda]'
            cand --to 'The format'
            cand -o 'Where to write it [default: out/DATE-KIND.EXT beside the meetings folder]'
            cand --output 'Where to write it [default: out/DATE-KIND.EXT beside the meetings folder]'
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand --force 'Replace a file that already exists'
            cand --include-drafts 'Read draft minutes (`status: draft`) as if they were final'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;site'= {
            cand -o 'The folder to write the site to'
            cand --output 'The folder to write the site to'
            cand --site-url 'The address the site is published at, for links to agendas in its calendar'
            cand --today 'The day the start page counts the next meeting from [default: today]'
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand --force 'Write into a folder that is not empty and that lchnv did not write'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;calendar'= {
            cand --format 'How to print the calendar'
            cand --year 'Only the meetings of this year'
            cand --site-url 'The address the archive site is published at, for links to agendas in the events'
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;init'= {
            cand --network 'The network''s full name, e.g. "Socialchefsnätverket i Västerbygd"'
            cand --short 'The network''s abbreviation, e.g. SCHNV'
            cand --called 'The name the decisions use, "<NAME> beslutade" [default: the full name up to " i "]'
            cand --email 'The network''s e-mail address, which `lchnv remind` writes from'
            cand --first-meeting 'The date of the example meeting in calendar.yaml [default: a weekday four weeks ahead]'
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand --force 'Write the files even where a network or files with content already are'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;remind'= {
            cand -o 'The folder to write the drafts (.eml) in'
            cand --output 'The folder to write the drafts (.eml) in'
            cand --before 'Only assignments due before this date'
            cand --owner 'Only this owner: a person, organisation (with its people) or group; may be repeated'
            cand --from 'The sender''s address [default: the network''s `email:` in members.yaml]'
            cand --today 'Count "overdue" and find the next meeting from this date instead of today'
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand --include-drafts 'Read draft minutes (`status: draft`) as if they were final'
            cand --force 'Replace drafts that already exist in the folder'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;completions'= {
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;man'= {
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;schema'= {
            cand --meetings 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]'
            cand --color 'When to colour the output (NO_COLOR is honoured by `auto`)'
            cand -q 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand --quiet 'Print no notes or summaries on standard error (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lchnv;help'= {
            cand check 'Lint the meeting files and network files'
            cand rules 'List the lint rules, or print their documentation'
            cand new-agenda 'Write the next agenda from the calendar and the matters still open'
            cand new-minutes 'Write a minutes skeleton from a meeting''s agenda'
            cand todo 'List outstanding assignments'
            cand decisions 'The decision register'
            cand history 'One matter across meetings, or all matters'
            cand attendance 'Who came: attendance per organisation and meeting'
            cand import 'Bring an old agenda or minutes (text, Word) into the repository'
            cand render 'A meeting''s agenda or minutes as a Word, PDF or HTML document'
            cand site 'The archive as a static website: meetings, decisions, assignments, matters, attendance'
            cand calendar 'The network''s meetings for people''s calendars (iCalendar), as a table or JSON'
            cand init 'Start a repository for a new network: network files, templates, CI'
            cand remind 'Write reminder e-mails (.eml) to the owners of open assignments'
            cand completions 'Print the shell completion script for bash, zsh, fish, PowerShell or Elvish'
            cand man 'Print the manual page, or write one per command to a folder'
            cand schema 'Print the JSON Schema of a file lchnv reads, for an editor'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lchnv;help;check'= {
        }
        &'lchnv;help;rules'= {
        }
        &'lchnv;help;new-agenda'= {
        }
        &'lchnv;help;new-minutes'= {
        }
        &'lchnv;help;todo'= {
        }
        &'lchnv;help;decisions'= {
        }
        &'lchnv;help;history'= {
        }
        &'lchnv;help;attendance'= {
        }
        &'lchnv;help;import'= {
        }
        &'lchnv;help;render'= {
        }
        &'lchnv;help;site'= {
        }
        &'lchnv;help;calendar'= {
        }
        &'lchnv;help;init'= {
        }
        &'lchnv;help;remind'= {
        }
        &'lchnv;help;completions'= {
        }
        &'lchnv;help;man'= {
        }
        &'lchnv;help;schema'= {
        }
        &'lchnv;help;help'= {
        }
    ]
    $completions[$command]
}
