"""Demo data for the teacher-mode screenshots (tools/screenshots.py): a small class with
answers, levels over several weeks, a recording to review, a mock exam, and a broken CSV."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import update

from examtrainer.store import models as m

ROOT = Path(__file__).resolve().parent.parent
TONE = ROOT / "tests" / "fixtures" / "audio" / "tone_1s.wav"

CLASS = {
    "Maandagochtend": [
        ("Bilal Ahmadi", -0.9),
        ("Chen Wei", 0.3),
        ("Dewi Santoso", -0.2),
        ("Farah Haddad", 0.9),
    ],
    "Woensdagavond": [("Eva Kowalski", -1.6), ("Goran Petrović", 0.1)],
}


def add_demo_class(ctx: Any, work: Path) -> None:
    """Groups, learners, answers and ability histories; one speaking recording per group."""
    store = ctx.need_services().store
    reading = store.items.for_skill("reading")
    listening = store.items.for_skill("listening")
    speaking = [s for s in store.items.for_skill("speaking") if s.item.is_recorded]
    start = datetime.now(UTC) - timedelta(days=35)
    amina = store.learners.all()[0]
    for number, (group, members) in enumerate(CLASS.items()):
        group_id = store.learners.create_group(group).id
        if number == 0:
            store.learners.update(amina.id, group_id=group_id)
        for index, (name, level) in enumerate(members):
            learner = store.learners.create(name, group_id=group_id)
            session = store.sessions.start(learner.id, "practice", "reading", {})
            for k, stored in enumerate(reading[: 8 + 3 * index] + listening[: 4 + index]):
                store.responses.record(
                    session.id, learner.id, stored.id, "x", (k + index) % 3 != 0, 35.0 + 5 * k
                )
            with store.transaction() as s:
                for week in range(6):
                    for skill, shift in (("reading", 0.0), ("listening", -0.4)):
                        s.add(
                            m.AbilityRow(
                                learner_id=learner.id,
                                skill=skill,
                                theta=level + shift - 0.8 + 0.16 * week,
                                standard_error=0.9 - 0.08 * week,
                                source="practice",
                                measured_at=start + timedelta(days=7 * week),
                            )
                        )
            if index == 1 and speaking:
                folder = ctx.paths.recordings / str(learner.id)
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / "opname.wav"
                shutil.copyfile(TONE, path)
                talk = store.sessions.start(learner.id, "practice", "speaking", {})
                item = speaking[number % len(speaking)]
                store.responses.record(
                    talk.id, learner.id, item.id, {"recording": str(path)}, None, 30.0
                )
                store.recordings.add(learner.id, item.id, talk.id, str(path), 1.0, {})
    with store.transaction() as s:  # Amina: a history for the report's chart
        for week in range(5):
            for skill, base in (("reading", -0.9), ("listening", -1.3), ("speaking", -1.1)):
                s.add(
                    m.AbilityRow(
                        learner_id=amina.id,
                        skill=skill,
                        theta=base + 0.22 * week,
                        standard_error=0.8 - 0.08 * week,
                        source="practice",
                        measured_at=start + timedelta(days=8 * week),
                    )
                )
        s.execute(update(m.ResponseRow).values(answered_at=datetime.now(UTC) - timedelta(days=1)))
    exam = store.sessions.start(amina.id, "exam", "reading", {"blueprint": {"target": "A2"}})
    session_items = reading[:10]
    for k, stored in enumerate(session_items):
        store.responses.record(exam.id, amina.id, stored.id, "x", k % 4 != 0, 60.0)
    store.sessions.finish(exam.id)


def own_voice_bank(ctx: Any, work: Path) -> str:
    """A teacher's own bank with listening fragments and speaking tasks (the test pack under
    a classroom name), for the "Eigen stem" screenshot; returns its id."""
    from examtrainer.services.importing import import_bank

    source = ROOT / "tests" / "fixtures" / "packs" / "listen-speak"
    target = work / "eigen-bank"
    shutil.copytree(source, target, dirs_exist_ok=True)
    manifest = target / "pack.yaml"
    text = manifest.read_text(encoding="utf-8")
    text = text.replace("id: test.listen-speak", "id: school.luisteren-spreken")
    text = text.replace(
        "title: Kleine testbank luisteren en spreken", "title: Luisteren en spreken (klas 2)"
    )
    manifest.write_text(text, encoding="utf-8")
    services = ctx.need_services()
    return import_bank(services.store, services.paths, target).bank.id


def broken_csv(work: Path) -> Path:
    """A teacher's spreadsheet with the mistakes the preview must show, row and column named."""
    path = work / "vragen-week-3.csv"
    path.write_text(
        "nummer;vaardigheid;niveau;vraagtype;vraag;optie_a;optie_b;optie_c;antwoord;thema\n"
        "w3-1;lezen;A2;meerkeuze;Wanneer is de bibliotheek open?;Maandag;Dinsdag;;B;vrije tijd\n"
        "w3-2;lezen;C1;meerkeuze;Wat kost een kaart?;5 euro;10 euro;;A;geld\n"
        "w3-3;lezen;A2;meerkeuze;Waar is de ingang?;Links;Rechts;;Achter;wonen\n"
        "w3-4;lezen;A2;juist_onjuist;De winkel is op zondag open.;;;;misschien;sport\n"
        "w3-5;lezen;A1;meerkeuze;;Ja;Nee;;A;werk\n",
        encoding="utf-8",
    )
    return path


def report_page(ctx: Any, png: Path, work: Path) -> None:
    """Write Amina's PDF report and render its first page with pdftoppm (poppler-utils)."""
    from examtrainer.gui.reports import save_progress_pdf

    amina = ctx.need_services().store.learners.all()[0]
    pdf = save_progress_pdf(ctx, amina.id, work / "verslag.pdf")
    stem = work / "report"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )
    shutil.copyfile(stem.with_suffix(".png"), png)
