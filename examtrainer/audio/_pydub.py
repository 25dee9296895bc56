"""The one place that imports pydub, quietly, because this package never lets pydub run ffmpeg."""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    # pydub warns at import when ffmpeg is not on PATH, and Python 3.11/3.12 warn that pydub's
    # audioop is deprecated (audioop-lts replaces it from 3.13). We only use pydub's pure-Python
    # WAV path and pass ffmpeg explicitly where it is needed, so neither warning applies.
    warnings.filterwarnings("ignore", message="Couldn't find ffmpeg", category=RuntimeWarning)
    warnings.filterwarnings("ignore", message=".*audioop", category=DeprecationWarning)
    from pydub import AudioSegment
    from pydub.audio_segment import fix_wav_headers
    from pydub.exceptions import CouldntDecodeError
    from pydub.silence import detect_nonsilent

__all__ = ["AudioSegment", "CouldntDecodeError", "detect_nonsilent", "fix_wav_headers"]
