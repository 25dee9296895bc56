"""Qt-free audio: recording analysis, WAV writing, device protocols and fakes, Ogg/Opus tools."""
