"""The teacher PIN: asked before teacher mode opens; set once when there is none yet.

Accepted means: the PIN was right (or a new one was set). Three wrong tries make the dialog
wait 30 seconds before the next one, which slows down guessing at the keyboard.
"""

from __future__ import annotations

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
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

TRIES_BEFORE_WAIT = 3
WAIT_MS = 30_000


class TeacherPinDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from examtrainer.services.teacher import may_set_pin

        self.setObjectName("teacher_pin")
        self.ctx = ctx
        self.failures = 0
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._wait_over)
        self.retranslate()

    def try_pin(self) -> None:
        """Check (or set) the PIN typed; accept the dialog when it is right."""
        if self.setting:
            self._set_pin()
            return
        from examtrainer.services.teacher import verify_pin

        if verify_pin(self.pin.text(), self.ctx.settings.teacher_pin_hash):
            self.accept()
            return
        self.failures += 1
        self.pin.clear()
        self.pin.setFocus()
        if self.failures % TRIES_BEFORE_WAIT == 0:
            self.ok_button.setEnabled(False)
            self.message.setText(self.tr("Deze PIN klopt niet. Wacht 30 seconden."))
            self._timer.start(WAIT_MS)
        else:
            self.message.setText(self.tr("Deze PIN klopt niet. Probeer het opnieuw."))

    def _wait_over(self) -> None:
        self.ok_button.setEnabled(True)
        self.message.setText("")

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


class LearnerPinDialog(QDialog):
    """Asks the code of a protected profile; the teacher PIN opens it too."""

    def __init__(self, ctx: AppContext, learner_id: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("learner_pin")
        self.ctx = ctx
        self.learner_id = learner_id
        self.name = name
        self.failures = 0
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._wait_over)
        self.retranslate()

    def try_pin(self) -> None:
        if self.ctx.need_services().may_open_profile(self.learner_id, self.pin.text()):
            self.accept()
            return
        self.failures += 1
        self.pin.clear()
        self.pin.setFocus()
        if self.failures % TRIES_BEFORE_WAIT == 0:
            self.ok_button.setEnabled(False)
            self.message.setText(self.tr("Deze code klopt niet. Wacht 30 seconden."))
            self._timer.start(WAIT_MS)
        else:
            self.message.setText(self.tr("Deze code klopt niet. Probeer het opnieuw."))

    def _wait_over(self) -> None:
        self.ok_button.setEnabled(True)
        self.message.setText("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.name)
        self.intro.setText(
            self.tr("Dit profiel is van {name}. Typ de geheime code.").format(name=self.name)
        )
        self.ok_button.setText(self.tr("Openen"))
        self.cancel_button.setText(self.tr("Annuleren"))
