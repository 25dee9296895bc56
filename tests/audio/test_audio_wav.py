"""WAV writing is atomic and exact; level metering reports dBFS."""

from __future__ import annotations

import errno
import wave
from pathlib import Path

import numpy as np
import pytest

from examtrainer.audio.devices import DiskFull, UnreadableAudio
from examtrainer.audio.wav import (
    LEVEL_FLOOR_DBFS,
    PARTIAL_SUFFIX,
    PcmFormat,
    WavWriter,
    measure_level,
    read_wav,
    wav_bytes,
    write_wav,
)


def pcm_tone(seconds: float, dbfs: float = -20.0, rate: int = 16_000) -> bytes:
    t = np.arange(round(seconds * rate)) / rate
    samples = np.sqrt(2) * 10 ** (dbfs / 20) * np.sin(2 * np.pi * 440 * t)
    return (samples * 32767).astype("<i2").tobytes()


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(PARTIAL_SUFFIX)]


def test_writer_produces_the_wav_and_tracks_duration(tmp_path: Path) -> None:
    target = tmp_path / "answer.wav"
    pcm = pcm_tone(1.5)

    with WavWriter(target) as writer:
        for start in range(0, len(pcm), 3_201):  # odd sizes: frames split across chunks
            writer.write(pcm[start : start + 3_201])
            assert not target.exists()
        assert writer.duration_seconds == pytest.approx(1.5)

    with wave.open(str(target), "rb") as reader:
        assert (reader.getnchannels(), reader.getsampwidth(), reader.getframerate()) == (
            1,
            2,
            16_000,
        )
        assert reader.readframes(reader.getnframes()) == pcm
    assert leftovers(tmp_path) == []


def test_trailing_partial_frame_is_dropped(tmp_path: Path) -> None:
    with WavWriter(tmp_path / "odd.wav") as writer:
        writer.write(b"\x01\x00\x02")

    assert writer.duration_seconds == pytest.approx(1 / 16_000)
    with wave.open(str(tmp_path / "odd.wav"), "rb") as reader:
        assert reader.readframes(10) == b"\x01\x00"


def test_error_in_block_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "answer.wav"
    target.write_bytes(b"previous answer")

    with pytest.raises(RuntimeError), WavWriter(target) as writer:
        writer.write(pcm_tone(0.5))
        raise RuntimeError("recording interrupted")

    assert target.read_bytes() == b"previous answer"
    assert leftovers(tmp_path) == []


def test_abort_and_close_are_idempotent(tmp_path: Path) -> None:
    writer = WavWriter(tmp_path / "a.wav")
    writer.write(pcm_tone(0.1))
    writer.abort()
    writer.abort()
    assert writer.closed and not (tmp_path / "a.wav").exists()
    with pytest.raises(ValueError):
        writer.write(b"\x00\x00")

    other = WavWriter(tmp_path / "b.wav")
    assert other.close() == other.close() == tmp_path / "b.wav"
    assert leftovers(tmp_path) == []


def test_disk_full_while_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "answer.wav"
    writer = WavWriter(target)

    def full(self: wave.Wave_write, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(wave.Wave_write, "writeframesraw", full)

    with pytest.raises(DiskFull) as caught:
        writer.write(pcm_tone(0.1))
    assert caught.value.message_nl.startswith("De computer is vol.")
    assert writer.closed
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_other_os_errors_pass_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    writer = WavWriter(tmp_path / "answer.wav")

    def broken(self: wave.Wave_write, data: bytes) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(wave.Wave_write, "writeframesraw", broken)

    with pytest.raises(OSError) as caught:
        writer.write(pcm_tone(0.1))
    assert not isinstance(caught.value, DiskFull)
    assert leftovers(tmp_path) == []


def test_write_wav_with_chunks_and_stereo(tmp_path: Path) -> None:
    stereo = PcmFormat(sample_rate=8_000, channels=2, sample_width=2)
    frames = b"\x00\x01\x00\x02" * 8_000

    seconds = write_wav(tmp_path / "s.wav", [frames[:10_001], frames[10_001:]], stereo)

    assert seconds == pytest.approx(1.0)
    segment = read_wav(tmp_path / "s.wav")
    assert (segment.channels, segment.frame_rate, len(segment)) == (2, 8_000, 1000)


def test_wav_bytes_roundtrip(tmp_path: Path) -> None:
    path = tmp_path / "m.wav"
    path.write_bytes(wav_bytes(pcm_tone(0.25)))

    assert read_wav(path).raw_data == pcm_tone(0.25)


def test_read_wav_refuses_non_wav(tmp_path: Path) -> None:
    path = tmp_path / "x.wav"
    path.write_bytes(b"OggS" + bytes(100))

    with pytest.raises(UnreadableAudio):
        read_wav(path)


@pytest.mark.parametrize("bad", [{"sample_width": 3}, {"sample_rate": 0}, {"channels": 0}], ids=str)
def test_pcm_format_validation(bad: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        PcmFormat(**bad)


def test_level_of_silence_and_empty_chunks() -> None:
    assert measure_level(b"") == measure_level(bytes(3_200))
    assert measure_level(bytes(3_200)).rms_dbfs == LEVEL_FLOOR_DBFS


def test_level_of_a_tone() -> None:
    level = measure_level(pcm_tone(0.1, dbfs=-20.0))

    assert level.rms_dbfs == pytest.approx(-20.0, abs=0.1)
    assert level.peak_dbfs == pytest.approx(-17.0, abs=0.1)


def test_level_of_full_scale_and_other_widths() -> None:
    assert measure_level(b"\x00\x80" * 10).peak_dbfs == 0.0  # -32768 is full scale
    int32 = (np.full(100, 2**30, dtype="<i4")).tobytes()
    assert measure_level(int32, sample_width=4).rms_dbfs == pytest.approx(-6.02, abs=0.01)
    uint8 = bytes([128 + 64, 128 - 64] * 50)
    assert measure_level(uint8, sample_width=1).rms_dbfs == pytest.approx(-6.02, abs=0.01)
    with pytest.raises(ValueError):
        measure_level(b"\x00" * 6, sample_width=3)
