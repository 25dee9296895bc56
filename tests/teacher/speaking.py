"""A one-task speaking pack and a learner's recording of it, for the review tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from examtrainer.bank.exporter import write_pack
from examtrainer.bank.loader import load_pack
from examtrainer.bank.model import Item, ItemType, Level, Manifest, Pack, Skill
from examtrainer.store.repositories import Store

TONE = Path(__file__).resolve().parents[1] / "fixtures" / "audio" / "tone_1s.wav"


def install_speaking_pack(store: Store, folder: Path) -> int:
    """Install pack ``speak-test`` (one A2 speaking task with model audio); its item id."""
    media = folder / "media"
    (media / "audio").mkdir(parents=True)
    shutil.copyfile(TONE, media / "audio" / "model.wav")
    pack = Pack(
        manifest=Manifest(
            id="speak-test",
            title="Spreken test",
            version="1",
            author="tests",
            licence="CC0-1.0",
            source="original",
        ),
        stimuli=(),
        items=(
            Item(
                id="speak-1",
                skill=Skill.SPEAKING,
                level=Level.A2,
                type=ItemType.SPEAKING_SHORT,
                question="Vertel over uw werk. Wat doet u op een dag?",
                answer_seconds=30,
                model_answer="Ik werk in een winkel. Ik help klanten.",
                model_audio="audio/model.wav",
            ),
        ),
    )
    target = write_pack(pack, folder / "pack", media_source=media)
    store.banks.install(load_pack(target), str(target))
    return store.items.for_skill("speaking")[0].id


def add_recording(store: Store, learner_id: int, item_id: int, folder: Path) -> int:
    """A finished speaking session with one unrated answer and its recording (1 s WAV)."""
    session = store.sessions.start(learner_id, "practice", "speaking", {})
    path = folder / f"rec-{learner_id}-{session.id}.wav"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(TONE, path)
    store.responses.record(session.id, learner_id, item_id, {"recording": str(path)}, None, 25.0)
    store.sessions.finish(session.id)
    return store.recordings.add(learner_id, item_id, session.id, str(path), 1.0, {}).id
