"""Issue 14: a teacher's own voice replaces a fragment's or a model answer's audio in the
teacher's bank; it is kept in the bank and exported with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from examtrainer.bank.loader import read_pack_folder
from examtrainer.errors import BankConflict, NotFound
from examtrainer.paths import AppPaths
from examtrainer.services import banks
from examtrainer.services.export import export_bank
from examtrainer.services.importing import import_bank
from examtrainer.store.repositories import Store

PACK = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "listen-speak"
VOICE = Path(__file__).resolve().parents[1] / "fixtures" / "audio" / "speech_nl.wav"


def test_own_voice_replaces_fragment_and_model_answer(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    bank = import_bank(store, paths, PACK).bank
    assert banks.replace_audio(store, bank.id, "ls-l1", VOICE) == "audio/ls-l1-eigen.wav"
    assert banks.replace_audio(store, bank.id, "ls-s1", VOICE) == "audio/ls-s1-eigen.wav"
    listening = [
        s for s in store.items.for_skill("listening") if s.stimulus and s.stimulus.id == "ls-l1"
    ]
    assert listening and listening[0].stimulus.audio == "audio/ls-l1-eigen.wav"
    played = Path(listening[0].media_root) / "audio" / "ls-l1-eigen.wav"
    assert played.read_bytes() == VOICE.read_bytes()  # what the learner hears
    out = export_bank(store, bank.id, tmp_path / "uit")
    pack = read_pack_folder(out)
    assert pack.stimulus("ls-l1").audio == "audio/ls-l1-eigen.wav"  # type: ignore[union-attr]
    speaking = next(i for i in pack.items if i.id == "ls-s1")
    assert speaking.model_audio == "audio/ls-s1-eigen.wav"
    assert (out / "audio" / "ls-s1-eigen.wav").read_bytes() == VOICE.read_bytes()


def test_own_voice_is_refused_for_bundled_banks_and_unknown_parts(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    banks.install_bundled(store, PACK.parent)
    bundled = store.banks.get("test.listen-speak")
    with pytest.raises(BankConflict):
        banks.replace_audio(store, bundled.id, "ls-l1", VOICE)
    own = import_bank(store, paths, PACK, choice="keep_both").bank
    with pytest.raises(NotFound):
        banks.replace_audio(store, own.id, "bestaat-niet", VOICE)
    assert not any((Path(own.origin) / "audio").glob("bestaat-niet*"))
