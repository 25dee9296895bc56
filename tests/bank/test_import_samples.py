"""Conformance corpus: every public sample file imports into a valid pack, or is refused
for the documented reason (docs/importing.md, "The sample corpus")."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from examtrainer.bank.importers import detect_format, import_file
from examtrainer.bank.loader import read_pack_folder
from examtrainer.errors import UnknownFormat

# <repo>/../shared/samples; EXAMTRAINER_SAMPLES may point elsewhere (e.g. from a worktree).
SAMPLES = Path(
    os.environ.get("EXAMTRAINER_SAMPLES") or Path(__file__).parents[2] / ".." / "shared" / "samples"
).resolve()
# .ci/run sets EXAMTRAINER_REQUIRE_SAMPLES=1: there, missing samples fail instead of skipping.
SKIP_WITHOUT_SAMPLES = not SAMPLES.is_dir() and not os.environ.get("EXAMTRAINER_REQUIRE_SAMPLES")
MISSING = (
    "public sample files in ../shared/samples are not present "
    "(they are kept beside the repository, not in it)"
)

# file -> (format, items converted, not-mapped fields) for the files that import
IMPORTED: dict[str, tuple[str, int, list[str]]] = {
    "qti21_oat/choice.xml": ("qti21", 1, ["image"]),  # images/sign.png is not included
    "qti21_oat/text_entry.xml": ("qti21", 1, []),
    "qti21_oat/extended_text.xml": ("qti21", 1, ["image"]),  # images/postcard.png missing
    "qti21_oat/aqti_tmh_sample_1.xml": ("qti30", 1, ["catalogInfo"]),
    "moodle_xml/moodlexml-to-json_test.xml": (
        "moodle_xml",
        18,  # the cloze question is one short_answer gap now
        ["image_base64", "image", "type", "questiontext", "type", "type"],
    ),
    "gift/escapeAll.gift": ("gift", 1, []),
    "gift/essay1.gift": ("gift", 1, []),
    "gift/giftFormatPhpExamples.gift": ("gift", 8, ["answer"] * 2),  # the 2 numerical
    "gift/matching1.gift": ("gift", 2, []),
    "gift/mc1.gift": ("gift", 1, []),
    "gift/shortAnswer1.gift": ("gift", 2, []),
    "gift/tf1.gift": ("gift", 1, []),
}
# file -> the reason it is refused (a problem in the report)
REFUSED: dict[str, str] = {
    "qti21_oat/media_audio.xml": "no question could be converted",  # only a mediaInteraction
    "gift/numerical1.gift": "no question could be converted",  # only numerical questions
}
NOT_BANKS = ("SOURCES.txt", "LICENSE.", ".json")  # documentation and golden files


def _all_samples() -> list[str]:
    if not SAMPLES.is_dir():
        return []
    return sorted(p.relative_to(SAMPLES).as_posix() for p in SAMPLES.rglob("*") if p.is_file())


pytestmark = [
    pytest.mark.samples,
    pytest.mark.skipif(SKIP_WITHOUT_SAMPLES, reason=MISSING),
]


@pytest.mark.parametrize("name", _all_samples())
def test_every_sample_imports_or_is_refused_for_its_reason(tmp_path: Path, name: str) -> None:
    source = SAMPLES / name
    if name in IMPORTED:
        fmt, count, fields = IMPORTED[name]
        report = import_file(source, tmp_path / "pack")
        assert report.problems == [], report.summary()
        assert (report.format, report.items_converted) == (fmt, count)
        assert sorted(p.field for p in report.not_mapped) == sorted(fields)
        assert all(p.file and p.message for p in report.not_mapped)
        pack = read_pack_folder(tmp_path / "pack")  # the acceptance criterion
        assert len(pack.items) == count
        assert pack.manifest.source == source.name
    elif name in REFUSED:
        report = import_file(source, tmp_path / "pack")
        assert report.items_converted == 0
        assert any(REFUSED[name] in p.message for p in report.problems), report.summary()
        assert report.not_mapped  # and each question says why
        assert not (tmp_path / "pack").exists()
    else:
        assert any(marker in name for marker in NOT_BANKS), f"{name} is not in the table"
        with pytest.raises(UnknownFormat):
            detect_format(source)


def test_the_table_lists_no_file_that_is_gone() -> None:
    present = set(_all_samples())
    assert set(IMPORTED) | set(REFUSED) <= present
