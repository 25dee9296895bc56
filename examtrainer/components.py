"""The components examtrainer is made of and ships with, and their licences.

Shown in teacher mode → "Over deze installatie" and used by packaging/examtrainer.spec to
copy each Python component's metadata (with its licence file) into the bundle.
``tests/distribution/test_identity.py`` fails when a run-time dependency is missing here.
The full texts of the GPL, LGPL and Apache licences are in ``examtrainer/licence_texts/``;
every other licence's text is in its package's metadata (``*.dist-info``).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

LICENCE_TEXTS = Path(__file__).resolve().parent / "licence_texts"


@dataclass(frozen=True)
class Component:
    name: str
    licence: str  # SPDX expression
    source: str  # where its source code is published ("" for examtrainer: it ships with it)
    distribution: str | None = None  # the Python package (pip name) it comes with

    def version(self) -> str | None:
        """The installed version, or None where it cannot be known (a C library inside
        another component)."""
        if self.distribution is None:
            return None
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return None


APP = Component("examtrainer", "GPL-3.0-or-later", "", "examtrainer")

# Qt and PySide6 under the LGPL: the libraries are separate files the user may replace
# (docs/packaging.md, "Qt and the LGPL").
COMPONENTS: tuple[Component, ...] = (
    Component("Qt", "LGPL-3.0-only", "https://download.qt.io/official_releases/qt/",
              "pyside6-essentials"),
    Component("Qt Multimedia (Addons)", "LGPL-3.0-only",
              "https://download.qt.io/official_releases/qt/", "pyside6-addons"),
    Component("PySide6 / Shiboken6", "LGPL-3.0-only",
              "https://download.qt.io/official_releases/QtForPython/", "shiboken6"),
    Component("FFmpeg (in Qt Multimedia)", "LGPL-2.1-or-later", "https://ffmpeg.org/download.html"),
    Component("ICU (in Qt)", "Unicode-3.0", "https://github.com/unicode-org/icu"),
    Component("Python", "PSF-2.0", "https://www.python.org/downloads/source/"),
    Component("OpenSSL", "Apache-2.0", "https://www.openssl.org/source/"),
    Component("SQLite", "blessing", "https://sqlite.org/download.html"),
    Component("SQLAlchemy", "MIT", "https://github.com/sqlalchemy/sqlalchemy", "sqlalchemy"),
    Component("Alembic", "MIT", "https://github.com/sqlalchemy/alembic", "alembic"),
    Component("Mako", "MIT", "https://github.com/sqlalchemy/mako", "mako"),
    Component("MarkupSafe", "BSD-3-Clause", "https://github.com/pallets/markupsafe",
              "markupsafe"),
    Component("psycopg", "LGPL-3.0-only", "https://github.com/psycopg/psycopg", "psycopg"),
    Component("psycopg-binary (with libpq)", "LGPL-3.0-only AND PostgreSQL",
              "https://github.com/psycopg/psycopg", "psycopg-binary"),
    Component("pydantic", "MIT", "https://github.com/pydantic/pydantic", "pydantic"),
    Component("pydantic-core", "MIT", "https://github.com/pydantic/pydantic-core",
              "pydantic-core"),
    Component("annotated-types", "MIT", "https://github.com/annotated-types/annotated-types",
              "annotated-types"),
    Component("typing-extensions", "PSF-2.0", "https://github.com/python/typing_extensions",
              "typing-extensions"),
    Component("typing-inspection", "MIT", "https://github.com/pydantic/typing-inspection",
              "typing-inspection"),
    Component("numpy (with OpenBLAS)", "BSD-3-Clause", "https://github.com/numpy/numpy",
              "numpy"),
    Component("pydub", "MIT", "https://github.com/jiaaro/pydub", "pydub"),
    Component("platformdirs", "MIT", "https://github.com/tox-dev/platformdirs", "platformdirs"),
    Component("PyYAML", "MIT", "https://github.com/yaml/pyyaml", "pyyaml"),
    Component("defusedxml", "PSF-2.0", "https://github.com/tiran/defusedxml", "defusedxml"),
    Component("openpyxl", "MIT", "https://foss.heptapod.net/openpyxl/openpyxl", "openpyxl"),
    Component("et-xmlfile", "MIT", "https://foss.heptapod.net/openpyxl/et_xmlfile",
              "et-xmlfile"),
)


def python_distributions() -> list[str]:
    """The pip names of the Python packages among the components."""
    return [c.distribution for c in COMPONENTS if c.distribution is not None]
