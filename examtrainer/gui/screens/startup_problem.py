"""The page shown when the app cannot start: what happened in plain Dutch, what was kept,
and a way out ("Opnieuw proberen", restore a backup, start again, close) instead of a
traceback or an endless "Even geduld"."""

from __future__ import annotations

from collections.abc import Callable

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.screens.base import Screen


class StartupProblemScreen(Screen):
    """``error``: why the start failed; ``retry``: opens the services again."""

    def __init__(
        self,
        ctx: AppContext,
        error: BaseException,
        retry: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        from examtrainer.errors import DatabaseDamaged, ExamtrainerError, NewerDatabase

        self.error = error
        self.retry = retry
        self.expected = isinstance(error, ExamtrainerError)
        self.damaged = error if isinstance(error, DatabaseDamaged) else None
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.message = QLabel()
        self.message.setObjectName("startup_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.kept = QLabel()
        self.kept.setWordWrap(True)
        layout.addWidget(self.kept)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("startup_retry")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("startup_restore")
        self.fresh_button = QPushButton()
        self.fresh_button.setObjectName("startup_fresh")
        self.quit_button = QPushButton()
        self.quit_button.setObjectName("startup_quit")
        for button in (self.restore_button, self.retry_button, self.fresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout.addLayout(buttons)
        layout.addStretch(2)
        has_backup = bool(self.damaged and self.damaged.backups)
        self.restore_button.setVisible(has_backup)
        self.restore_button.setProperty("primary", has_backup)
        self.fresh_button.setVisible(self.damaged is not None)
        # Retrying cannot help a newer database or a damaged file; it can help a locked
        # file, a full disk, a server that is down or a folder IT has just fixed.
        self.retry_button.setVisible(self.damaged is None and not isinstance(error, NewerDatabase))
        self.retry_button.setProperty("primary", not has_backup)
        self.listen(self.retry_button.clicked, self._retry)
        self.listen(self.restore_button.clicked, self._restore)
        self.listen(self.fresh_button.clicked, self._start_again)
        self.listen(self.quit_button.clicked, QApplication.quit)
        self.retranslate()

    def _busy(self, text: str) -> None:
        for button in (self.retry_button, self.restore_button, self.fresh_button):
            button.setEnabled(False)
        self.message.setText(text)

    def _retry(self) -> None:
        self._busy(self.tr("Even geduld. Het programma wordt klaargezet…"))
        self.retry()

    def _restore(self) -> None:
        from examtrainer.services.app import restore_newest_backup

        self._busy(self.tr("Even geduld. De reservekopie wordt teruggezet…"))
        ctx = self.ctx
        self.ctx.runner.run(
            lambda: restore_newest_backup(ctx.paths, ctx.settings),
            lambda _restored: self.retry(),
            self._failed,
        )

    def _start_again(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Opnieuw beginnen"),
            self.tr(
                "Wilt u opnieuw beginnen met een leeg programma? Het oude bestand wordt "
                "niet weggegooid: het blijft in de map met reservekopieën."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("startup_fresh_confirm")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Ja, opnieuw beginnen"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Nee"))
        box.accepted.connect(self._start_again_confirmed)
        self.confirm_box = box
        box.open()

    def _start_again_confirmed(self) -> None:
        from examtrainer.services.app import start_with_a_new_database

        self._busy(self.tr("Even geduld. Het programma wordt klaargezet…"))
        ctx = self.ctx
        self.ctx.runner.run(
            lambda: start_with_a_new_database(ctx.paths, ctx.settings),
            lambda _aside: self.retry(),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        for button in (self.retry_button, self.restore_button, self.fresh_button):
            button.setEnabled(True)
        self.message.setText(str(error))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Het programma kan nu niet starten"))
        if self.expected:
            self.message.setText(str(self.error))
        else:
            self.message.setText(
                self.tr(
                    "Er ging iets mis bij het starten. Probeer het opnieuw. Lukt het niet? "
                    "Vraag dan hulp aan de docent of de ICT-beheerder."
                )
            )
        self.kept.setText(
            self.tr("Er is niets weggegooid. Uw oude bestand en de reservekopieën blijven bewaard.")
            if self.damaged is not None
            else self.tr("Uw antwoorden van eerder zijn niet veranderd.")
        )
        self.retry_button.setText(self.tr("Opnieuw proberen"))
        self.restore_button.setText(self.tr("Reservekopie terugzetten"))
        self.fresh_button.setText(self.tr("Opnieuw beginnen"))
        self.quit_button.setText(self.tr("Afsluiten"))
