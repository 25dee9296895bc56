"""The audio package stays free of Qt, so it runs headless and in the content tools."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import examtrainer.audio

PACKAGE = Path(examtrainer.audio.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def test_no_module_imports_qt() -> None:
    for module in PACKAGE.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not [n for n in names if n.split(".")[0] in FORBIDDEN], module.name


def test_importing_everything_loads_no_qt_and_no_ffmpeg_module() -> None:
    modules = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        + "".join(f"import examtrainer.audio.{m}\n" for m in modules)
        + f"unwanted = {(*FORBIDDEN, 'imageio_ffmpeg')!r}\n"
        + "bad = [m for m in sys.modules if m.split('.')[0] in unwanted]\n"
        + "print(','.join(bad))\n"
    )
    done = subprocess.run(
        [sys.executable, "-W", "error::RuntimeWarning", "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=PACKAGE.parents[1],
    )
    assert done.stdout.strip() == ""
