# lchnvs meddelanden på svenska. Varje nyckel finns också i en.ftl (ett test håller dem lika).

## Registrens kolumner

column-reference = Referens
column-owner = Ansvarig
column-task = Uppdrag
column-due = Senast
column-report-to = Återrapport
column-state = Läge
column-done = Klart

## todo

todo-none = Inga uppdrag hittades.
todo-none-open = Inga öppna uppdrag hittades.
todo-summary-open = { $count } { $count ->
    [one] öppet uppdrag
   *[other] öppna uppdrag
}
todo-summary-done = { $count } { $count ->
    [one] klart
   *[other] klara
}
todo-summary-overdue = { $count } { $count ->
    [one] försenat
   *[other] försenade
}
todo-state-open = öppet
todo-state-done = klart
todo-due-overdue = { $due } ({ $days ->
    [one] { $days } dag
   *[other] { $days } dagar
} sent)
todo-due-today = { $due } (i dag)
todo-no-minutes-yet = det finns inga minnesanteckningar ännu
todo-minutes-exist = det finns minnesanteckningar från { $dates }
todo-no-minutes-dated = inga minnesanteckningar daterade { $day } i { $folder }; { $known }

not-stated = ej angiven
column-matter = Ärende
column-title = Rubrik
column-first = Först
column-latest = Senast
column-meetings = Möten
kind-agenda = dagordning
kind-minutes = minnesanteckningar
state-open = öppet
state-closed = avslutat
state-no-minutes = inga minnesanteckningar
status-postponed = bordlagd
status-withdrawn = struken
returns-yes = ja
returns-no = nej

## history

history-none = Inga ärenden hittades.
history-summary = { $count } { $count ->
    [one] ärende
   *[other] ärenden
}: { $open } öppna, { $closed } avslutade, { $without } utan minnesanteckningar.
history-reason-returns = de senaste minnesanteckningarna säger att det återkommer
history-reason-standing = en stående punkt i matters.yaml
history-reason-assignments = { $count ->
    [one] öppet uppdrag
   *[other] öppna uppdrag
}: { $references }
history-entry = { $date } { $kind }, punkt { $item }: { $title }
history-due = Senast: { $due }.
history-report-to = Återrapport: { $to }.
history-carries = (fortsätter { $reference })
history-done-since = (klart sedan dess)
history-not-declared = (finns inte i matters.yaml)
history-state = Läge: { $state }
history-not-cited = Ärendet tas ännu inte upp i någon dagordning eller några minnesanteckningar.
history-status = Status: { $status }
history-returns = Återkommer: { $returns }
history-presenters = { $count ->
   *[other] Föredragande
}: { $names }
history-presented-by = Föredragande: { $names }
history-proposed = Förslag till beslut:
history-decided = Beslut:
history-assignments = Uppdrag:

## decisions

column-item = Punkt
column-decision = Beslut
decisions-none = Inga beslut hittades.
decisions-summary = { $count } { $count ->
    [one] beslut
   *[other] beslut
} från { $meetings } { $meetings ->
    [one] möte
   *[other] möten
}.

## attendance

column-organisation = Organisation
column-attended = Närvarande
column-by-substitute = Genom ersättare
column-people = Personer
attendance-none = Inga minnesanteckningar under perioden.
attendance-absent = (frånvarande)
attendance-not-recorded = (ej antecknat)
attendance-substitute-for = { $name } (ersättare för { $absent })
attendance-legend = Närvarande: möten där organisationen var med (genom egna personer eller ersättare) av de möten där dess närvaro är antecknad; ”ej antecknat” betyder att minnesanteckningarna varken tar upp den som närvarande eller som frånvarande, och räknas inte. Genom ersättare: möten där bara ersättare kom. Personer: hur många olika personer som deltog för den.
attendance-not-counted = Räknas inte, ingen känd organisation: { $names }.

## check

severity-error = fel
severity-warning = varning
check-help = hjälp
check-summary-clean = Kontrollerade { $files } { $files ->
    [one] fil
   *[other] filer
}: inga anmärkningar.
check-summary = Kontrollerade { $files } { $files ->
    [one] fil
   *[other] filer
}: { $errors } { $errors ->
    [one] fel
   *[other] fel
} och { $warnings } { $warnings ->
    [one] varning
   *[other] varningar
}.

## Notes and warnings of every command that reads the meetings

error-prefix = fel: { $error }
load-left-out = varning: utelämnat: { $what }
load-draft-left-out = obs: utkastet till minnesanteckningar { $file } lämnades utanför (status: draft); lägg till --include-drafts för att läsa det
load-drafts-left-out = obs: { $count } utkast till minnesanteckningar lämnades utanför (status: draft): { $files }; lägg till --include-drafts för att läsa dem
load-incomplete = varning: { $file } har { $count ->
    [one] ett fel
   *[other] { $count } fel
} som `lchnv check` rapporterar; svaret kan vara ofullständigt:
load-more = … och { $count } till
warning-prefix = varning: { $warning }

## new-agenda, init, remind

new-agenda-not-in-calendar = obs: { $date } finns inte i { $calendar }; lägg till mötet där, annars rapporterar `lchnv check` mötesmappen
init-started = obs: ett arkiv för { $network } är påbörjat; lägg in medlemmarna i { $members }, sedan skriver `lchnv new-agenda { $date }` den första dagordningen
init-fill-in-address = obs: fyll i adressen till lchnvs arkiv där CI-filerna säger { $placeholder }
remind-no-address = ingen påminnelse till { $owner } ({ $count } { $count ->
    [one] öppet uppdrag
   *[other] öppna uppdrag
}): { $file } har ingen `email:` för { $whom ->
    [organisation] organisationen eller dess ombud
    [person] personen
   *[other] den
}
remind-unknown = ingen påminnelse till `{ $owner }` ({ $count } { $count ->
    [one] öppet uppdrag
   *[other] öppna uppdrag
}): varken en person, en organisation eller en grupp i { $file }
remind-not-stated = ingen påminnelse om { $count } { $count ->
    [one] öppet uppdrag
   *[other] öppna uppdrag
} där minnesanteckningarna inte anger någon ansvarig (`{ $owner }`)
remind-none-written = Ingen påminnelse skrevs
remind-written = Skrev { $count } { $count ->
    [one] påminnelse
   *[other] påminnelser
} till { $addresses } { $addresses ->
    [one] adress
   *[other] adresser
} i { $folder }
remind-summary = { $written }.
remind-summary-unreachable = { $written }; { $count } { $count ->
    [one] ansvarig
   *[other] ansvariga
} kan inte nås: { $owners }.
