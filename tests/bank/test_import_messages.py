"""Issue 14: every importer message reaches the teacher in Dutch. Each fixture and public
sample is imported; every problem, left-out part and note must be in the catalogue."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from examtrainer.bank.importers import import_file
from examtrainer.bank.importers.messages import dutch, dutch_problem, known, place
from examtrainer.errors import Problem, UnknownFormat, UnsafeArchive

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
SAMPLES = Path(
    os.environ.get("EXAMTRAINER_SAMPLES") or Path(__file__).parents[2] / ".." / "shared" / "samples"
).resolve()
SUFFIXES = {".xml", ".gift", ".txt", ".csv", ".xlsx", ".zip"}


def _sources() -> list[Path]:
    found = [p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES]
    if SAMPLES.is_dir():
        found += [p for p in SAMPLES.rglob("*") if p.suffix.lower() in SUFFIXES]
    return sorted(p for p in found if "passages" not in p.parts)


def test_every_message_of_every_fixture_is_in_dutch(tmp_path: Path) -> None:
    unknown: set[str] = set()
    messages = 0
    for number, source in enumerate(_sources()):
        try:
            report = import_file(source, tmp_path / str(number))
        except (UnknownFormat, UnsafeArchive) as error:  # not a bank: said in Dutch too
            messages += 1
            if not known(str(error)):
                unknown.add(str(error))
            continue
        for problem in [*report.problems, *report.not_mapped]:
            messages += 1
            if not known(problem.message):
                unknown.add(problem.message)
        for note in report.notes:
            messages += 1
            if not known(note):
                unknown.add(note)
    assert messages > 60
    assert sorted(unknown) == []


def test_a_composed_message_is_translated_whole() -> None:
    message = "'https://x.org/a.mp3' is on the internet; examtrainer works offline, never downloads"
    assert dutch(f"{message}; left out of the pack") == (
        "'https://x.org/a.mp3' staat op internet; examtrainer werkt zonder internet en "
        "downloadt niets; niet in de itembank gezet"
    )
    assert dutch("the share of 'Cat' must be between 0 and 1") == (
        "het deel van de punten voor 'Cat' moet tussen 0 en 1 liggen"
    )


def test_places_and_problems() -> None:
    assert place("line 12") == "regel 12"
    assert place("toets.xml question 4") == "toets.xml vraag 4"
    problem = dutch_problem(
        Problem("toets.xml question 4", "Huur", "type", "the question has no type attribute")
    )
    assert problem == Problem("toets.xml vraag 4", "Huur", "type", "de vraag heeft geen type")


@pytest.mark.parametrize(
    "message",
    ["String should have at least 1 character", "needs at least two pairs", "Field required"],
)
def test_model_checks_are_in_dutch(message: str) -> None:
    assert known(message) and dutch(message) != message


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("brief.pdf", b"%PDF-1.4"),
        ("oud.xml", b"<questestinterop/>"),
        ("leeg.xml", b""),
        ("ander.xml", b"<html/>"),
        ("zonder.xml", b"<assessmentItem/>"),
        ("kapot.zip", b"not a zip"),
        ("lijst.xls", b"x"),
        ("notities.txt", b"gewoon wat tekst"),
    ],
)
def test_files_that_are_no_bank_are_explained_in_dutch(
    tmp_path: Path, name: str, data: bytes
) -> None:
    from examtrainer.bank.importers import detect_format

    source = tmp_path / name
    source.write_bytes(data)
    with pytest.raises(UnknownFormat) as caught:
        detect_format(source)
    assert known(str(caught.value)), str(caught.value)
    assert dutch(str(caught.value)).startswith(name + ": ")


def test_unsafe_zips_are_explained_in_dutch(tmp_path: Path) -> None:
    import zipfile

    from examtrainer.bank.archive import safe_extract

    archive = tmp_path / "pakket.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../buiten.xml", "x")
    with pytest.raises(UnsafeArchive) as caught:
        safe_extract(archive, tmp_path / "uit")
    assert dutch(str(caught.value)) == "'../buiten.xml': het pad gaat buiten het zip-bestand (..)"


def _translator(language: str):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    folder = Path(__file__).parents[2] / "examtrainer" / "i18n"
    assert translator.load(str(folder / f"examtrainer_{language}.qm"))
    return translator


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_message_is_translated_through_qt(language: str) -> None:
    """The catalogue's Dutch templates are Qt translation sources (context ImportMessages):
    each has a translation, and a translated message keeps every part it names."""
    from examtrainer.bank.importers.messages import _PLACES, CATALOGUE, localise

    translator = _translator(language)
    missing = [
        t for _, t in [*CATALOGUE, *_PLACES] if not translator.translate("ImportMessages", t)
    ]
    assert missing == []

    def translate(template: str) -> str:
        return translator.translate("ImportMessages", template) or template

    message = "'https://x.org/a.mp3' is on the internet; examtrainer works offline, never downloads"
    text = localise(f"{message}; left out of the pack", translate)
    assert "https://x.org/a.mp3" in text and "staat op internet" not in text
    if language == "en":
        assert text == (
            "'https://x.org/a.mp3' is on the internet; examtrainer works offline, never "
            "downloads; not put in the item bank"
        )
        problem = dutch_problem(
            Problem("toets.xml question 4", "Huur", "type", "the question has no type attribute"),
            translate,
        )
        assert problem == Problem(
            "toets.xml question 4", "Huur", "type", "the question has no type attribute"
        )
