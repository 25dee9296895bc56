"""How fast banks import: 10,000 questions in each format, converted and validated.

    PYTHONPATH=. python bench/import_throughput.py [--items N]

For each format a bank is generated in a temporary folder, then timed: conversion into a
pack folder plus validation of the result with the loader. A baseline in the same run
shows the cost of just reading the source with its plain parser (``yaml`` with the C loader,
``openpyxl`` read-only, ``defusedxml``), so the ratio says what the importer adds.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import defusedxml.ElementTree as SafeET
import yaml
from openpyxl import Workbook, load_workbook

from examtrainer.bank.exporter import write_pack
from examtrainer.bank.importers import convert
from examtrainer.bank.loader import read_pack_folder
from examtrainer.bank.model import Item, ItemType, Level, Manifest, Pack, Skill, Stimulus

OPTIONS = ("Op maandag", "Op dinsdag", "Op woensdag", "Op donderdag")


def question(n: int) -> tuple[str, tuple[str, ...], str]:
    """Question text, options and key of generated question ``n``."""
    return f"Vraag {n}: wanneer is de bibliotheek dicht?", OPTIONS, OPTIONS[n % 4]


def make_pack(folder: Path, count: int) -> Path:
    stimuli = []
    items = []
    for n in range(count):
        if n % 5 == 0:
            stimuli.append(
                Stimulus(
                    id=f"t{n}",
                    skill=Skill.READING,
                    level=Level.A2,
                    type="notice",
                    text=f"Tekst {n}.\nDe bibliotheek is open van 10 tot 17 uur.",
                )
            )
        text, options, key = question(n)
        items.append(
            Item(
                id=f"q{n}",
                skill=Skill.READING,
                level=Level.A2,
                type=ItemType.MULTIPLE_CHOICE,
                stimulus=stimuli[-1].id,
                question=text,
                options=options,
                answer=key,
                feedback="Kijk naar de openingstijden.",
            )
        )
    manifest = Manifest(
        id="bench",
        title="Bench",
        version="1",
        author="bench",
        licence="CC0-1.0",
        source="generated",
    )
    return write_pack(
        Pack(manifest=manifest, stimuli=tuple(stimuli), items=tuple(items)), folder / "pack"
    )


def make_xlsx(folder: Path, count: int) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Vragen")
    sheet.append(
        [
            "id",
            "skill",
            "level",
            "type",
            "question",
            "option_a",
            "option_b",
            "option_c",
            "option_d",
            "answer",
            "feedback",
        ]
    )
    for n in range(count):
        text, options, key = question(n)
        sheet.append(
            [
                f"q{n}",
                "lezen",
                "A2",
                "multiple_choice",
                text,
                *options,
                "ABCD"[options.index(key)],
                "Kijk naar de openingstijden.",
            ]
        )
    path = folder / "bank.xlsx"
    workbook.save(path)
    return path


QTI_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="q{n}"
    title="Vraag {n}" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse><value>c{k}</value></correctResponse>
  </responseDeclaration>
  <itemBody>
    <p>Tekst {n}. De bibliotheek is open van 10 tot 17 uur.</p>
    <choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">
      <prompt>{text}</prompt>
{choices}
    </choiceInteraction>
  </itemBody>
</assessmentItem>
"""


def make_qti(folder: Path, count: int) -> Path:
    path = folder / "bank-qti.zip"
    resources = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n in range(count):
            text, options, key = question(n)
            choices = "\n".join(
                f'      <simpleChoice identifier="c{i}">{escape(o)}</simpleChoice>'
                for i, o in enumerate(options)
            )
            zf.writestr(
                f"items/q{n}.xml",
                QTI_ITEM.format(n=n, k=options.index(key), text=escape(text), choices=choices),
            )
            resources.append(
                f'<resource identifier="r{n}" type="imsqti_item_xmlv2p1" href="items/q{n}.xml"/>'
            )
        zf.writestr(
            "imsmanifest.xml",
            '<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m">'
            f"<resources>{''.join(resources)}</resources></manifest>",
        )
    return path


def make_moodle(folder: Path, count: int) -> Path:
    parts = ["<?xml version='1.0' encoding='UTF-8'?>\n<quiz>"]
    for n in range(count):
        text, options, key = question(n)
        answers = "".join(
            f'<answer fraction="{100 if o == key else 0}"><text>{escape(o)}</text></answer>'
            for o in options
        )
        parts.append(
            f'<question type="multichoice"><name><text>q{n}</text></name>'
            f'<questiontext format="html"><text>&lt;p&gt;{escape(text)}&lt;/p&gt;</text>'
            f"</questiontext><single>true</single>{answers}</question>"
        )
    parts.append("</quiz>")
    path = folder / "bank-moodle.xml"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def baseline_yaml(pack: Path) -> None:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in sorted(pack.rglob("*.yaml")):
        with path.open(encoding="utf-8") as handle:
            yaml.load(handle, Loader=loader)


def baseline_xlsx(path: Path) -> None:
    workbook = load_workbook(path, read_only=True, data_only=True)
    for sheet in workbook.worksheets:
        for _ in sheet.iter_rows(values_only=True):
            pass
    workbook.close()


def baseline_qti(path: Path) -> None:
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            SafeET.fromstring(zf.read(name))


def baseline_moodle(path: Path) -> None:
    SafeET.parse(path)


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    count = parser.parse_args().items
    with tempfile.TemporaryDirectory(prefix="examtrainer-bench-") as tmp:
        folder = Path(tmp)
        cases: list[tuple[str, Path, str, Callable[[Path], None]]] = [
            ("examtrainer pack", make_pack(folder, count), "yaml C loader", baseline_yaml),
            ("xlsx", make_xlsx(folder, count), "openpyxl read-only", baseline_xlsx),
            ("qti21 package", make_qti(folder, count), "defusedxml, per file", baseline_qti),
            ("moodle xml", make_moodle(folder, count), "defusedxml", baseline_moodle),
        ]
        print(f"{count} questions per format; seconds, items per second; ratio = import/baseline")
        print(
            f"{'format':<18}{'import+validate':>16}{'items/s':>10}"
            f"{'baseline':>10}{'items/s':>10}{'ratio':>7}  baseline is"
        )
        for number, (name, source, baseline_name, baseline) in enumerate(cases):
            target = folder / f"out-{number}"

            def run(source: Path = source, target: Path = target) -> None:
                report = convert(source, target)
                assert report.ok and report.items_converted == count, report.summary()
                assert len(read_pack_folder(target).items) == count

            seconds = timed(run)
            base = timed(lambda source=source, baseline=baseline: baseline(source))
            print(
                f"{name:<18}{seconds:>16.2f}{count / seconds:>10.0f}"
                f"{base:>10.2f}{count / base:>10.0f}{seconds / base:>7.1f}  {baseline_name}"
            )


if __name__ == "__main__":
    main()
