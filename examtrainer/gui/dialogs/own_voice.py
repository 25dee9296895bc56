"""A teacher's own voice: replace a listening fragment's audio or a speaking task's model
answer in a teacher's bank with a recording or a chosen sound file, after hearing it.

The recorder is the one the speaking screens use (``ctx.make_recorder()``: QtRecorder in the
app, the file-backed fake in tests), made only when "Opnemen" is first pressed. Recordings
wait in a folder of this dialog until "In de itembank zetten" copies the chosen one into the
bank (``services.banks.replace_audio``); the folder is removed when the dialog closes.
"""

from __future__ import annotations

import shutil
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from examtrainer.gui.teacher.base import muted_label
from examtrainer.gui.widgets.audio import LevelMeter, audio_error_text, clock_text
from examtrainer.gui.widgets.playback import PlayButton

SOUND_FILTER = "*.wav *.ogg *.opus *.mp3 *.m4a"


class OwnVoiceDialog(QDialog):
    """Choose a part, record or choose a sound, hear it, put it in the bank.

    ``saved(key)`` is emitted after a sound was put in the bank."""

    saved = Signal(str)

    def __init__(
        self, ctx: AppContext, bank_id: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("own_voice")
        self.ctx = ctx
        self.bank_id = bank_id
        self.bank_title = title
        self.parts: list[Any] = []
        self.candidate: Path | None = None  # the sound that would go into the bank
        self.candidate_recorded = False
        self.busy = 0
        self._recorder: Any = None
        self._recordings = 0
        self.work = Path(tempfile.mkdtemp(prefix="examtrainer-voice-"))
        self.setMinimumSize(720, 520)

        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("subtitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.explanation = muted_label()
        layout.addWidget(self.explanation)
        self.list = QListWidget()
        self.list.setObjectName("voice_parts")
        self.list.currentRowChanged.connect(self._chosen)
        layout.addWidget(self.list, 1)

        self.now_box = QGroupBox()
        now_layout = QHBoxLayout(self.now_box)
        self.now_label = QLabel()
        self.now_label.setObjectName("voice_now")
        self.now_label.setWordWrap(True)
        self.play_current = PlayButton(ctx)
        self.play_current.setObjectName("play_current")
        now_layout.addWidget(self.now_label, 1)
        now_layout.addWidget(self.play_current)
        layout.addWidget(self.now_box)

        self.new_box = QGroupBox()
        new_layout = QVBoxLayout(self.new_box)
        sources = QHBoxLayout()
        self.record_button = QPushButton()
        self.record_button.setObjectName("record_voice")
        self.record_button.clicked.connect(self.toggle_recording)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choose_sound")
        self.choose_button.clicked.connect(self.choose_file)
        sources.addWidget(self.record_button)
        sources.addWidget(self.choose_button)
        sources.addStretch(1)
        new_layout.addLayout(sources)
        self.meter = LevelMeter()
        self.meter.hide()
        new_layout.addWidget(self.meter)
        candidate = QHBoxLayout()
        self.new_label = QLabel()
        self.new_label.setObjectName("voice_new")
        self.new_label.setWordWrap(True)
        self.play_new = PlayButton(ctx)
        self.play_new.setObjectName("play_new")
        candidate.addWidget(self.new_label, 1)
        candidate.addWidget(self.play_new)
        new_layout.addLayout(candidate)
        layout.addWidget(self.new_box)

        buttons = QHBoxLayout()
        self.status = muted_label()
        self.status.setObjectName("voice_status")
        buttons.addWidget(self.status, 1)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_voice")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close_voice")
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.clock = QTimer(self)
        self.clock.setInterval(200)
        self.clock.timeout.connect(self._show_state)
        self.finished.connect(self._release)
        self.retranslate()
        self.refresh()

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        from examtrainer.services.banks import voice_parts

        store = self.ctx.need_services().store
        self._run(lambda: voice_parts(store, self.bank_id), self._loaded)

    def _loaded(self, parts: list[Any]) -> None:
        chosen = self.part.key if self.part is not None else None
        self.parts = parts
        self.list.blockSignals(True)
        self.list.clear()
        row = 0 if parts else -1
        for index, part in enumerate(parts):
            item = QListWidgetItem(self._part_text(part))
            item.setData(Qt.ItemDataRole.UserRole, part.key)
            self.list.addItem(item)
            if part.key == chosen:
                row = index
        self.list.blockSignals(False)
        self.list.setCurrentRow(row)
        self._chosen(row)

    @property
    def part(self) -> Any:
        row = self.list.currentRow()
        return self.parts[row] if 0 <= row < len(self.parts) else None

    def _chosen(self, _row: int) -> None:
        part = self.part
        self.play_current.set_file(part.audio if part is not None else None)
        self._show_state()

    def _part_text(self, part: Any) -> str:
        from examtrainer.services.banks import FRAGMENT

        kind = self.tr("Luisterfragment") if part.kind == FRAGMENT else self.tr("Voorbeeldantwoord")
        text = f"{kind}: {part.label}"
        if part.own:
            text += " " + self.tr("(uw eigen geluid)")
        return text

    # -- a new sound -----------------------------------------------------------------------
    @property
    def recorder(self) -> Any:
        if self._recorder is None:
            self._recorder = self.ctx.make_recorder()
            self._recorder.on_level = self.meter.set_level
            self._recorder.on_error = self._recording_failed
        return self._recorder

    @property
    def recording(self) -> bool:
        return self._recorder is not None and self._recorder.is_recording

    def toggle_recording(self) -> None:
        if self.recording:
            self.stop_recording()
        else:
            self.start_recording()

    def start_recording(self) -> None:
        self.play_current.stop()
        self.play_new.stop()
        self._recordings += 1
        path = self.work / f"opname-{self._recordings}.wav"
        try:
            self.recorder.start(path)
        except Exception as error:  # no microphone, disk full: say so, keep the dialog
            self._say_error(error)
            return
        self.meter.show()
        self.clock.start()
        self._say("")
        self._show_state()

    def stop_recording(self) -> None:
        self.clock.stop()
        self.meter.hide()
        try:
            path = self.recorder.stop()
        except Exception as error:
            self._recording_failed(error)
            return
        self._use(path, recorded=True)

    def _recording_failed(self, error: BaseException) -> None:
        self.clock.stop()
        self.meter.hide()
        kept = getattr(error, "path", None)  # RecordingInterrupted keeps what was recorded
        if kept is not None and Path(kept).is_file():
            self._use(Path(kept), recorded=True)
        self._say_error(error)
        self._show_state()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Geluidsbestand kiezen"),
            str(Path.home()),
            self.tr("Geluid") + f" ({SOUND_FILTER})",
        )
        if name:
            self.use_file(Path(name))

    def use_file(self, path: Path) -> None:
        """``path`` (a sound file the teacher chose) is the new sound, to hear and keep."""
        self._use(path, recorded=False)

    def _use(self, path: Path, recorded: bool) -> None:
        self.candidate = path
        self.candidate_recorded = recorded
        self.play_new.set_file(path)
        self._say("")
        self._show_state()

    # -- keep it ---------------------------------------------------------------------------
    def save(self) -> None:
        from examtrainer.services.banks import replace_audio

        part, source = self.part, self.candidate
        if part is None or source is None or self.recording:
            return
        self.play_current.stop()
        self.play_new.stop()
        store = self.ctx.need_services().store
        key = part.key

        def done(_path: str) -> None:
            self.candidate = None
            self.play_new.set_file(None)
            self._say(
                self.tr("Opgeslagen. Leerlingen horen nu uw geluid bij '{label}'.").format(
                    label=part.label
                )
            )
            self.saved.emit(key)
            self.refresh()

        self._run(lambda: replace_audio(store, self.bank_id, key, source), done)

    # -- display ---------------------------------------------------------------------------
    def _show_state(self) -> None:
        part = self.part
        recording = self.recording
        if part is None:
            self.now_label.setText(
                self.tr("Deze itembank heeft geen luisterfragmenten en geen spreekopdrachten.")
            )
        elif part.audio is None:
            self.now_label.setText(self.tr("Nu: nog geen geluid."))
        elif part.own:
            self.now_label.setText(self.tr("Nu: uw eigen geluid."))
        else:
            self.now_label.setText(self.tr("Nu: {file}").format(file=part.audio.name))
        if recording:
            self.new_label.setText(
                self.tr("Opname loopt: {time}").format(
                    time=clock_text(self._recorder.elapsed_seconds)
                )
            )
        elif self.candidate is None:
            self.new_label.setText(self.tr("Neem uw stem op of kies een geluidsbestand."))
        elif self.candidate_recorded:
            self.new_label.setText(self.tr("Nieuw: uw opname. Luister en zet hem in de itembank."))
        else:
            self.new_label.setText(
                self.tr("Nieuw: {file}. Luister en zet het in de itembank.").format(
                    file=self.candidate.name
                )
            )
        self.record_button.setText(self.tr("■ Stop opname") if recording else self.tr("● Opnemen"))
        self.record_button.setEnabled(part is not None)
        self.choose_button.setEnabled(part is not None and not recording)
        self.save_button.setEnabled(
            part is not None and self.candidate is not None and not recording and not self.busy
        )

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _say_error(self, error: BaseException) -> None:
        self.status.setText(audio_error_text(error) if hasattr(error, "code") else str(error))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Eigen stem"))
        self.heading.setText(self.tr("Eigen stem in '{title}'").format(title=self.bank_title))
        self.explanation.setText(
            self.tr(
                "Kies een luisterfragment of een voorbeeldantwoord. Neem uw stem op of kies "
                "een geluidsbestand. Luister eerst. Zet het daarna in de itembank: leerlingen "
                "horen dan uw geluid, en het gaat mee als u de itembank exporteert."
            )
        )
        self.now_box.setTitle(self.tr("Wat leerlingen nu horen"))
        self.new_box.setTitle(self.tr("Nieuw geluid"))
        self.play_current.set_texts(self.tr("▶ Nu afspelen"), self.tr("■ Stop"))
        self.play_new.set_texts(self.tr("▶ Nieuw geluid afspelen"), self.tr("■ Stop"))
        self.choose_button.setText(self.tr("Bestand kiezen…"))
        self.save_button.setText(self.tr("In de itembank zetten"))
        self.close_button.setText(self.tr("Sluiten"))
        for row, part in enumerate(self.parts):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._part_text(part))
        self._show_state()

    def changeEvent(self, event: Any) -> None:
        from examtrainer.gui.qt import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- background work and closing -------------------------------------------------------
    def _run(self, work: Any, done: Any) -> None:
        """``work()`` off the UI thread, then ``done(result)``; bound slots, so a result that
        arrives after the dialog was deleted is dropped by the runner."""
        self.busy += 1
        self._show_state()
        self.ctx.runner.run(lambda: (done, work()), self._job_done, self._job_failed)

    def _job_done(self, payload: tuple[Any, Any]) -> None:
        done, result = payload
        self.busy -= 1
        done(result)
        self._show_state()

    def _job_failed(self, error: BaseException) -> None:
        self.busy -= 1
        self._show_state()
        if self.ctx.on_error:
            self.ctx.on_error(error)

    def _release(self, _result: int = 0) -> None:
        self.clock.stop()
        self.play_current.stop()
        self.play_new.stop()
        if self.recording:
            # Closing anyway: the recording is thrown away with the folder.
            with suppress(Exception):
                self._recorder.stop()
        shutil.rmtree(self.work, ignore_errors=True)
