# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_lchnv_global_optspecs
    string join \n meetings= color= q/quiet h/help V/version
end

function __fish_lchnv_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_lchnv_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_lchnv_using_subcommand
    set -l cmd (__fish_lchnv_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c lchnv -n "__fish_lchnv_needs_command" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_needs_command" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_needs_command" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_needs_command" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "check" -d 'Lint the meeting files and network files'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "rules" -d 'List the lint rules, or print their documentation'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "new-agenda" -d 'Write the next agenda from the calendar and the matters still open'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "new-minutes" -d 'Write a minutes skeleton from a meeting\'s agenda'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "todo" -d 'List outstanding assignments'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "decisions" -d 'The decision register'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "history" -d 'One matter across meetings, or all matters'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "attendance" -d 'Who came: attendance per organisation and meeting'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "import" -d 'Bring an old agenda or minutes (text, Word) into the repository'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "render" -d 'A meeting\'s agenda or minutes as a Word, PDF or HTML document'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "site" -d 'The archive as a static website: meetings, decisions, assignments, matters, attendance'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "calendar" -d 'The network\'s meetings for people\'s calendars (iCalendar), as a table or JSON'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "init" -d 'Start a repository for a new network: network files, templates, CI'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "remind" -d 'Write reminder e-mails (.eml) to the owners of open assignments'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "completions" -d 'Print the shell completion script for bash, zsh, fish, PowerShell or Elvish'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "man" -d 'Print the manual page, or write one per command to a folder'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "schema" -d 'Print the JSON Schema of a file lchnv reads, for an editor'
complete -c lchnv -n "__fish_lchnv_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lchnv -n "__fish_lchnv_using_subcommand check" -l format -d 'How to print the findings' -r -f -a "human\t'rustc-like: the source line, a caret and a help line'
concise\t'one line per finding: path:line:col: severity[code] message'
json\t'a JSON document with every finding and a summary'
github\t'GitHub Actions workflow commands (annotations on the pull request)'
sarif\t'SARIF 2.1.0, for GitHub code scanning and SARIF viewers'
junit\t'JUnit XML, for GitLab\'s test report'"
complete -c lchnv -n "__fish_lchnv_using_subcommand check" -l today -d 'Judge dates from this day instead of today (a draft left too long)' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand check" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand check" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand check" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand check" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand rules" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand rules" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand rules" -l markdown -d 'Print the full documentation as Markdown (the text of docs/rules.md)'
complete -c lchnv -n "__fish_lchnv_using_subcommand rules" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand rules" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand rules" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand new-agenda" -l template -d 'The template to use [default: templates/agenda.md beside the meetings folder, else the built-in one]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand new-agenda" -l time -d 'The time, e.g. 09.30–12.00 (with --place, for a date not in the calendar)' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand new-agenda" -l place -d 'The place (with --time, for a date not in the calendar)' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand new-agenda" -l room -d 'The room' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand new-agenda" -l note -d 'A note, e.g. that another group meets before' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand new-agenda" -l chair -d 'The chair, a person in members.yaml' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand new-agenda" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand new-agenda" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand new-agenda" -l dry-run -d 'Print the agenda instead of writing it'
complete -c lchnv -n "__fish_lchnv_using_subcommand new-agenda" -l force -d 'Replace an agenda that already exists'
complete -c lchnv -n "__fish_lchnv_using_subcommand new-agenda" -l include-drafts -d 'Read draft minutes (`status: draft`) as if they were final'
complete -c lchnv -n "__fish_lchnv_using_subcommand new-agenda" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand new-agenda" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand new-agenda" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand new-minutes" -l template -d 'The template to use [default: templates/minutes.md beside the meetings folder, else the built-in one]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand new-minutes" -l note-taker -d 'Who takes the notes, a person in members.yaml' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand new-minutes" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand new-minutes" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand new-minutes" -l dry-run -d 'Print the minutes instead of writing them'
complete -c lchnv -n "__fish_lchnv_using_subcommand new-minutes" -l force -d 'Replace minutes that already exist'
complete -c lchnv -n "__fish_lchnv_using_subcommand new-minutes" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand new-minutes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand new-minutes" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand todo" -l owner -d 'Only assignments of this person, organisation (with its people) or group' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand todo" -l due-before -d 'Only assignments due before this date' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand todo" -l meeting -d 'Only assignments given or carried forward at the meeting of this date' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand todo" -l today -d 'Count "overdue" from this date instead of today' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand todo" -l format -d 'How to print the list' -r -f -a "table\t'aligned columns that fit the terminal (colour on a terminal)'
json\t'a JSON document (the shape is described in docs/registers.md)'
csv\t'comma-separated values with a header row'
markdown\t'a Markdown table, to paste into an e-mail or an issue'"
complete -c lchnv -n "__fish_lchnv_using_subcommand todo" -l width -d 'Width of the table in characters (0: no limit) [default: COLUMNS or the terminal\'s]' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand todo" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand todo" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand todo" -l overdue -d 'Only assignments whose due date has passed'
complete -c lchnv -n "__fish_lchnv_using_subcommand todo" -l all -d 'Done assignments too, marked as done'
complete -c lchnv -n "__fish_lchnv_using_subcommand todo" -l include-drafts -d 'Read draft minutes (`status: draft`) as if they were final'
complete -c lchnv -n "__fish_lchnv_using_subcommand todo" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand todo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand todo" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand decisions" -l since -d 'Only decisions of meetings on or after this date' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand decisions" -l until -d 'Only decisions of meetings on or before this date' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand decisions" -l matter -d 'Only decisions under items of this matter (an id from matters.yaml)' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand decisions" -l grep -d 'Only decisions whose text or item title contains TEXT (ignoring case and marks)' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand decisions" -l format -d 'How to print the register' -r -f -a "table\t'aligned columns that fit the terminal (colour on a terminal)'
json\t'a JSON document (the shape is described in docs/registers.md)'
csv\t'comma-separated values with a header row'
markdown\t'a Markdown table, to paste into an e-mail or an issue'"
complete -c lchnv -n "__fish_lchnv_using_subcommand decisions" -l width -d 'Width of the table in characters (0: no limit) [default: COLUMNS or the terminal\'s]' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand decisions" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand decisions" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand decisions" -l include-drafts -d 'Read draft minutes (`status: draft`) as if they were final'
complete -c lchnv -n "__fish_lchnv_using_subcommand decisions" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand decisions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand decisions" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand history" -l format -d 'How to print the history' -r -f -a "table\t'aligned columns that fit the terminal (colour on a terminal)'
json\t'a JSON document (the shape is described in docs/registers.md)'
csv\t'comma-separated values with a header row'
markdown\t'a Markdown table, to paste into an e-mail or an issue'"
complete -c lchnv -n "__fish_lchnv_using_subcommand history" -l width -d 'Width of the output in characters (0: no limit) [default: COLUMNS or the terminal\'s]' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand history" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand history" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand history" -l include-drafts -d 'Read draft minutes (`status: draft`) as if they were final'
complete -c lchnv -n "__fish_lchnv_using_subcommand history" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand history" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand attendance" -l since -d 'Only meetings on or after this date' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand attendance" -l until -d 'Only meetings on or before this date' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand attendance" -l format -d 'How to print the register' -r -f -a "table\t'aligned columns that fit the terminal (colour on a terminal)'
json\t'a JSON document (the shape is described in docs/registers.md)'
csv\t'comma-separated values with a header row'
markdown\t'a Markdown table, to paste into an e-mail or an issue'"
complete -c lchnv -n "__fish_lchnv_using_subcommand attendance" -l width -d 'Width of the table in characters (0: no limit) [default: COLUMNS or the terminal\'s]' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand attendance" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand attendance" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand attendance" -l include-drafts -d 'Read draft minutes (`status: draft`) as if they were final'
complete -c lchnv -n "__fish_lchnv_using_subcommand attendance" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand attendance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand attendance" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand import" -l kind -d 'agenda or minutes, when the document does not say' -r -f -a "agenda\t''
minutes\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand import" -l date -d 'The meeting date, YYYY-MM-DD, when the document does not say' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand import" -l format -d 'How to print the report' -r -f -a "human\t'The report for people'
json\t'The report as JSON (with the file\'s text on a dry run)'"
complete -c lchnv -n "__fish_lchnv_using_subcommand import" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand import" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand import" -l dry-run -d 'Print the file and the report; write nothing'
complete -c lchnv -n "__fish_lchnv_using_subcommand import" -l force -d 'Replace a meeting file that already exists'
complete -c lchnv -n "__fish_lchnv_using_subcommand import" -l add-to-calendar -d 'Add the meeting to calendar.yaml when it is not there'
complete -c lchnv -n "__fish_lchnv_using_subcommand import" -l add-members -d 'Add the people the document names who are not in members.yaml to members.yaml'
complete -c lchnv -n "__fish_lchnv_using_subcommand import" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand import" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand render" -l kind -d 'Which document [default: the minutes when the meeting has them, else the agenda]' -r -f -a "agenda\t''
minutes\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand render" -l to -d 'The format' -r -f -a "docx\t'Word, to edit and send'
pdf\t'PDF, fonts embedded, to send as it is'
html\t'One HTML page with its own style sheet, printable'"
complete -c lchnv -n "__fish_lchnv_using_subcommand render" -s o -l output -d 'Where to write it [default: out/DATE-KIND.EXT beside the meetings folder]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand render" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand render" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand render" -l force -d 'Replace a file that already exists'
complete -c lchnv -n "__fish_lchnv_using_subcommand render" -l include-drafts -d 'Read draft minutes (`status: draft`) as if they were final'
complete -c lchnv -n "__fish_lchnv_using_subcommand render" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand render" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand render" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand site" -s o -l output -d 'The folder to write the site to' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand site" -l site-url -d 'The address the site is published at, for links to agendas in its calendar' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand site" -l today -d 'The day the start page counts the next meeting from [default: today]' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand site" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand site" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand site" -l force -d 'Write into a folder that is not empty and that lchnv did not write'
complete -c lchnv -n "__fish_lchnv_using_subcommand site" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand site" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand site" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand calendar" -l format -d 'How to print the calendar' -r -f -a "table\t'aligned columns'
json\t'a JSON document'
ics\t'iCalendar (RFC 5545), to import into a calendar application'"
complete -c lchnv -n "__fish_lchnv_using_subcommand calendar" -l year -d 'Only the meetings of this year' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand calendar" -l site-url -d 'The address the archive site is published at, for links to agendas in the events' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand calendar" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand calendar" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand calendar" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand calendar" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand calendar" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand init" -l network -d 'The network\'s full name, e.g. "Socialchefsnätverket i Västerbygd"' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand init" -l short -d 'The network\'s abbreviation, e.g. SCHNV' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand init" -l called -d 'The name the decisions use, "<NAME> beslutade" [default: the full name up to " i "]' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand init" -l email -d 'The network\'s e-mail address, which `lchnv remind` writes from' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand init" -l first-meeting -d 'The date of the example meeting in calendar.yaml [default: a weekday four weeks ahead]' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand init" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand init" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand init" -l force -d 'Write the files even where a network or files with content already are'
complete -c lchnv -n "__fish_lchnv_using_subcommand init" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand init" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand remind" -s o -l output -d 'The folder to write the drafts (.eml) in' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand remind" -l before -d 'Only assignments due before this date' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand remind" -l owner -d 'Only this owner: a person, organisation (with its people) or group; may be repeated' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand remind" -l from -d 'The sender\'s address [default: the network\'s `email:` in members.yaml]' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand remind" -l today -d 'Count "overdue" and find the next meeting from this date instead of today' -r
complete -c lchnv -n "__fish_lchnv_using_subcommand remind" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand remind" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand remind" -l include-drafts -d 'Read draft minutes (`status: draft`) as if they were final'
complete -c lchnv -n "__fish_lchnv_using_subcommand remind" -l force -d 'Replace drafts that already exist in the folder'
complete -c lchnv -n "__fish_lchnv_using_subcommand remind" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand remind" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand remind" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand completions" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand completions" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand completions" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand completions" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand man" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand man" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand man" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand man" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand schema" -l meetings -d 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]' -r -F
complete -c lchnv -n "__fish_lchnv_using_subcommand schema" -l color -d 'When to colour the output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c lchnv -n "__fish_lchnv_using_subcommand schema" -s q -l quiet -d 'Print no notes or summaries on standard error (errors and warnings still show)'
complete -c lchnv -n "__fish_lchnv_using_subcommand schema" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lchnv -n "__fish_lchnv_using_subcommand schema" -s V -l version -d 'Print version'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "check" -d 'Lint the meeting files and network files'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "rules" -d 'List the lint rules, or print their documentation'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "new-agenda" -d 'Write the next agenda from the calendar and the matters still open'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "new-minutes" -d 'Write a minutes skeleton from a meeting\'s agenda'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "todo" -d 'List outstanding assignments'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "decisions" -d 'The decision register'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "history" -d 'One matter across meetings, or all matters'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "attendance" -d 'Who came: attendance per organisation and meeting'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "import" -d 'Bring an old agenda or minutes (text, Word) into the repository'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "render" -d 'A meeting\'s agenda or minutes as a Word, PDF or HTML document'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "site" -d 'The archive as a static website: meetings, decisions, assignments, matters, attendance'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "calendar" -d 'The network\'s meetings for people\'s calendars (iCalendar), as a table or JSON'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "init" -d 'Start a repository for a new network: network files, templates, CI'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "remind" -d 'Write reminder e-mails (.eml) to the owners of open assignments'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "completions" -d 'Print the shell completion script for bash, zsh, fish, PowerShell or Elvish'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "man" -d 'Print the manual page, or write one per command to a folder'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "schema" -d 'Print the JSON Schema of a file lchnv reads, for an editor'
complete -c lchnv -n "__fish_lchnv_using_subcommand help; and not __fish_seen_subcommand_from check rules new-agenda new-minutes todo decisions history attendance import render site calendar init remind completions man schema help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
