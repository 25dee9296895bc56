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
from collections.abc import Callable

from examtrainer.errors import Problem

Translate = Callable[[str], str]
"""Gives a Dutch template of the catalogue in the teacher's language (the GUI passes
``QCoreApplication.translate("ImportMessages", …)``; identity is Dutch)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks a Dutch template for Qt's lupdate, which reads this module as well as the GUI
    (tools/translations.py); the text itself is returned unchanged."""
    return text


def _dutch(text: str) -> str:
    return text


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile("^" + pattern + "$", re.DOTALL)


# (pattern, Dutch). Named groups starting with "msg" hold a message: translated as well.
CATALOGUE: tuple[tuple[re.Pattern[str], str], ...] = (
    # -- composed messages ----------------------------------------------------------------
    (
        _p(r"(?P<msg>.+); left out of the pack"),
        QT_TRANSLATE_NOOP("ImportMessages", "{msg}; niet in de itembank gezet"),
    ),
    (
        _p(r"(?P<msg>.+); the question is about it; item left out"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "{msg}; de vraag gaat daarover, dus de vraag is weggelaten"
        ),
    ),
    (
        _p(r"(?P<msg>.+) \((?P<detail>[^()]*'[^()]*'[^()]*)\)"),
        QT_TRANSLATE_NOOP("ImportMessages", "{msg} ({detail})"),
    ),
    # -- media, text, sound, video ----------------------------------------------------------
    (
        _p(r"'(?P<ref>.*)' is on the internet; examtrainer works offline, never downloads"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "'{ref}' staat op internet; examtrainer werkt zonder internet en downloadt niets",
        ),
    ),
    (
        _p(r"'(?P<ref>.*)' is not a picture or sound file examtrainer can use"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "'{ref}' is geen plaatje of geluid dat examtrainer kan gebruiken"
        ),
    ),
    (
        _p(r"'(?P<ref>.*)' is an absolute path; only files beside the bank are used"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "'{ref}' is een volledig pad; alleen bestanden naast de itembank worden gebruikt",
        ),
    ),
    (
        _p(r"'(?P<ref>.*)' points outside the folder of the bank"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "'{ref}' wijst naar een plek buiten de map van de itembank"
        ),
    ),
    (
        _p(r"file '(?P<ref>.*)' is not there"),
        QT_TRANSLATE_NOOP("ImportMessages", "het bestand '{ref}' is er niet"),
    ),
    (
        _p(r"file '(?P<ref>.*)' is not there \(looked beside the spreadsheet and in media/\)"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "het bestand '{ref}' is er niet (gezocht naast het werkblad en in media/)",
        ),
    ),
    (
        _p(r"embedded data of type '(?P<kind>.*)' is not supported"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "ingesloten gegevens van de soort '{kind}' kan examtrainer niet gebruiken",
        ),
    ),
    (
        _p(r"embedded data is not valid base64"),
        QT_TRANSLATE_NOOP("ImportMessages", "de ingesloten gegevens zijn beschadigd"),
    ),
    (
        _p(r"embedded file '(?P<ref>.*)' is not in the question"),
        QT_TRANSLATE_NOOP("ImportMessages", "het bestand '{ref}' zit niet in de vraag"),
    ),
    (
        _p(r"embedded file '(?P<ref>.*)' is not valid base64"),
        QT_TRANSLATE_NOOP("ImportMessages", "het ingesloten bestand '{ref}' is beschadigd"),
    ),
    (
        _p(r"'(?P<ref>.*)' is not a picture or sound file"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{ref}' is geen plaatje of geluid"),
    ),
    (
        _p(r"'(?P<ref>.*)' is not a picture examtrainer can show"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{ref}' is geen plaatje dat examtrainer kan tonen"),
    ),
    (
        _p(r"the picture in <image_base64> is not valid base64"),
        QT_TRANSLATE_NOOP("ImportMessages", "het plaatje in <image_base64> is beschadigd"),
    ),
    (
        _p(r"'(?P<ref>.*)' in an answer or feedback is not kept"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "'{ref}' in een antwoord of uitleg is niet overgenomen"
        ),
    ),
    (
        _p(r"only one picture and one sound per question; '(?P<ref>.*)'"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "per vraag één plaatje en één geluid; '{ref}' is niet overgenomen"
        ),
    ),
    (
        _p(r"only one picture per item is kept; '(?P<ref>.*)' left out"),
        QT_TRANSLATE_NOOP("ImportMessages", "per vraag één plaatje; '{ref}' is niet overgenomen"),
    ),
    (
        _p(r"only one sound file per item is kept; '(?P<ref>.*)' left out"),
        QT_TRANSLATE_NOOP("ImportMessages", "per vraag één geluid; '{ref}' is niet overgenomen"),
    ),
    (
        _p(
            r"the question is about a sound or video, which GIFT cannot bring along; "
            r"question left out"
        ),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "de vraag gaat over een geluid of video; die kan GIFT niet meenemen; "
            "de vraag is weggelaten",
        ),
    ),
    (
        _p(r"pictures and sound in GIFT texts are not brought along"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "plaatjes en geluid in GIFT-teksten worden niet meegenomen"
        ),
    ),
    (
        _p(r"pictures in options are not supported; text kept"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "plaatjes in antwoorden kan examtrainer niet tonen; de tekst is overgenomen",
        ),
    ),
    (
        _p(
            r"the question is about a sound that cannot be brought along \(see above\); "
            r"question left out"
        ),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "de vraag gaat over een geluid dat niet meekomt (zie hierboven); "
            "de vraag is weggelaten",
        ),
    ),
    (
        _p(r"the question is about a video; examtrainer plays no video; question left out"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "de vraag gaat over een video; examtrainer speelt geen video; de vraag is weggelaten",
        ),
    ),
    (
        _p(r"it is about a video \('(?P<ref>.*)'\); examtrainer plays no video"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "het gaat over een video ('{ref}'); examtrainer speelt geen video"
        ),
    ),
    (
        _p(r"it is about a sound \('(?P<ref>.*)'\) that is not there"),
        QT_TRANSLATE_NOOP("ImportMessages", "het gaat over een geluid ('{ref}') dat er niet is"),
    ),
    (
        _p(r"it is about a sound that is not there"),
        QT_TRANSLATE_NOOP("ImportMessages", "het gaat over een geluid dat er niet is"),
    ),
    (
        _p(r"it is about a text \('(?P<ref>.*)'\) that is not there"),
        QT_TRANSLATE_NOOP("ImportMessages", "het gaat over een tekst ('{ref}') die er niet is"),
    ),
    (
        _p(r"its shared text \('(?P<ref>.*)'\) is not in the package"),
        QT_TRANSLATE_NOOP("ImportMessages", "de gedeelde tekst ('{ref}') zit niet in het pakket"),
    ),
    (
        _p(r"its shared text \('(?P<ref>.*)'\) cannot be read: (?P<msg>.*)"),
        QT_TRANSLATE_NOOP("ImportMessages", "de gedeelde tekst ('{ref}') is niet te lezen: {msg}"),
    ),
    (
        _p(r"its shared text \('(?P<ref>.*)'\) has no qti-stimulus-body"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "de gedeelde tekst ('{ref}') heeft geen inhoud (qti-stimulus-body)"
        ),
    ),
    # -- kinds of questions -----------------------------------------------------------------
    (
        _p(r"numerical questions \(a number with a tolerance\) have no examtrainer type"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "rekenvragen (een getal met marge) kent examtrainer niet"
        ),
    ),
    (
        _p(r"numerical questions \(\{#\.\.\.\}\) have no examtrainer type"),
        QT_TRANSLATE_NOOP("ImportMessages", "rekenvragen ({{#...}}) kent examtrainer niet"),
    ),
    (
        _p(r"calculated questions \(formulas\) have no examtrainer type"),
        QT_TRANSLATE_NOOP("ImportMessages", "vragen met formules kent examtrainer niet"),
    ),
    (
        _p(r"drag-and-drop into text has no examtrainer type"),
        QT_TRANSLATE_NOOP("ImportMessages", "slepen in een tekst kent examtrainer niet"),
    ),
    (
        _p(r"drag-and-drop onto an image has no examtrainer type"),
        QT_TRANSLATE_NOOP("ImportMessages", "slepen op een plaatje kent examtrainer niet"),
    ),
    (
        _p(r"drag-and-drop markers have no examtrainer type"),
        QT_TRANSLATE_NOOP("ImportMessages", "markeringen slepen kent examtrainer niet"),
    ),
    (
        _p(r"select-missing-words questions have no examtrainer type"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "ontbrekende woorden kiezen (gapselect) kent examtrainer niet"
        ),
    ),
    (
        _p(r"this ordering plugin \(qtype_order\) is not supported; use qtype_ordering"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "deze soort volgordevraag (qtype_order) kent examtrainer niet; gebruik qtype_ordering",
        ),
    ),
    (
        _p(r"random short-answer matching draws from other questions; not supported"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "willekeurig koppelen haalt vragen uit andere vragen; dat kent examtrainer niet",
        ),
    ),
    (
        _p(r"a random question draws from a category at quiz time; not supported"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "een willekeurige vraag wordt pas in de toets gekozen; dat kent examtrainer niet",
        ),
    ),
    (
        _p(r"question type '(?P<kind>.*)' is not supported"),
        QT_TRANSLATE_NOOP("ImportMessages", "het vraagtype '{kind}' kent examtrainer niet"),
    ),
    (
        _p(r"the question has no type attribute"),
        QT_TRANSLATE_NOOP("ImportMessages", "de vraag heeft geen type"),
    ),
    (
        _p(r"the question text is empty"),
        QT_TRANSLATE_NOOP("ImportMessages", "de vraagtekst is leeg"),
    ),
    (
        _p(
            r"a single-answer question needs exactly one answer with fraction 100 "
            r"\(found (?P<n>\d+)\)"
        ),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "een vraag met één goed antwoord heeft precies één antwoord met 100% nodig "
            "(gevonden: {n})",
        ),
    ),
    (
        _p(r"a true/false question needs 'true' or 'false' with fraction 100"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "een juist/onjuist-vraag heeft 'true' of 'false' met 100% nodig"
        ),
    ),
    (
        _p(r"wildcard answer '(?P<t>.*)' is not supported"),
        QT_TRANSLATE_NOOP("ImportMessages", "een antwoord met * ('{t}') kent examtrainer niet"),
    ),
    (
        _p(r"no answer with fraction 100"),
        QT_TRANSLATE_NOOP("ImportMessages", "geen antwoord met 100%"),
    ),
    (
        _p(r"an ordering question needs at least two parts"),
        QT_TRANSLATE_NOOP("ImportMessages", "een volgordevraag heeft minstens twee delen nodig"),
    ),
    (
        _p(r"a cloze question without gaps \(\{1:MULTICHOICE:…\}\)"),
        QT_TRANSLATE_NOOP("ImportMessages", "een invuloefening (cloze) zonder open plekken"),
    ),
    (
        _p(r"a numerical gap \(a number with a tolerance\) has no examtrainer type"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "een open plek voor een getal met marge kent examtrainer niet"
        ),
    ),
    (
        _p(r"a gap of type (?P<kind>.*) is not known"),
        QT_TRANSLATE_NOOP("ImportMessages", "een open plek van de soort {kind} is onbekend"),
    ),
    (
        _p(r"a choice gap needs exactly one right answer \(found (?P<n>\d+)\)"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "een open plek met keuzes heeft precies één goed antwoord nodig (gevonden: {n})",
        ),
    ),
    (
        _p(r"a typed gap needs an answer with full credit \(no wildcard \*\)"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "een open plek om te typen heeft een antwoord met 100% nodig (zonder *)",
        ),
    ),
    (
        _p(r"a multiple-choice question needs one '=' answer \(found (?P<n>\d+)\)"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "een meerkeuzevraag heeft één antwoord met '=' nodig (gevonden: {n})"
        ),
    ),
    (
        _p(
            r"the item is a template: its numbers and words are chosen when it is shown "
            r"\(templateProcessing\), which examtrainer cannot do; item left out"
        ),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "deze vraag is een sjabloon: de getallen en woorden worden pas gekozen als de vraag "
            "verschijnt (templateProcessing); dat kan examtrainer niet; de vraag is weggelaten",
        ),
    ),
    (
        _p(r"(?P<name>\w+) is not supported by examtrainer"),
        QT_TRANSLATE_NOOP("ImportMessages", "{name} kent examtrainer niet"),
    ),
    (
        _p(r"clicking a spot in a picture \(hotspot\) is not supported"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "klikken op een plek in een plaatje (hotspot) kent examtrainer niet"
        ),
    ),
    (
        _p(r"dragging labels onto a picture is not supported"),
        QT_TRANSLATE_NOOP("ImportMessages", "woorden op een plaatje slepen kent examtrainer niet"),
    ),
    (
        _p(r"ordering spots in a picture is not supported"),
        QT_TRANSLATE_NOOP("ImportMessages", "plekken in een plaatje ordenen kent examtrainer niet"),
    ),
    (
        _p(r"linking spots in a picture is not supported"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "plekken in een plaatje verbinden kent examtrainer niet"
        ),
    ),
    (
        _p(r"pointing at a place in a picture is not supported"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "een plek in een plaatje aanwijzen kent examtrainer niet"
        ),
    ),
    (
        _p(r"placing objects on a picture is not supported"),
        QT_TRANSLATE_NOOP("ImportMessages", "dingen op een plaatje zetten kent examtrainer niet"),
    ),
    (
        _p(r"free pairs \(associate\) are not supported; use a match interaction"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "vrije paren (associate) kent examtrainer niet; gebruik koppelen (match)",
        ),
    ),
    (
        _p(r"choosing words in the text \(hottext\) is not supported"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "woorden in de tekst aanklikken (hottext) kent examtrainer niet"
        ),
    ),
    (
        _p(r"a slider answer is not supported"),
        QT_TRANSLATE_NOOP("ImportMessages", "een antwoord met een schuifje kent examtrainer niet"),
    ),
    (
        _p(r"drawing is not supported"),
        QT_TRANSLATE_NOOP("ImportMessages", "tekenen kent examtrainer niet"),
    ),
    (
        _p(r"a custom interaction cannot be shown by examtrainer"),
        QT_TRANSLATE_NOOP("ImportMessages", "deze eigen vraagvorm kan examtrainer niet tonen"),
    ),
    (
        _p(r"a portable custom interaction \(PCI\) cannot be shown"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "deze eigen vraagvorm (PCI) kan examtrainer niet tonen"
        ),
    ),
    (
        _p(r"an upload of type '(?P<kind>.*)' is not a spoken answer"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "een bestand van de soort '{kind}' is geen gesproken antwoord"
        ),
    ),
    (
        _p(r"a match interaction needs two sets of choices"),
        QT_TRANSLATE_NOOP("ImportMessages", "koppelen heeft twee rijen met keuzes nodig"),
    ),
    (
        _p(r"no correctResponse: no pairs"),
        QT_TRANSLATE_NOOP("ImportMessages", "geen goed antwoord (correctResponse): geen paren"),
    ),
    (
        _p(r"a left-hand choice with several partners is not supported"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "een deel links met meer partners kent examtrainer niet"
        ),
    ),
    (
        _p(r"'(?P<t>.*)' has no partner; left out"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{t}' heeft geen partner; weggelaten"),
    ),
    (
        _p(r"an order interaction needs the right order of all its choices"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "een volgordevraag heeft de goede volgorde van alle delen nodig"
        ),
    ),
    (
        _p(r"ordering only some of the choices is not supported"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "een volgorde van maar een paar delen kent examtrainer niet"
        ),
    ),
    (
        _p(r"an inline choice needs one right choice"),
        QT_TRANSLATE_NOOP("ImportMessages", "een keuze in de zin heeft één goed antwoord nodig"),
    ),
    (
        _p(r"gap '(?P<gap>.*)' has no right text; left out"),
        QT_TRANSLATE_NOOP("ImportMessages", "open plek '{gap}' heeft geen goed woord; weggelaten"),
    ),
    (
        _p(r"no correctResponse and no positive mapping: no key"),
        QT_TRANSLATE_NOOP("ImportMessages", "geen goed antwoord (correctResponse of mapping)"),
    ),
    (
        _p(r"no correctResponse or mapping: no accepted answers"),
        QT_TRANSLATE_NOOP("ImportMessages", "geen goede antwoorden (correctResponse of mapping)"),
    ),
    (
        _p(r"single choice with more than one key"),
        QT_TRANSLATE_NOOP("ImportMessages", "één keuze, maar meer dan één goed antwoord"),
    ),
    (
        _p(r"the item has no itemBody"),
        QT_TRANSLATE_NOOP("ImportMessages", "de vraag heeft geen inhoud (itemBody)"),
    ),
    (
        _p(r"the item asks no question \(no answerable interaction\)"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "dit onderdeel stelt geen vraag (er is niets te beantwoorden)"
        ),
    ),
    (
        _p(r"support cards \(catalogInfo, e\.g\. a glossary\) are not kept"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "hulpkaarten (catalogInfo, zoals een woordenlijst) zijn niet overgenomen",
        ),
    ),
    (
        _p(r"feedback that depends on response processing is not kept"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "uitleg die van de verwerking van het antwoord afhangt is niet overgenomen",
        ),
    ),
    (
        _p(r"'(?P<key>.*)' is not the identifier of a simpleChoice"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "'{key}' is niet de code van een antwoord (simpleChoice)"
        ),
    ),
    (
        _p(r"'(?P<key>.*)' names no pair of choices"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{key}' noemt geen paar uit de keuzes"),
    ),
    (
        _p(r"<(?P<tag>.*)> holds no assessmentItem"),
        QT_TRANSLATE_NOOP("ImportMessages", "<{tag}> bevat geen vraag (assessmentItem)"),
    ),
    (_p(r"'(?P<ref>.*)' is missing"), QT_TRANSLATE_NOOP("ImportMessages", "'{ref}' ontbreekt")),
    # -- whole files ------------------------------------------------------------------------
    (
        _p(r"no question could be converted \(see 'not mapped'\)"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "er kon geen enkele vraag worden ingelezen; hieronder staat per vraag waarom",
        ),
    ),
    (
        _p(r"the folder to write the bank to is not empty"),
        QT_TRANSLATE_NOOP("ImportMessages", "de map voor de itembank is niet leeg"),
    ),
    (
        _p(r"'(?P<id>.*)' is not a valid pack id"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{id}' is geen geldige code voor een itembank"),
    ),
    (
        _p(r"'(?P<id>.*)' is not valid"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{id}' is niet geldig"),
    ),
    (
        _p(r"the root element is <(?P<tag>.*)>, not <quiz>"),
        QT_TRANSLATE_NOOP("ImportMessages", "het bestand begint met <{tag}>, niet met <quiz>"),
    ),
    (
        _p(
            r"refused: the XML declares entities; entity expansion \(a 'billion laughs' bomb\) "
            r"and external entities \(which can read other files\) are not allowed(?P<rest>.*)"
        ),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "geweigerd: het XML-bestand definieert entiteiten; die kunnen de computer laten "
            "vastlopen of andere bestanden lezen, dus examtrainer leest ze niet{rest}",
        ),
    ),
    (
        _p(r"refused: unsafe XML (?P<rest>.*)"),
        QT_TRANSLATE_NOOP("ImportMessages", "geweigerd: onveilige XML {rest}"),
    ),
    (_p(r"refused: (?P<rest>.*)"), QT_TRANSLATE_NOOP("ImportMessages", "geweigerd: {rest}")),
    (
        _p(r"not well-formed XML: (?P<rest>.*)"),
        QT_TRANSLATE_NOOP("ImportMessages", "het XML-bestand is kapot: {rest}"),
    ),
    (
        _p(r"the answers have no closing '\}'"),
        QT_TRANSLATE_NOOP("ImportMessages", "de antwoorden hebben geen sluitende '}}'"),
    ),
    (
        _p(r"'(?P<name>.*)': suspicious compression ratio \(zip bomb\?\)"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "'{name}' is verdacht sterk ingepakt (een zip-bom?); examtrainer pakt het niet uit",
        ),
    ),
    (
        _p(r"'(?P<name>.*)': unpacks to (?P<n>\d+) bytes, too large"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "'{name}' wordt uitgepakt {n} bytes groot; dat is te groot"
        ),
    ),
    (
        _p(r"'(?P<name>.*)': too many files \((?P<n>\d+)\)"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{name}' bevat te veel bestanden ({n})"),
    ),
    (
        _p(r"more than one '\{' \(write \\\{ for a brace in the text\)"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "meer dan één '{{' (schrijf \\{{ voor een accolade in de tekst)"
        ),
    ),
    (
        _p(r"the title has no closing '::'"),
        QT_TRANSLATE_NOOP("ImportMessages", "de titel heeft geen sluitende '::'"),
    ),
    (
        _p(r"'\}' without '\{' \(write \\\} for a brace in the text\)"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "'}}' zonder '{{' (schrijf \\}} voor een accolade in de tekst)"
        ),
    ),
    (
        _p(r"every matching answer is '=left -> right'"),
        QT_TRANSLATE_NOOP("ImportMessages", "elk koppel-antwoord is '=links -> rechts'"),
    ),
    (
        _p(r"unexpected '(?P<c>.*)' before the first answer \(use = or ~\)"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "onverwacht '{c}' voor het eerste antwoord (gebruik = of ~)"
        ),
    ),
    # -- files examtrainer cannot read as a bank (detect_format, safe_extract) -------------
    (
        _p(r"(?P<file>.*): assessmentItem without a QTI 2\.x/3\.0 namespace"),
        QT_TRANSLATE_NOOP("ImportMessages", "{file}: een QTI-vraag zonder QTI 2.x/3.0-namespace"),
    ),
    (
        _p(r"(?P<file>.*): QTI 1\.2 is not supported; export as QTI 2\.1 or 3\.0"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "{file}: QTI 1.2 kent examtrainer niet; exporteer als QTI 2.1 of 3.0"
        ),
    ),
    (
        _p(r"(?P<file>.*): no XML root element found"),
        QT_TRANSLATE_NOOP("ImportMessages", "{file}: dit XML-bestand is leeg of kapot"),
    ),
    (
        _p(r"(?P<file>.*): XML with root <(?P<tag>.*)> is neither a Moodle quiz nor a QTI item"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "{file}: XML dat begint met <{tag}> is geen Moodle-toets en geen QTI-vraag",
        ),
    ),
    (
        _p(r"(?P<file>.*): not a valid zip file \((?P<rest>.*)\)"),
        QT_TRANSLATE_NOOP("ImportMessages", "{file}: dit zip-bestand is kapot ({rest})"),
    ),
    (
        _p(
            r"(?P<file>.*): a zip without pack\.yaml \(examtrainer pack\) or imsmanifest\.xml "
            r"\(QTI package\)"
        ),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "{file}: een zip zonder pack.yaml (examtrainer-pakket) en zonder imsmanifest.xml "
            "(QTI-pakket)",
        ),
    ),
    (
        _p(r"(?P<file>.*): a folder without pack\.yaml is not a pack"),
        QT_TRANSLATE_NOOP("ImportMessages", "{file}: een map zonder pack.yaml is geen itembank"),
    ),
    (
        _p(r"(?P<file>.*): file not found"),
        QT_TRANSLATE_NOOP("ImportMessages", "{file}: het bestand is er niet"),
    ),
    (
        _p(r"(?P<file>.*): save the spreadsheet as \.xlsx or \.csv first"),
        QT_TRANSLATE_NOOP("ImportMessages", "{file}: sla het werkblad eerst op als .xlsx of .csv"),
    ),
    (
        _p(r"(?P<file>.*): a text file without GIFT questions"),
        QT_TRANSLATE_NOOP("ImportMessages", "{file}: een tekstbestand zonder GIFT-vragen"),
    ),
    (
        _p(r"(?P<file>.*): unknown file type '(?P<kind>.*)'; examtrainer imports .*"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "{file}: de soort bestand '{kind}' kent examtrainer niet; examtrainer leest .xlsx, "
            ".csv, .xml (Moodle XML, QTI 2.1/3.0), .zip (QTI-pakket, examtrainer-pakket) en "
            ".gift/.txt (GIFT)",
        ),
    ),
    (
        _p(r"'(?P<ref>.*)': absolute path in archive"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{ref}': een volledig pad in het zip-bestand"),
    ),
    (
        _p(r"'(?P<ref>.*)': path leaves the archive folder \(\.\.\)"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{ref}': het pad gaat buiten het zip-bestand (..)"),
    ),
    (
        _p(r"'(?P<ref>.*)': symbolic links are not allowed"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{ref}': snelkoppelingen (links) mogen niet"),
    ),
    (
        _p(r"'(?P<ref>.*)': suspicious compression ratio \(zip bomb\?\)"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "'{ref}': verdacht sterk ingepakt (een zip-bom?); geweigerd"
        ),
    ),
    (
        _p(r"'(?P<ref>.*)' is not a valid zip file: (?P<rest>.*)"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{ref}' is een kapot zip-bestand: {rest}"),
    ),
    (
        _p(r"'(?P<ref>.*)': too many files \((?P<n>\d+)\)"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{ref}': te veel bestanden ({n})"),
    ),
    (
        _p(r"'(?P<ref>.*)': unpacks to (?P<n>\d+) bytes, too large"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{ref}': uitgepakt {n} bytes, te groot"),
    ),
    (
        _p(r"'(?P<ref>.*)': unpacks larger than allowed"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{ref}': uitgepakt groter dan toegestaan"),
    ),
    (
        _p(r"'(?P<ref>.*)': '(?P<member>.*)' is damaged: (?P<rest>.*)"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{ref}': '{member}' is beschadigd: {rest}"),
    ),
    # -- notes ------------------------------------------------------------------------------
    (
        _p(
            r"(?P<n>\d+) text\(s\)/item\(s\) without a skill got 'reading' \('listening' when "
            r"they have audio\); change it in the item files where needed"
        ),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "{n} tekst(en)/vraag/vragen zonder vaardigheid kregen 'lezen' ('luisteren' als er "
            "geluid bij is); pas dat zo nodig aan",
        ),
    ),
    (
        _p(
            r"(?P<n>\d+) text\(s\)/item\(s\) without a level got (?P<level>\w+); change it in "
            r"the item files where needed"
        ),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "{n} tekst(en)/vraag/vragen zonder niveau kregen {level}; pas dat zo nodig aan",
        ),
    ),
    (
        _p(
            r"(?P<where>.*): no <single>; (?P<n>\d+) answers give credit, so it became "
            r"multiple_response"
        ),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "{where}: geen <single>; {n} antwoorden geven punten, dus: meer goede antwoorden",
        ),
    ),
    (
        _p(r"(?P<where>.*): a description is not a question; left out"),
        QT_TRANSLATE_NOOP("ImportMessages", "{where}: een beschrijving is geen vraag; weggelaten"),
    ),
    (
        _p(r"(?P<where>.*): a text without answers \(description\) is not a question; left out"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "{where}: een tekst zonder antwoorden is geen vraag; weggelaten"
        ),
    ),
    (
        _p(r"(?P<where>.*): answer key taken from the mapping"),
        QT_TRANSLATE_NOOP("ImportMessages", "{where}: het goede antwoord komt uit de mapping"),
    ),
    (
        _p(
            r"(?P<where>.*): (?P<what>\w+(?: with a file answer)?) became a speaking_short task "
            r"with model answer '(?P<model>.*)' and (?P<n>\d+) seconds to answer"
        ),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "{where}: {what} werd een korte spreekopdracht met voorbeeldantwoord '{model}' en "
            "{n} seconden spreektijd",
        ),
    ),
    (
        _p(r"(?P<where>.*): tests \((?P<href>.*)\) are not imported, only their items"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "{where}: toetsen ({href}) worden niet ingelezen, alleen hun vragen"
        ),
    ),
    (
        _p(r"(?P<where>.*): imsmanifest\.xml lists no QTI items; read every XML file"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "{where}: imsmanifest.xml noemt geen vragen; alle XML-bestanden zijn gelezen",
        ),
    ),
    (
        _p(r"(?P<where>.*): not UTF-8, read as Windows-1252 \(cp1252\)"),
        QT_TRANSLATE_NOOP("ImportMessages", "{where}: geen UTF-8; gelezen als Windows-1252"),
    ),
    (
        _p(r"(?P<where>.*): UTF-16 with broken characters; they were replaced"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "{where}: UTF-16 met kapotte tekens; die zijn vervangen"
        ),
    ),
    (
        _p(r"(?P<where>.*): skipped, its first row has no 'question' \(vraag\) column"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "{where}: overgeslagen, de eerste rij heeft geen kolom 'vraag'"
        ),
    ),
    (
        _p(r"(?P<where>.*): columns not used: (?P<cols>.*)"),
        QT_TRANSLATE_NOOP("ImportMessages", "{where}: niet gebruikte kolommen: {cols}"),
    ),
    (
        _p(
            r"(?P<where>.*): aftrek \((?P<w>.*)\) voor '(?P<t>.*)': in examtrainer telt een fout "
            r"antwoord als fout"
        ),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "{where}: aftrek ({w}) voor '{t}': in examtrainer telt een fout antwoord als fout",
        ),
    ),
    # -- the model and the loader (also for the spreadsheet template) ------------------------
    (
        _p(r"String should have at least 1 character"),
        QT_TRANSLATE_NOOP("ImportMessages", "mag niet leeg zijn"),
    ),
    (_p(r"Field required"), QT_TRANSLATE_NOOP("ImportMessages", "ontbreekt")),
    (_p(r"Extra inputs are not permitted"), QT_TRANSLATE_NOOP("ImportMessages", "onbekend veld")),
    (
        _p(r"String should match pattern '.*'"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "mag alleen letters, cijfers, '.', '_' en '-' bevatten"
        ),
    ),
    (
        _p(r"Input should be (?P<choices>.*)"),
        QT_TRANSLATE_NOOP("ImportMessages", "moet een van deze zijn: {choices}"),
    ),
    (
        _p(r"Input should be a valid (?P<kind>\w+).*"),
        QT_TRANSLATE_NOOP("ImportMessages", "heeft niet de goede vorm ({kind})"),
    ),
    (
        _p(r"needs at least two options"),
        QT_TRANSLATE_NOOP("ImportMessages", "heeft minstens twee antwoorden nodig"),
    ),
    (
        _p(r"two options are the same"),
        QT_TRANSLATE_NOOP("ImportMessages", "twee antwoorden zijn hetzelfde"),
    ),
    (
        _p(r"needs at least two pairs"),
        QT_TRANSLATE_NOOP("ImportMessages", "heeft minstens twee paren nodig"),
    ),
    (
        _p(r"missing: a (?P<kind>\w+) item needs its right answer"),
        QT_TRANSLATE_NOOP("ImportMessages", "ontbreekt: het goede antwoord"),
    ),
    (
        _p(r"give one answer, not a list"),
        QT_TRANSLATE_NOOP("ImportMessages", "geef één antwoord, geen lijst"),
    ),
    (
        _p(r"'(?P<t>.*)' is not one of the options"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{t}' is niet een van de antwoorden"),
    ),
    (
        _p(r"missing: list the right options"),
        QT_TRANSLATE_NOOP("ImportMessages", "ontbreekt: de goede antwoorden"),
    ),
    (
        _p(r"missing: list the answers that count as right"),
        QT_TRANSLATE_NOOP("ImportMessages", "ontbreekt: de antwoorden die goed zijn"),
    ),
    (
        _p(r"missing: list the options in the right order"),
        QT_TRANSLATE_NOOP("ImportMessages", "ontbreekt: de goede volgorde"),
    ),
    (
        _p(r"the right order must hold every option once"),
        QT_TRANSLATE_NOOP("ImportMessages", "de goede volgorde moet elk deel één keer noemen"),
    ),
    (
        _p(r"'(?P<t>.*)' of a pair is not one of the options"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{t}' van een paar staat niet bij de keuzes"),
    ),
    (
        _p(r"a (?P<kind>\w+) item is a speaking item"),
        QT_TRANSLATE_NOOP("ImportMessages", "dit is een spreekopdracht (vaardigheid spreken)"),
    ),
    (
        _p(r"missing: how many seconds the learner may speak"),
        QT_TRANSLATE_NOOP("ImportMessages", "ontbreekt: hoeveel seconden de leerling mag spreken"),
    ),
    (
        _p(r"missing: write a model answer"),
        QT_TRANSLATE_NOOP("ImportMessages", "ontbreekt: een voorbeeldantwoord"),
    ),
    (
        _p(r"a (?P<kind>\w+) item gives no partial credit"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "bij dit soort vraag krijgt een antwoord geen deel van de punten"
        ),
    ),
    (
        _p(r"'(?P<t>.*)' is the right answer already"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{t}' is al het goede antwoord"),
    ),
    (
        _p(r"the share of '(?P<t>.*)' must be between 0 and 1"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "het deel van de punten voor '{t}' moet tussen 0 en 1 liggen"
        ),
    ),
    (
        _p(r"the share of '(?P<t>.*)' must be between -1 and 1, not 0"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "het deel van de punten voor '{t}' moet tussen -1 en 1 liggen, en niet 0 zijn",
        ),
    ),
    (
        _p(r"differs from its text"),
        QT_TRANSLATE_NOOP("ImportMessages", "verschilt van de tekst erbij"),
    ),
    (
        _p(r"differs from its stimulus \((?P<skill>.*)\)"),
        QT_TRANSLATE_NOOP("ImportMessages", "verschilt van de tekst erbij ({skill})"),
    ),
    (
        _p(r"its text \(stimulus\) could not be converted"),
        QT_TRANSLATE_NOOP("ImportMessages", "de tekst erbij kon niet worden ingelezen"),
    ),
    (
        _p(r"no stimulus with id '(?P<id>.*)'"),
        QT_TRANSLATE_NOOP("ImportMessages", "er is geen tekst met code '{id}'"),
    ),
    (
        _p(r"duplicate id \(also in (?P<where>.*)\)"),
        QT_TRANSLATE_NOOP("ImportMessages", "dubbele code (ook in {where})"),
    ),
    (
        _p(r"file '(?P<ref>.*)' does not exist"),
        QT_TRANSLATE_NOOP("ImportMessages", "het bestand '{ref}' bestaat niet"),
    ),
    (
        _p(r"'(?P<ref>.*)' is outside the media folder"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{ref}' ligt buiten de map met media"),
    ),
    # -- the spreadsheet template -----------------------------------------------------------
    (
        _p(r"'(?P<v>.*)' is unknown; use A0, A1, A2 or B1"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{v}' is onbekend; gebruik A0, A1, A2 of B1"),
    ),
    (
        _p(r"'(?P<v>.*)' is unknown; use one of (?P<list>.*)"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{v}' is onbekend; gebruik een van: {list}"),
    ),
    (
        _p(r"'(?P<v>.*)' is not a theme; use (?P<list>.*)"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{v}' is geen thema; gebruik: {list}"),
    ),
    (
        _p(r"is filled while '(?P<col>.*)' is empty"),
        QT_TRANSLATE_NOOP("ImportMessages", "is ingevuld, maar '{col}' is leeg"),
    ),
    (
        _p(r"answer (?P<v>\w+) points to an empty option"),
        QT_TRANSLATE_NOOP("ImportMessages", "antwoord {v} wijst naar een leeg antwoord"),
    ),
    (
        _p(r"'(?P<v>.*)' is not one of the options \(give a letter A–E or the text\)"),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "'{v}' is niet een van de antwoorden (geef een letter A–E of de tekst)",
        ),
    ),
    (
        _p(r"missing: give the letter of the right option"),
        QT_TRANSLATE_NOOP("ImportMessages", "ontbreekt: de letter van het goede antwoord"),
    ),
    (
        _p(r"missing: give the letters of the right options"),
        QT_TRANSLATE_NOOP("ImportMessages", "ontbreekt: de letters van de goede antwoorden"),
    ),
    (
        _p(r"'(?P<v>.*)' is not Juist or Onjuist"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{v}' is niet Juist of Onjuist"),
    ),
    (
        _p(r"missing: write the accepted answers \(separate with \|\)"),
        QT_TRANSLATE_NOOP("ImportMessages", "ontbreekt: de goede antwoorden (scheid ze met |)"),
    ),
    (
        _p(r"'(?P<v>.*)' is not a pair like 'links = rechts'"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{v}' is geen paar zoals 'links = rechts'"),
    ),
    (
        _p(r"'(?P<v>.*)' is not a whole number of seconds"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{v}' is geen heel aantal seconden"),
    ),
    (
        _p(r"'(?P<v>.*)' may hold only letters, digits, '\.', '_', '-'"),
        QT_TRANSLATE_NOOP(
            "ImportMessages", "'{v}' mag alleen letters, cijfers, '.', '_' en '-' bevatten"
        ),
    ),
    (
        _p(r"'(?P<v>.*)' is used twice"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{v}' komt twee keer voor"),
    ),
    (
        _p(r"missing: write the question type, e\.g\. multiple_choice"),
        QT_TRANSLATE_NOOP("ImportMessages", "ontbreekt: het vraagtype, bijvoorbeeld meerkeuze"),
    ),
    (
        _p(r"missing: write the question or task"),
        QT_TRANSLATE_NOOP("ImportMessages", "ontbreekt: de vraag of opdracht"),
    ),
    (
        _p(r"differs from row (?P<n>\d+) \(same text_id\)"),
        QT_TRANSLATE_NOOP("ImportMessages", "verschilt van rij {n} (zelfde tekst_id)"),
    ),
    (
        _p(r"'(?P<v>.*)' is not a free, valid id"),
        QT_TRANSLATE_NOOP("ImportMessages", "'{v}' is geen vrije, geldige code"),
    ),
    (
        _p(r"column '(?P<v>.*)' appears twice"),
        QT_TRANSLATE_NOOP("ImportMessages", "kolom '{v}' staat er twee keer"),
    ),
    (
        _p(r"cannot read the workbook: (?P<rest>.*)"),
        QT_TRANSLATE_NOOP("ImportMessages", "het werkblad is niet te lezen: {rest}"),
    ),
    (
        _p(r"cannot read the CSV: (?P<rest>.*)"),
        QT_TRANSLATE_NOOP("ImportMessages", "het CSV-bestand is niet te lezen: {rest}"),
    ),
    (
        _p(
            r"no questions found: the header row needs a 'question' \(vraag\) column and there "
            r"must be rows below it"
        ),
        QT_TRANSLATE_NOOP(
            "ImportMessages",
            "geen vragen gevonden: de eerste rij heeft een kolom 'vraag' nodig, met rijen eronder",
        ),
    ),
)

_PLACES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^line (?P<n>\d+)$"), QT_TRANSLATE_NOOP("ImportMessages", "regel {n}")),
    (
        re.compile(r"^(?P<file>.*) question (?P<n>\d+)$"),
        QT_TRANSLATE_NOOP("ImportMessages", "{file} vraag {n}"),
    ),
    (
        re.compile(r"^(?P<file>.*) row (?P<n>\d+)$"),
        QT_TRANSLATE_NOOP("ImportMessages", "{file} rij {n}"),
    ),
    (
        re.compile(r"^(?P<file>.*) gap (?P<n>\d+)$"),
        QT_TRANSLATE_NOOP("ImportMessages", "{file} open plek {n}"),
    ),
)


def known(message: str) -> bool:
    """True when the catalogue has ``message`` (every part of it)."""
    return _translate(message, _dutch) is not None


def localise(message: str, translate: Translate = _dutch) -> str:
    """``message`` in the teacher's language: its Dutch template from the catalogue passed
    through ``translate``, with the parts it names put in. A message the catalogue does not
    know is returned as it is."""
    translated = _translate(message, translate)
    return message if translated is None else translated


def dutch(message: str) -> str:
    """``message`` in Dutch; a message the catalogue does not know is returned as it is."""
    return localise(message)


def _translate(message: str, translate: Translate) -> str | None:
    text = message.strip()
    for pattern, template in CATALOGUE:
        match = pattern.match(text)
        if match is None:
            continue
        parts: dict[str, str] = {}
        for name, value in match.groupdict().items():
            if name.startswith("msg") and value is not None:
                inner = _translate(value, translate)
                if inner is None:
                    break  # the part is no message we know: try the next pattern
                parts[name] = inner
            else:
                parts[name] = value or ""
        else:
            return _fill(translate(template), template, parts)
    return None


def _fill(translated: str, template: str, parts: dict[str, str]) -> str:
    """``translated`` with ``parts`` put in; a translation that breaks its placeholders
    falls back to the Dutch template, so a teacher always reads the whole message."""
    try:
        return translated.format(**parts)
    except (KeyError, IndexError, ValueError):
        return template.format(**parts)


def place(label: str, translate: Translate = _dutch) -> str:
    """A place in a file ("line 3", "toets.xml question 4") in the teacher's language."""
    for pattern, template in _PLACES:
        match = pattern.match(label)
        if match is not None:
            return _fill(translate(template), template, match.groupdict())
    return label


def dutch_problem(problem: Problem, translate: Translate = _dutch) -> Problem:
    """``problem`` with its message and place in the teacher's language (Dutch by default;
    field names stay as the file has them: they are what the teacher finds in the source)."""
    return Problem(
        place(problem.file, translate),
        place(problem.item, translate),
        problem.field,
        localise(problem.message, translate),
    )
