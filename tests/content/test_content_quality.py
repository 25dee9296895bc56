"""The content checks of tools/content_report.py over all bundled content: key patterns,
copied keys, near-duplicate texts, readability bands and spelling (the audio checks run in
the report itself). A problem that is not in KNOWN fails; a KNOWN one that is gone fails too
(strict), so the list can only shrink (issue #17: older items are still being rewritten)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]

# (check, group) -> why it is still a problem; empty since all bundled content passes.
KNOWN: dict[tuple[str, str], str] = {}


def _report() -> ModuleType:
    path = ROOT / "tools" / "content_report.py"
    spec = importlib.util.spec_from_file_location("content_report", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("content_report", module)
    spec.loader.exec_module(module)
    return module


def test_bundled_content_has_no_new_quality_problems() -> None:
    pytest.importorskip("wordfreq", reason="the readability check needs the tools extra")
    report = _report()
    if not report.hunspell_available():
        pytest.skip("the spelling check needs hunspell and hunspell-nl (Debian packages)")
    findings = report.run(report.load_bundled(), audio=False)
    problems = {(f.check, f.where): f for f in findings if f.problem}
    new = {key: f"{f.value} {f.note}" for key, f in problems.items() if key not in KNOWN}
    assert not new, new
    mended = set(KNOWN) - set(problems)
    assert not mended, f"no longer a problem, remove from KNOWN: {sorted(mended)}"
