"""Loudness normalisation and Ogg/Opus encoding and decoding for the content build tools."""

# Only the content tools (and ``bank validate``) come here; the app itself never runs ffmpeg.
# ffmpeg is the binary shipped by imageio-ffmpeg, imported lazily; it comes without ffprobe, so
# every format and codec is named explicitly and audio travels through pipes.

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Final

from examtrainer.audio.devices import EncoderUnavailable, UnreadableAudio
from examtrainer.audio.wav import PcmFormat, read_wav, wav_bytes

if TYPE_CHECKING:
    from pydub import AudioSegment

TARGET_DBFS: Final = -20.0
"""Default loudness of bundled audio: RMS level in dBFS."""

PEAK_CEILING_DBFS: Final = -1.0
"""Normalising never raises the loudest sample above this (dBFS); there is no limiter."""

OPUS_BITRATE_KBPS: Final = 20
"""Speech at 20 kbit/s is about 2.5 KiB per second and clearly intelligible."""

FFMPEG_TIMEOUT_SECONDS: Final = 300.0

# Deterministic output: no metadata or encoder version tags, bit-exact muxing, and a fixed Ogg
# stream serial number (with +bitexact ffmpeg numbers streams from -serial_offset instead of
# drawing a random serial), so the same input and ffmpeg build always give the same bytes.
_DETERMINISTIC: Final = (
    "-map_metadata", "-1",
    "-fflags", "+bitexact",
    "-flags:a", "+bitexact",
    "-serial_offset", "0",
)  # fmt: skip


def normalise(
    segment: AudioSegment,
    target_dbfs: float = TARGET_DBFS,
    peak_ceiling_dbfs: float = PEAK_CEILING_DBFS,
) -> AudioSegment:
    """Return ``segment`` with its RMS level moved to ``target_dbfs`` (dBFS).

    The gain is reduced if the peak would pass ``peak_ceiling_dbfs``, so very peaky audio ends
    up below the target rather than clipped. Digital silence is returned unchanged.
    """
    if segment.rms == 0:
        return segment
    gain = target_dbfs - segment.dBFS
    gain = min(gain, peak_ceiling_dbfs - segment.max_dBFS)
    return segment.apply_gain(gain)


def ffmpeg_executable() -> str:
    """Return the path of imageio-ffmpeg's ffmpeg; raises ``EncoderUnavailable`` without it."""
    try:
        import imageio_ffmpeg
    except ImportError as exc:
        raise EncoderUnavailable("imageio-ffmpeg is not installed") from exc
    try:
        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except RuntimeError as exc:
        raise EncoderUnavailable(str(exc)) from exc


def _run_ffmpeg(arguments: list[str], stdin: bytes | None, what: str) -> bytes:
    command = [ffmpeg_executable(), "-hide_banner", "-nostdin", "-loglevel", "error", *arguments]
    try:
        done = subprocess.run(
            command,
            input=stdin if stdin is not None else b"",
            capture_output=True,
            timeout=FFMPEG_TIMEOUT_SECONDS,
            check=False,
        )
    except FileNotFoundError as exc:
        raise EncoderUnavailable(str(exc)) from exc
    except subprocess.TimeoutExpired as exc:
        raise UnreadableAudio(f"{what}: ffmpeg took longer than {exc.timeout} s") from exc
    if done.returncode != 0 or not done.stdout:
        message = done.stderr.decode("utf-8", "replace").strip()[-500:]
        raise UnreadableAudio(f"{what}: ffmpeg failed ({done.returncode}): {message}")
    return done.stdout


def opus_bytes(segment: AudioSegment, bitrate_kbps: int = OPUS_BITRATE_KBPS) -> bytes:
    """Encode ``segment`` as Ogg/Opus and return the file's bytes (deterministic).

    The segment is encoded as it is (no normalising); its channel count is kept and its rate
    is resampled by ffmpeg to one Opus supports. Raises ``EncoderUnavailable`` without ffmpeg.
    """
    pcm16 = segment.set_sample_width(2)
    source = wav_bytes(pcm16.raw_data, PcmFormat(pcm16.frame_rate, pcm16.channels, 2))
    arguments = [
        "-f", "wav", "-i", "pipe:0",
        "-map", "0:a:0",
        "-c:a", "libopus", "-b:a", f"{bitrate_kbps}k", "-application", "voip",
        *_DETERMINISTIC,
        "-f", "ogg", "pipe:1",
    ]  # fmt: skip
    return _run_ffmpeg(arguments, source, "opus encoding")


def encode_opus(
    segment: AudioSegment, destination: Path, bitrate_kbps: int = OPUS_BITRATE_KBPS
) -> Path:
    """Write ``segment`` as Ogg/Opus to ``destination`` atomically; returns ``destination``."""
    destination = Path(destination)
    _write_atomically(destination, opus_bytes(segment, bitrate_kbps))
    return destination


def convert_wav_to_opus(
    source: Path,
    destination: Path,
    target_dbfs: float = TARGET_DBFS,
    bitrate_kbps: int = OPUS_BITRATE_KBPS,
) -> Path:
    """Read a PCM WAV, normalise it to ``target_dbfs`` (dBFS RMS) and write it as Ogg/Opus.

    Rebuilding from the same WAV gives identical bytes. Returns ``destination``.
    """
    return encode_opus(normalise(read_wav(source), target_dbfs), destination, bitrate_kbps)


def decode_ogg(path: Path) -> AudioSegment:
    """Decode an Ogg (Opus or Vorbis) file into 16-bit PCM at its own rate through ffmpeg.

    ffmpeg writes WAV to a pipe, where it cannot go back to fill in the sizes, so the header
    is repaired before parsing. Raises ``UnreadableAudio`` if the file is missing or does not
    decode to any sound, ``EncoderUnavailable`` without ffmpeg.
    """
    from examtrainer.audio._pydub import AudioSegment, CouldntDecodeError, fix_wav_headers

    path = Path(path)
    if not path.is_file():
        raise UnreadableAudio(f"{path}: no such file")
    arguments = [
        "-f", "ogg", "-i", f"file:{path.resolve()}",
        "-map", "0:a:0", "-c:a", "pcm_s16le", "-f", "wav", "pipe:1",
    ]  # fmt: skip
    data = bytearray(_run_ffmpeg(arguments, None, str(path)))
    try:
        fix_wav_headers(data)
        return AudioSegment(data=bytes(data))
    except (CouldntDecodeError, ValueError) as exc:
        raise UnreadableAudio(f"{path}: ffmpeg gave no usable WAV ({exc})") from exc


def decode_audio(path: Path) -> AudioSegment:
    """Decode a bundled or recorded audio file: WAV without ffmpeg, anything else as Ogg."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise UnreadableAudio(f"{path}: {exc}") from exc
    return read_wav(path) if magic == b"RIFF" else decode_ogg(path)


def _write_atomically(destination: Path, data: bytes) -> None:
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below
        dir=destination.parent, prefix=f".{destination.name}.", suffix=".part", delete=False
    )
    temp = Path(handle.name)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, destination)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
