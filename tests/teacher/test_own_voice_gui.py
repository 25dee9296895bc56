"""Issue 14, "their own voices", in teacher mode through the real widgets: a teacher records
(with the speaking screens' recorder, here the file-backed fake) or chooses a sound file,
hears it, and puts it in the bank as a listening fragment's audio or a model answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from examtrainer.audio.fakes import FakePlayer, FakeRecorder
from examtrainer.services.importing import import_bank

from . import test_teacher_gui as base
from .test_teacher_gui import left, teacher_screen

window = base.window  # the same window fixture

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PACK = FIXTURES / "packs" / "listen-speak"
VOICE = FIXTURES / "audio" / "speech_nl.wav"
TONE = FIXTURES / "audio" / "tone_1s.wav"


def _select_bank(tab: Any, bank_id: str) -> None:
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 1).text() == bank_id)
    tab.table.selectRow(row)


def test_record_hear_and_keep_a_teachers_own_voice(
    qtbot: Any, window: tuple[Any, Any], tmp_path: Path
) -> None:
    ctx, main = window
    services = ctx.services
    store = services.store
    bank = import_bank(store, services.paths, PACK).bank
    recorder = FakeRecorder(VOICE, instant=False)
    players: list[FakePlayer] = []
    ctx.recorder_factory = lambda: recorder
    ctx.player_factory = lambda: players.append(FakePlayer()) or players[-1]  # type: ignore[func-returns-value]
    screen = teacher_screen(qtbot, main, "banks")
    tab = screen.banks
    assert not tab.voice_button.isEnabled()  # nothing selected yet
    _select_bank(tab, bank.id)
    assert tab.voice_button.isEnabled() and tab.voice_button.text() == "Eigen stem…"
    qtbot.mouseClick(tab.voice_button, left())
    dialog = tab.voice_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.busy == 0 and dialog.list.count() > 0)
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert texts[0] == "Luisterfragment: Bij de bakker"
    assert "Voorbeeldantwoord: Hoe heet u? En waar komt u vandaan?" in texts
    assert dialog.now_label.text() == "Nu: ls-l1.wav"
    assert dialog.play_current.isEnabled()
    assert not dialog.save_button.isEnabled() and not dialog.play_new.isEnabled()

    # Record with the speaking screens' recorder, hear it, put it in the bank.
    qtbot.mouseClick(dialog.record_button, left())
    assert recorder.is_recording and dialog.record_button.text() == "■ Stop opname"
    assert not dialog.save_button.isEnabled()  # not while recording
    recorder.advance(1.5)
    qtbot.mouseClick(dialog.record_button, left())
    assert not recorder.is_recording and dialog.candidate is not None
    recorded = dialog.candidate.read_bytes()
    assert "uw opname" in dialog.new_label.text()
    qtbot.mouseClick(dialog.play_new, left())
    assert players[-1].loaded == dialog.candidate  # the teacher hears the new sound first
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, left())
    qtbot.waitUntil(lambda: dialog.busy == 0 and "Opgeslagen" in dialog.status.text())
    assert dialog.list.item(0).text() == "Luisterfragment: Bij de bakker (uw eigen geluid)"
    assert dialog.now_label.text() == "Nu: uw eigen geluid."
    listening = next(s for s in store.items.for_skill("listening") if s.stimulus.id == "ls-l1")
    assert listening.stimulus.audio == "audio/ls-l1-eigen.wav"
    kept = Path(listening.media_root) / "audio" / "ls-l1-eigen.wav"
    assert kept.read_bytes() == recorded  # what learners hear now
    qtbot.mouseClick(dialog.play_current, left())
    assert players[-1].loaded == kept  # the teacher hears what is in the bank

    # Choose a file for a model answer instead (what "Bestand kiezen…" hands over).
    model_row = texts.index("Voorbeeldantwoord: Hoe heet u? En waar komt u vandaan?")
    dialog.list.setCurrentRow(model_row)
    assert dialog.now_label.text() == "Nu: ls-s1-model.wav"
    dialog.use_file(TONE)
    assert "tone_1s.wav" in dialog.new_label.text() and dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, left())
    qtbot.waitUntil(lambda: dialog.busy == 0 and "Opgeslagen" in dialog.status.text())
    speaking = next(s for s in store.items.for_skill("speaking") if s.key == "ls-s1")
    assert speaking.item.model_audio == "audio/ls-s1-eigen.wav"
    assert (Path(speaking.media_root) / speaking.item.model_audio).read_bytes() == (
        TONE.read_bytes()
    )
    work = dialog.work
    qtbot.mouseClick(dialog.close_button, left())
    qtbot.waitUntil(lambda: tab.voice_dialog is None)
    assert not work.exists()  # recordings not put in the bank are not kept


def test_bundled_banks_keep_their_voices_and_no_microphone_is_said(
    qtbot: Any, window: tuple[Any, Any]
) -> None:
    from examtrainer.services.banks import install_bundled

    ctx, main = window
    store = ctx.services.store
    install_bundled(store, PACK.parent)
    own = import_bank(store, ctx.services.paths, PACK, choice="keep_both").bank
    ctx.recorder_factory = lambda: FakeRecorder(VOICE, has_microphone=False)
    screen = teacher_screen(qtbot, main, "banks")
    tab = screen.banks
    qtbot.waitUntil(lambda: tab.table.rowCount() >= 3)
    _select_bank(tab, "test.listen-speak")
    assert not tab.voice_button.isEnabled()
    assert "meegeleverde bank" in tab.voice_button.toolTip()
    _select_bank(tab, own.id)
    assert tab.voice_button.isEnabled()
    tab.open_own_voice()
    dialog = tab.voice_dialog
    qtbot.waitUntil(lambda: dialog.busy == 0 and dialog.list.count() > 0)
    qtbot.mouseClick(dialog.record_button, left())
    assert "microfoon" in dialog.status.text()
    assert dialog.candidate is None and not dialog.save_button.isEnabled()
    dialog.reject()
