"""Issue 14: partial credit as the source defines it (Moodle fractions, GIFT %50%, a QTI
mapping) is kept in the item (``credit``), checked by the loader and scored in practice."""

from __future__ import annotations

from pathlib import Path

import pytest

from examtrainer.bank.importers import import_file
from examtrainer.bank.loader import check_item, read_pack_folder
from examtrainer.bank.model import Item
from examtrainer.exam.practice import PracticeSession, Question
from examtrainer.exam.scoring import credit, score

COMMON = {"skill": "reading", "level": "A2"}

BUS = Item(
    id="bus",
    type="multiple_choice",
    question="Wanneer gaat de bus?",
    options=("om 8 uur", "om 9 uur", "om 10 uur"),
    answer="om 8 uur",
    credit={"om 9 uur": 0.5},
    **COMMON,
)
GROENTE = Item(
    id="groente",
    type="multiple_response",
    question="Wat is groente?",
    options=("wortel", "brood", "sla", "kaas"),
    answer=("wortel", "sla"),
    credit={"wortel": 0.5, "sla": 0.5, "brood": -1.0, "kaas": 0.5},
    **COMMON,
)
STAD = Item(
    id="stad",
    type="short_answer",
    question="Wat is de hoofdstad?",
    accept=("Amsterdam",),
    credit={"Den Haag": 0.25},
    **COMMON,
)


def test_credit_gives_the_share_the_source_defines() -> None:
    assert credit(BUS, "om 8 uur") == 1.0 and score(BUS, "om 8 uur") is True
    assert credit(BUS, "om 9 uur") == 0.5 and score(BUS, "om 9 uur") is False
    assert credit(BUS, "om 10 uur") == 0.0
    assert credit(STAD, " den haag. ") == 0.25  # typed answers compared as always
    assert credit(STAD, "Rotterdam") == 0.0
    assert credit(GROENTE, ["wortel", "sla"]) == 1.0
    assert credit(GROENTE, ["wortel"]) == 0.5
    assert credit(GROENTE, ["wortel", "brood"]) == 0.0  # a penalty, never below nothing
    # the shares add up to all points, but only the right options are right
    assert credit(GROENTE, ["wortel", "kaas"]) == 0.99
    plain = BUS.model_copy(update={"credit": {}})
    assert credit(plain, "om 9 uur") == 0.0


def test_practice_feedback_says_partly_right() -> None:
    session = PracticeSession(
        next_block=iter([[Question(1, BUS, None)], []]).__next__,
        on_answer=lambda answered: seen.append(answered),
        clock=lambda: 0.0,
    )
    seen: list = []  # type: ignore[type-arg]
    session.start()
    feedback = session.answer("om 9 uur")
    assert feedback.correct is False and feedback.credit == 0.5 and feedback.partial
    assert seen[0].credit == 0.5 and seen[0].correct is False


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"credit": {"om 11 uur": 0.5}}, "'om 11 uur' is not one of the options"),
        ({"credit": {"om 9 uur": 1.5}}, "the share of 'om 9 uur' must be between 0 and 1"),
        ({"credit": {"om 8 uur": 0.5}}, "'om 8 uur' is the right answer already"),
        (
            {"type": "ordering", "answer": ("om 8 uur", "om 9 uur", "om 10 uur")},
            "a ordering item gives no partial credit",
        ),
    ],
)
def test_the_loader_checks_credit(changes: dict, message: str) -> None:  # type: ignore[type-arg]
    item = Item.model_validate({**BUS.model_dump(), **changes})
    assert ("credit", message) in list(check_item(item))


QTI_CHOICE = """<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="deels"
    title="Deels" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse><value>A</value></correctResponse>
    <mapping defaultValue="0">
      <mapEntry mapKey="A" mappedValue="2"/>
      <mapEntry mapKey="B" mappedValue="1"/>
    </mapping>
  </responseDeclaration>
  <responseDeclaration identifier="TYPED" cardinality="single" baseType="string">
    <correctResponse><value>Utrecht</value></correctResponse>
    <mapping defaultValue="0">
      <mapEntry mapKey="Utrecht" mappedValue="1"/>
      <mapEntry mapKey="Utrecht Centraal" mappedValue="1"/>
      <mapEntry mapKey="Amersfoort" mappedValue="0.5"/>
    </mapping>
  </responseDeclaration>
  <itemBody>
    <choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">
      <prompt>Wanneer gaat de trein?</prompt>
      <simpleChoice identifier="A">om 10.15 uur</simpleChoice>
      <simpleChoice identifier="B">om 10.45 uur</simpleChoice>
      <simpleChoice identifier="C">om 11.15 uur</simpleChoice>
    </choiceInteraction>
    <p>Waar gaat de trein naartoe? <textEntryInteraction responseIdentifier="TYPED"/></p>
  </itemBody>
</assessmentItem>
"""


def test_a_qti_mapping_is_partial_credit(tmp_path: Path) -> None:
    source = tmp_path / "deels.xml"
    source.write_text(QTI_CHOICE, encoding="utf-8")
    report = import_file(source, tmp_path / "pack")
    assert report.ok and report.not_mapped == [], report.summary()
    choice, typed = read_pack_folder(tmp_path / "pack").items
    assert choice.answer == "om 10.15 uur" and choice.credit == {"om 10.45 uur": 0.5}
    # mapped as high as the key: accepted; lower: that share of the points
    assert typed.accept == ("Utrecht", "Utrecht Centraal")
    assert typed.credit == {"Amersfoort": 0.5} and credit(typed, "amersfoort") == 0.5


def test_moodle_fractions_are_partial_credit(tmp_path: Path) -> None:
    source = tmp_path / "deels.xml"
    source.write_text(
        "<quiz><question type='multichoice'><name><text>Huur</text></name>"
        "<questiontext><text>Wanneer betaalt u de huur?</text></questiontext>"
        "<single>true</single>"
        "<answer fraction='100'><text>op de 1e</text></answer>"
        "<answer fraction='33.33333'><text>op de 2e</text></answer>"
        "<answer fraction='0'><text>op de 20e</text></answer>"
        "</question></quiz>",
        encoding="utf-8",
    )
    report = import_file(source, tmp_path / "pack")
    assert report.ok and report.not_mapped == [], report.summary()
    (item,) = read_pack_folder(tmp_path / "pack").items
    assert item.credit == {"op de 2e": 0.3333}
