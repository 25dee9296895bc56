"""The exam's words that more than one screen shows: skill names, the exam's title, the plan
of what will happen (the calm start and the exam window's first page), and time left.

Qt-translated (context ``exam``), but no widgets: widgets and screens may both use these.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from examtrainer.gui.qt import QCoreApplication

if TYPE_CHECKING:
    from examtrainer.exam.blueprint import Blueprint

translate = QCoreApplication.translate


def skill_name(skill: str) -> str:
    return {
        "reading": translate("exam", "Lezen"),
        "listening": translate("exam", "Luisteren"),
        "speaking": translate("exam", "Spreken"),
    }.get(skill, skill)


def exam_title(blueprint: Blueprint, timed_set: bool = False) -> str:
    name = skill_name(blueprint.skill.value)
    if timed_set:
        return translate("exam", "Oefenset met tijd: {skill} {level}").format(
            skill=name, level=blueprint.target
        )
    return translate("exam", "Examen {skill} {level}").format(skill=name, level=blueprint.target)


def plan_lines(blueprint: Blueprint) -> list[str]:
    """What will happen, in short sentences: questions, time, rules, scoring."""
    lines: list[str] = []
    minutes = round(blueprint.time_limit_minutes)
    # Plain names for the counts: pyside6-lupdate misses a translate() whose number is
    # an attribute (blueprint.questions).
    questions, practice = blueprint.questions, blueprint.practice_questions
    plays, chosen = blueprint.plays_allowed or 0, 0
    if blueprint.parts:
        recorded = sum(p.count for p in blueprint.parts if p.item_type.value.startswith("speak"))
        chosen = questions - recorded
        lines.append(
            translate("exam", "Er zijn %n opdrachten.", None, questions)
            + " "
            + (
                translate("exam", "Bij %n opdrachten spreekt u een antwoord in.", None, recorded)
                + " "
                + translate(
                    "exam",
                    "Bij %n opdrachten kiest u de goede reactie.",
                    None,
                    chosen,
                )
                if recorded < questions
                else translate("exam", "Bij elke opdracht spreekt u een antwoord in.")
            )
        )
    else:
        lines.append(translate("exam", "Er zijn %n vragen.", None, questions))
    lines.append(translate("exam", "U heeft %n minuten.", None, minutes))
    if blueprint.practice_questions:
        lines.append(
            translate(
                "exam",
                "Eerst maakt u %n oefenvragen. Die tellen niet mee. Daarna begint de tijd.",
                None,
                practice,
            )
        )
    if blueprint.timer == "visible":
        lines.append(translate("exam", "Boven in het scherm ziet u hoeveel tijd u nog heeft."))
    else:
        lines.append(
            translate("exam", "U ziet geen klok, net als bij het echte examen.")
            + " "
            + warnings_sentence(blueprint.warnings_minutes)
        )
    if blueprint.navigation == "free":
        lines.append(
            translate(
                "exam",
                "Onderaan staan de nummers van alle vragen. "
                "U mag zelf kiezen welke vraag u maakt. U kunt ook terug.",
            )
        )
    else:
        lines.append(translate("exam", "U gaat steeds naar de volgende opdracht. Terug kan niet."))
    if blueprint.skill.value == "listening" and blueprint.plays_allowed:
        lines.append(
            translate(
                "exam",
                "U mag elk fragment %n keer horen. Nog een keer luisteren kost wel tijd.",
                None,
                plays,
            )
        )
    if blueprint.skill.value == "speaking":
        lines.append(
            translate(
                "exam",
                "U hoort de opdracht. U krijgt even tijd om na te denken. "
                "Na een piep spreekt u uw antwoord in.",
            )
        )
        lines.append(
            translate(
                "exam",
                "Aan het einde luistert u zelf naar uw opnames. "
                "U kijkt zelf of ze goed zijn, of uw docent doet dat.",
            )
        )
    else:
        lines.append(
            translate(
                "exam",
                "Elke goede vraag is 1 punt. Een vraag zonder antwoord is fout. "
                "Kies dus altijd een antwoord.",
            )
        )
    if blueprint.scale is not None:
        lines.append(
            translate(
                "exam",
                "Bij het Staatsexamen heeft u met {score} punten op de schaal een voldoende. "
                "Wij geven aan het einde een schatting van uw score.",
            ).format(score=blueprint.scale.pass_score)
        )
    elif blueprint.pass_raw is not None:
        lines.append(
            translate(
                "exam",
                "Websites voor de voorbereiding zeggen: ongeveer {n} van de %n goed "
                "is genoeg. Dat is geen officiële grens.",
                None,
                questions,
            ).format(n=blueprint.pass_raw)
        )
    lines.append(translate("exam", "De uitslag ziet u pas aan het einde."))
    return lines


def warnings_sentence(warnings_minutes: tuple[float, ...]) -> str:
    """"U krijgt een melding als u nog 5 minuten en nog 1 minuut heeft.", from the
    blueprint's warning minutes (a school may change them)."""
    moments = [left_text(m * 60.0) for m in sorted(set(warnings_minutes), reverse=True) if m > 0]
    if not moments:
        return translate("exam", "U krijgt geen melding over de tijd.")
    said = moments[0]
    if len(moments) > 1:
        said = translate("exam", "{first} en {last}").format(
            first=", ".join(moments[:-1]), last=moments[-1]
        )
    return translate("exam", "U krijgt een melding als u {moments} heeft.").format(moments=said)


def plan_html(lines: list[str]) -> str:
    """Short sentences as a list with room between the lines."""
    items = "".join(f"<li style='margin-bottom:7px'>{html.escape(line)}</li>" for line in lines)
    return f"<ul style='margin-left:-18px'>{items}</ul>"


def left_text(seconds: float) -> str:
    minutes = max(1, round(seconds / 60)) if seconds > 0 else 0
    return translate("exam", "nog %n minuten", None, minutes)
