"""Test helpers for exam mode: a generated reading pack of original simple Dutch texts,
synthetic assembly pools, a fake clock, and opening services on a temporary folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from examtrainer.exam.assembly import PoolItem
from examtrainer.paths import default_paths
from examtrainer.services.app import Services
from examtrainer.settings import Settings

PLACES = [
    ("bibliotheek", "leisure", "notice"),
    ("zwembad", "leisure", "advert"),
    ("huisarts", "health", "letter"),
    ("gemeente", "municipality", "letter"),
    ("supermarkt", "shopping", "advert"),
    ("school", "school", "email"),
    ("apotheek", "health", "notice"),
    ("buurthuis", "neighbours", "notice"),
    ("station", "transport", "timetable"),
    ("markt", "shopping", "advert"),
    ("tandarts", "health", "email"),
    ("sportclub", "leisure", "email"),
    ("bank", "money", "letter"),
    ("taalcafé", "leisure", "notice"),
]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]


class FakeClock:
    """A clock the test moves by hand (seconds)."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def reading_pack_data(texts: int = 12, per_text: int = 3, prefix: str = "tr") -> dict[str, Any]:
    """Item file content: ``texts`` short notices with ``per_text`` questions each."""
    stimuli = []
    for n in range(texts):
        place, theme, text_type = PLACES[n % len(PLACES)]
        day = DAYS[n % len(DAYS)]
        other_day = DAYS[(n + 2) % len(DAYS)]
        opens, closes = 8 + n % 3, 16 + n % 4
        level = "A1" if n % 3 == 0 else "A2"
        questions = [
            {
                "id": f"{prefix}{n + 1}-q1",
                "type": "multiple_choice",
                "question": f"Op welke dag is de {place} dicht?",
                "options": [day.capitalize(), other_day.capitalize(), "Zondag"],
                "answer": day.capitalize(),
                "feedback": f"In de tekst staat: 'Op {day} is de {place} dicht.'",
            },
            {
                "id": f"{prefix}{n + 1}-q2",
                "type": "multiple_choice",
                "question": f"Hoe laat gaat de {place} open?",
                "options": [f"Om {opens} uur", f"Om {opens + 1} uur", f"Om {closes} uur"],
                "answer": f"Om {opens} uur",
                "feedback": f"De {place} is open van {opens} tot {closes} uur.",
            },
            {
                "id": f"{prefix}{n + 1}-q3",
                "type": "multiple_choice",  # exams are multiple choice only
                "question": f"Kunt u de {place} bellen?",
                "options": ["Ja", "Nee"],
                "answer": "Ja",
                "feedback": "Onder de tekst staat een telefoonnummer.",
            },
            {
                "id": f"{prefix}{n + 1}-q4",
                "type": "multiple_choice",
                "question": "Voor wie is deze tekst?",
                "options": ["Voor iedereen", "Alleen voor kinderen", "Alleen voor artsen"],
                "answer": "Voor iedereen",
                "feedback": "De tekst begint met 'Beste bezoekers'.",
            },
        ][:per_text]
        stimuli.append(
            {
                "id": f"{prefix}{n + 1}",
                "skill": "reading",
                "level": level,
                "type": text_type,
                "title": f"De {place}",
                "themes": [theme],
                "text": (
                    f"Beste bezoekers,\nDe {place} is open van {opens} tot {closes} uur.\n"
                    f"Op {day} is de {place} dicht.\n"
                    f"Hebt u een vraag? Bel dan 020 123 45 {n:02d}."
                ),
                "questions": questions,
            }
        )
    return {"stimuli": stimuli}


def write_reading_pack(
    folder: Path, texts: int = 12, per_text: int = 3, pack_id: str = "test.exam-reading"
) -> Path:
    (folder / "items").mkdir(parents=True, exist_ok=True)
    manifest = {
        "format": "examtrainer-pack/1",
        "id": pack_id,
        "title": "Examen lezen (test)",
        "version": "1.0",
        "language": "nl",
        "author": "examtrainer tests",
        "licence": "CC0-1.0",
        "source": "original",
    }
    (folder / "pack.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), "utf-8")
    data = reading_pack_data(texts, per_text)
    (folder / "items" / "lezen.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8"
    )
    return folder


def open_services(home: Path) -> Services:
    """Services on a SQLite file in ``home``, without the bundled content."""
    paths = default_paths({"EXAMTRAINER_HOME": str(home)})
    return Services.open(paths, Settings(), install_content=False)


def make_testlets(
    texts: int,
    per_text: int,
    level: str = "A2",
    prefix: str = "t",
    item_type: str = "multiple_choice",
    text_types: tuple[str, ...] = ("letter", "notice", "advert", "email"),
    themes: tuple[str, ...] = ("work", "health", "housing", "school", "shopping"),
) -> list[PoolItem]:
    pool = []
    for n in range(texts):
        for q in range(per_text):
            pool.append(
                PoolItem(
                    key=f"{prefix}{n + 1}-q{q + 1}",
                    stimulus=f"{prefix}{n + 1}",
                    level=level,
                    item_type=item_type,
                    themes=(themes[n % len(themes)],),
                    text_type=text_types[n % len(text_types)],
                    difficulty={"A1": -1.0, "A2": 0.1, "B1": 1.3}.get(level, 0.0) + 0.01 * n,
                )
            )
    return pool


def make_tasks(count: int, item_type: str, level: str = "A2", prefix: str = "s") -> list[PoolItem]:
    return [
        PoolItem(
            key=f"{prefix}{n + 1}",
            stimulus=None,
            level=level,
            item_type=item_type,
            themes=(("work", "health", "family")[n % 3],),
            difficulty=0.01 * n,
        )
        for n in range(count)
    ]
