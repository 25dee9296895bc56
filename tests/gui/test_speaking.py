"""A learner practises speaking through the real widgets: fake player, a fake microphone that
"hears" tests/fixtures/audio/speech_nl.wav, and a fake clock for the countdowns."""

from __future__ import annotations

import re
from pathlib import Path

from examtrainer.bank.model import ItemType
from examtrainer.gui.qt import Qt

LEFT = Qt.MouseButton.LeftButton
DEFAULT_RUBRIC = [
    "Geeft u antwoord op de vraag?",
    "Spreekt u in hele zinnen?",
    "Spreekt u duidelijk?",
]


def _open(window, qtbot):  # type: ignore[no-untyped-def]
    window.show_screen("speaking", skill="speaking")
    screen = window.current
    qtbot.waitUntil(lambda: bool(screen.run) and screen.question is not None)
    return screen


def _prepare(screen, devices, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The task was played; let the preparation time run out.

    Nothing calls tick() here: the panel's own QTimer must see the (fake) clock move, so a
    screen whose timer never starts fails.
    """
    item = screen.question.item
    assert screen.phase == "prep", "the fake player finished the task at once"
    assert screen.countdown_label.text() == f"0:{item.prep_seconds:02d}"
    assert screen.speaking.timer.isActive()
    devices.clock.advance(item.prep_seconds - 0.5)
    qtbot.waitUntil(lambda: screen.countdown_label.text() == "0:01")
    assert screen.phase == "prep"
    devices.clock.advance(0.5)
    qtbot.waitUntil(lambda: screen.phase == "answer")


def _reaction(screen, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert screen.pages.currentWidget() is screen.reaction_page
    item = screen.panel.item
    screen.panel.button_for(item.answer).click()
    qtbot.mouseClick(screen.check_button, LEFT)
    assert screen.feedback_title.text().startswith("Goed zo")
    qtbot.mouseClick(screen.next_button, LEFT)


def test_recorded_and_reaction_tasks_are_stored(av_window, devices, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = av_window
    devices.recorder.instant = False  # the microphone hears the speech as time passes
    screen = _open(window, qtbot)
    recorded_keys = []
    for _ in range(screen.run.total):
        question = screen.question
        item = question.item
        if item.type is ItemType.CHOOSE_REACTION:
            assert Path(question.media_root) / item.prompt_audio == screen.reaction_prompt.path
            _reaction(screen, qtbot)
            continue
        recorded_keys.append(item.id)
        assert screen.task_text.text() == item.question
        assert devices.player.played[-1] == Path(question.media_root) / item.prompt_audio
        _prepare(screen, devices, qtbot)
        assert screen.recording_label.isVisible()
        devices.recorder.advance(1.0)  # in the middle of "Goedemorgen."
        assert screen.meter.value() > 0, "the level meter shows the microphone"
        devices.recorder.advance(2.06)
        assert screen.countdown_label.text() == f"0:{item.answer_seconds:02d}"
        assert screen.done_button.text() == "Stop"
        qtbot.mouseClick(screen.done_button, LEFT)
        assert screen.pages.currentWidget() is screen.review_page
        qtbot.waitUntil(lambda: screen.phase == "review")
        saved = screen.saved
        low, high = (5, 20) if item.level.value == "A1" else (10, 30)
        assert screen.remarks.text() == (
            f"U sprak 2 seconden. Een goed antwoord duurt {low} tot {high} seconden. "
            "Vertel wat meer."
        )
        qtbot.mouseClick(screen.own_audio.button, LEFT)
        assert devices.player.played[-1] == saved.path
        qtbot.mouseClick(screen.model_audio.button, LEFT)
        assert devices.player.played[-1] == Path(question.media_root) / item.model_audio
        assert screen.model_text.text() == item.model_answer
        texts = [box.text() for box in screen.rubric]
        assert texts == (list(item.rubric) or DEFAULT_RUBRIC)
        screen.rubric[0].setChecked(True)
        qtbot.mouseClick(screen.next_task_button, LEFT)
        qtbot.waitUntil(lambda: screen.phase != "storing")
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_summary")
    summary = window.current
    assert summary.score.text().startswith(f"U heeft {len(recorded_keys)} opdrachten ingesproken.")

    store = ctx.services.store
    responses = store.responses.of_learner(ctx.learner.id)
    assert sorted(r.item_key for r in responses) == ["ls-r1", "ls-s1", "ls-s2"]
    for response in responses:
        if response.item_key == "ls-r1":
            assert response.correct is True
        else:
            assert response.correct is None, "a recorded answer is rated later"
            assert Path(response.answer["recording"]).is_file()
    recordings = store.recordings.of_learner(ctx.learner.id)
    assert len(recordings) == len(recorded_keys) == 2
    folder = ctx.paths.recordings / str(ctx.learner.id)
    for recording, key in zip(recordings, recorded_keys, strict=True):
        path = Path(recording.path)
        assert path.parent == folder
        assert re.fullmatch(rf"\d{{8}}-\d{{6}}-{key}\.wav", path.name)
        assert path.is_file()
        assert abs(recording.analysis["speech_seconds"] - 1.76) < 0.2
        assert recording.analysis["feedback"] == ["too_short"]
        assert abs(recording.duration_seconds - 3.06) < 0.05
        checks = recording.self_rating["checks"]
        first, *others = checks.values()
        assert first is True
        assert not any(others)
    by_key = dict(zip(recorded_keys, recordings, strict=True))
    assert by_key["ls-s1"].analysis["expected_seconds"] == [5.0, 20.0]
    assert list(by_key["ls-s2"].self_rating["checks"]) == DEFAULT_RUBRIC


def test_answer_time_running_out_stops_the_recording(av_window, devices, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = av_window
    devices.recorder.instant = False  # sound arrives only as time passes
    screen = _open(window, qtbot)
    while screen.question.item.type is ItemType.CHOOSE_REACTION:
        _reaction(screen, qtbot)
    item = screen.question.item
    _prepare(screen, devices, qtbot)
    devices.recorder.advance(item.answer_seconds)
    devices.clock.advance(item.answer_seconds)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.review_page)
    qtbot.waitUntil(lambda: screen.phase == "review")
    recording = ctx.services.store.recordings.of_learner(ctx.learner.id)[0]
    assert abs(recording.duration_seconds - item.answer_seconds) < 0.05


def test_without_microphone_the_learner_answers_aloud(av_window, devices, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = av_window
    devices.set_status(has_output=True, has_input=False)
    window.show_screen("speaking", skill="speaking")
    screen = window.current
    assert screen.pages.currentWidget() is screen.no_microphone_page
    assert screen.problem.title.text() == "Er is geen microfoon"
    assert "We vinden geen microfoon" in screen.problem.text.text()
    assert "U zegt uw antwoord hardop" in screen.problem.text.text()
    assert screen.aloud_button.text() == "Oefenen zonder opname"

    qtbot.mouseClick(screen.aloud_button, LEFT)
    qtbot.waitUntil(lambda: bool(screen.run) and screen.question is not None)
    while screen.question.item.type is ItemType.CHOOSE_REACTION:
        _reaction(screen, qtbot)
    item = screen.question.item
    assert "Er wordt niets opgenomen" in screen.phase_hint.text()
    _prepare(screen, devices, qtbot)
    assert not screen.recording_label.isVisible()
    assert not screen.meter.isVisible()
    assert screen.done_button.text() == "Klaar"
    qtbot.mouseClick(screen.done_button, LEFT)
    assert screen.pages.currentWidget() is screen.review_page
    assert not screen.own_card.isVisible(), "nothing was recorded"
    assert screen.model_text.text() == item.model_answer
    assert screen.next_task_button.isEnabled()
    for box in screen.rubric:
        box.setChecked(True)
    qtbot.mouseClick(screen.next_task_button, LEFT)
    qtbot.waitUntil(lambda: screen.phase != "storing")

    assert devices.recorder.recorded == []
    assert ctx.services.store.recordings.of_learner(ctx.learner.id) == []
    spoken = [
        r for r in ctx.services.store.responses.of_learner(ctx.learner.id) if r.item_key == item.id
    ]
    assert len(spoken) == 1 and spoken[0].correct is None
    assert spoken[0].answer["mode"] == "aloud"
    assert all(spoken[0].answer["self_rating"]["checks"].values())
    qtbot.mouseClick(screen.stop_button, LEFT)
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_summary")


def test_home_speaking_goes_straight_to_practice(av_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = av_window
    ctx.sound_checked = True
    home = window.current
    qtbot.waitUntil(lambda: home.cards["speaking"].start.isEnabled())
    assert home.cards["speaking"].start.text() == "Oefenen", "no short test for speaking"
    qtbot.mouseClick(home.cards["speaking"].start, LEFT)
    screen = window.current
    assert screen.objectName() == "screen_speaking"
    qtbot.waitUntil(lambda: screen.question is not None)
    qtbot.mouseClick(screen.stop_button, LEFT)
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_summary")


def _to_first_recorded_task(screen, qtbot) -> None:  # type: ignore[no-untyped-def]
    while screen.question.item.type is ItemType.CHOOSE_REACTION:
        _reaction(screen, qtbot)


def test_a_failed_recording_is_said_and_the_summary_tells_the_truth(
    av_window,
    devices,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    ctx, window = av_window
    devices.recorder.instant = False
    devices.recorder.disk_full_after_seconds = 1.0  # the disk fills up while speaking
    screen = _open(window, qtbot)
    _to_first_recorded_task(screen, qtbot)
    _prepare(screen, devices, qtbot)
    devices.recorder.advance(2.0)
    assert screen.phase == "prep", "back to the preparation: the learner may try again"
    assert screen.task_message.text().startswith("De computer is vol.")
    assert "ga verder zonder opname" in screen.task_message.text()
    assert screen.start_now_button.isVisible(), "try again"
    assert screen.skip_button.isVisible(), "or go on without recording"
    assert list(ctx.paths.recordings.rglob("*.part")) == []
    qtbot.mouseClick(screen.skip_button, LEFT)
    qtbot.waitUntil(lambda: screen.question is None or screen.phase != "storing")
    qtbot.mouseClick(screen.stop_button, LEFT)
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_summary")
    summary = window.current
    texts = " ".join(label.text() for label in (summary.score, summary.level, summary.advice))
    assert "Alles ging goed" not in texts
    assert "Uw opnames zijn bewaard" not in texts
    assert "1 opdracht is niet opgenomen." in summary.advice.text()
    assert ctx.services.store.recordings.of_learner(ctx.learner.id) == []


def test_an_unplugged_microphone_keeps_what_was_said(av_window, devices, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = av_window
    devices.recorder.instant = False
    screen = _open(window, qtbot)
    _to_first_recorded_task(screen, qtbot)
    _prepare(screen, devices, qtbot)
    devices.recorder.advance(2.0)
    devices.recorder.unplug()
    assert screen.pages.currentWidget() is screen.review_page
    qtbot.waitUntil(lambda: screen.phase == "review")
    assert screen.remarks.text().startswith(
        "De microfoon doet het niet meer. Wat u al had gezegd, is bewaard."
    )
    (recording,) = ctx.services.store.recordings.of_learner(ctx.learner.id)
    assert abs(recording.duration_seconds - 2.0) < 0.05
    assert Path(recording.path).is_file()
    assert screen.own_audio.path == Path(recording.path), "the part can be played back"


def test_a_recording_that_cannot_be_stored_can_be_made_again(  # type: ignore[no-untyped-def]
    av_window, devices, qtbot, monkeypatch
) -> None:
    """The database is full when the answer is stored: plain words, the recording is gone (no
    WAV the teacher cannot find), "Opnieuw opnemen" does the task again, and then it is kept."""
    from examtrainer.errors import DiskFull

    ctx, window = av_window
    devices.recorder.instant = False
    screen = _open(window, qtbot)
    _to_first_recorded_task(screen, qtbot)
    recordings = ctx.services.store.recordings
    real_add = recordings.add_answer

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise DiskFull("De schijf is vol. Uw laatste antwoord is niet bewaard.")

    monkeypatch.setattr(recordings, "add_answer", full)
    _prepare(screen, devices, qtbot)
    devices.recorder.advance(2.0)
    qtbot.mouseClick(screen.done_button, LEFT)
    qtbot.waitUntil(lambda: screen.record_again_button.isVisible())
    assert screen.remarks.text() == (
        "De computer is vol. Uw opname is niet bewaard. Vraag hulp aan uw docent."
    )
    assert screen.own_audio.isHidden() and screen.own_audio.path is None
    assert screen.own_title.text() == "Uw antwoord is niet bewaard"
    folder = ctx.paths.recordings / str(ctx.learner.id)
    assert list(folder.iterdir()) == [], "no WAV and no .part left"
    assert screen.record_again_button.text() == "Opnieuw opnemen"

    monkeypatch.setattr(recordings, "add_answer", real_add)
    qtbot.mouseClick(screen.record_again_button, LEFT)
    qtbot.waitUntil(lambda: screen.phase == "prep")
    _prepare(screen, devices, qtbot)
    devices.recorder.advance(2.0)
    qtbot.mouseClick(screen.done_button, LEFT)
    qtbot.waitUntil(lambda: screen.phase == "review" and screen.saved is not None)
    assert not screen.record_again_button.isVisible()
    assert screen.own_audio.isVisible()
    assert screen.own_title.text() == "Luister naar uw antwoord"
    (recording,) = recordings.of_learner(ctx.learner.id)
    assert Path(recording.path).is_file() and recording.id == screen.saved.recording_id
