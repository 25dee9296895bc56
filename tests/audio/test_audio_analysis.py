"""Recording analysis against synthetic and espeak-ng recordings with known speech and silence."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from audio_synth import noise, render_wav, silence, tone

from examtrainer.audio import analysis
from examtrainer.audio._pydub import AudioSegment
from examtrainer.audio.analysis import (
    SILENCE_FLOOR_DBFS,
    analyse_recording,
    silence_threshold_dbfs,
)
from examtrainer.audio.devices import UnreadableAudio
from examtrainer.audio.wav import LEVEL_FLOOR_DBFS

# 0.4 s wait, then four 1 s bursts. The 0.3 s gap is too short to be a pause (it counts as
# speech); the 0.8 s and 1.5 s gaps are pauses; the trailing 0.5 s is not a pause.
BURSTS = [
    silence(0.4),
    tone(1.0),
    silence(0.3),
    noise(1.0),
    silence(0.8),
    tone(1.0, freq=220),
    silence(1.5),
    noise(1.0, seed=2),
    silence(0.5),
]
BURSTS_SPEECH_SECONDS = 4.3
BURSTS_DURATION_SECONDS = 7.5


@pytest.mark.parametrize(
    ("rate", "channels", "sample_width"),
    [(16_000, 1, 2), (44_100, 2, 2), (48_000, 1, 4), (8_000, 1, 1)],
    ids=["16k-mono-int16", "44k-stereo-int16", "48k-mono-int32", "8k-mono-uint8"],
)
def test_bursts_give_known_speech_and_pauses(
    tmp_path: Path, rate: int, channels: int, sample_width: int
) -> None:
    path = render_wav(
        tmp_path / "bursts.wav", BURSTS, rate=rate, channels=channels, sample_width=sample_width
    )

    result = analyse_recording(path)

    assert result.duration_seconds == pytest.approx(BURSTS_DURATION_SECONDS, abs=0.001)
    assert result.speech_seconds == pytest.approx(BURSTS_SPEECH_SECONDS, abs=0.1)
    assert result.pause_count == 2
    assert result.longest_pause_seconds == pytest.approx(1.5, abs=0.1)
    assert result.leading_silence_seconds == pytest.approx(0.4, abs=0.05)
    assert len(result.speech_spans) == 3
    assert not result.too_quiet
    assert not result.clipping
    assert result.speech_dbfs == pytest.approx(-20.0, abs=1.0)


def test_pauses_survive_background_hiss(tmp_path: Path) -> None:
    # Room noise at -45 dBFS is above "loud - 30 dB"; the noise guard keeps it silence.
    path = render_wav(tmp_path / "hiss.wav", BURSTS, hiss_dbfs=-45.0)

    result = analyse_recording(path)

    assert result.pause_count == 2
    assert result.speech_seconds == pytest.approx(BURSTS_SPEECH_SECONDS, abs=0.1)
    assert result.silence_threshold_dbfs > -45.0


def test_quiet_voice_is_too_quiet_but_still_heard(tmp_path: Path) -> None:
    path = render_wav(tmp_path / "quiet.wav", [silence(0.5), tone(2.0, dbfs=-50.0), silence(0.5)])

    result = analyse_recording(path)

    assert result.too_quiet
    assert result.speech_seconds == pytest.approx(2.0, abs=0.1)
    assert result.speech_dbfs == pytest.approx(-50.0, abs=0.5)
    assert result.peak_dbfs == pytest.approx(-47.0, abs=0.5)


def test_normal_voice_is_not_too_quiet(tmp_path: Path) -> None:
    path = render_wav(tmp_path / "normal.wav", [tone(2.0, dbfs=-30.0)])

    assert not analyse_recording(path).too_quiet


def test_clipped_voice_is_clipping(tmp_path: Path) -> None:
    # A sine at +6 dBFS peak before the converter clips it flat at full scale.
    path = render_wav(tmp_path / "clipped.wav", [silence(0.5), tone(2.0, dbfs=3.0)])

    result = analyse_recording(path)

    assert result.clipping
    assert result.clipped_share > 0.3
    assert result.peak_dbfs == pytest.approx(0.0, abs=0.01)


def test_hot_but_unclipped_voice_is_not_clipping(tmp_path: Path) -> None:
    # Peak at -1 dBFS: loud, but every sample is below the clip level.
    path = render_wav(tmp_path / "hot.wav", [tone(2.0, dbfs=-4.0)])

    result = analyse_recording(path)

    assert not result.clipping
    assert result.clipped_share == 0.0


def test_silent_recording_has_no_speech(tmp_path: Path) -> None:
    path = render_wav(tmp_path / "silent.wav", [silence(3.0)], hiss_dbfs=-80.0)

    result = analyse_recording(path)

    assert result.speech_seconds == 0.0
    assert result.pause_count == 0
    assert result.leading_silence_seconds == pytest.approx(3.0)
    assert result.speech_dbfs == LEVEL_FLOOR_DBFS
    assert result.too_quiet
    assert result.silence_threshold_dbfs == SILENCE_FLOOR_DBFS


def test_recording_shorter_than_a_pause_window(tmp_path: Path) -> None:
    spoken = render_wav(tmp_path / "short.wav", [tone(0.3)])
    empty = render_wav(tmp_path / "short_silent.wav", [silence(0.3)])

    assert analyse_recording(spoken).speech_seconds == pytest.approx(0.3, abs=0.01)
    assert analyse_recording(empty).speech_seconds == 0.0


def test_empty_wav(tmp_path: Path) -> None:
    result = analyse_recording(render_wav(tmp_path / "empty.wav", []))

    assert result.duration_seconds == 0.0
    assert result.speech_seconds == 0.0
    assert result.too_quiet


def test_coarse_and_fine_seek_step_agree(tmp_path: Path) -> None:
    path = render_wav(tmp_path / "bursts.wav", BURSTS)

    coarse = analyse_recording(path)
    fine = analyse_recording(path, seek_step_ms=1)

    assert coarse.pause_count == fine.pause_count
    assert coarse.speech_seconds == pytest.approx(fine.speech_seconds, abs=0.03)


def test_analysis_never_runs_ffmpeg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = render_wav(tmp_path / "bursts.wav", BURSTS)
    monkeypatch.setenv("PATH", "")
    monkeypatch.setattr(AudioSegment, "converter", str(tmp_path / "no-such-ffmpeg"))

    def no_subprocess(*args: object, **kwargs: object) -> None:
        raise AssertionError("analysis started a subprocess")

    monkeypatch.setattr(subprocess, "Popen", no_subprocess)

    assert analyse_recording(path).pause_count == 2


def test_float_wav_is_refused_not_sent_to_ffmpeg(tmp_path: Path) -> None:
    path = render_wav(tmp_path / "float.wav", [tone(0.5)])
    data = bytearray(path.read_bytes())
    data[20:22] = (3).to_bytes(2, "little")  # WAVE_FORMAT_IEEE_FLOAT
    path.write_bytes(bytes(data))

    with pytest.raises(UnreadableAudio):
        analyse_recording(path)


@pytest.mark.parametrize("content", [None, b"", b"RIFF\x00\x00", b"not audio at all" * 10])
def test_missing_or_broken_file_is_unreadable(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "broken.wav"
    if content is not None:
        path.write_bytes(content)

    with pytest.raises(UnreadableAudio) as caught:
        analyse_recording(path)
    assert caught.value.message_nl


@pytest.mark.parametrize(
    ("loud", "noise_floor", "expected"),
    [
        (-20.0, LEVEL_FLOOR_DBFS, -50.0),  # clean recording: 30 dB below the loud level
        (-20.0, -40.0, -34.0),  # noisy room: just above the noise
        (-20.0, -22.0, -26.0),  # noise almost as loud as speech: capped at loud - 6 dB
        (-70.0, LEVEL_FLOOR_DBFS, SILENCE_FLOOR_DBFS),  # very quiet: the absolute floor
    ],
)
def test_silence_threshold(loud: float, noise_floor: float, expected: float) -> None:
    assert silence_threshold_dbfs(loud, noise_floor) == pytest.approx(expected)


def test_espeak_fixture_matches_its_layout(speech_wav: Path, fixtures_dir: Path) -> None:
    layout = json.loads((fixtures_dir / "speech_nl.json").read_text(encoding="utf-8"))

    result = analyse_recording(speech_wav)

    assert speech_wav.stat().st_size < 100_000
    assert result.duration_seconds == pytest.approx(layout["duration_seconds"], abs=0.01)
    assert result.speech_seconds == pytest.approx(layout["speech_seconds"], abs=0.1)
    assert result.pause_count == 1
    assert result.longest_pause_seconds == pytest.approx(layout["gap_seconds"], abs=0.1)
    assert result.leading_silence_seconds == pytest.approx(layout["lead_seconds"], abs=0.05)
    assert not result.too_quiet
    assert not result.clipping


@pytest.mark.skipif(
    shutil.which("espeak-ng") is None,
    reason="espeak-ng is not installed here (.ci/run installs it); the committed fixture "
    "speech_nl.wav still covers real speech",
)
def test_live_espeak_sentence(tmp_path: Path) -> None:
    path = tmp_path / "live.wav"
    subprocess.run(
        ["espeak-ng", "-v", "nl", "-w", str(path), "Ik ga morgen naar de huisarts."],
        check=True,
        capture_output=True,
    )

    result = analyse_recording(path)

    assert result.duration_seconds > result.speech_seconds > 1.0
    assert result.pause_count == 0
    assert not result.too_quiet


def test_thresholds_are_documented() -> None:
    for name in ("TOO_QUIET_SPEECH_DBFS", "TOO_QUIET_PEAK_DBFS", "CLIP_LEVEL", "CLIPPING_SHARE"):
        assert isinstance(getattr(analysis, name), float)
    assert "dBFS" in (analysis.RecordingAnalysis.__doc__ or "")
