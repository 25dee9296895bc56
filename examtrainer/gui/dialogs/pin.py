"""The teacher PIN: asked before teacher mode opens; set once when there is none yet. And
the code of a protected learner profile.

Accepted means: the PIN was right (or a new one was set). The check runs off the UI thread
(a hash check takes about 0.25 s) through ``services.pin_guard``, whose counters are in the
database: after three wrong tries the next one waits 30 s, then 1 min, 5 min, 15 min, 1 hour,
also after closing the dialog or restarting the app.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimer,
    QVBoxLayout,
    QWidget,
)


def wait_text(seconds: float) -> str:
    """'30 seconden', '1 minuut', '5 minuten', '1 uur' (rounded up)."""
    whole = max(1, math.ceil(seconds))
    if whole < 60:
        return QCoreApplication.translate("PinDialog", "%n seconden", None, whole)
    minutes = math.ceil(whole / 60)
    if minutes < 60:
        return QCoreApplication.translate("PinDialog", "%n minuten", None, minutes)
    hours = math.ceil(minutes / 60)
    return QCoreApplication.translate("PinDialog", "%n uur", None, hours)


class _GuardedPinDialog(QDialog):
    """What both PIN dialogs share: the check in the background, and the wait after wrong
    tries (also the wait that was still running when the dialog was opened)."""

    pin: QLineEdit
    ok_button: QPushButton
    message: QLabel
    ctx: AppContext

    def _setup_guard(self, wait_left: Callable[[], float]) -> None:
        self.checking = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._wait_over)
        self.ctx.runner.run(wait_left, self._show_wait_at_open, self._check_failed)

    def _wrong_text(self) -> str:
        raise NotImplementedError

    def _show_wait_at_open(self, seconds: Any) -> None:
        if float(seconds) > 0:
            self._start_wait(
                float(seconds),
                QCoreApplication.translate(
                    "PinDialog", "U heeft te vaak een verkeerde code getypt."
                ),
            )

    def _check(self, fn: Callable[[], Any]) -> None:
        """Run the slow PIN check ``fn`` (returns a PinCheck) in the background."""
        if self.checking:
            return
        self.checking = True
        self.ok_button.setEnabled(False)
        self.pin.setEnabled(False)
        self.message.setText(QCoreApplication.translate("PinDialog", "Even controleren…"))
        self.ctx.runner.run(fn, self._checked, self._check_failed)

    def _checked(self, result: Any) -> None:
        self.checking = False
        self.pin.setEnabled(True)
        if result.accepted:
            self.accept()
            return
        self.pin.clear()
        self.pin.setFocus()
        if result.wait_seconds > 0:
            first = (
                QCoreApplication.translate(
                    "PinDialog", "U heeft te vaak een verkeerde code getypt."
                )
                if result.refused_unchecked
                else self._wrong_text()
            )
            self._start_wait(result.wait_seconds, first)
        else:
            self.ok_button.setEnabled(True)
            self.message.setText(
                self._wrong_text()
                + " "
                + QCoreApplication.translate("PinDialog", "Probeer het opnieuw.")
            )

    def _start_wait(self, seconds: float, first: str) -> None:
        self.ok_button.setEnabled(False)
        self.message.setText(
            first
            + " "
            + QCoreApplication.translate("PinDialog", "Wacht {wait}.").format(
                wait=wait_text(seconds)
            )
        )
        self._timer.start(min(int(seconds * 1000) + 1, 2**31 - 1))

    def _check_failed(self, error: BaseException) -> None:
        self.checking = False
        self.pin.setEnabled(True)
        self.ok_button.setEnabled(True)
        self.message.setText(
            str(error)
            or QCoreApplication.translate("PinDialog", "Er ging iets mis. Probeer het opnieuw.")
        )

    def _wait_over(self) -> None:
        self.ok_button.setEnabled(True)
        self.message.setText("")


class TeacherPinDialog(_GuardedPinDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from examtrainer.services.teacher import may_set_pin

        self.setObjectName("teacher_pin")
        self.ctx = ctx
        self.setting = not ctx.settings.teacher_pin_hash
        self.refusal = may_set_pin(ctx.paths, ctx.settings) if self.setting else None
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.pin_label = QLabel()
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_label = QLabel()
        self.repeat = QLineEdit()
        self.repeat.setObjectName("pin_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.repeat_label, self.repeat)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("pin_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("pin_ok")
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("pin_cancel")
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.repeat_label.setVisible(self.setting)
        self.repeat.setVisible(self.setting)
        blocked = self.refusal is not None
        self.pin.setEnabled(not blocked)
        self.ok_button.setEnabled(not blocked)
        services = ctx.need_services()
        self._setup_guard(services.pin_wait_left if not self.setting else lambda: 0.0)
        self.retranslate()

    def try_pin(self) -> None:
        """Check (or set) the PIN typed; accept the dialog when it is right. The check runs
        in the background; the dialog shows the outcome when it is back."""
        if self.setting:
            self._set_pin()
            return
        services, pin = self.ctx.need_services(), self.pin.text()
        self._check(lambda: services.check_teacher_pin(pin))

    def _wrong_text(self) -> str:
        return self.tr("Deze PIN klopt niet.")

    def _set_pin(self) -> None:
        from examtrainer.services.teacher import PinError, check_new_pin, set_user_pin

        pin = self.pin.text()
        try:
            check_new_pin(pin)
        except PinError as error:
            self.message.setText(str(error))
            return
        if pin != self.repeat.text():
            self.message.setText(self.tr("De twee PIN's zijn niet hetzelfde."))
            return
        try:
            self.ctx.settings = set_user_pin(self.ctx.paths, self.ctx.settings, pin)
        except (PinError, OSError) as error:
            self.message.setText(str(error))
            return
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Docent"))
        if self.refusal is not None:
            self.intro.setText(self.refusal)
        elif self.setting:
            self.intro.setText(
                self.tr(
                    "Er is nog geen docent-PIN op deze computer. Kies een PIN van minstens "
                    "4 tekens (beter: 6 of meer). Leerlingen mogen deze PIN niet weten."
                )
            )
        else:
            self.intro.setText(
                self.tr("Typ de docent-PIN. Daarna ziet u de resultaten van alle leerlingen.")
            )
        self.pin_label.setText(self.tr("PIN:"))
        self.repeat_label.setText(self.tr("Nog een keer:"))
        self.ok_button.setText(self.tr("PIN opslaan") if self.setting else self.tr("Openen"))
        self.cancel_button.setText(self.tr("Annuleren"))


class LearnerPinDialog(_GuardedPinDialog):
    """Asks the code of a protected profile; the teacher PIN opens it too."""

    def __init__(self, ctx: AppContext, learner_id: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("learner_pin")
        self.ctx = ctx
        self.learner_id = learner_id
        self.name = name
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.pin)
        self.message = QLabel()
        self.message.setObjectName("pin_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("pin_ok")
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        services = ctx.need_services()
        self._setup_guard(lambda: services.pin_wait_left(learner_id))
        self.retranslate()

    def try_pin(self) -> None:
        """Check the code in the background; accept the dialog when it is right."""
        services, pin, learner_id = self.ctx.need_services(), self.pin.text(), self.learner_id
        self._check(lambda: services.check_profile_pin(learner_id, pin))

    def _wrong_text(self) -> str:
        return self.tr("Deze code klopt niet.")

    def retranslate(self) -> None:
        self.setWindowTitle(self.name)
        self.intro.setText(
            self.tr("Dit profiel is van {name}. Typ de geheime code.").format(name=self.name)
        )
        self.ok_button.setText(self.tr("Openen"))
        self.cancel_button.setText(self.tr("Annuleren"))
