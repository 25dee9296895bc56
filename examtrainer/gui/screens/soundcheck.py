"""The sound check, as at the start of the real exam: hear a sample through the headphones,
record three seconds and hear them back with a level meter. Missing devices are explained
in plain words; the learner may always go on (speaking works without a microphone)."""

from __future__ import annotations

import logging
from contextlib import suppress
from pathlib import Path
from typing import Any

from examtrainer.audio.devices import AudioError, DeviceStatus
from examtrainer.audio.tone import write_tone
from examtrainer.exam.countdown import Countdown
from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.screens.base import (
    Screen,
    card,
    primary_button,
    set_style_property,
    title_label,
)
from examtrainer.gui.widgets.audio import AudioPanel, LevelMeter, SharedPlayer, audio_error_text

log = logging.getLogger(__name__)

TEST_RECORDING_SECONDS = 3
LATE_SOUND_SECONDS = 3.0  # how long after the three seconds a slow microphone may still send
SAMPLE_NAME = "soundcheck.ogg"  # a dedicated sample in assets/audio, when there is one
TICK_MS = 100


def sound_sample(assets: Path, folder: Path) -> Path:
    """The sound to test the headphones with: the bundled sample, else any bundled fragment,
    else a one-second tone written into ``folder`` (so the check never depends on assets)."""
    audio = assets / "audio"
    dedicated = audio / SAMPLE_NAME
    if dedicated.is_file():
        return dedicated
    found = sorted(audio.glob("*.ogg")) if audio.is_dir() else []
    if found:
        return found[0]
    tone = folder / "tone.wav"
    return tone if tone.is_file() else write_tone(tone)


class SoundCheckScreen(Screen):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        then: str | None = None,
        then_kwargs: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.then = then
        self.then_kwargs = dict(then_kwargs or {})
        self.status = DeviceStatus(has_output=False, has_input=False)
        self.heard_sample: bool | None = None
        self.heard_voice: bool | None = None
        self.recording_error: BaseException | None = None
        self.countdown: Countdown | None = None
        self._started_at = 0.0
        self.folder = ctx.paths.data / "soundcheck"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.shared = SharedPlayer(ctx.make_player())
        self.recorder = ctx.make_recorder()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.listen(self.timer.timeout, self.tick)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        outer.setSpacing(14)
        self.heading = title_label()
        outer.addWidget(self.heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("muted")
        outer.addWidget(self.intro)
        row = QHBoxLayout()
        row.setSpacing(18)

        speaker, left = card()
        self.speaker_title = title_label("subtitle")
        self.speaker_device = QLabel()
        self.speaker_device.setWordWrap(True)
        self.sample = AudioPanel(self.shared, big=True)
        self.sample.set_source(sound_sample(ctx.paths.bundled_assets, self.folder))
        self.listen(self.sample.failed, lambda _e: self.refresh())
        self.sample_question = QLabel()
        self.sample_question.setWordWrap(True)
        self.sample_yes, self.sample_no = QPushButton(), QPushButton()
        self.sample_yes.setObjectName("sample_yes")
        self.sample_no.setObjectName("sample_no")
        self.listen(self.sample_yes.clicked, lambda: self._heard_sample(True))
        self.listen(self.sample_no.clicked, lambda: self._heard_sample(False))
        self.speaker_advice = QLabel()
        self.speaker_advice.setWordWrap(True)
        self.speaker_advice.setObjectName("speaker_advice")
        for widget in (self.speaker_title, self.speaker_device, self.sample, self.sample_question):
            left.addWidget(widget)
        left.addLayout(self._pair(self.sample_yes, self.sample_no))
        left.addWidget(self.speaker_advice)
        left.addStretch(1)
        row.addWidget(speaker, 1, Qt.AlignmentFlag.AlignTop)

        microphone, right = card()
        self.microphone_title = title_label("subtitle")
        self.microphone_device = QLabel()
        self.microphone_device.setWordWrap(True)
        self.record_button = primary_button()
        self.record_button.setObjectName("record")
        self.record_button.setMinimumHeight(54)
        self.listen(self.record_button.clicked, self.record_test)
        self.record_state = QLabel()
        self.record_state.setWordWrap(True)
        self.meter = LevelMeter()
        self.recorder.on_level = self.meter.set_level
        self.playback = AudioPanel(self.shared)
        self.playback.hide()
        self.voice_question = QLabel()
        self.voice_question.setWordWrap(True)
        self.voice_yes, self.voice_no = QPushButton(), QPushButton()
        self.voice_yes.setObjectName("voice_yes")
        self.voice_no.setObjectName("voice_no")
        self.listen(self.voice_yes.clicked, lambda: self._heard_voice(True))
        self.listen(self.voice_no.clicked, lambda: self._heard_voice(False))
        self.microphone_advice = QLabel()
        self.microphone_advice.setWordWrap(True)
        self.microphone_advice.setObjectName("microphone_advice")
        for part in (
            self.microphone_title,
            self.microphone_device,
            self.record_button,
            self.record_state,
            self.meter,
            self.playback,
            self.voice_question,
        ):
            right.addWidget(part)
        right.addLayout(self._pair(self.voice_yes, self.voice_no))
        right.addWidget(self.microphone_advice)
        right.addStretch(1)
        row.addWidget(microphone, 1, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(row, 1)

        buttons = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setObjectName("back")
        self.listen(self.back_button.clicked, lambda: self.go("home"))
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retry")
        self.listen(self.retry_button.clicked, self.refresh)
        self.continue_button = primary_button()
        self.continue_button.setObjectName("continue")
        self.listen(self.continue_button.clicked, self.go_on)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        outer.addLayout(buttons)
        self.refresh()

    @staticmethod
    def _pair(yes: QPushButton, no: QPushButton) -> QHBoxLayout:
        pair = QHBoxLayout()
        pair.addWidget(yes)
        pair.addWidget(no)
        pair.addStretch(1)
        return pair

    # -- devices -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Look again which devices are there (after the learner plugged something in)."""
        self.status = self.ctx.audio_status()
        self.retranslate()

    def _heard_sample(self, heard: bool) -> None:
        self.heard_sample = heard
        self.retranslate()

    def _heard_voice(self, heard: bool) -> None:
        self.heard_voice = heard
        self.retranslate()

    def record_test(self) -> None:
        """Record three seconds; afterwards they are played back at once."""
        if self.recorder.is_recording:
            return
        self.shared.stop()
        self.recording_error = None
        self.heard_voice = None
        try:
            self.recorder.start(self.folder / "microphone-test.wav")
        except (AudioError, OSError) as error:
            log.warning("microphone test failed: %r", error)
            self.recording_error = error
            self.refresh()
            return
        self.countdown = Countdown(TEST_RECORDING_SECONDS, self.ctx.clock)
        self.countdown.start()
        self._started_at = self.ctx.clock()
        self.timer.start()
        self.retranslate()

    def tick(self) -> None:
        """Every 100 ms while recording: stop once three seconds of sound are in (a busy PC
        may run the timer late; the recording still holds three seconds), or when the time
        is up plus a grace of ``LATE_SOUND_SECONDS`` for a microphone that sends nothing."""
        if self.countdown is None:
            return
        heard_enough = self.recorder.elapsed_seconds >= TEST_RECORDING_SECONDS
        self.countdown.poll()
        late = self.countdown.expired and (
            self.countdown.elapsed_seconds >= TEST_RECORDING_SECONDS
            and self.ctx.clock() - self._started_at >= TEST_RECORDING_SECONDS + LATE_SOUND_SECONDS
        )
        if heard_enough or late or not self.recorder.is_recording:
            self._stop_recording()
        self.retranslate()

    def _stop_recording(self) -> None:
        self.timer.stop()
        self.countdown = None
        try:
            path = self.recorder.stop()
        except AudioError as error:
            self.recording_error = error
            return
        self.playback.set_source(path)
        self.playback.show()
        self.playback.play_from_start()

    def go_on(self) -> None:
        self.ctx.sound_checked = True
        if self.then:
            self.go(self.then, **self.then_kwargs)
        else:
            self.go("home")

    def teardown(self) -> None:
        self.timer.stop()
        self.shared.stop()
        if self.recorder.is_recording:
            with suppress(AudioError, RuntimeError, OSError):
                self.recorder.stop()
        self.recorder.on_level = None
        super().teardown()

    # -- words ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Geluid testen"))
        self.intro.setText(
            self.tr(
                "Test eerst uw koptelefoon en uw microfoon. Dat doet u ook bij het echte examen."
            )
        )
        self._speaker_words()
        self._microphone_words()
        self.back_button.setText(self.tr("Terug"))
        self.retry_button.setText(self.tr("Opnieuw kijken"))
        self.continue_button.setText(
            {
                "listening": self.tr("Verder naar luisteren"),
                "speaking": self.tr("Verder naar spreken"),
            }.get(self.then or "", self.tr("Klaar"))
        )

    def _speaker_words(self) -> None:
        has_output = self.status.has_output
        self.speaker_title.setText(self.tr("1. Koptelefoon of luidspreker"))
        if has_output:
            names = ", ".join(self.status.output_names)
            self.speaker_device.setText(self.tr("Gevonden: {name}").format(name=names))
            self.sample_question.setText(self.tr("Klik op Luisteren. Hoort u het geluid goed?"))
        else:
            self.speaker_device.setText(self.tr("Niet gevonden."))
        for widget in (self.sample, self.sample_question, self.sample_yes, self.sample_no):
            widget.setVisible(has_output)
        self.sample_yes.setText(self.tr("Ja, ik hoor het"))
        self.sample_no.setText(self.tr("Nee"))
        if not has_output:
            advice = self.tr(
                "We vinden geen luidspreker of koptelefoon. Zonder geluid kunt u niet luisteren.\n"
                "Sluit een koptelefoon of luidsprekers aan. Klik dan op 'Opnieuw kijken'."
            )
        elif self.sample.error is not None:
            advice = audio_error_text(self.sample.error)
        elif self.heard_sample is True:
            advice = self.tr("Goed zo. Het geluid werkt.")
        elif self.heard_sample is False:
            advice = self.tr(
                "Zet het geluid van de computer harder. Kijk of de koptelefoon goed vastzit. "
                "Probeer het dan nog een keer."
            )
        else:
            advice = ""
        self.speaker_advice.setText(advice)
        self.speaker_advice.setVisible(bool(advice))
        good = has_output and self.sample.error is None and self.heard_sample is True
        set_style_property(self.speaker_advice, "feedback", "good" if good else "bad")
        self.sample.retranslate()

    def _microphone_words(self) -> None:
        has_input = self.status.has_input
        recording = self.recorder.is_recording
        self.microphone_title.setText(self.tr("2. Microfoon"))
        if has_input:
            names = ", ".join(self.status.input_names)
            self.microphone_device.setText(self.tr("Gevonden: {name}").format(name=names))
        else:
            self.microphone_device.setText(self.tr("Niet gevonden."))
        self.record_button.setVisible(has_input)
        self.meter.setVisible(has_input and (recording or self.playback.path is not None))
        self.record_button.setEnabled(not recording)
        self.record_button.setText(
            self.tr("Neem 3 seconden op")
            if self.playback.path is None
            else self.tr("Opnieuw opnemen")
        )
        if recording and self.countdown is not None:
            left = self.countdown.shown_seconds
            self.record_state.setText(
                self.tr("Spreek nu. Zeg bijvoorbeeld: 'Goedemorgen, ik heet …'.")
                + " "
                + self.tr("Nog %n seconden.", "", left)
            )
        elif self.playback.path is not None:
            self.record_state.setText(
                self.tr("Dit is uw opname. Klik op Luisteren om hem nog eens te horen.")
            )
        elif has_input:
            self.record_state.setText(self.tr("Klik op de knop. Zeg dan iets. U heeft 3 seconden."))
        else:
            self.record_state.setText("")
        self.record_state.setVisible(bool(self.record_state.text()))
        done = self.playback.path is not None and not recording
        for widget in (self.voice_question, self.voice_yes, self.voice_no):
            widget.setVisible(has_input and done)
        self.voice_question.setText(self.tr("Hoort u uw eigen stem?"))
        self.voice_yes.setText(self.tr("Ja, ik hoor mijzelf"))
        self.voice_no.setText(self.tr("Nee"))
        if not has_input:
            advice = self.tr(
                "We vinden geen microfoon. Sluit een microfoon of een koptelefoon met microfoon "
                "aan. Klik dan op 'Opnieuw kijken'.\n"
                "U kunt ook zonder microfoon spreken oefenen. U zegt dan uw antwoord hardop."
            )
        elif self.recording_error is not None:
            advice = audio_error_text(self.recording_error)
        elif self.heard_voice is True:
            advice = self.tr("Goed zo. De microfoon werkt.")
        elif self.heard_voice is False:
            advice = self.tr(
                "Spreek wat harder, of houd de microfoon dichter bij uw mond. "
                "Kijk of de microfoon aan staat. Probeer het dan nog een keer."
            )
        else:
            advice = ""
        self.microphone_advice.setText(advice)
        self.microphone_advice.setVisible(bool(advice))
        good = has_input and self.recording_error is None and self.heard_voice is True
        set_style_property(self.microphone_advice, "feedback", "good" if good else "bad")
        self.playback.retranslate()
