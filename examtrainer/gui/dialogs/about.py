"""About this installation: where the school's settings, the database and the data are.

For a teacher or IT person setting up a classroom; the database password is never shown.
"""

from __future__ import annotations

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QResizeEvent,
    QShowEvent,
    Qt,
    QVBoxLayout,
    QWidget,
)


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
            "site",
            "site_state",
            "user",
            "database",
            "data",
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
            "site": str(paths.site_config_file),
            "site_state": self.tr("gevonden") if site_exists else self.tr("niet gevonden"),
            "user": str(paths.user_config_file),
            "database": safe_database_url(database_url(paths, settings)),
            "data": str(paths.data),
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
            "site": self.tr("Instellingen school:"),
            "site_state": self.tr("Dat bestand is:"),
            "user": self.tr("Eigen instellingen:"),
            "database": self.tr("Database:"),
            "data": self.tr("Map met gegevens:"),
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
