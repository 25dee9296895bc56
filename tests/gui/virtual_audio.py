"""The PulseAudio virtual devices of tools/virtual_audio.sh, as the device tests see them.

``tools/virtual_audio.sh start DIR`` (run by .ci/run before ``make test``) starts a private
server with a null sink ``speaker`` and a source ``microphone`` that hears Dutch speech
without end. The tests reach it through ``PULSE_SERVER``/``XDG_RUNTIME_DIR``. Without it the
tests marked ``audio_devices`` skip with a reason; with ``CI=true`` or
``EXAMTRAINER_REQUIRE_AUDIO=1`` they fail instead, so CI can never pass by skipping them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest

REQUIRE_VARIABLE = "EXAMTRAINER_REQUIRE_AUDIO"
SKIP_REASON = (
    "real-device tests need the virtual sound server of tools/virtual_audio.sh "
    '(eval "$(tools/virtual_audio.sh start /tmp/pa-$USER)"; .ci/run starts it)'
)
SPEAKER = "speaker"
MICROPHONE = "microphone"
RATE = 16_000


def required() -> bool:
    """True when a missing sound server must fail the run (CI, or asked for)."""
    return os.environ.get("CI", "").lower() == "true" or os.environ.get(REQUIRE_VARIABLE) == "1"


def pactl(*args: str) -> str:
    """Run pactl against the test's sound server and return its output."""
    done = subprocess.run(["pactl", *args], capture_output=True, text=True, timeout=10, check=True)
    return done.stdout


def server_problem() -> str | None:
    """Why the virtual devices cannot be used, or None when they are there."""
    if not (os.environ.get("PULSE_SERVER") or os.environ.get("XDG_RUNTIME_DIR")):
        return "neither PULSE_SERVER nor XDG_RUNTIME_DIR is set"
    if shutil.which("pactl") is None:
        return "pactl is not installed (Debian: pulseaudio-utils)"
    try:
        sinks = pactl("list", "short", "sinks")
        sources = pactl("list", "short", "sources")
    except (subprocess.SubprocessError, OSError) as error:
        return f"no sound server answers ({error})"
    names = {line.split("\t")[1] for line in (sinks + sources).splitlines() if "\t" in line}
    missing = {SPEAKER, MICROPHONE} - names
    if missing:
        return f"the sound server has no {', '.join(sorted(missing))}"
    return None


def need_server() -> None:
    """Skip (or, when required, fail) the calling test when the virtual devices are absent."""
    problem = server_problem()
    if problem is None:
        return
    if required():
        pytest.fail(f"the virtual sound server is required here but absent: {problem}")
    pytest.skip(f"{SKIP_REASON}: {problem}")


def _microphone_module() -> tuple[str, str] | None:
    for line in pactl("list", "short", "modules").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[1] == "module-remap-source" and "microphone" in parts[2]:
            return parts[0], parts[2]
    return None


@contextmanager
def microphone_unplugged_later() -> Iterator[object]:
    """Yields a function that unplugs the microphone (unloads its module); afterwards the
    microphone is plugged in again and made the default source."""
    found = _microphone_module()
    assert found is not None, "the virtual microphone module is not loaded"
    module_id, arguments = found
    try:
        yield lambda: pactl("unload-module", module_id)
    finally:
        if _microphone_module() is None:
            pactl("load-module", "module-remap-source", *arguments.split())
        pactl("set-default-source", MICROPHONE)


class MonitorRecording:
    """Records what reaches the speaker, from its monitor, as 16 kHz mono int16."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle = path.open("wb")
        self._process = subprocess.Popen(
            [
                "parec",
                f"--device={SPEAKER}.monitor",
                f"--rate={RATE}",
                "--channels=1",
                "--format=s16le",
                "--latency-msec=20",
            ],
            stdout=self._handle,
        )

    def stop(self) -> np.ndarray:
        """Stop recording; return the samples as float (1.0 full scale)."""
        time.sleep(0.3)  # let the last buffer through
        self._process.terminate()
        self._process.wait(timeout=10)
        self._handle.close()
        data = self.path.read_bytes()
        return np.frombuffer(data[: len(data) // 2 * 2], dtype="<i2").astype(np.float64) / 32768


def played_seconds(samples: np.ndarray, rate: int = RATE, floor: float = 0.003) -> float:
    """How long a sound lasted: from its first to its last 10 ms frame above ``floor``, less
    the runs of exact digital zeros of 10 ms or more inside that span.

    A busy machine may leave gaps in real-time playback; the null sink fills them with exact
    zeros, which would lengthen the span. Subtracting zero runs from the source too keeps the
    two comparable (a digitally silent pause in the source stays exact zeros when stretched).
    """
    frame = rate // 100
    usable = len(samples) // frame * frame
    peaks = np.abs(samples[:usable]).reshape(-1, frame).max(axis=1)
    loud = np.nonzero(peaks > floor)[0]
    if loud.size == 0:
        return 0.0
    inside = samples[loud[0] * frame : (loud[-1] + 1) * frame]
    zero = np.concatenate([[False], inside == 0, [False]])
    edges = np.flatnonzero(np.diff(zero.astype(np.int8)))
    runs = edges[1::2] - edges[::2]
    gaps = int(runs[runs >= frame].sum())
    return (len(inside) - gaps) / rate


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples * samples))) if samples.size else 0.0


def decode_with_qt(qtbot, path: Path) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Decode an Ogg/Opus file with QtMultimedia's own decoder into 16 kHz mono floats."""
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat

    decoder = QAudioDecoder()
    wanted = QAudioFormat()
    wanted.setSampleRate(RATE)
    wanted.setChannelCount(1)
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    decoder.setAudioFormat(wanted)
    chunks: list[bytes] = []
    done: list[bool] = []

    def ready() -> None:
        buffer = decoder.read()
        chunks.append(bytes(buffer.constData()[: buffer.byteCount()]))

    decoder.bufferReady.connect(ready)
    decoder.finished.connect(lambda: done.append(True))
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    decoder.start()
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    data = b"".join(chunks)
    return np.frombuffer(data, dtype="<i2").astype(np.float64) / 32768
