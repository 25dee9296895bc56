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
        except (UnknownFormat, UnsafeArchive):
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
