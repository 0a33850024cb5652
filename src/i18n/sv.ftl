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

todo-owner-as-member = { $member }, som en av { $group }
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

## Rule findings: items

item-type-missing = punkt { $item } har ingen typ
item-type-missing-help = börja rubriken med punktens typ: `{ $item }. Information: { $title }` (typer: { $types })
item-types-are = typerna är { $types }
item-type-unknown = `{ $text }` är ingen typ av punkt
proposal-missing = beslutspunkt { $item } har inget förslag till beslut
proposal-missing-help = lägg till `Förslag till beslut:` och under den att-satserna: `- att ...`
decision-missing = beslutspunkt { $item } har inget beslut
decision-missing-help = lägg till `{ $called } beslutade` och under den att-satserna: `- att ...`, eller `Status: bordlagd`
clause-without-att = att-satsen börjar inte med `att`
clause-write-as = skriv den som `att { $clause }`
clause-without-att-help = börja den med `att` och ett verb som säger vad nätverket gör: `att anta …`, `att ge … i uppdrag att …`
matter-missing = punkt { $item } anger inget ärende
matter-missing-help = lägg till en rad `Ärende: { $id }` (som finns i matters.yaml) för att knyta punkten till andra möten
matter-id-invalid = `{ $id }` är ingen giltig ärendebeteckning
matter-id-help = använd små bokstäver a–z, siffror och bindestreck, t.ex. `{ $id }`
matter-declare = lägg in `{ $id }` i matters.yaml
matter-unknown = ärendet `{ $id }` finns inte i matters.yaml
attachment-list-it = ta upp den under `attachments:` i filhuvudet
attachment-listed-add = filhuvudet tar upp { $listed }; lägg till den där
attachment-unknown = bilagan `{ $id }` finns inte i filhuvudet
status-invalid = `Status: { $text }` är ingen status
status-invalid-help = skriv `Status: bordlagd` eller `Status: utgår`
returns-invalid = `Återkommer: { $text }` är varken ja, nej eller ett datum
returns-invalid-help = skriv `Återkommer: ja`, `Återkommer: nej` eller `Återkommer: 2026-03-20`
from-not-reference = `Från: { $text }` är ingen hänvisning
from-item-help = skriv `Från: 2025-11-21 punkt 5e`
closes-not-reference = `{ $text }` är ingen hänvisning
closes-help = ange uppdrag som `2025-11-21#6b.u1`

## Suggestions

did-you-mean = menade du `{ $name }`?

## Rule findings: front matter against the folder, calendar and members

kind-file-mismatch = `kind: { $kind }` i en fil som heter { $file }
kind-file-mismatch-help = skriv `kind: { $kind }`, eller byt namn på filen till { $file }
file-name-wrong = `{ $name }` har ett mötes filhuvud men heter inte agenda.md eller minutes.md
file-name-wrong-help = byt namn på den till { $file }; lchnv läser inga andra namn
date-folder-mismatch = `date: { $date }` i mappen för { $folder }
date-folder-mismatch-help = skriv `date: { $folder }`, eller flytta filen till mappen { $date }
list-and = { " och " }
not-in-calendar = { $date } är inget möte i calendar.yaml
not-in-calendar-add = lägg till mötet i calendar.yaml
not-in-calendar-nearest = de närmaste planerade mötena är { $nearest }; eller lägg till { $date } i calendar.yaml
previous-minutes-missing = det finns inga minnesanteckningar från { $date }
previous-minutes-missing-help = lägg till { $date }/minutes.md, markera { $date } med `archived: true` i calendar.yaml om minnesanteckningarna förvaras någon annanstans, eller rätta datumet
attachment-twice = bilagan `{ $id }` står två gånger
attachment-file-missing = bilagan `{ $id }` anger filen `{ $file }`, som inte finns
attachment-file-missing-help = lägg filen bredvid mötesfilen, eller rätta namnet (sökvägar räknas från mötesmappen)
person-unknown = `{ $name }` är ingen person i members.yaml
person-unknown-help = lägg till personen under `people` i members.yaml
organisation-unknown = `{ $name }` är ingen organisation i members.yaml
organisation-unknown-help = lägg till den under `organisations` i members.yaml
## Rule findings: numbering and standard items

number-twice = punkt { $item } har samma nummer som en annan
number-twice-help = ge varje punkt ett eget nummer; numrera om punkterna som följer
numbering-first = första punkten har nummer { $number }, inte 1
numbering-gap = punkt { $number } följer på punkt { $previous }; { $expected } väntades
numbering-help = numrera punkterna 1, 2, 3, … utan luckor
sub-item-parent = underpunkt { $item } står under punkt { $parent }
sub-item-parent-help = numrera den { $item }
sub-item-letter = underpunkt { $item } där { $expected } väntades
sub-item-letter-help = märk underpunkterna a, b, c, … utan luckor
no-items = filen har inga punkter
no-items-help = en mötesfil har numrerade punkter och börjar med standardpunkterna
standard-item-expected = punkt { $item } ska vara standardpunkten `{ $title }`
standard-item-missing = standardpunkten `{ $title }` saknas
standard-items-open = börja med standardpunkterna i ordning: { $titles }
standard-items-close = avsluta med standardpunkterna i ordning: { $titles }
standard-items-not-closing = filen avslutas inte med `{ $titles }`

## Rule findings: assignments, roles, text, references, coverage, calendar

write-this = skriv `{ $text }`
owner-missing = uppdraget har ingen ansvarig
owner-missing-help = skriv den ansvarige i fetstil före ett kolon: `- [ ] **Region Dalarna**: ...`
owner-not-stated = minnesanteckningarna anger ingen ansvarig för uppgiften
owner-not-stated-help = ta reda på vem som gör det och skriv den ansvarige i stället för `ej angiven`
owner-unknown = `{ $name }` finns inte i members.yaml
owner-unknown-help = ansvarig är nätverket, en organisation, en person eller en grupp i members.yaml
due-date-invalid = `Senast: { $text }` är inget datum
due-date-invalid-help = skriv datumet som ÅÅÅÅ-MM-DD, t.ex. `Senast: 2026-01-29`
due-before-meeting = uppdraget ska vara klart { $due }, före mötet { $meeting }
due-before-meeting-help = kontrollera år och månad i datumet
report-to-unknown = `Återrapport: { $name }` anger ingen i members.yaml
report-to-unknown-help = återrapportera till nätverket, en grupp, en organisation eller en person i members.yaml
from-assignment-help = ange uppdraget som `2025-11-21#6b.u1`
chair-not-held = `{ $name }` är inte { $function } { $date }: members.yaml anger { $holder }
chair-not-held-help = skriv `chair: { $holder }`, eller rätta `functions` i members.yaml
function-not-held = { $name } är inte { $function } { $date }: members.yaml anger { $holder }
role-not-held = { $name } är `{ $role }` { $periods } enligt members.yaml, inte { $date }
role-not-held-help = skriv den roll personen har på mötesdagen (se members.yaml)
placeholder = platshållare att fylla i: { $text }
placeholder-help = ersätt platshållaren, hakparenteserna också, med texten
placeholder-in-final-help = fyll i den (hakparenteserna tas bort); minnesanteckningar som fortfarande skrivs har `status: draft` i filhuvudet
draft-stale = minnesanteckningarna från { $date } är fortfarande ett utkast, { $days } dagar efter mötet
draft-stale-help = gör dem klara och ta bort `status: draft`; till dess lämnar registren och nästa dagordning dem utanför
ocr-damage = `{ $word }` ser ut att ha skadats vid OCR-läsningen
weekday-mismatch = { $date } är en { $actual }, inte en { $written }
weekday-mismatch-help = skriv `weekday: { $actual }`, eller rätta datumet
agenda-item-not-covered = dagordningens punkt { $item } `{ $title }` ({ $place }) finns inte i minnesanteckningarna
agenda-item-not-covered-help = lägg till punkten i minnesanteckningarna, eller behåll den med `Status: bordlagd` eller `Status: utgår`
reference-not-assignment = `{ $label }: { $reference }` anger inget uppdrag
closes-not-assignment-help = ange uppdraget med dess plats: `2025-11-21#6b.u1`
from-not-assignment-help = ange uppdraget som förs vidare: `2025-11-21#6b.u1`
reference-not-earlier = `{ $reference }` är inget tidigare möte
reference-not-earlier-help = hänvisningar anger punkter och uppdrag i tidigare minnesanteckningar
reference-archived-help = minnesanteckningarna från { $date } förvaras utanför det här arkivet; importera dem med `lchnv import`
check-the-date = kontrollera datumet
reference-no-minutes = det finns inga minnesanteckningar från { $date } för `{ $reference }`
reference-no-item = minnesanteckningarna från { $date } har ingen punkt { $item }
reference-no-item-help = kontrollera punktens nummer
reference-too-few = punkt { $item } i minnesanteckningarna från { $date } har { $count } { $what ->
    [assignment] uppdrag
   *[decision] { $count ->
        [one] att-sats
       *[other] att-satser
    } i beslutet
}, så `{ $reference }` anger { $what ->
    [assignment] inget
   *[decision] ingen
}
reference-too-few-help = { $what ->
    [assignment] uppdragen
   *[decision] att-satserna i beslutet
} räknas från 1 i den ordning de står i punkten

## Rule findings: the body of a meeting file

tasks-not-listed = `Uppdrag:` följs inte av en lista med uppdrag
tasks-not-listed-help = skriv varje uppdrag som `- [ ] **Ansvarig**: uppgift.` direkt under
proposal-not-listed = förslaget till beslut följs inte av en lista med att-satser
decision-not-listed = beslutet följs inte av en lista med att-satser
clauses-not-listed-help = skriv varje att-sats som en punkt i en lista: `- att ...`
heading-level-item = `{ $number }.` är en punkt, men rubriken är inte på nivå { $level }
heading-level-sub-item = `{ $number }.` är en underpunkt, men rubriken är inte på nivå { $level }
heading-number-out-of-range = punktens nummer är för stort
heading-item-form = en punkts rubrik skrivs `## N. Rubrik`
heading-sub-item-form = en underpunkts rubrik skrivs `### Na. Rubrik`
heading-sub-item-alone = en underpunkt måste stå under en punkt
heading-sub-item-alone-example = ## 5. Rubrik, sedan ### 5a. ...
heading-format = `{ $text }` är ingen rubrik för en punkt: { $why }
heading-format-help = skriv den som `{ $example }`, eller använd en rubrik på nivå 4 (`####`) för en rubrik inuti en punkt
decision-clauses-not-list = beslutets att-satser är ingen lista
decision-clauses-not-list-help = skriv varje att-sats som en punkt i en lista under rubrikraden: `- att ...`
decision-in-prose = ett beslut är skrivet i löptext
decision-in-prose-help = beslut räknas bara som en lista: en rad `{ $name } beslutade` och under den `- att ...`
origin-unresolved = `{ $line }` anger inte ett möte och en punkt
origin-unresolved-help = skriv `Från mötet 21 november 2025, punkt 5e.` (datumet i ord, sedan punkten)
label-unknown = `{ $word }` är ingen etikett som formatet känner till, så raden läses som löptext
label-repeated = en andra `{ $label }:` i punkt { $item }; den första, på rad { $line }, är den som läses
label-repeated-help = en punkt har bara en; om två punkter har slagits ihop, kontrollera rubriken före den här raden
task-not-a-task = en rad under `Uppdrag:` som inte är ett uppdrag, så den läses inte som ett
task-not-a-task-help = skriv den som ett uppdrag: `- [ ] { $text }`
label-list-help = etiketterna är { $labels }; skriv annan text som ett eget stycke
label-colon-help = en rad med etikett har kolon efter etiketten: `{ $label }: { $value }`

## Rule findings: front matter and task lines

task-line-not-read = raden läses inte som ett uppdrag: den står i ett kodblock, ett citat eller en tabell, eller före första punkten
task-line-not-read-help = börja raden vid vänstermarginalen (eller under en listpunkt), inuti en punkt, efter en tom rad
task-almost = raden är nästan ett uppdrag, så den läses inte som ett
task-almost-help = skriv den som ett uppdrag: `{ $text }`
file-empty = filen är tom
file-empty-help = en mötesfil börjar med `---`, `kind: agenda` eller `kind: minutes`, `date: ÅÅÅÅ-MM-DD`, `---`
front-matter-missing = filen börjar inte med ett filhuvud
front-matter-missing-help = skriv överst en rad `---`, filhuvudet i YAML (kind, date, ...) och ännu en rad `---`
front-matter-unclosed = filhuvudet är inte avslutat
front-matter-unclosed-help = lägg till en rad `---` efter filhuvudets sista nyckel
kind-invalid = `kind: { $text }` är varken `agenda` eller `minutes`
kind-invalid-help = skriv `kind: agenda` eller `kind: minutes`
status-key-invalid = `status: { $text }` är varken `draft` eller `final`
status-key-invalid-help = skriv `status: draft` medan filen skrivs; ta bort raden (eller skriv `status: final`) när den är klar
time-invalid = `{ $text }` är ingen mötestid
time-invalid-help = skriv tiden som 09.30–12.00, eller `heldag`
disable-not-a-rule = `{ $name }` i en lchnv-disable-kommentar är ingen regel

## Rule findings: YAML read into facts

yaml-quote-for-text = sätt värdet inom citattecken så blir det text
yaml-wrong-type = `{ $what }` ska vara { $expected }, men är { $found }
yaml-a-key-in = en nyckel i { $what }
yaml-known-keys = kända nycklar: { $keys }
yaml-unknown-key = okänd nyckel `{ $key }` i { $what }
yaml-missing-key = { $what } saknar `{ $key }`
yaml-missing-key-help = lägg till `{ $key }: ...`
yaml-empty = `{ $what }` är tomt
yaml-empty-help = skriv namnet, eller ta bort posten
yaml-date-number = `{ $what }` ska vara ett datum skrivet ÅÅÅÅ-MM-DD, men är ett tal
yaml-date-unreal = `{ $what }` är inget verkligt datum: `{ $text }` { $reason }
yaml-date-help = skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-01-29
yaml-the-front-matter = filhuvudet
yaml-an-attendee = en deltagare
yaml-an-attachment = en bilaga
yaml-a-calendar-entry = ett möte i kalendern
yaml-an-organisation = en organisation
yaml-a-group = en grupp
yaml-a-person = en person
yaml-a-role = en roll
yaml-a-function = en funktion
yaml-a-holder = en innehavare
yaml-a-matter = ett ärende
yaml-a-standard-item = en standardpunkt
yaml-a-rule = en regel
yaml-a-severity = en allvarlighetsgrad
yaml-text = text
yaml-nothing = ingenting
yaml-true-false = true/false
yaml-a-number = ett tal
yaml-a-list = en lista
yaml-a-mapping = nycklar med värden
yaml-true-or-false = `true` eller `false`
yaml-a-date = ett datum skrivet ÅÅÅÅ-MM-DD
yaml-a-year = ett årtal som 2026
yaml-a-positive-number = ett positivt heltal
yaml-a-rule-mapping = regler med allvarlighetsgrad
yaml-true-or-kinds = `true` eller en lista med organisationstyper
yaml-no-such-day = (den dagen finns inte)
yaml-expected-date = (ÅÅÅÅ-MM-DD väntades)

## Rule findings: files and folders, characters

temporary-file = `{ $name }` är en tillfällig fil som blev kvar när en skrivning inte gick klart
temporary-file-help = lchnv tar bort den nästa gång den skriver i mappen; eller ta bort den själv
folder-not-file = `{ $name }` är en mapp, inte en Markdown-fil
folder-not-file-help = ta bort mappen och skapa filen
folder-name = mappen `{ $folder }` har inte ett datum som namn
folder-name-help = ge mötesmappen mötets datum som namn, ÅÅÅÅ-MM-DD, t.ex. `2026-01-29`
network-failure = { $place }: { $message } (kör `lchnv check` för detaljerna)
file-too-large-help = mötesfiler är 10–20 kB; flytta stort innehåll till en bilaga, eller höj `max_file_bytes` i lchnv.yaml
binary-file = filen innehåller binära data (en NUL-byte), inte text
binary-file-help = ett Word- eller PDF-dokument kan inte läsas som Markdown; ta in det med `lchnv import`
not-utf8-windows-1252 = filen är inte UTF-8: den ser ut att vara Windows-1252 (byten { $byte } står här för `{ $char }`)
not-utf8 = filen är inte UTF-8: byten { $byte } är inte giltig här
not-utf8-help = spara filen som UTF-8, t.ex. `iconv -f WINDOWS-1252 -t UTF-8 in.md > out.md`
invisible-character = osynligt tecken { $code } ({ $name }) { $place }, i kolumn { $column }
invisible-character-help = ta bort det och skriv ett vanligt mellanslag där ett ska stå; det följer ofta med text som kopierats från Word eller en webbsida
invisible-in-markup = i radens formatering
invisible-in-indentation = i YAML-indraget
invisible-in-key = i en YAML-nyckel
yaml-tab = en tabb (U+0009) i YAML-indraget, i kolumn { $column }
yaml-tab-help = YAML drar in med mellanslag; byt tabben mot mellanslag

## Rule findings: file names

file-name-not-meeting-help = byt namn på den till `agenda.md` eller `minutes.md`; lchnv läser inga andra namn

## Rule findings: the network files

calendar-date-twice = { $date } står två gånger i kalendern
calendar-date-twice-help = ha en post per mötesdatum
matter-id-twice = ärendebeteckningen `{ $id }` finns två gånger
matter-starts-help = ange punkten där ärendet började, t.ex. `2025-03-14#6b`
holder-unknown = `{ $name }` har `{ $function }` men är ingen person i members.yaml
holder-unknown-help = lägg till personen under `people`
decided-not-reference = `decided: { $text }` är ingen hänvisning
decided-not-reference-help = ange beslutet, t.ex. `2025-11-21#4c.b1`
function-held-twice = `{ $function }` innehas av { $first } och { $second } samtidigt ({ $first_period } och { $second_period })
function-held-twice-help = en funktion innehas av en person i taget: ge varje innehavare `year:`, eller `from:` och `until:`, som inte överlappar
email-invalid = `{ $text }` är ingen e-postadress
email-invalid-help = skriv en adress, t.ex. `namn.efternamn@kommun.se`
name-taken = namnet `{ $name }` används redan för `{ $other }`
name-taken-help = varje namn och alias i members.yaml får bara avse en sak

## Reading files

file-too-large = filen är { $size }, över gränsen { $limit }
no-such-file = filen finns inte

## Ansvariga, ärenden och datum på kommandoraden

owner-arg-fits-several = `{ $name }` passar in på { $count } namn i { $file }: { $names }; skriv mer av namnet
owner-arg-unknown = `{ $name }` är varken en person, en organisation eller en grupp i { $file }{ $suggestion }
matter-arg-unknown = `{ $id }` är inget ärende i { $file } och finns inte på något möte{ $suggestion }
suggestion-names = ; närmaste kända namn: { $names }
suggestion-matter-ids = ; närmaste kända ärendebeteckningar: { $names }
date-arg-invalid = `{ $text }` är inget datum { $why }
meeting-date-invalid = `{ $text }` är inget mötesdatum { $why }; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-01-29
date-why-shape = (formen ska vara ÅÅÅÅ-MM-DD)
date-why-no-such-day = (den dagen finns inte)

## Vägranden och fel från new-agenda, new-minutes och render

refusal-exists = { $path } finns redan; skriver inte över den (ange --force för att ersätta den)
render-draft-minutes = { $path } är ett utkast till minnesanteckningar (status: draft); lägg till --include-drafts för att ta med utkast
render-no-agenda = { $path } finns inte: det finns ingen dagordning för { $date }
render-no-minutes = { $path } finns inte: det finns inga minnesanteckningar från { $date }
new-minutes-no-agendas = inget möte har någon dagordning ännu
new-minutes-agendas-exist = det finns dagordningar för { $dates }
new-minutes-no-agenda = det finns ingen dagordning för { $date } ({ $path } saknas), så det finns inget att börja minnesanteckningarna från; { $have }. Skriv den först med `lchnv new-agenda { $date }`
person-arg-unknown = { $option } `{ $name }` är ingen person i { $file }{ $help }
new-agenda-calendar-empty = kalendern har inga planerade möten
new-agenda-nearest-date = närmaste planerade datum är { $date }
new-agenda-nearest-dates = närmaste planerade datum är { $dates }
and = och
new-agenda-date-unplanned = { $date } finns inte i { $calendar }: { $hint }. Lägg in mötet i kalendern, eller ange --time och --place för att ändå skriva en dagordning
new-agenda-section-too-long = { $count } punkter skulle hamna under `{ $title }`, fler än bokstäverna a–z räcker till; dela upp avsnittet i mallen

## site och calendar

site-summary = { $folder }: { $files } { $files ->
    [one] fil
   *[other] filer
}, { $pages } { $pages ->
    [one] sida
   *[other] sidor
}
column-date = Datum
column-weekday = Veckodag
column-time = Tid
column-place = Plats
column-room = Lokal
column-note = Anteckning
column-agenda = Dagordning
column-minutes = Minnesanteckningar
calendar-yes = ja
site-refusal-not-empty = { $folder } är inte tom och är ingen webbplats som lchnv har skrivit; skriver inte i den (ange --force)

## Argument som inte går att tolka

argument-invalid = ogiltigt värde '{ $value }' för '{ $arg }': { $why }

## Kommandoraden: det som --help, manualsidorna och kompletteringarna säger
cli-about = Ett minne för ett nätverks möten: dagordningar och minnesanteckningar som Markdown-filer, granskade, sökbara och förda vidare från möte till möte
cli-global-heading = Globala alternativ
cli-examples =
    Exempel:
      lchnv check                          granska mötesmappen som hittas härifrån och uppåt
      lchnv new-agenda 2026-01-29          nästa dagordning, med allt som ännu är öppet
      lchnv todo --owner "Region Dalarna"  vem som ska göra vad
      lchnv remind -o out/påminnelser      ett e-postutkast till varje ansvarig
      lchnv help new-agenda                ett kommandos alternativ, med exempel
cli-global-meetings = Mötesmappen (den som har members.yaml) [standard: den som hittas från den aktuella mappen och uppåt, som `meetings/` eller mappen själv]
cli-global-color = När utskriften ska färgas (`auto` tar hänsyn till NO_COLOR)
cli-global-quiet = Skriv inga upplysningar eller sammanfattningar på standardfel (fel och varningar visas ändå)
cli-global-no-cache = Läs alla filer på nytt i stället för att använda det .lchnv-cache/ sparat om oförändrade filer
cli-color-auto = Färg i en terminal, om inte NO_COLOR är satt
cli-check-about = Granska mötesfilerna och nätverksfilerna
cli-rules-about = Lista granskningsreglerna eller skriv ut deras dokumentation
cli-new-agenda-about = Skriv nästa dagordning utifrån kalendern och de ärenden som fortfarande är öppna
cli-new-minutes-about = Skriv ett underlag till minnesanteckningar utifrån ett mötes dagordning
cli-todo-about = Lista uppdrag som inte är klara
cli-decisions-about = Beslutsregistret
cli-history-about = Ett ärende genom mötena, eller alla ärenden
cli-attendance-about = Vilka som kom: närvaro per organisation och möte
cli-import-about = För in en gammal dagordning eller gamla minnesanteckningar (text, Word) i arkivet
cli-render-about = Ett mötes dagordning eller minnesanteckningar som Word-, PDF- eller HTML-dokument
cli-site-about = Arkivet som en statisk webbplats: möten, beslut, uppdrag, ärenden, närvaro
cli-calendar-about = Nätverkets möten för kalendrar (iCalendar), som tabell eller JSON
cli-init-about = Starta ett arkiv för ett nytt nätverk: nätverksfiler, mallar, CI
cli-remind-about = Skriv påminnelser per e-post (.eml) till de ansvariga för öppna uppdrag
cli-completions-about = Skriv ut skriptet för kompletteringar i bash, zsh, fish, PowerShell eller Elvish
cli-man-about = Skriv ut manualsidan, eller skriv en sida per kommando till en mapp
cli-schema-about = Skriv ut JSON-schemat för en fil som lchnv läser, för en textredigerare
cli-cache-about = Ta bort det sparade resultatet för oförändrade filer, eller säg var det finns
cli-attendance-examples =
    Exempel:
      lchnv attendance
      lchnv attendance --since 2025-01-01 --until 2025-12-31
      lchnv attendance --format csv > närvaro.csv
cli-attendance-since = Bara möten detta datum eller senare
cli-attendance-until = Bara möten detta datum eller tidigare
cli-include-drafts = Läs utkast till minnesanteckningar (`status: draft`) som om de vore färdiga
cli-register-format = Hur registret ska skrivas ut
cli-width-table = Tabellens bredd i tecken (0: ingen gräns) [standard: COLUMNS eller terminalens]
cli-cache-examples =
    Exempel:
      lchnv cache clean
      lchnv cache dir
      LCHNV_CACHE_DIR=/var/cache/lchnv lchnv check  ha det sparade på ett annat ställe
      lchnv check --no-cache                        läs alla filer på nytt
cli-cache-clean-about = Ta bort mappen med det sparade (.lchnv-cache/ överst i arkivet, eller LCHNV_CACHE_DIR)
cli-cache-dir-about = Skriv ut sökvägen till mappen med det sparade
cli-calendar-format-table = kolumner i linje
cli-calendar-format-json = ett JSON-dokument
cli-calendar-format-ics = iCalendar (RFC 5545), att läsa in i ett kalenderprogram
cli-calendar-examples =
    Exempel:
      lchnv calendar                           årets möten som tabell
      lchnv calendar --format ics > lchnv.ics  att läsa in i ett kalenderprogram
      lchnv calendar --year 2026 --format json
cli-calendar-format = Hur kalendern ska skrivas ut
cli-calendar-year = Bara mötena detta år
cli-calendar-site-url = Adressen där arkivets webbplats publiceras, för länkar till dagordningar i händelserna
cli-check-examples =
    Exempel:
      lchnv check                            alla filer i mötesmappen
      lchnv check meetings/2026-01-29        ett mötes filer
      lchnv check --format concise           en rad per fynd
      lchnv check --format github            anteckningar i en pull request på GitHub
      lchnv check --format sarif > lchnv.sarif
      lchnv check --diff                     vad --fix skulle ändra, som en unified diff
      lchnv check --fix meetings/2026-01-29  rätta det som kan rättas säkert
cli-check-paths = Filer eller mappar att granska, räknat från den aktuella mappen [standard: mötesmappen]
cli-check-format = Hur fynden ska skrivas ut
cli-check-today = Bedöm datum från denna dag i stället för i dag (ett utkast som legat för länge)
cli-check-fix = Rätta de fynd som har en säker rättelse, bara i de angivna filerna; en fil lämnas som den är om en rättelse skulle ge ett nytt fynd
cli-check-diff = Skriv ut vad --fix skulle ändra som en unified diff, och skriv inga filer
cli-completions-examples =
    Exempel:
      lchnv completions bash > ~/.local/share/bash-completion/completions/lchnv
      lchnv completions zsh > ~/.zfunc/_lchnv        # med fpath+=~/.zfunc före compinit
      lchnv completions fish > ~/.config/fish/completions/lchnv.fish
      lchnv completions powershell >> $PROFILE
      lchnv completions elvish > ~/.config/elvish/lib/lchnv.elv
cli-completions-shell = Skalet som kompletteringarna gäller
cli-decisions-examples =
    Exempel:
      lchnv decisions --since 2025-01-01
      lchnv decisions --matter mini-maria
      lchnv decisions --grep vårdhygien --format markdown
cli-decisions-since = Bara beslut från möten detta datum eller senare
cli-decisions-until = Bara beslut från möten detta datum eller tidigare
cli-decisions-matter = Bara beslut under punkter i detta ärende (ett id från matters.yaml)
cli-decisions-grep = Bara beslut vars text eller punktrubrik innehåller TEXT (utan hänsyn till versaler och accenter)
cli-history-examples =
    Exempel:
      lchnv history  alla ärenden, öppna eller avslutade
      lchnv history mini-maria
      lchnv history lpu --format json
cli-history-matter = Ärendets id (från matters.yaml); utan det, alla ärenden
cli-history-format = Hur historiken ska skrivas ut
cli-history-width = Utskriftens bredd i tecken (0: ingen gräns) [standard: COLUMNS eller terminalens]
cli-import-format-human = Rapporten för människor
cli-import-format-json = Rapporten som JSON (med filens text vid en provkörning)
cli-import-examples =
    Exempel:
      lchnv import --dry-run protokoll-2024-11.docx
      lchnv import --date 2025-11-21 minutes-2025-11-ocr.txt
      lchnv import --kind agenda --add-to-calendar dagordning.txt
cli-import-file = Dokumentet: ren text (UTF-8 eller Windows-1252) eller ett Word-dokument (.docx)
cli-import-kind = agenda (dagordning) eller minutes (minnesanteckningar), när dokumentet inte säger det
cli-import-date = Mötesdatumet, ÅÅÅÅ-MM-DD, när dokumentet inte säger det
cli-import-dry-run = Skriv ut filen och rapporten; skriv inga filer
cli-import-force = Ersätt en mötesfil som redan finns
cli-import-add-to-calendar = Lägg till mötet i calendar.yaml när det inte finns där
cli-import-add-members = Lägg till de personer som dokumentet nämner men som inte finns i members.yaml i members.yaml
cli-import-format = Hur rapporten ska skrivas ut
cli-init-examples =
    Exempel:
      lchnv init schnv --network "Socialchefsnätverket i Västerbygd" --short SCHNV
      lchnv init --network "Chefsforum i Norr" --called Chefsforum --email chefsforum@norr.se
      lchnv init . --network "Socialchefsnätverket i Västerbygd" --first-meeting 2027-02-04
cli-init-dir = Arkivets översta mapp; nätverksfilerna hamnar i dess meetings/
cli-init-network = Nätverkets fullständiga namn, t.ex. "Socialchefsnätverket i Västerbygd"
cli-init-short = Nätverkets förkortning, t.ex. SCHNV
cli-init-called = Namnet som besluten använder, "<NAME> beslutade" [standard: det fullständiga namnet fram till " i "]
cli-init-email = Nätverkets e-postadress, som `lchnv remind` skriver från
cli-init-first-meeting = Datumet för exempelmötet i calendar.yaml [standard: en vardag fyra veckor fram]
cli-init-force = Skriv filerna även där det redan finns ett nätverk eller filer med innehåll
cli-man-examples =
    Exempel:
      lchnv man  man -l -
      lchnv man check > lchnv-check.1
      lchnv man > ~/.local/share/man/man1/lchnv.1
cli-man-command = Sidan för ett kommando (`lchnv-check`) i stället för lchnvs egen
cli-new-agenda-examples =
    Exempel:
      lchnv new-agenda 2026-01-29 --dry-run  skriv ut den, skriv ingen fil
      lchnv new-agenda 2026-01-29
      lchnv new-agenda 2026-02-12 --time 09.00–11.00 --place Teams
      lchnv new-agenda 2026-01-29 --force    ersätt dagordningen som skrevs förut
cli-meeting-date = Mötesdatumet, ÅÅÅÅ-MM-DD
cli-new-agenda-dry-run = Skriv ut dagordningen i stället för att skriva filen
cli-new-agenda-force = Ersätt en dagordning som redan finns
cli-new-agenda-template = Mallen som ska användas [standard: templates/agenda.md bredvid mötesmappen, annars den inbyggda]
cli-new-agenda-time = Tiden, t.ex. 09.30–12.00 (med --place, för ett datum som inte finns i kalendern)
cli-new-agenda-place = Platsen (med --time, för ett datum som inte finns i kalendern)
cli-new-agenda-room = Lokalen
cli-new-agenda-note = En notering, t.ex. att en annan grupp träffas före
cli-new-agenda-chair = Ordföranden, en person i members.yaml
cli-new-minutes-examples =
    Exempel:
      lchnv new-minutes 2026-01-29 --note-taker "Lisa Karlsson"
      lchnv new-minutes 2026-01-29 --dry-run
cli-new-minutes-dry-run = Skriv ut minnesanteckningarna i stället för att skriva filen
cli-new-minutes-force = Ersätt minnesanteckningar som redan finns
cli-new-minutes-template = Mallen som ska användas [standard: templates/minutes.md bredvid mötesmappen, annars den inbyggda]
cli-new-minutes-note-taker = Vem som för anteckningarna, en person i members.yaml
cli-remind-examples =
    Exempel:
      lchnv remind -o out/påminnelser
      lchnv remind --before 2026-03-20 -o out/påminnelser  bara det som ska vara klart före mötet
      lchnv remind --owner "Region Dalarna" --from sekreterare@lchnv.se -o out

    Varje person, organisation eller grupp som har ett öppet uppdrag får ett utkast, skrivet till
    adresserna i members.yaml (`email:`): personens egen, organisationens och dess ombuds, gruppens.
    Ansvariga som ingen adress når listas.
cli-remind-output = Mappen som utkasten (.eml) skrivs till
cli-remind-before = Bara uppdrag som ska vara klara före detta datum
cli-remind-owner = Bara denna ansvariga: en person, en organisation (med sina personer) eller en grupp; kan anges flera gånger
cli-remind-from = Avsändarens adress [standard: nätverkets `email:` i members.yaml]
cli-remind-today = Räkna "försenat" och hitta nästa möte från detta datum i stället för i dag
cli-remind-force = Ersätt utkast som redan finns i mappen
cli-render-examples =
    Exempel:
      lchnv render 2026-01-29 --to pdf   kallelsen till den 29 januari, att skicka som den är
      lchnv render 2026-01-29 --to docx  detsamma i Word, att redigera först
      lchnv render 2025-11-21 --kind minutes --to html -o minnesanteckningar.html
cli-render-kind = Vilket dokument [standard: minnesanteckningarna när mötet har sådana, annars dagordningen]
cli-render-to = Formatet
cli-render-output = Var det ska skrivas [standard: out/DATUM-SLAG.ÄNDELSE bredvid mötesmappen]
cli-render-force = Ersätt en fil som redan finns
cli-rules-examples =
    Exempel:
      lchnv rules
      lchnv rules --markdown > docs/rules.md
cli-rules-markdown = Skriv ut hela dokumentationen som Markdown (texten i docs/rules.md)
cli-schema-examples =
    Exempel:
      lchnv schema               vilka scheman som finns
      lchnv schema members.yaml  schemat för members.yaml
      lchnv schema front-matter  schemat för en mötesfils front matter
cli-schema-file = Filen: members.yaml, calendar.yaml, matters.yaml, standard-items.yaml, lchnv.yaml eller front-matter [standard: lista dem]
cli-site-examples =
    Exempel:
      lchnv site            arkivet i site/
      lchnv site -o public  för GitLab Pages
cli-site-output = Mappen som webbplatsen skrivs till
cli-site-site-url = Adressen där webbplatsen publiceras, för länkar till dagordningar i dess kalender
cli-site-today = Dagen som startsidan räknar nästa möte från [standard: i dag]
cli-site-force = Skriv i en mapp som inte är tom och som lchnv inte har skrivit
cli-todo-examples =
    Exempel:
      lchnv todo
      lchnv todo --owner "Region Dalarna"  en organisation och dess personer
      lchnv todo --owner rattvik --format markdown
      lchnv todo --overdue
      lchnv todo --all --format csv > uppdrag.csv
cli-todo-owner = Bara uppdrag för denna person, organisation (med sina personer) eller grupp
cli-todo-overdue = Bara uppdrag vars sista datum har passerats
cli-todo-due-before = Bara uppdrag som ska vara klara före detta datum
cli-todo-meeting = Bara uppdrag som gavs eller fördes vidare på mötet detta datum
cli-todo-all = Även klara uppdrag, markerade som klara
cli-todo-today = Räkna "försenat" från detta datum i stället för i dag
cli-todo-format = Hur listan ska skrivas ut
cli-check-format-human = som rustc: källraden, en markering och en hjälprad
cli-check-format-concise = en rad per fynd: sökväg:rad:kolumn: allvar[kod] meddelande
cli-check-format-json = ett JSON-dokument med alla fynd och en sammanfattning
cli-check-format-github = arbetsflödeskommandon för GitHub Actions (anteckningar i pull requesten)
cli-check-format-sarif = SARIF 2.1.0, för GitHubs code scanning och SARIF-visare
cli-check-format-junit = JUnit XML, för GitLabs testrapport
cli-render-to-docx = Word, att redigera och skicka
cli-render-to-pdf = PDF med inbäddade typsnitt, att skicka som den är
cli-render-to-html = En HTML-sida med egen stilmall, utskrivbar
cli-register-format-table = kolumner i linje som ryms i terminalen (färg i en terminal)
cli-register-format-json = ett JSON-dokument (formen beskrivs i docs/registers.md)
cli-register-format-csv = kommaseparerade värden med en rubrikrad
cli-register-format-markdown = en Markdown-tabell, att klistra in i ett e-brev eller ett ärende

## Tolkarens egna ord (clap, clap_mangen)

clap-help-long = Visa hjälp (en sammanfattning med { $flag })
clap-help-short = Visa hjälp (mer med { $flag })
clap-help-command = Visa denna text eller hjälpen för de angivna kommandona
clap-help = Visa hjälp
clap-version = Visa versionen
clap-usage = Användning:
clap-commands = Kommandon:
clap-arguments = Argument:
clap-options = Alternativ:
clap-options-placeholder = [ALTERNATIV]
clap-possible-values = Möjliga värden:
clap-possible-values-inline = [möjliga värden:
clap-default = [standard:
clap-env = [miljövariabel:
clap-subcommands-inline = [kommandon:
clap-more = Mer information får du med { $flag }.
clap-error = fel:
clap-tip = tips:
clap-tip-similar-argument = det finns ett liknande argument: { $arg }
clap-tip-similar-command = det finns ett liknande kommando: { $name }
clap-tip-similar-commands = det finns liknande kommandon: { $names }
clap-tip-as-value = skriv '{ $written }' för att ange '{ $arg }' som värde
clap-unexpected-argument = oväntat argument '{ $arg }'
clap-unknown-command = okänt kommando '{ $name }'
clap-missing-arguments = följande argument måste anges:
clap-missing-value = '{ $arg }' behöver ett värde, men inget angavs
clap-invalid-value = ogiltigt värde '{ $value }' för '{ $arg }'
clap-argument-repeated = argumentet '{ $arg }' får bara anges en gång
clap-argument-conflict = argumentet '{ $arg }' kan inte användas tillsammans med '{ $other }'
clap-missing-command = '{ $name }' behöver ett kommando, men inget angavs
man-section-name = NAMN
man-section-synopsis = SYNOPSIS
man-section-description = BESKRIVNING
man-section-options = ALTERNATIV
man-section-commands = KOMMANDON
man-section-extra = EXEMPEL
man-section-version = VERSION
man-section-authors = FÖRFATTARE
man-command-unknown = `{ $name }` är inget kommando i lchnv; kommandona är { $commands }

## YAML som inte går att läsa (L103)

yaml-invalid = YAML-texten går inte att läsa på rad { $line }: { $what }
yaml-invalid-open = YAML-texten går inte att läsa på rad { $line }: { $what }; är `{ $bracket }` på rad { $open } stängd?
yaml-syntax-help = rätta YAML-syntaxen; sätt text som innehåller `: ` eller börjar med ett specialtecken inom citattecken
yaml-unclosed-quote = ett värde inom citattecken är inte avslutat
yaml-unclosed-list = en lista som börjar med `[` stängs inte med `]`
yaml-unclosed-mapping = en mappning som börjar med `{"{"}` stängs inte med `{"}"}`
yaml-mismatched-close = en `{ $open }` stängs med `{ $close }`
yaml-misplaced-close = en `]` eller `{"}"}` som inte stänger något
yaml-list-separator = ett `,` eller den avslutande `]` saknas i en lista inom `[`
yaml-mapping-separator = ett `,` eller den avslutande `{"}"}` saknas i en mappning inom `{"{"}`
yaml-unknown-anchor = aliaset `*{ $name }` hänvisar inte till något ankare (`&{ $name }`) som står före det
yaml-syntax-tab = en tabb där YAML bara tillåter mellanslag
yaml-indentation = indraget stämmer inte med raderna ovanför
yaml-colon = ett `: ` där ingen nyckel kan börja (text med `: ` i måste stå inom citattecken)
yaml-not-key-value = en rad som varken är `nyckel: värde` eller en del av värdet ovanför (kontrollera indraget)
yaml-key-without-colon = en nyckel utan sitt `:` (en nyckel måste rymmas på en rad)
yaml-value-missing = ett värde saknas, eller börjar med ett tecken som YAML reserverar (sätt det inom citattecken)
yaml-unexpected-character = `{ $character }` kan inte inleda ett värde här (sätt värdet inom citattecken)
yaml-escape = en `\`-sekvens som dubbla citattecken inte känner till (skriv `\\` för ett omvänt snedstreck, eller använd enkla citattecken)
yaml-document-marker-in-quote = en rad med `---` eller `...` inuti ett värde inom citattecken
yaml-list-item-misplaced = en listpunkt `- ` där ingen lista kan börja (kontrollera indraget)
yaml-comment-space = en `#`-kommentar behöver ett mellanslag före sig
yaml-ends-in-value = YAML-texten tar slut mitt i ett värde
yaml-parser-stopped = tolken stannade
yaml-parser-says = tolken säger (på engelska): { $detail }
yaml-second-document = ett andra YAML-dokument börjar här; en fil rymmer bara ett
yaml-second-document-help = ta bort raden med `---`, eller flytta det som följer till en egen fil
yaml-alias-inside = aliaset `*{ $name }` står inuti värdet det hänvisar till, och skulle upprepas i all oändlighet
yaml-alias-inside-help = ett alias kan upprepa ett värde först när värdet är färdigt
yaml-duplicate-key = nyckeln `{ $key }` förekommer två gånger i samma mappning; den första står på rad { $first }
yaml-duplicate-key-help = behåll en av dem
yaml-merge-not-mapping = `<<` slår ihop en mappning eller en lista med mappningar med denna, inte { $found }
yaml-merge-not-mapping-help = skriv `<<: *namn`, där `&namn` står på en mappning
yaml-limit-depth = mer än { $count } nivåer inuti varandra
yaml-limit-aliases = fler än { $count } alias (`*namn`)
yaml-limit-anchors = fler än { $count } ankare (`&namn`)
yaml-limit-values = fler än { $count } värden, räknat med dem som alias upprepar
yaml-limit-repeated = alias upprepar fler än { $count } värden
yaml-limit-text = mer än { $size } text i värdena, räknat med det som alias upprepar
yaml-limit-depth-help = ett filhuvud eller en nätverksfil behöver några få nivåer; leta efter en parentes som inte stängts eller ett indrag som skenar iväg
yaml-limit-help = ingen mötes- eller nätverksfil behöver så mycket; lchnv stannar här så att en fil inte kan tömma datorns resurser (alias som upprepar alias växer snabbt)
config-invalid = ogiltig konfiguration: { $problem }
config-more-problems = , och { $count } problem till

## Att läsa och skriva filer

read-failed = kunde inte läsa { $path }: { $problem }
file-not-regular-kind = det är { $kind }, inte en vanlig fil
file-not-regular = det är inte en vanlig fil
file-kind-folder = en mapp
file-kind-fifo = en FIFO (namngiven rörledning)
file-kind-socket = en socket
file-kind-device = en enhetsfil
file-binary = den innehåller binärdata (en NUL-byte på rad { $line }, kolumn { $column }), inte text
file-not-utf8 = den är inte UTF-8 (byte { $byte } på rad { $line }, kolumn { $column })
file-not-utf8-windows = den är inte UTF-8 (byte { $byte } på rad { $line }, kolumn { $column }; det ser ut som Windows-1252, där den står för `{ $character }`)
io-permission-denied = behörighet saknas
io-already-exists = den finns redan
io-storage-full = disken är full
io-read-only = filsystemet är skrivskyddat

## Filer, mappar och mallar som inte gick att använda
lock-open-failed = kunde inte öppna låsfilen { $path }
lock-failed = kunde inte låsa { $path }
read-failed-at = kunde inte läsa { $path }
write-failed = kunde inte skriva { $path }
folder-create-failed = kunde inte skapa mappen { $path }
temporary-create-failed = kunde inte skapa en tillfällig fil i { $folder }
temporary-write-failed = kunde inte skriva en tillfällig fil i { $folder }
site-document-failed = kunde inte skriva { $kind } för { $date }
folder-empty-failed = kunde inte tömma { $folder }
folder-write-failed = kunde inte skriva i { $folder }
site-outside = skriver inte { $path } utanför webbplatsens mapp
remove-failed = kunde inte ta bort { $path }
cache-removed = tog bort { $path }
cache-none = det fanns inget sparat att ta bort
fix-summary = Rättade { $fixed } { $fixed ->
    [one] fynd
   *[other] fynd
} i { $files } { $files ->
    [one] fil
   *[other] filer
}.
fix-summary-preview = Skulle rätta { $fixed } { $fixed ->
    [one] fynd
   *[other] fynd
} i { $files } { $files ->
    [one] fil
   *[other] filer
}.
meetings-folder-none = ingen mötesmapp här eller ovanför: ingen { $members } och ingen { $default }/{ $members } i { $folder } eller någon mapp ovanför (ange mappen med --meetings MAPP)
path-missing = { $path }: filen eller mappen finns inte
meetings-folder-outside = { $path } ligger inte i en mötesmapp: ingen { $members } finns i den eller ovanför
folder-missing = { $path }: mappen finns inte
network-file-missing = { $path } finns inte: en mötesmapp behöver { $members } och { $calendar }
problems-more = … och { $count } till
problems-stop = { $count } problem hindrar kommandot:
template-read-failed = kunde inte läsa mallen
template-render-failed = kunde inte fylla i mallen { $name }: { $detail }
template-render-failed-line = kunde inte fylla i mallen { $name } (rad { $line }): { $detail }
template-list = { $template }: `{ $what }` ska vara en lista med texter, t.ex. ["Nya ärenden"]
template-list-item = { $template }: `{ $what }` ska vara en lista med texter; `{ $item }` är ingen text
template-section-title = { $template }: `{ $name }` ska vara en avsnittsrubrik
scaffold-failed = kunde inte skriva { $path }: { $detail }
fix-changed-meanwhile = { $path } ändrades medan den rättades; ingenting skrevs
render-font-unreadable = det inbäddade typsnittet går inte att läsa
render-no-page-size = ingen sidstorlek
render-pdf-failed = kunde inte skriva PDF-filen: { $detail }
render-docx-failed = kunde inte skriva Word-dokumentet
init-network-empty = --network är tomt; ange nätverkets fullständiga namn, t.ex. "Socialchefsnätverket i Västerbygd"
argument-empty = { $arg } är tomt
argument-not-email = { $arg } `{ $value }` är ingen e-postadress
remind-no-sender = ingen adress att skicka från: ange --from ADRESS, eller lägg till `email:` under `network:` i { $path }
schema-unknown = `{ $name }` är ingen fil som lchnv läser; det finns scheman för { $known }

## Importfel
import-too-large = { $path } är { $size }, mer än de { $limit } en dagordning eller minnesanteckningar kan vara; är det rätt fil?
import-folder = { $path } är en mapp, inte ett dokument
import-failed = kunde inte importera { $path }
import-too-much-text = { $path } innehåller mer än { $limit } text, mer än en dagordning eller minnesanteckningar kan vara; är det rätt fil?
import-no-text = { $path } innehåller ingen text: det finns inget att importera
import-empty = filen är tom
import-docx-not-zip = den heter .docx men är inget Word-dokument (en .docx-fil är ett zip-arkiv)
import-pdf = det är en PDF; exportera först texten (till exempel med `pdftotext -layout FIL.pdf`) och importera texten
import-old-doc = det är en gammal Word-fil (.doc); spara den som .docx (eller som text) och importera den
import-binary = den innehåller binärdata, inte text; ange en textexport eller .docx-filen
import-docx-unreadable = det är inget läsbart Word-dokument (inget giltigt zip-arkiv: { $detail })
import-zip-not-docx = det är ett zip-arkiv men inget Word-dokument (word/document.xml saknas)
import-part-unreadable = kunde inte läsa { $part } i Word-dokumentet: { $detail }
import-part-too-large = { $part } i Word-dokumentet är större än { $limit }
import-part-not-utf8 = { $part } i Word-dokumentet är inte UTF-8
import-no-date = kan inte avgöra mötets datum utifrån { $source }: ange --date ÅÅÅÅ-MM-DD
import-members-not-a-list = kunde inte lägga till { $name } i { $path }: filens personer står inte som en lista under `people:`; lägg till dem för hand
import-date-invalid = --date { $text } är inget datum ÅÅÅÅ-MM-DD { $why }
import-refusal-exists = { $path } finns redan; skriver inte över den (ange --force för att ersätta den, eller --dry-run för att se importen)
import-calendar-not-a-list = kunde inte lägga till { $date } i { $path }: filen är inte skriven som en lista under `meetings:`; lägg till det för hand

## Importrapporten

import-report-title = Importerade { $source } ({ $format }) som { $kind } för mötet { $date }
import-report-wrote = skrev
import-report-dry-run = provkörning
import-report-nothing-written = { $path } (ingenting skrevs)
import-report-kind = slag
import-report-date = datum
import-report-found = hittade
import-report-counts = { $items } punkter, { $sub_items } underpunkter, { $proposals } förslagssatser, { $decisions } beslutssatser, { $assignments } uppdrag, { $attendees } närvarande, { $absentees } frånvarande, { $attachments } bilagor
import-report-repairs = Rättelser: { $words } ord, { $different } olika
import-source-repository = arkivets egna ord
import-source-word-list = ordlistan
import-source-glyph = tecknets form
import-report-at-lines = (rad { $lines })
import-report-line = rad { $line }
import-report-quoted = rad { $line }: ”{ $sentence }”
import-report-from-line = från rad { $line } ({ $form }): ”{ $sentence }”
import-report-context-decisions = Ord med och utan prickar som avgjorts av orden runt dem (bekräfta): { $count }
import-report-unplaced = Ord som ser skadade ut men inte rättades, lämnade som de skrevs: { $count }
import-report-assignments = Uppdrag som gjorts av uppföljningar: { $count }
import-report-unsure = Uppföljningar som skrevs som uppdrag men som importen är osäker på: { $count }
import-report-vague = Ska vara klart vid en tid som inte är ett datum (inget `Senast:` skrivet): { $count }
import-report-not-tasks = Meningar som låter som uppdrag men inte gjordes till uppdrag: { $count }
import-report-unresolved = Uppföljningar som inte blev uppdrag (okänd ansvarig): { $count }
import-report-attendee-text = Deltagarlistor: text som inte passade någon i members.yaml (sparad bland anteckningarna i filhuvudet): { $count }
import-report-not-in-members = Personer som inte finns i members.yaml: { $count } (lägg till dem med --add-members)
import-report-not-in-members-added = Personer som inte fanns i members.yaml: { $count } (tillagda i members.yaml: --add-members)
import-person-from-attendance = närvarolistan
import-person-from-follow-up = uppföljning
import-person-from-header = dokumentets huvud
import-report-debris = Sidskräp som togs bort: { $count } rader
import-report-changes = Ändringar att kontrollera: { $count }
import-report-previous = Föregående minnesanteckningar: { $previous }
import-report-calendar = Kalendern: { $line }
import-report-words-kept = Alla ord kvar: ja, alla { $count } ord i dokumentet finns i resultatet (rättade där det anges)
import-report-words-missing = Alla ord kvar: NEJ, saknas i resultatet: { $missing }
import-report-check = Granskning: { $errors } fel, { $warnings } varningar{ $rules }
import-report-check-not-run = Granskning: inte gjord (ingenting skrevs)
import-format-utf8 = text, UTF-8
import-format-utf16 = text, UTF-16
import-format-windows-1252 = text, Windows-1252
import-format-docx = Word-dokument (.docx)
import-format-text = text
import-damage-ocr-character = OCR-tecken
import-damage-marks-lost = å/ä/ö utan prickar
import-damage-letter-confused = bokstav läst i stället för ö/ä
import-damage-compound = sammansättning, rättad del för del
import-damage-twin = å/ä/ö utan prickar, i ett ord som också finns utan dem
link-loop = { $path }: symbolisk länk i en slinga (den leder tillbaka till { $ancestor })
link-broken = { $path }: trasig symbolisk länk (det den pekar på finns inte)
import-left-out = varning: utelämnad: { $file }
init-refusal-network = { $path } finns redan; startar inte ett nytt nätverk ovanpå det (ange --force för att ändå skriva filerna)
init-refusal-files = { $count ->
    [one] filen
   *[other] filerna
} { $files } finns redan; skriver inte över (ange --force för att ersätta)
file-not-regular-help = en mötes- eller nätverksfil måste vara en vanlig fil
value-name-address = ADRESS
value-name-color = FÄRG
value-name-command = KOMMANDO
value-name-date = DATUM
value-name-dir = MAPP
value-name-file = FIL
value-name-kind = SLAG
value-name-matter = ÄRENDE
value-name-name = NAMN
value-name-note = NOTERING
value-name-paths = SÖKVÄGAR
value-name-place = PLATS
value-name-room = LOKAL
value-name-shell = SKAL
value-name-short = FÖRKORTNING
value-name-time = TID
value-name-to = FORMAT
value-name-year = ÅÅÅÅ
fix-new-finding = { $severity }[{ $code }] på rad { $line }: { $message }
fix-left-unchanged = lämnad oförändrad: rättelsen skulle ge ett nytt fynd, { $finding }
fix-not-renumbered-named = inte omnumrerad: { $path } hänvisar till dess punkter, och bara de angivna sökvägarna ändras; rätta hela mötesmappen för att numrera om
fix-not-renumbered-references = inte omnumrerad: att uppdatera hänvisningarna i { $path } skulle ge ett nytt fynd, { $finding }

## `lchnv rules`: one line per rule (the English lines are the summaries in src/rule.rs)
rule-summary-L001 = en mötesfil är UTF-8-text
rule-summary-L002 = en mötesfil är text, inte binärdata
rule-summary-L003 = en mötesfil är inte större än gränsen
rule-summary-L004 = en sökväg som heter som en mötesfil är en fil
rule-summary-L005 = en mötesmapp har mötets datum som namn
rule-summary-L006 = en mötesfil heter agenda.md eller minutes.md
rule-summary-L007 = ett avbrutet skrivande lämnar ingen tillfällig fil kvar
rule-summary-L008 = syntaxen har inga osynliga tecken
rule-summary-L101 = en mötesfil börjar med YAML-huvud (front matter)
rule-summary-L102 = YAML-huvudet avslutas med en rad ---
rule-summary-L103 = YAML-texten är välformad och inom gränserna
rule-summary-L104 = ett YAML-värde har den typ som väntas
rule-summary-L105 = YAML-nycklar är sådana som formatet känner till
rule-summary-L106 = obligatoriska YAML-nycklar finns med
rule-summary-L107 = datum är riktiga datum skrivna ÅÅÅÅ-MM-DD
rule-summary-L108 = värden har en av de tillåtna formerna
rule-summary-L109 = datumet i huvudet stämmer med mappen
rule-summary-L110 = filens slag i huvudet stämmer med filnamnet
rule-summary-L111 = poster i nätverksfiler och bilagelistor förekommer en gång
rule-summary-L201 = punktrubriker numreras N. och Na.
rule-summary-L202 = punkter och underpunkter numreras utan luckor
rule-summary-L203 = punktnummer förekommer en gång per fil
rule-summary-L204 = standardpunkterna inleder och avslutar varje mötesfil
rule-summary-L205 = punktrubriker står på den nivå deras nummer anger
rule-summary-L301 = varje punkt har en typ
rule-summary-L302 = punkttyper är kända
rule-summary-L303 = en beslutspunkt i en dagordning har ett förslag till beslut
rule-summary-L304 = en beslutspunkt i minnesanteckningar har ett beslut
rule-summary-L305 = varje beslutssats börjar med att
rule-summary-L306 = beslut och förslag är listor av att-satser
rule-summary-L307 = punkter anger sitt ärende
rule-summary-L308 = platshållare fylls i
rule-summary-L309 = färdiga minnesanteckningar har inga platshållare
rule-summary-L310 = etiketter med ett värde förekommer en gång per punkt
rule-summary-L311 = etikettrader använder etiketter som formatet känner till
rule-summary-L401 = varje uppdrag har en ansvarig
rule-summary-L402 = ansvariga för uppdrag finns i members.yaml
rule-summary-L403 = sista datum är riktiga datum
rule-summary-L404 = sista datum ligger inte före mötet
rule-summary-L405 = återrapportering går till någon känd
rule-summary-L406 = rader som nästan är uppdrag är uppdrag
rule-summary-L407 = varje uppdrag har en ansvarig som minnesanteckningarna namnger
rule-summary-L501 = föregående minnesanteckningar finns
rule-summary-L502 = bilagor som nämns i punkter finns i listan
rule-summary-L503 = bilagefiler finns
rule-summary-L504 = ärende-id finns i matters.yaml
rule-summary-L505 = hänvisningar pekar på punkter och uppdrag som finns
rule-summary-L506 = minnesanteckningarna tar upp varje punkt på dagordningen
rule-summary-L507 = organisationer finns i members.yaml
rule-summary-L508 = personer finns i members.yaml
rule-summary-L509 = angivna roller innehas på mötets datum
rule-summary-L601 = möten finns i kalendern
rule-summary-L602 = veckodagarna i kalendern stämmer med datumen
rule-summary-L603 = utkast till minnesanteckningar blir färdiga inom 30 dagar
rule-summary-L701 = texten har inga OCR-skador

# Importrapportens detaljrader: varför en typ, ett datum, en punkttyp valdes, vad som ändrades
import-kind-title = dokumentets rubrik säger ”{ $word }”
import-kind-reads-minutes = dokumentet ser ut som minnesanteckningar: { $signs }
import-kind-reads-agenda = dokumentet ser ut som en dagordning: { $signs }
import-kind-guessed = inget i dokumentet säger om det är en dagordning eller minnesanteckningar; importerat som minnesanteckningar (ange --kind agenda om det är en dagordning)
import-kind-word = ordet ”{ $word }”
import-kind-decided = { $count } beslut i dåtid (”{ $called } beslutade”)
import-kind-sections = { $count } avsnitt `Beslut`
import-kind-present = { $count } beslut ”{ $called } beslutar” utanför ett förslag
import-kind-proposals = { $count } förslag och inga beslut
import-kind-paragraphs = { $count } punkter skrivna som paragrafer i ett protokoll (§)
import-kind-adjusters = justerare eller justering nämns
import-kind-attendance = en närvarolista
import-change-broken-cell = en tabellcell delad på två rader, `{ $from }`, läst som `{ $to }`
import-change-decision-log = en rad i beslutsloggen flyttad till punkt { $item }, som dess beslut
import-change-item-reference = en uppföljning som anger punkt { $item } ({ $written }) flyttad från listan i slutet till den punkten
import-kind-from-option-differs = från --kind; dokumentet ser ut som { $kind } ({ $why })
import-kind-from-option = från --kind
import-date-from-option-differs = från --date; dokumentet säger ”{ $written }”
import-date-from-option = från --date
import-date-from-document = dokumentet säger ”{ $written }”
import-date-from-file-name = från filnamnet (”{ $written }”); dokumentet säger det inte
import-previous-archived = { $date } (arkiverat enligt calendar.yaml)
import-previous-in-repository = { $date } (finns i arkivet)
import-previous-missing = { $date } nämns, men det finns inga minnesanteckningar från { $date } i arkivet och calendar.yaml markerar inte mötet som arkiverat; `previous_minutes` är utelämnat. Importera de minnesanteckningarna, eller lägg till { $date } med `archived: true` i calendar.yaml och skriv `previous_minutes: { $date }`
import-change-kind-guessed = inget i dokumentet säger om det är en dagordning eller minnesanteckningar: importerat som minnesanteckningar (använd --kind agenda om det är en dagordning)
import-change-unnumbered-headings = ingen rubrik i dokumentet har nummer: { $count } rubriker som markerats (`##`, `**…**`, versaler) numrerades 1, 2, 3 … som punkter
import-change-forwarded-decision = ”{ $text }”: förslaget som mötet beslutade att lägga fram för ett annat organ, skrivet som mötets beslut (”{ $written }”); att-satserna är det som föreslås
import-change-date-from-file-name = dokumentet anger inte mötesdatumet: det är hämtat från filnamnet (”{ $written }”) och noterat i front matter; kontrollera det, eller ange --date
import-change-title = dokumentet har ingen rubrikrad; rubriken `{ $title }` skrevs
import-attendee-chair-organisation = ordföranden { $name } står med { $rest }, men members.yaml anger en annan organisation
import-attendee-chair-found = ordföranden, { $name }, är hämtad ur närvarolistan (ordförande)
import-attendee-note-taker-found = antecknaren, { $name }, är hämtad ur närvarolistan
import-twin-marks-lost = dokumentet har tappat prickarna ({ $damaged } skadade ord, { $intact } skrivna med prickar), och både det och arkivet skriver ”{ $to }”, inte ”{ $from }”
import-twin-kept = behållet som det står, inte ”{ $word }”: dokumentet och arkivet skriver ”{ $neighbours }”
import-twin-neighbours = orden runt omkring: dokumentet och arkivet har ”{ $word }” där det står (”{ $neighbours }”)
import-type-why-nothing = den har inget förslag eller beslut
import-type-why-more = dess förslag eller beslut gör mer än att lägga informationen till handlingarna
import-type-why-file = dess enda förslag eller beslut är att lägga informationen till handlingarna
import-change-type-chosen = punkten har ingen typ i dokumentet; `{ $kind }` valdes, eftersom { $why }
import-change-matter = `Ärende: { $matter }` hämtat från dagordningens punkt { $number }
import-change-type-read = `{ $text }` läst som punktens typ `{ $found }`
import-change-written = `{ $text }` skrivet `{ $written }`
import-change-clauses-written = `{ $text }` följt av att-satser skrivet `{ $written }`
import-change-follow-up-table = en uppföljningstabell med { $count } rader läst som uppdrag
import-change-title-date = datumet `{ $written }` i rubriken skrivet `{ $iso }`
import-change-presenters = { $count } föredragande på egna rader sammanfogade med `;`
import-change-heading-decision = `{ $heading }` följt av `{ $intro }` i minnesanteckningar: skrivet som nätverkets beslut (en anteckning i filhuvudet säger det)
import-change-proposal-split = `{ $who } att { $clause }` delat i förslagets rubrik och dess att-sats
import-change-agenda-proposal = `{ $intro }` i en dagordning skrivet som förslag
import-change-prose-decision-kept = ett beslut i löptext (`{ $text }`) behållet som löptext, eftersom ett beslut i listform följer; markerat så att check godtar det
import-change-prose-decision-listed = ett beslut i löptext (`{ $text }`) skrivet som lista
import-change-clauses-split = ett beslut med { $count } `att` i en mening skrivet som lika många att-satser
import-change-moved-after = `{ $text }` stod mellan beslutets rubrik och dess att-satser; flyttat efter dem
import-change-clause-written = att-satsen `{ $text }` skriven `{ $written }`
import-change-no-clauses = `{ $text }` hade inga att-satser under sig; behållet som löptext
import-change-calendar-table = en mötesplan med { $count } rader skriven som tabell
import-follow-up-agenda = en dagordning ger inga uppdrag; det gör minnesanteckningarna
import-follow-up-possibility = en möjlighet, inte ett uppdrag
import-follow-up-reports-back = återkopplar till { $name } enligt rad { $line }: ”{ $sentence }”
import-follow-up-report-back-nobody = det står att någon ska återkoppla men inte vem som ska göra det
import-follow-up-owner-before = ansvarig { $name }: den organisation eller person som texten nämner före meningen
import-follow-up-owner-before-unsure = ingen nämns som ska göra det; ansvarig är den som texten nämnde före
import-follow-up-completed = kompletterat med meningen efter: ”{ $sentence }”
import-follow-up-pronoun = ”{ $text }” är { $name }, som nämns i meningen före
import-follow-up-part-unknown = ”{ $text }” finns varken i members.yaml eller i närvarolistan
import-follow-up-organisation-of-owner = ”{ $organisation }” efter { $name } tolkas som personens organisation, inte som en andra ansvarig
import-follow-up-function = ”{ $title }” före namnet är den ansvariges funktion
import-follow-up-not-a-name = ”{ $text }” är inget namn i members.yaml eller i närvarolistan
import-follow-up-nobody-before-verb = det låter som ett uppdrag, men det som står före verbet är ingen person
import-follow-up-report-not-task = det säger vad någon gör, utan tid och utan mottagare: en redogörelse, inte ett uppdrag
import-follow-up-together = { $name } nämns med `tillsammans med`
import-follow-up-unsure-ska = ”X ska …” kan beskriva snarare än ge ett uppdrag
import-follow-up-unsure-passive = en passiv mening som nämner vem som gör det
import-follow-up-unsure-owner-unknown = en ansvarig finns varken i members.yaml eller i närvarolistan
import-follow-up-not-a-member = ”{ $text }” är inget namn i members.yaml
import-follow-up-report-back-unknown = det står att återkoppling ska ske till någon som inte finns i members.yaml
import-follow-up-row-no-owner = raden nämner ingen ansvarig: ”{ $owners }”
import-follow-up-report-back-cell = återkopplingen ”{ $cell }” är ingen i members.yaml; utelämnad
import-calendar-weekday = raden `{ $written }` i mötesplanen säger { $said }, men { $date } är en { $actual }
import-attendee-name-split = `{ $name }`: namnet är delat på raderna { $first } och { $second }; sammanfogat
import-attendee-struck-through = `{ $name }` (rad { $line }) är skrivet med bindestreck i stället för mellanslag, som ett överstruket namn blir i en skanning: listat som frånvarande, att bekräfta
import-calendar-present = { $date } finns i calendar.yaml
import-calendar-would-add = { $date } finns inte i calendar.yaml; --add-to-calendar skulle lägga till det
import-calendar-added = { $date } tillagt i calendar.yaml (--add-to-calendar)
import-calendar-missing = { $date } finns inte i calendar.yaml, så `lchnv check` rapporterar not-in-calendar; lägg in mötet där (eller kör importen igen med --add-to-calendar)
import-not-task-wish = en önskan: ingen får uppdraget
import-not-task-put-forward = ett förslag, yrkande eller önskemål till mötet, inget uppdrag
import-not-task-other = ett uppdrag som någon annan gett
import-not-task-earlier = ett uppdrag som gavs tidigare, inte på detta möte
import-not-task-standing = en stående uppgift, inte ett uppdrag från detta möte
import-not-task-condition = ett villkor, inte ett uppdrag
import-debris-header-lines = sidhuvud (de första raderna, upprepade på varje sida)
import-debris-page-number = sidnummer
import-debris-underline = understrykning av en rubrik
import-debris-footer = sidfot (upprepad, med sidnumret)
import-debris-header-line = sidhuvud (den första raden, upprepad på varje sida)
import-debris-header-or-footer = sidhuvud eller sidfot (upprepad vid sidbrytningar)
import-debris-capitals = sidhuvud (upprepad rad med versaler)
import-debris-capitals-names = sidhuvud (versaler som namnger nätverket eller en organisation)
import-form-table-row = rad i uppföljningstabell
import-follow-up-unsure-present = ett verb i presens med en tid eller en mottagare; det kan beskriva snarare än ge ett uppdrag
