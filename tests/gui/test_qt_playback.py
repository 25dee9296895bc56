"""The bundled Ogg/Opus audio really decodes and plays through QtMultimedia's own FFmpeg.

QtMultimedia plays in real time even without a sound card, so this runs on CI too; it plays
about one second of one fragment.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FRAGMENT = ROOT / "assets" / "audio" / "ka-a1-01.ogg"


def test_a_bundled_fragment_plays_through_qtmultimedia(qtbot) -> None:  # type: ignore[no-untyped-def]
    # In a function of its own, so the player is gone while the application still exists
    # (a QMediaPlayer collected at interpreter exit can crash).
    assert _play_one_second(qtbot) == []


def _play_one_second(qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

    from examtrainer.audio.probe import duration_seconds

    player = QMediaPlayer()
    output = QAudioOutput()
    output.setVolume(0.0)
    player.setAudioOutput(output)
    errors: list[str] = []
    player.errorOccurred.connect(lambda _error, text: errors.append(text))
    player.setSource(QUrl.fromLocalFile(str(FRAGMENT)))
    qtbot.waitUntil(lambda: player.duration() > 0, timeout=10_000)
    assert abs(player.duration() / 1000 - duration_seconds(FRAGMENT)) < 0.1
    player.play()
    qtbot.waitUntil(lambda: player.position() > 500, timeout=10_000)
    assert player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
    player.stop()
    player.setSource(QUrl())
    return errors
