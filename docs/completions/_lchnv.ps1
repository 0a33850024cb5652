
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'lchnv' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'lchnv'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'lchnv' {
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Lint the meeting files and network files')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List the lint rules, or print their documentation')
            [CompletionResult]::new('new-agenda', 'new-agenda', [CompletionResultType]::ParameterValue, 'Write the next agenda from the calendar and the matters still open')
            [CompletionResult]::new('new-minutes', 'new-minutes', [CompletionResultType]::ParameterValue, 'Write a minutes skeleton from a meeting''s agenda')
            [CompletionResult]::new('todo', 'todo', [CompletionResultType]::ParameterValue, 'List outstanding assignments')
            [CompletionResult]::new('decisions', 'decisions', [CompletionResultType]::ParameterValue, 'The decision register')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'One matter across meetings, or all matters')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Who came: attendance per organisation and meeting')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bring an old agenda or minutes (text, Word) into the repository')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'A meeting''s agenda or minutes as a Word, PDF or HTML document')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'The archive as a static website: meetings, decisions, assignments, matters, attendance')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'The network''s meetings for people''s calendars (iCalendar), as a table or JSON')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Start a repository for a new network: network files, templates, CI')
            [CompletionResult]::new('remind', 'remind', [CompletionResultType]::ParameterValue, 'Write reminder e-mails (.eml) to the owners of open assignments')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script for bash, zsh, fish, PowerShell or Elvish')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page, or write one per command to a folder')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of a file lchnv reads, for an editor')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lchnv;check' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the findings')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Judge dates from this day instead of today (a draft left too long)')
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;rules' {
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--markdown', '--markdown', [CompletionResultType]::ParameterName, 'Print the full documentation as Markdown (the text of docs/rules.md)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;new-agenda' {
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The template to use [default: templates/agenda.md beside the meetings folder, else the built-in one]')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'The time, e.g. 09.30–12.00 (with --place, for a date not in the calendar)')
            [CompletionResult]::new('--place', '--place', [CompletionResultType]::ParameterName, 'The place (with --time, for a date not in the calendar)')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note, e.g. that another group meets before')
            [CompletionResult]::new('--chair', '--chair', [CompletionResultType]::ParameterName, 'The chair, a person in members.yaml')
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the agenda instead of writing it')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an agenda that already exists')
            [CompletionResult]::new('--include-drafts', '--include-drafts', [CompletionResultType]::ParameterName, 'Read draft minutes (`status: draft`) as if they were final')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;new-minutes' {
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The template to use [default: templates/minutes.md beside the meetings folder, else the built-in one]')
            [CompletionResult]::new('--note-taker', '--note-taker', [CompletionResultType]::ParameterName, 'Who takes the notes, a person in members.yaml')
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the minutes instead of writing them')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace minutes that already exist')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;todo' {
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only assignments of this person, organisation (with its people) or group')
            [CompletionResult]::new('--due-before', '--due-before', [CompletionResultType]::ParameterName, 'Only assignments due before this date')
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'Only assignments given or carried forward at the meeting of this date')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Count "overdue" from this date instead of today')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the list')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Width of the table in characters (0: no limit) [default: COLUMNS or the terminal''s]')
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only assignments whose due date has passed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Done assignments too, marked as done')
            [CompletionResult]::new('--include-drafts', '--include-drafts', [CompletionResultType]::ParameterName, 'Read draft minutes (`status: draft`) as if they were final')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;decisions' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only decisions of meetings on or after this date')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only decisions of meetings on or before this date')
            [CompletionResult]::new('--matter', '--matter', [CompletionResultType]::ParameterName, 'Only decisions under items of this matter (an id from matters.yaml)')
            [CompletionResult]::new('--grep', '--grep', [CompletionResultType]::ParameterName, 'Only decisions whose text or item title contains TEXT (ignoring case and marks)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the register')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Width of the table in characters (0: no limit) [default: COLUMNS or the terminal''s]')
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--include-drafts', '--include-drafts', [CompletionResultType]::ParameterName, 'Read draft minutes (`status: draft`) as if they were final')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;history' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the history')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Width of the output in characters (0: no limit) [default: COLUMNS or the terminal''s]')
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--include-drafts', '--include-drafts', [CompletionResultType]::ParameterName, 'Read draft minutes (`status: draft`) as if they were final')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;attendance' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only meetings on or after this date')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only meetings on or before this date')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the register')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Width of the table in characters (0: no limit) [default: COLUMNS or the terminal''s]')
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--include-drafts', '--include-drafts', [CompletionResultType]::ParameterName, 'Read draft minutes (`status: draft`) as if they were final')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;import' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'agenda or minutes, when the document does not say')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The meeting date, YYYY-MM-DD, when the document does not say')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the report')
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the file and the report; write nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a meeting file that already exists')
            [CompletionResult]::new('--add-to-calendar', '--add-to-calendar', [CompletionResultType]::ParameterName, 'Add the meeting to calendar.yaml when it is not there')
            [CompletionResult]::new('--add-members', '--add-members', [CompletionResultType]::ParameterName, 'Add the people the document names who are not in members.yaml to members.yaml')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;render' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Which document [default: the minutes when the meeting has them, else the agenda]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to write it [default: out/DATE-KIND.EXT beside the meetings folder]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write it [default: out/DATE-KIND.EXT beside the meetings folder]')
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a file that already exists')
            [CompletionResult]::new('--include-drafts', '--include-drafts', [CompletionResultType]::ParameterName, 'Read draft minutes (`status: draft`) as if they were final')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;site' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The folder to write the site to')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The folder to write the site to')
            [CompletionResult]::new('--site-url', '--site-url', [CompletionResultType]::ParameterName, 'The address the site is published at, for links to agendas in its calendar')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day the start page counts the next meeting from [default: today]')
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write into a folder that is not empty and that lchnv did not write')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;calendar' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the calendar')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Only the meetings of this year')
            [CompletionResult]::new('--site-url', '--site-url', [CompletionResultType]::ParameterName, 'The address the archive site is published at, for links to agendas in the events')
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;init' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network''s full name, e.g. "Socialchefsnätverket i Västerbygd"')
            [CompletionResult]::new('--short', '--short', [CompletionResultType]::ParameterName, 'The network''s abbreviation, e.g. SCHNV')
            [CompletionResult]::new('--called', '--called', [CompletionResultType]::ParameterName, 'The name the decisions use, "<NAME> beslutade" [default: the full name up to " i "]')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The network''s e-mail address, which `lchnv remind` writes from')
            [CompletionResult]::new('--first-meeting', '--first-meeting', [CompletionResultType]::ParameterName, 'The date of the example meeting in calendar.yaml [default: a weekday four weeks ahead]')
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write the files even where a network or files with content already are')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;remind' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The folder to write the drafts (.eml) in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The folder to write the drafts (.eml) in')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Only assignments due before this date')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only this owner: a person, organisation (with its people) or group; may be repeated')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The sender''s address [default: the network''s `email:` in members.yaml]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Count "overdue" and find the next meeting from this date instead of today')
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--include-drafts', '--include-drafts', [CompletionResultType]::ParameterName, 'Read draft minutes (`status: draft`) as if they were final')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace drafts that already exist in the folder')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;completions' {
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;man' {
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;schema' {
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'The meetings folder (the one holding members.yaml) [default: found from the current folder upwards, as `meetings/` or the folder itself]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or summaries on standard error (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lchnv;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Lint the meeting files and network files')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List the lint rules, or print their documentation')
            [CompletionResult]::new('new-agenda', 'new-agenda', [CompletionResultType]::ParameterValue, 'Write the next agenda from the calendar and the matters still open')
            [CompletionResult]::new('new-minutes', 'new-minutes', [CompletionResultType]::ParameterValue, 'Write a minutes skeleton from a meeting''s agenda')
            [CompletionResult]::new('todo', 'todo', [CompletionResultType]::ParameterValue, 'List outstanding assignments')
            [CompletionResult]::new('decisions', 'decisions', [CompletionResultType]::ParameterValue, 'The decision register')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'One matter across meetings, or all matters')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Who came: attendance per organisation and meeting')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bring an old agenda or minutes (text, Word) into the repository')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'A meeting''s agenda or minutes as a Word, PDF or HTML document')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'The archive as a static website: meetings, decisions, assignments, matters, attendance')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'The network''s meetings for people''s calendars (iCalendar), as a table or JSON')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Start a repository for a new network: network files, templates, CI')
            [CompletionResult]::new('remind', 'remind', [CompletionResultType]::ParameterValue, 'Write reminder e-mails (.eml) to the owners of open assignments')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script for bash, zsh, fish, PowerShell or Elvish')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page, or write one per command to a folder')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of a file lchnv reads, for an editor')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lchnv;help;check' {
            break
        }
        'lchnv;help;rules' {
            break
        }
        'lchnv;help;new-agenda' {
            break
        }
        'lchnv;help;new-minutes' {
            break
        }
        'lchnv;help;todo' {
            break
        }
        'lchnv;help;decisions' {
            break
        }
        'lchnv;help;history' {
            break
        }
        'lchnv;help;attendance' {
            break
        }
        'lchnv;help;import' {
            break
        }
        'lchnv;help;render' {
            break
        }
        'lchnv;help;site' {
            break
        }
        'lchnv;help;calendar' {
            break
        }
        'lchnv;help;init' {
            break
        }
        'lchnv;help;remind' {
            break
        }
        'lchnv;help;completions' {
            break
        }
        'lchnv;help;man' {
            break
        }
        'lchnv;help;schema' {
            break
        }
        'lchnv;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
