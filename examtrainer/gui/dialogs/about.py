"""About this installation: the version, where the school's settings, the database and the
data are, and the components it is made of with their licences.

For a teacher or IT person setting up a classroom; the database password is never shown.
"""

from __future__ import annotations

import html

from examtrainer import APP_NAME, __version__
from examtrainer.components import APP, COMPONENTS, LICENCE_TEXTS
from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLibraryInfo,
    QResizeEvent,
    QShowEvent,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    qVersion,
)


def qt_libraries_folder() -> str:
    """Where the Qt libraries this process loaded live (the ones a user may replace)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath)


def components_html() -> str:
    """One line per component: name, version where known, licence, source."""
    rows = []
    for component in (APP, *COMPONENTS):
        version = __version__ if component is APP else component.version()
        if component.name == "Qt":
            version = qVersion()
        name = html.escape(component.name + (f" {version}" if version else ""))
        source = (
            f' — <a href="{html.escape(component.source)}">{html.escape(component.source)}</a>'
            if component.source
            else ""
        )
        rows.append(f"<li><b>{name}</b>: {html.escape(component.licence)}{source}</li>")
    return "<ul>" + "".join(rows) + "</ul>"


class SchoolSetupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("school_setup")
        self.ctx = ctx
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in (
            "version",
            "site",
            "site_state",
            "user",
            "database",
            "data",
            "config",
            "recordings",
            "shared_content",
            "shared_recordings",
            "pin",
            "locked",
        ):
            name, value = QLabel(), QLabel()
            value.setObjectName(f"about_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = (name, value)
            self.form.addRow(name, value)
        self.licences_title = QLabel()
        layout.addWidget(self.licences_title)
        self.licences = QTextBrowser()
        self.licences.setObjectName("about_licences")
        self.licences.setOpenExternalLinks(True)
        self.licences.setMinimumHeight(80)  # it scrolls; the texts around it must not be cut
        layout.addWidget(self.licences, 1)
        self.lgpl = QLabel()
        self.lgpl.setObjectName("about_lgpl")
        self.lgpl.setWordWrap(True)
        self.lgpl.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.lgpl)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate()

    def values(self) -> dict[str, str]:
        from examtrainer.services.app import database_url
        from examtrainer.services.teacher import safe_database_url, site_pin_hash

        paths, settings = self.ctx.paths, self.ctx.settings
        if site_pin_hash(paths):
            pin = self.tr("ingesteld door de school (site.toml)")
        elif settings.teacher_pin_hash:
            pin = self.tr("ingesteld op deze computer")
        else:
            pin = self.tr("nog niet ingesteld")
        site_exists = paths.site_config_file.is_file()
        return {
            "version": f"{APP_NAME} {__version__}",
            "site": str(paths.site_config_file),
            "site_state": self.tr("gevonden") if site_exists else self.tr("niet gevonden"),
            "user": str(paths.user_config_file),
            "database": safe_database_url(database_url(paths, settings)),
            "data": str(paths.data),
            "config": str(paths.config),
            "recordings": str(paths.recordings),
            "shared_content": settings.shared_content or self.tr("(geen)"),
            "shared_recordings": settings.shared_recordings or self.tr("(geen)"),
            "pin": pin,
            "locked": ", ".join(sorted(settings.locked)) or self.tr("(geen)"),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Over deze installatie"))
        self.intro.setText(
            self.tr(
                "Voor de ICT-beheerder: hier staan de instellingen van de school en de "
                "gegevens. Zie docs/school-setup.md."
            )
        )
        names = {
            "version": self.tr("Versie:"),
            "site": self.tr("Instellingen school:"),
            "site_state": self.tr("Dat bestand is:"),
            "user": self.tr("Eigen instellingen:"),
            "database": self.tr("Database:"),
            "data": self.tr("Map met gegevens:"),
            "config": self.tr("Map met eigen instellingen:"),
            "recordings": self.tr("Map met opnames:"),
            "shared_content": self.tr("Gedeelde itembanken:"),
            "shared_recordings": self.tr("Gedeelde opnames:"),
            "pin": self.tr("Docent-PIN:"),
            "locked": self.tr("Vastgezet door school:"),
        }
        values = self.values()
        for key, (name, value) in self.labels.items():
            name.setText(names[key])
            value.setText(values[key])
        self.licences_title.setText(self.tr("Onderdelen en hun licenties:"))
        self.licences.setHtml(components_html())
        self.lgpl.setText(
            self.tr(
                "Qt en PySide6 vallen onder de LGPL-3.0. U mag de Qt-bibliotheken vervangen "
                "door een eigen versie. Ze staan in: {folder}. De teksten van de licenties "
                "staan in: {texts}."
            ).format(folder=qt_libraries_folder(), texts=LICENCE_TEXTS)
        )
        self.fit_height()

    def fit_height(self) -> None:
        """Tall enough for every value: a long path wraps onto more lines, none is cut."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
            needed = layout.totalHeightForWidth(max(self.width(), self.minimumWidth()))
            if needed > self.height():
                self.resize(max(self.width(), self.minimumWidth()), needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            self.setMinimumHeight(layout.totalHeightForWidth(self.width()))
