"""The importers' messages in Dutch, for the teacher: one catalogue of what they can say.

The importers, the loader and the model checks (pydantic) write their messages in English,
plain and testable. What a teacher reads goes through :func:`dutch` (and
:func:`dutch_problem` for a whole :class:`~examtrainer.errors.Problem`): each message is
matched against :data:`CATALOGUE`, a list of patterns with their Dutch text, and the parts
it names (a file, an answer, a number) are put into the Dutch text. A message that holds
another message (``"{reason}; left out of the pack"``) has that part translated too.

``tests/bank/test_import_messages.py`` imports every fixture and public sample and fails on
any message the catalogue does not know, so a new message cannot reach a teacher in
English unnoticed. Dutch is the source language of the GUI's translations as well.
"""

from __future__ import annotations

import re

from examtrainer.errors import Problem

_Q = r"'(?P<{}>.*?)'"


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile("^" + pattern + "$", re.DOTALL)


# (pattern, Dutch). Named groups starting with "msg" hold a message: translated as well.
CATALOGUE: tuple[tuple[re.Pattern[str], str], ...] = (
    # -- composed messages ----------------------------------------------------------------
    (_p(r"(?P<msg>.+); left out of the pack"), "{msg}; niet in de itembank gezet"),
    (
        _p(r"(?P<msg>.+); the question is about it; item left out"),
        "{msg}; de vraag gaat daarover, dus de vraag is weggelaten",
    ),
    (_p(r"(?P<msg>.+) \((?P<detail>[^()]*'[^()]*'[^()]*)\)"), "{msg} ({detail})"),
    # -- media, text, sound, video ----------------------------------------------------------
    (
        _p(r"'(?P<ref>.*)' is on the internet; examtrainer works offline, never downloads"),
        "'{ref}' staat op internet; examtrainer werkt zonder internet en downloadt niets",
    ),
    (
        _p(r"'(?P<ref>.*)' is not a picture or sound file examtrainer can use"),
        "'{ref}' is geen plaatje of geluid dat examtrainer kan gebruiken",
    ),
    (
        _p(r"'(?P<ref>.*)' is an absolute path; only files beside the bank are used"),
        "'{ref}' is een volledig pad; alleen bestanden naast de itembank worden gebruikt",
    ),
    (
        _p(r"'(?P<ref>.*)' points outside the folder of the bank"),
        "'{ref}' wijst naar een plek buiten de map van de itembank",
    ),
    (_p(r"file '(?P<ref>.*)' is not there"), "het bestand '{ref}' is er niet"),
    (
        _p(r"file '(?P<ref>.*)' is not there \(looked beside the spreadsheet and in media/\)"),
        "het bestand '{ref}' is er niet (gezocht naast het werkblad en in media/)",
    ),
    (
        _p(r"embedded data of type '(?P<kind>.*)' is not supported"),
        "ingesloten gegevens van de soort '{kind}' kan examtrainer niet gebruiken",
    ),
    (_p(r"embedded data is not valid base64"), "de ingesloten gegevens zijn beschadigd"),
    (
        _p(r"embedded file '(?P<ref>.*)' is not in the question"),
        "het bestand '{ref}' zit niet in de vraag",
    ),
    (
        _p(r"embedded file '(?P<ref>.*)' is not valid base64"),
        "het ingesloten bestand '{ref}' is beschadigd",
    ),
    (
        _p(r"'(?P<ref>.*)' is not a picture or sound file"),
        "'{ref}' is geen plaatje of geluid",
    ),
    (
        _p(r"'(?P<ref>.*)' is not a picture examtrainer can show"),
        "'{ref}' is geen plaatje dat examtrainer kan tonen",
    ),
    (
        _p(r"the picture in <image_base64> is not valid base64"),
        "het plaatje in <image_base64> is beschadigd",
    ),
    (
        _p(r"'(?P<ref>.*)' in an answer or feedback is not kept"),
        "'{ref}' in een antwoord of uitleg is niet overgenomen",
    ),
    (
        _p(r"only one picture and one sound per question; '(?P<ref>.*)'"),
        "per vraag één plaatje en één geluid; '{ref}' is niet overgenomen",
    ),
    (
        _p(r"only one picture per item is kept; '(?P<ref>.*)' left out"),
        "per vraag één plaatje; '{ref}' is niet overgenomen",
    ),
    (
        _p(r"only one sound file per item is kept; '(?P<ref>.*)' left out"),
        "per vraag één geluid; '{ref}' is niet overgenomen",
    ),
    (
        _p(
            r"the question is about a sound or video, which GIFT cannot bring along; "
            r"question left out"
        ),
        "de vraag gaat over een geluid of video; die kan GIFT niet meenemen; "
        "de vraag is weggelaten",
    ),
    (
        _p(r"pictures and sound in GIFT texts are not brought along"),
        "plaatjes en geluid in GIFT-teksten worden niet meegenomen",
    ),
    (
        _p(r"pictures in options are not supported; text kept"),
        "plaatjes in antwoorden kan examtrainer niet tonen; de tekst is overgenomen",
    ),
    (
        _p(
            r"the question is about a sound that cannot be brought along \(see above\); "
            r"question left out"
        ),
        "de vraag gaat over een geluid dat niet meekomt (zie hierboven); de vraag is weggelaten",
    ),
    (
        _p(r"the question is about a video; examtrainer plays no video; question left out"),
        "de vraag gaat over een video; examtrainer speelt geen video; de vraag is weggelaten",
    ),
    (
        _p(r"it is about a video \('(?P<ref>.*)'\); examtrainer plays no video"),
        "het gaat over een video ('{ref}'); examtrainer speelt geen video",
    ),
    (
        _p(r"it is about a sound \('(?P<ref>.*)'\) that is not there"),
        "het gaat over een geluid ('{ref}') dat er niet is",
    ),
    (_p(r"it is about a sound that is not there"), "het gaat over een geluid dat er niet is"),
    (
        _p(r"it is about a text \('(?P<ref>.*)'\) that is not there"),
        "het gaat over een tekst ('{ref}') die er niet is",
    ),
    (
        _p(r"its shared text \('(?P<ref>.*)'\) is not in the package"),
        "de gedeelde tekst ('{ref}') zit niet in het pakket",
    ),
    (
        _p(r"its shared text \('(?P<ref>.*)'\) cannot be read: (?P<msg>.*)"),
        "de gedeelde tekst ('{ref}') is niet te lezen: {msg}",
    ),
    (
        _p(r"its shared text \('(?P<ref>.*)'\) has no qti-stimulus-body"),
        "de gedeelde tekst ('{ref}') heeft geen inhoud (qti-stimulus-body)",
    ),
    # -- kinds of questions -----------------------------------------------------------------
    (
        _p(r"numerical questions \(a number with a tolerance\) have no examtrainer type"),
        "rekenvragen (een getal met marge) kent examtrainer niet",
    ),
    (
        _p(r"numerical questions \(\{#\.\.\.\}\) have no examtrainer type"),
        "rekenvragen ({{#...}}) kent examtrainer niet",
    ),
    (
        _p(r"calculated questions \(formulas\) have no examtrainer type"),
        "vragen met formules kent examtrainer niet",
    ),
    (
        _p(r"drag-and-drop into text has no examtrainer type"),
        "slepen in een tekst kent examtrainer niet",
    ),
    (
        _p(r"drag-and-drop onto an image has no examtrainer type"),
        "slepen op een plaatje kent examtrainer niet",
    ),
    (
        _p(r"drag-and-drop markers have no examtrainer type"),
        "markeringen slepen kent examtrainer niet",
    ),
    (
        _p(r"select-missing-words questions have no examtrainer type"),
        "ontbrekende woorden kiezen (gapselect) kent examtrainer niet",
    ),
    (
        _p(r"this ordering plugin \(qtype_order\) is not supported; use qtype_ordering"),
        "deze soort volgordevraag (qtype_order) kent examtrainer niet; gebruik qtype_ordering",
    ),
    (
        _p(r"random short-answer matching draws from other questions; not supported"),
        "willekeurig koppelen haalt vragen uit andere vragen; dat kent examtrainer niet",
    ),
    (
        _p(r"a random question draws from a category at quiz time; not supported"),
        "een willekeurige vraag wordt pas in de toets gekozen; dat kent examtrainer niet",
    ),
    (
        _p(r"question type '(?P<kind>.*)' is not supported"),
        "het vraagtype '{kind}' kent examtrainer niet",
    ),
    (_p(r"the question has no type attribute"), "de vraag heeft geen type"),
    (_p(r"the question text is empty"), "de vraagtekst is leeg"),
    (
        _p(
            r"a single-answer question needs exactly one answer with fraction 100 "
            r"\(found (?P<n>\d+)\)"
        ),
        "een vraag met één goed antwoord heeft precies één antwoord met 100% nodig (gevonden: {n})",
    ),
    (
        _p(r"partial credit \((?P<w>[-\d.]+)%\) for '(?P<t>.*)' not kept"),
        "gedeeltelijk goed ({w}%) voor '{t}' is niet overgenomen: alleen helemaal goed telt",
    ),
    (
        _p(r"a true/false question needs 'true' or 'false' with fraction 100"),
        "een juist/onjuist-vraag heeft 'true' of 'false' met 100% nodig",
    ),
    (
        _p(r"wildcard answer '(?P<t>.*)' is not supported"),
        "een antwoord met * ('{t}') kent examtrainer niet",
    ),
    (_p(r"no answer with fraction 100"), "geen antwoord met 100%"),
    (
        _p(r"an ordering question needs at least two parts"),
        "een volgordevraag heeft minstens twee delen nodig",
    ),
    (
        _p(r"a cloze question without gaps \(\{1:MULTICHOICE:…\}\)"),
        "een invuloefening (cloze) zonder open plekken",
    ),
    (
        _p(r"a numerical gap \(a number with a tolerance\) has no examtrainer type"),
        "een open plek voor een getal met marge kent examtrainer niet",
    ),
    (
        _p(r"a gap of type (?P<kind>.*) is not known"),
        "een open plek van de soort {kind} is onbekend",
    ),
    (
        _p(r"a choice gap needs exactly one right answer \(found (?P<n>\d+)\)"),
        "een open plek met keuzes heeft precies één goed antwoord nodig (gevonden: {n})",
    ),
    (
        _p(r"a typed gap needs an answer with full credit \(no wildcard \*\)"),
        "een open plek om te typen heeft een antwoord met 100% nodig (zonder *)",
    ),
    (
        _p(r"a multiple-choice question needs one '=' answer \(found (?P<n>\d+)\)"),
        "een meerkeuzevraag heeft één antwoord met '=' nodig (gevonden: {n})",
    ),
    (
        _p(
            r"the item is a template: its numbers and words are chosen when it is shown "
            r"\(templateProcessing\), which examtrainer cannot do; item left out"
        ),
        "deze vraag is een sjabloon: de getallen en woorden worden pas gekozen als de vraag "
        "verschijnt (templateProcessing); dat kan examtrainer niet; de vraag is weggelaten",
    ),
    (
        _p(r"(?P<name>\w+) is not supported by examtrainer"),
        "{name} kent examtrainer niet",
    ),
    (
        _p(r"clicking a spot in a picture \(hotspot\) is not supported"),
        "klikken op een plek in een plaatje (hotspot) kent examtrainer niet",
    ),
    (
        _p(r"dragging labels onto a picture is not supported"),
        "woorden op een plaatje slepen kent examtrainer niet",
    ),
    (
        _p(r"ordering spots in a picture is not supported"),
        "plekken in een plaatje ordenen kent examtrainer niet",
    ),
    (
        _p(r"linking spots in a picture is not supported"),
        "plekken in een plaatje verbinden kent examtrainer niet",
    ),
    (
        _p(r"pointing at a place in a picture is not supported"),
        "een plek in een plaatje aanwijzen kent examtrainer niet",
    ),
    (
        _p(r"placing objects on a picture is not supported"),
        "dingen op een plaatje zetten kent examtrainer niet",
    ),
    (
        _p(r"free pairs \(associate\) are not supported; use a match interaction"),
        "vrije paren (associate) kent examtrainer niet; gebruik koppelen (match)",
    ),
    (
        _p(r"choosing words in the text \(hottext\) is not supported"),
        "woorden in de tekst aanklikken (hottext) kent examtrainer niet",
    ),
    (
        _p(r"a slider answer is not supported"),
        "een antwoord met een schuifje kent examtrainer niet",
    ),
    (_p(r"drawing is not supported"), "tekenen kent examtrainer niet"),
    (
        _p(r"a custom interaction cannot be shown by examtrainer"),
        "deze eigen vraagvorm kan examtrainer niet tonen",
    ),
    (
        _p(r"a portable custom interaction \(PCI\) cannot be shown"),
        "deze eigen vraagvorm (PCI) kan examtrainer niet tonen",
    ),
    (
        _p(r"an upload of type '(?P<kind>.*)' is not a spoken answer"),
        "een bestand van de soort '{kind}' is geen gesproken antwoord",
    ),
    (
        _p(r"a match interaction needs two sets of choices"),
        "koppelen heeft twee rijen met keuzes nodig",
    ),
    (_p(r"no correctResponse: no pairs"), "geen goed antwoord (correctResponse): geen paren"),
    (
        _p(r"a left-hand choice with several partners is not supported"),
        "een deel links met meer partners kent examtrainer niet",
    ),
    (_p(r"'(?P<t>.*)' has no partner; left out"), "'{t}' heeft geen partner; weggelaten"),
    (
        _p(r"an order interaction needs the right order of all its choices"),
        "een volgordevraag heeft de goede volgorde van alle delen nodig",
    ),
    (
        _p(r"ordering only some of the choices is not supported"),
        "een volgorde van maar een paar delen kent examtrainer niet",
    ),
    (
        _p(r"an inline choice needs one right choice"),
        "een keuze in de zin heeft één goed antwoord nodig",
    ),
    (
        _p(r"gap '(?P<gap>.*)' has no right text; left out"),
        "open plek '{gap}' heeft geen goed woord; weggelaten",
    ),
    (
        _p(r"no correctResponse and no positive mapping: no key"),
        "geen goed antwoord (correctResponse of mapping)",
    ),
    (
        _p(r"no correctResponse or mapping: no accepted answers"),
        "geen goede antwoorden (correctResponse of mapping)",
    ),
    (_p(r"single choice with more than one key"), "één keuze, maar meer dan één goed antwoord"),
    (_p(r"the item has no itemBody"), "de vraag heeft geen inhoud (itemBody)"),
    (
        _p(r"the item asks no question \(no answerable interaction\)"),
        "dit onderdeel stelt geen vraag (er is niets te beantwoorden)",
    ),
    (
        _p(r"support cards \(catalogInfo, e\.g\. a glossary\) are not kept"),
        "hulpkaarten (catalogInfo, zoals een woordenlijst) zijn niet overgenomen",
    ),
    (
        _p(r"feedback that depends on response processing is not kept"),
        "uitleg die van de verwerking van het antwoord afhangt is niet overgenomen",
    ),
    (
        _p(r"'(?P<key>.*)' is not the identifier of a simpleChoice"),
        "'{key}' is niet de code van een antwoord (simpleChoice)",
    ),
    (_p(r"'(?P<key>.*)' names no pair of choices"), "'{key}' noemt geen paar uit de keuzes"),
    (_p(r"<(?P<tag>.*)> holds no assessmentItem"), "<{tag}> bevat geen vraag (assessmentItem)"),
    (_p(r"'(?P<ref>.*)' is missing"), "'{ref}' ontbreekt"),
    # -- whole files ------------------------------------------------------------------------
    (
        _p(r"no question could be converted \(see 'not mapped'\)"),
        "er kon geen enkele vraag worden ingelezen; hieronder staat per vraag waarom",
    ),
    (_p(r"the folder to write the bank to is not empty"), "de map voor de itembank is niet leeg"),
    (_p(r"'(?P<id>.*)' is not a valid pack id"), "'{id}' is geen geldige code voor een itembank"),
    (_p(r"'(?P<id>.*)' is not valid"), "'{id}' is niet geldig"),
    (
        _p(r"the root element is <(?P<tag>.*)>, not <quiz>"),
        "het bestand begint met <{tag}>, niet met <quiz>",
    ),
    (
        _p(
            r"refused: the XML declares entities; entity expansion \(a 'billion laughs' bomb\) "
            r"and external entities \(which can read other files\) are not allowed(?P<rest>.*)"
        ),
        "geweigerd: het XML-bestand definieert entiteiten; die kunnen de computer laten "
        "vastlopen of andere bestanden lezen, dus examtrainer leest ze niet{rest}",
    ),
    (
        _p(r"'(?P<name>.*)': suspicious compression ratio \(zip bomb\?\)"),
        "'{name}' is verdacht sterk ingepakt (een zip-bom?); examtrainer pakt het niet uit",
    ),
    (
        _p(r"'(?P<name>.*)': unpacks to (?P<n>\d+) bytes, too large"),
        "'{name}' wordt uitgepakt {n} bytes groot; dat is te groot",
    ),
    (
        _p(r"'(?P<name>.*)': too many files \((?P<n>\d+)\)"),
        "'{name}' bevat te veel bestanden ({n})",
    ),
    (_p(r"refused: unsafe XML (?P<rest>.*)"), "geweigerd: onveilige XML {rest}"),
    (_p(r"refused: (?P<rest>.*)"), "geweigerd: {rest}"),
    (_p(r"not well-formed XML: (?P<rest>.*)"), "het XML-bestand is kapot: {rest}"),
    (_p(r"the answers have no closing '\}'"), "de antwoorden hebben geen sluitende '}}'"),
    (
        _p(r"more than one '\{' \(write \\\{ for a brace in the text\)"),
        "meer dan één '{{' (schrijf \\{{ voor een accolade in de tekst)",
    ),
    (_p(r"the title has no closing '::'"), "de titel heeft geen sluitende '::'"),
    (
        _p(r"'\}' without '\{' \(write \\\} for a brace in the text\)"),
        "'}}' zonder '{{' (schrijf \\}} voor een accolade in de tekst)",
    ),
    (
        _p(r"every matching answer is '=left -> right'"),
        "elk koppel-antwoord is '=links -> rechts'",
    ),
    (
        _p(r"unexpected '(?P<c>.*)' before the first answer \(use = or ~\)"),
        "onverwacht '{c}' voor het eerste antwoord (gebruik = of ~)",
    ),
    # -- notes ------------------------------------------------------------------------------
    (
        _p(
            r"(?P<n>\d+) text\(s\)/item\(s\) without a skill got 'reading' \('listening' when "
            r"they have audio\); change it in the item files where needed"
        ),
        "{n} tekst(en)/vraag/vragen zonder vaardigheid kregen 'lezen' ('luisteren' als er "
        "geluid bij is); pas dat zo nodig aan",
    ),
    (
        _p(
            r"(?P<n>\d+) text\(s\)/item\(s\) without a level got (?P<level>\w+); change it in "
            r"the item files where needed"
        ),
        "{n} tekst(en)/vraag/vragen zonder niveau kregen {level}; pas dat zo nodig aan",
    ),
    (
        _p(
            r"(?P<where>.*): no <single>; (?P<n>\d+) answers give credit, so it became "
            r"multiple_response"
        ),
        "{where}: geen <single>; {n} antwoorden geven punten, dus: meer goede antwoorden",
    ),
    (
        _p(r"(?P<where>.*): a description is not a question; left out"),
        "{where}: een beschrijving is geen vraag; weggelaten",
    ),
    (
        _p(r"(?P<where>.*): a text without answers \(description\) is not a question; left out"),
        "{where}: een tekst zonder antwoorden is geen vraag; weggelaten",
    ),
    (
        _p(r"(?P<where>.*): answer key taken from the mapping"),
        "{where}: het goede antwoord komt uit de mapping",
    ),
    (
        _p(
            r"(?P<where>.*): (?P<what>\w+(?: with a file answer)?) became a speaking_short task "
            r"with model answer '(?P<model>.*)' and (?P<n>\d+) seconds to answer"
        ),
        "{where}: {what} werd een korte spreekopdracht met voorbeeldantwoord '{model}' en "
        "{n} seconden spreektijd",
    ),
    (
        _p(r"(?P<where>.*): tests \((?P<href>.*)\) are not imported, only their items"),
        "{where}: toetsen ({href}) worden niet ingelezen, alleen hun vragen",
    ),
    (
        _p(r"(?P<where>.*): imsmanifest\.xml lists no QTI items; read every XML file"),
        "{where}: imsmanifest.xml noemt geen vragen; alle XML-bestanden zijn gelezen",
    ),
    (
        _p(r"(?P<where>.*): not UTF-8, read as Windows-1252 \(cp1252\)"),
        "{where}: geen UTF-8; gelezen als Windows-1252",
    ),
    (
        _p(r"(?P<where>.*): UTF-16 with broken characters; they were replaced"),
        "{where}: UTF-16 met kapotte tekens; die zijn vervangen",
    ),
    (
        _p(r"(?P<where>.*): skipped, its first row has no 'question' \(vraag\) column"),
        "{where}: overgeslagen, de eerste rij heeft geen kolom 'vraag'",
    ),
    (
        _p(r"(?P<where>.*): columns not used: (?P<cols>.*)"),
        "{where}: niet gebruikte kolommen: {cols}",
    ),
    (
        _p(
            r"(?P<where>.*): aftrek \((?P<w>.*)\) voor '(?P<t>.*)': in examtrainer telt een fout "
            r"antwoord als fout"
        ),
        "{where}: aftrek ({w}) voor '{t}': in examtrainer telt een fout antwoord als fout",
    ),
    # -- the model and the loader (also for the spreadsheet template) ------------------------
    (_p(r"String should have at least 1 character"), "mag niet leeg zijn"),
    (
        _p(r"picture of (?P<w>\d+) x (?P<h>\d+) pixels is too large \(at most (?P<m>\d+) x \d+\)"),
        "de afbeelding is {w} x {h} pixels; dat is te groot (hoogstens {m} x {m})",
    ),
    (_p(r"more than (?P<n>\d+) questions"), "meer dan {n} vragen; dat is te veel voor een import"),
    (
        _p(r"String should have at most (?P<n>\d+) characters"),
        "is te lang: hoogstens {n} tekens",
    ),
    (
        _p(r"'(?P<name>.*)': (?P<size>\d+) bytes, larger than (?P<n>\d+) allowed"),
        "'{name}' is {size} bytes groot; hoogstens {n} bytes mag",
    ),
    (_p(r"Field required"), "ontbreekt"),
    (_p(r"Extra inputs are not permitted"), "onbekend veld"),
    (
        _p(r"String should match pattern '.*'"),
        "mag alleen letters, cijfers, '.', '_' en '-' bevatten",
    ),
    (_p(r"Input should be (?P<choices>.*)"), "moet een van deze zijn: {choices}"),
    (_p(r"Input should be a valid (?P<kind>\w+).*"), "heeft niet de goede vorm ({kind})"),
    (_p(r"needs at least two options"), "heeft minstens twee antwoorden nodig"),
    (_p(r"two options are the same"), "twee antwoorden zijn hetzelfde"),
    (_p(r"needs at least two pairs"), "heeft minstens twee paren nodig"),
    (_p(r"missing: a (?P<kind>\w+) item needs its right answer"), "ontbreekt: het goede antwoord"),
    (_p(r"give one answer, not a list"), "geef één antwoord, geen lijst"),
    (_p(r"'(?P<t>.*)' is not one of the options"), "'{t}' is niet een van de antwoorden"),
    (_p(r"missing: list the right options"), "ontbreekt: de goede antwoorden"),
    (
        _p(r"missing: list the answers that count as right"),
        "ontbreekt: de antwoorden die goed zijn",
    ),
    (_p(r"missing: list the options in the right order"), "ontbreekt: de goede volgorde"),
    (
        _p(r"the right order must hold every option once"),
        "de goede volgorde moet elk deel één keer noemen",
    ),
    (
        _p(r"'(?P<t>.*)' of a pair is not one of the options"),
        "'{t}' van een paar staat niet bij de keuzes",
    ),
    (
        _p(r"a (?P<kind>\w+) item is a speaking item"),
        "dit is een spreekopdracht (vaardigheid spreken)",
    ),
    (
        _p(r"missing: how many seconds the learner may speak"),
        "ontbreekt: hoeveel seconden de leerling mag spreken",
    ),
    (_p(r"missing: write a model answer"), "ontbreekt: een voorbeeldantwoord"),
    (_p(r"differs from its text"), "verschilt van de tekst erbij"),
    (_p(r"differs from its stimulus \((?P<skill>.*)\)"), "verschilt van de tekst erbij ({skill})"),
    (
        _p(r"its text \(stimulus\) could not be converted"),
        "de tekst erbij kon niet worden ingelezen",
    ),
    (_p(r"no stimulus with id '(?P<id>.*)'"), "er is geen tekst met code '{id}'"),
    (_p(r"duplicate id \(also in (?P<where>.*)\)"), "dubbele code (ook in {where})"),
    (_p(r"file '(?P<ref>.*)' does not exist"), "het bestand '{ref}' bestaat niet"),
    (_p(r"'(?P<ref>.*)' is outside the media folder"), "'{ref}' ligt buiten de map met media"),
    # -- the spreadsheet template -----------------------------------------------------------
    (
        _p(r"'(?P<v>.*)' is unknown; use A0, A1, A2 or B1"),
        "'{v}' is onbekend; gebruik A0, A1, A2 of B1",
    ),
    (
        _p(r"'(?P<v>.*)' is unknown; use one of (?P<list>.*)"),
        "'{v}' is onbekend; gebruik een van: {list}",
    ),
    (_p(r"'(?P<v>.*)' is not a theme; use (?P<list>.*)"), "'{v}' is geen thema; gebruik: {list}"),
    (_p(r"is filled while '(?P<col>.*)' is empty"), "is ingevuld, maar '{col}' is leeg"),
    (
        _p(r"answer (?P<v>\w+) points to an empty option"),
        "antwoord {v} wijst naar een leeg antwoord",
    ),
    (
        _p(r"'(?P<v>.*)' is not one of the options \(give a letter A–E or the text\)"),
        "'{v}' is niet een van de antwoorden (geef een letter A–E of de tekst)",
    ),
    (
        _p(r"missing: give the letter of the right option"),
        "ontbreekt: de letter van het goede antwoord",
    ),
    (
        _p(r"missing: give the letters of the right options"),
        "ontbreekt: de letters van de goede antwoorden",
    ),
    (_p(r"'(?P<v>.*)' is not Juist or Onjuist"), "'{v}' is niet Juist of Onjuist"),
    (
        _p(r"missing: write the accepted answers \(separate with \|\)"),
        "ontbreekt: de goede antwoorden (scheid ze met |)",
    ),
    (
        _p(r"'(?P<v>.*)' is not a pair like 'links = rechts'"),
        "'{v}' is geen paar zoals 'links = rechts'",
    ),
    (_p(r"'(?P<v>.*)' is not a whole number of seconds"), "'{v}' is geen heel aantal seconden"),
    (
        _p(r"'(?P<v>.*)' may hold only letters, digits, '\.', '_', '-'"),
        "'{v}' mag alleen letters, cijfers, '.', '_' en '-' bevatten",
    ),
    (_p(r"'(?P<v>.*)' is used twice"), "'{v}' komt twee keer voor"),
    (
        _p(r"missing: write the question type, e\.g\. multiple_choice"),
        "ontbreekt: het vraagtype, bijvoorbeeld meerkeuze",
    ),
    (_p(r"missing: write the question or task"), "ontbreekt: de vraag of opdracht"),
    (
        _p(r"differs from row (?P<n>\d+) \(same text_id\)"),
        "verschilt van rij {n} (zelfde tekst_id)",
    ),
    (_p(r"'(?P<v>.*)' is not a free, valid id"), "'{v}' is geen vrije, geldige code"),
    (_p(r"column '(?P<v>.*)' appears twice"), "kolom '{v}' staat er twee keer"),
    (_p(r"cannot read the workbook: (?P<rest>.*)"), "het werkblad is niet te lezen: {rest}"),
    (_p(r"cannot read the CSV: (?P<rest>.*)"), "het CSV-bestand is niet te lezen: {rest}"),
    (
        _p(
            r"no questions found: the header row needs a 'question' \(vraag\) column and there "
            r"must be rows below it"
        ),
        "geen vragen gevonden: de eerste rij heeft een kolom 'vraag' nodig, met rijen eronder",
    ),
)

_PLACES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^line (\d+)$"), r"regel \1"),
    (re.compile(r" question (\d+)$"), r" vraag \1"),
    (re.compile(r" row (\d+)$"), r" rij \1"),
    (re.compile(r" gap (\d+)$"), r" open plek \1"),
)


def known(message: str) -> bool:
    """True when the catalogue has ``message`` (every part of it)."""
    return _translate(message) is not None


def dutch(message: str) -> str:
    """``message`` in Dutch; a message the catalogue does not know is returned as it is."""
    translated = _translate(message)
    return message if translated is None else translated


def _translate(message: str) -> str | None:
    text = message.strip()
    for pattern, template in CATALOGUE:
        match = pattern.match(text)
        if match is None:
            continue
        parts: dict[str, str] = {}
        for name, value in match.groupdict().items():
            if name.startswith("msg") and value is not None:
                inner = _translate(value)
                if inner is None:
                    break  # the part is no message we know: try the next pattern
                parts[name] = inner
            else:
                parts[name] = value or ""
        else:
            return template.format(**parts)
    return None


def place(label: str) -> str:
    """A place in a file ("line 3", "toets.xml question 4") in Dutch."""
    for pattern, replacement in _PLACES:
        label = pattern.sub(replacement, label)
    return label


def dutch_problem(problem: Problem) -> Problem:
    """``problem`` with its message and place in Dutch (field names stay as the file has
    them: they are what the teacher finds in the source)."""
    return Problem(place(problem.file), place(problem.item), problem.field, dutch(problem.message))
