"""Loudness normalisation, deterministic Ogg/Opus encoding and decoding through ffmpeg."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from audio_synth import render_wav, silence, tone

from examtrainer.audio import loudness
from examtrainer.audio.devices import EncoderUnavailable, UnreadableAudio
from examtrainer.audio.fakes import FakePlayer
from examtrainer.audio.loudness import (
    convert_wav_to_opus,
    decode_audio,
    decode_ogg,
    normalise,
    opus_bytes,
)
from examtrainer.audio.probe import duration_seconds
from examtrainer.audio.wav import read_wav

try:
    import imageio_ffmpeg  # noqa: F401 - presence check only

    HAVE_FFMPEG = True
except ImportError:
    HAVE_FFMPEG = False
needs_ffmpeg = pytest.mark.skipif(
    not HAVE_FFMPEG,
    reason="imageio-ffmpeg (the content tools' ffmpeg, in the 'tools' extra) is not installed",
)


# --- normalise (pure pydub, no ffmpeg) ---------------------------------------------------


def test_normalise_reaches_the_target(tmp_path: Path) -> None:
    quiet = read_wav(render_wav(tmp_path / "q.wav", [tone(1.0, dbfs=-35.0)]))

    assert normalise(quiet).dBFS == pytest.approx(-20.0, abs=0.1)
    assert normalise(quiet, target_dbfs=-16.0).dBFS == pytest.approx(-16.0, abs=0.1)


def test_normalise_never_pushes_peaks_over_the_ceiling(tmp_path: Path) -> None:
    # A short loud click in quiet audio: reaching -20 dBFS RMS would clip the click.
    peaky = read_wav(render_wav(tmp_path / "p.wav", [tone(2.0, dbfs=-45.0), tone(0.01, dbfs=-3.0)]))

    louder = normalise(peaky)

    assert louder.max_dBFS == pytest.approx(-1.0, abs=0.1)
    assert louder.dBFS < -20.0


def test_normalise_leaves_silence_alone(tmp_path: Path) -> None:
    quiet = read_wav(render_wav(tmp_path / "s.wav", [silence(0.5)]))

    assert normalise(quiet) is quiet


def test_without_imageio_ffmpeg_encoding_is_unavailable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tone_wav: Path
) -> None:
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)  # makes the import fail

    with pytest.raises(EncoderUnavailable) as caught:
        convert_wav_to_opus(tone_wav, tmp_path / "x.ogg")
    assert "ffmpeg" in caught.value.message_nl
    assert list(tmp_path.iterdir()) == []


def test_decode_audio_reads_wav_without_ffmpeg(
    monkeypatch: pytest.MonkeyPatch, tone_wav: Path
) -> None:
    def no_ffmpeg() -> str:
        raise AssertionError("ffmpeg was asked for")

    monkeypatch.setattr(loudness, "ffmpeg_executable", no_ffmpeg)

    assert len(decode_audio(tone_wav)) == 1000


# --- Ogg/Opus through ffmpeg ---------------------------------------------------------------


@needs_ffmpeg
def test_encoding_is_deterministic(tmp_path: Path, speech_wav: Path) -> None:
    first = convert_wav_to_opus(speech_wav, tmp_path / "first.ogg")
    second = convert_wav_to_opus(speech_wav, tmp_path / "second.ogg")

    assert first.read_bytes() == second.read_bytes()
    assert opus_bytes(read_wav(speech_wav)) == opus_bytes(read_wav(speech_wav))
    data = first.read_bytes()
    assert data.startswith(b"OggS") and b"OpusHead" in data
    assert int.from_bytes(data[14:18], "little") == 0  # fixed stream serial number
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]


@needs_ffmpeg
def test_encoded_speech_is_small(tmp_path: Path, speech_wav: Path) -> None:
    encoded = convert_wav_to_opus(speech_wav, tmp_path / "speech.ogg")

    kib_per_second = encoded.stat().st_size / 1024 / duration_seconds(speech_wav)
    assert kib_per_second < 4.0


@needs_ffmpeg
def test_decode_round_trip(tmp_path: Path, speech_wav: Path) -> None:
    source = read_wav(speech_wav)
    encoded = convert_wav_to_opus(speech_wav, tmp_path / "speech.ogg", target_dbfs=-20.0)

    decoded = decode_ogg(encoded)

    assert decoded.frame_rate == 48_000
    assert decoded.channels == 1
    assert len(decoded) / 1000 == pytest.approx(len(source) / 1000, abs=0.03)
    # espeak peaks near full scale, so the peak ceiling holds the level below -20 dBFS
    assert decoded.dBFS == pytest.approx(normalise(source, -20.0).dBFS, abs=1.0)
    assert decode_audio(encoded).raw_data == decoded.raw_data


@needs_ffmpeg
def test_header_duration_of_ogg_matches_decoding(tmp_path: Path, tone_wav: Path) -> None:
    encoded = convert_wav_to_opus(tone_wav, tmp_path / "tone.ogg")

    assert duration_seconds(encoded) == pytest.approx(len(decode_ogg(encoded)) / 1000, abs=0.01)
    assert duration_seconds(encoded) == pytest.approx(1.0, abs=0.01)

    player = FakePlayer()
    player.load(encoded)
    assert player.duration_seconds == pytest.approx(1.0, abs=0.01)


@needs_ffmpeg
@pytest.mark.parametrize("content", [None, b"", b"OggS" + bytes(200), b"hello" * 100])
def test_broken_ogg_is_unreadable(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "broken.ogg"
    if content is not None:
        path.write_bytes(content)

    with pytest.raises(UnreadableAudio):
        decode_ogg(path)


@needs_ffmpeg
def test_truncated_ogg_is_caught_by_the_header_probe(tmp_path: Path, tone_wav: Path) -> None:
    encoded = convert_wav_to_opus(tone_wav, tmp_path / "tone.ogg")
    encoded.write_bytes(encoded.read_bytes()[:-100])

    with pytest.raises(UnreadableAudio):
        duration_seconds(encoded)
