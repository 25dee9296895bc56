"""The PDF progress report of one learner, drawn with Qt's own PDF writer (no other library).

:func:`collect_report` reads everything from the database (slow: run it in the background);
:func:`write_progress_pdf` draws one A4 page from that data (quick; any thread that owns no
widgets, normally the UI thread).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from examtrainer.gui.qt import (
    QColor,
    QCoreApplication,
    QFont,
    QMarginsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPointF,
    QRectF,
    Qt,
)
from examtrainer.gui.widgets.charts import BAND_COLOURS, BANDS, HIGH, LOW

SKILLS = ("reading", "listening", "speaking")
LINE_COLOURS = {"reading": "#2f6f9f", "listening": "#c0762f", "speaking": "#4f8f4f"}
RESOLUTION = 300  # dots per inch of the PDF's drawing surface


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    # pyside6-lupdate files the texts of this module-level tr() under the empty context name,
    # so they are looked up there too. With ``n``, ``%n`` is that number in its plural form.
    return QCoreApplication.translate("", text, disambiguation or None, n)


@dataclass(frozen=True)
class ExamLine:
    started_at: datetime
    skill: str
    target: str
    status: str
    answered: int
    correct: int


@dataclass(frozen=True)
class ReportData:
    learner: Any  # store.records.Learner
    group_name: str
    progress: Any  # services.progress.Progress
    last_activity: datetime | None
    rated: int = 0
    rated_passed: int = 0
    waiting: int = 0
    exams: list[ExamLine] = field(default_factory=list)
    made_on: date = field(default_factory=date.today)


def collect_report(services: Any, learner_id: int) -> ReportData:
    """Everything the report shows, read from the database (call off the UI thread)."""
    store = services.store
    learner = store.learners.get(learner_id)
    summary = services.teaching.class_progress(learner_ids=[learner_id]).learners[0]
    recordings = store.recordings.of_learner(learner_id)
    rated = [r for r in recordings if r.teacher_rating]
    exams = []
    for session in store.sessions.of_learner(learner_id, kind="exam"):
        responses = store.responses.of_session(session.id)
        blueprint = session.state.get("blueprint", {})
        exams.append(
            ExamLine(
                started_at=session.started_at,
                skill=session.skill,
                target=str(blueprint.get("target", "")) if isinstance(blueprint, dict) else "",
                status=session.status,
                answered=len(responses),
                correct=sum(1 for r in responses if r.correct),
            )
        )
    return ReportData(
        learner=learner,
        group_name=summary.group_name,
        progress=services.progress(learner_id),
        last_activity=summary.last_activity,
        rated=len(rated),
        rated_passed=sum(1 for r in rated if r.teacher_rating.get("passed")),
        waiting=len(recordings) - len(rated),
        exams=exams[-10:],
    )


def _skill_name(skill: str) -> str:
    return {"reading": tr("Lezen"), "listening": tr("Luisteren"), "speaking": tr("Spreken")}.get(
        skill, skill
    )


def _status_name(status: str) -> str:
    return {
        "finished": tr("afgerond"),
        "abandoned": tr("gestopt"),
        "active": tr("niet afgemaakt"),
    }.get(status, status)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{round(100 * value)}%"


class _Page:
    """Drawing helpers in millimetres on a QPdfWriter page."""

    def __init__(self, painter: QPainter) -> None:
        self.p = painter
        self.unit = RESOLUTION / 25.4  # device dots per mm
        self.y = 0.0

    def mm(self, value: float) -> float:
        return value * self.unit

    def font(self, size: float, bold: bool = False) -> None:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        self.p.setFont(font)

    def text(
        self,
        x: float,
        width: float,
        height: float,
        value: str,
        size: float = 10,
        bold: bool = False,
        colour: str = "#1f2a33",
        align: Any = None,
    ) -> None:
        self.font(size, bold)
        self.p.setPen(QColor(colour))
        flags = align if align is not None else Qt.AlignmentFlag.AlignLeft
        self.p.drawText(
            QRectF(self.mm(x), self.mm(self.y), self.mm(width), self.mm(height)),
            int(flags | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap),
            value,
        )

    def line(self, x1: float, x2: float, colour: str = "#c8d2d7") -> None:
        self.p.setPen(QPen(QColor(colour), self.mm(0.3)))
        self.p.drawLine(
            QPointF(self.mm(x1), self.mm(self.y)), QPointF(self.mm(x2), self.mm(self.y))
        )

    def table(
        self,
        x: float,
        widths: list[float],
        rows: list[list[str]],
        right: frozenset[int],
        row_h: float = 6.5,
    ) -> None:
        """First row is the header (bold); columns in ``right`` are right-aligned."""
        for index, row in enumerate(rows):
            left = x
            for column, (width, value) in enumerate(zip(widths, row, strict=True)):
                align = (
                    Qt.AlignmentFlag.AlignRight if column in right else Qt.AlignmentFlag.AlignLeft
                )
                self.text(left + 1, width - 2, row_h, value, 9.5, bold=index == 0, align=align)
                left += width
            self.y += row_h
            self.line(x, x + sum(widths), "#1f2a33" if index == 0 else "#dde3e6")


def _chart(page: _Page, x: float, width: float, height: float, progress: Any) -> None:
    """Ability per day of each skill over the level bands, on a common date axis."""
    p = page.p
    top = page.y

    def y_of(theta: float) -> float:
        clamped = min(max(theta, LOW), HIGH)
        return top + (HIGH - clamped) / (HIGH - LOW) * height

    label_w = 9.0
    for (name, low, high), colour in zip(BANDS, BAND_COLOURS, strict=True):
        rect = QRectF(
            page.mm(x), page.mm(y_of(high)), page.mm(width), page.mm(y_of(low) - y_of(high))
        )
        p.fillRect(rect, QColor(colour))
        saved = page.y
        page.y = y_of(high)
        page.text(x + 1, label_w, y_of(low) - y_of(high), name, 9, colour="#6b7b84")
        page.y = saved
    days = sorted({d for s in progress.skills.values() for d, _ in s.history})
    if not days:
        page.y = top + height / 2 - 3
        page.text(
            x + label_w,
            width - label_w,
            6,
            tr("Nog geen niveau gemeten."),
            10,
            colour="#5b6b75",
            align=Qt.AlignmentFlag.AlignCenter,
        )
        page.y = top + height
        return
    first, last = days[0], days[-1]
    span = max(1, (last - first).days)
    left, right = x + label_w + 2, x + width - 3

    def x_of(day: date) -> float:
        if first == last:
            return (left + right) / 2
        return left + (day - first).days / span * (right - left)

    for skill in SKILLS:
        history = progress.skills[skill].history if skill in progress.skills else ()
        if not history:
            continue
        pen = QPen(QColor(LINE_COLOURS[skill]), page.mm(0.7))
        p.setPen(pen)
        points = [QPointF(page.mm(x_of(d)), page.mm(y_of(t))) for d, t in history]
        for a, b in itertools.pairwise(points):
            p.drawLine(a, b)
        p.setBrush(QColor(LINE_COLOURS[skill]))
        for point in points:
            p.drawEllipse(point, page.mm(0.9), page.mm(0.9))
    page.y = top + height + 1
    page.text(left, 40, 5, first.strftime("%d-%m-%Y"), 8, colour="#5b6b75")
    page.text(
        right - 40,
        40,
        5,
        last.strftime("%d-%m-%Y"),
        8,
        colour="#5b6b75",
        align=Qt.AlignmentFlag.AlignRight,
    )
    page.y += 6
    legend_x = x
    for skill in SKILLS:
        p.fillRect(
            QRectF(page.mm(legend_x), page.mm(page.y + 1.5), page.mm(6), page.mm(2)),
            QColor(LINE_COLOURS[skill]),
        )
        page.text(legend_x + 8, 30, 5, _skill_name(skill), 9)
        legend_x += 38


def write_progress_pdf(report: ReportData, path: Path) -> Path:
    """Draw ``report`` as a one-page A4 PDF at ``path``; returns ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(tr("Voortgangsverslag") + f" {report.learner.name}")
    writer.setCreator("examtrainer")
    painter = QPainter(writer)
    try:
        _draw(_Page(painter), report)
    finally:
        painter.end()
    return path


def _draw(page: _Page, report: ReportData) -> None:
    x, width = 18.0, 174.0  # A4 is 210 mm wide
    learner, progress = report.learner, report.progress
    target = learner.exam_target if learner.exam_target in ("A2", "B1") else "A2"
    page.y = 16
    page.text(x, width, 11, tr("Voortgangsverslag"), 20, bold=True, colour="#1d3b4f")
    page.y += 12
    page.text(x, width, 7, learner.name, 14, bold=True)
    page.y += 8
    details = [tr("Examen op niveau {level}").format(level=target)]
    if report.group_name:
        details.insert(0, tr("Groep: {name}").format(name=report.group_name))
    details.append(tr("Gemaakt op {date}").format(date=report.made_on.strftime("%d-%m-%Y")))
    page.text(x, width, 6, "   ·   ".join(details), 10, colour="#3d5566")
    page.y += 10

    page.text(x, width, 7, tr("Niveau per onderdeel"), 12, bold=True, colour="#1d3b4f")
    page.y += 8
    rows = [
        [
            tr("Onderdeel"),
            tr("Niveau nu"),
            tr("Kans A2"),
            tr("Kans B1"),
            tr("Vragen"),
            tr("Goed"),
            tr("Minuten"),
        ]
    ]
    for skill in SKILLS:
        s = progress.skills.get(skill)
        if s is None:
            continue
        rows.append(
            [
                _skill_name(skill),
                s.level or "–",
                _percent(s.readiness_a2),
                _percent(s.readiness_b1),
                str(s.answered),
                str(s.correct),
                str(round(s.seconds / 60)),
            ]
        )
    page.table(x, [34, 24, 22, 22, 24, 22, 26], rows, frozenset({2, 3, 4, 5, 6}))
    page.y += 8

    page.text(x, width, 7, tr("Niveau in de tijd"), 12, bold=True, colour="#1d3b4f")
    page.y += 8
    _chart(page, x, width, 62, progress)
    page.y += 10

    page.text(x, width, 7, tr("Oefenen"), 12, bold=True, colour="#1d3b4f")
    page.y += 8
    minutes = round(progress.total_seconds / 60)
    last = report.last_activity
    practice = (
        tr("In totaal %n minuten geoefend", "", minutes)
        + ", "
        + tr("%n vragen gemaakt.", "", progress.total_answered)
    )
    if last is not None:
        practice += " " + tr("Laatst geoefend op {date}.").format(
            date=last.astimezone().strftime("%d-%m-%Y")
        )
    page.text(x, width, 6, practice, 10)
    page.y += 7
    page.text(
        x,
        width,
        6,
        tr(
            "Spreken: {rated} opnames beoordeeld door de docent, {passed} voldoende; "
            "{waiting} wachten nog op beoordeling."
        ).format(rated=report.rated, passed=report.rated_passed, waiting=report.waiting),
        10,
    )
    page.y += 11

    page.text(x, width, 7, tr("Proefexamens"), 12, bold=True, colour="#1d3b4f")
    page.y += 8
    if report.exams:
        exam_rows = [[tr("Datum"), tr("Onderdeel"), tr("Niveau"), tr("Status"), tr("Goed")]]
        for exam in report.exams:
            exam_rows.append(
                [
                    exam.started_at.astimezone().strftime("%d-%m-%Y"),
                    _skill_name(exam.skill),
                    exam.target or "–",
                    _status_name(exam.status),
                    tr("{good} van {n}").format(good=exam.correct, n=exam.answered),
                ]
            )
        page.table(x, [34, 40, 24, 40, 36], exam_rows, frozenset({4}))
    else:
        page.text(x, width, 6, tr("Nog geen proefexamen gemaakt."), 10, colour="#5b6b75")
        page.y += 6
    page.y = 280
    page.line(x, x + width)
    page.y += 1
    page.text(
        x,
        width,
        8,
        tr(
            "examtrainer is een oefenprogramma. De niveaus en kansen zijn schattingen uit de "
            "oefeningen, geen uitslag van DUO."
        ),
        8,
        colour="#5b6b75",
    )


def save_progress_pdf(ctx: Any, learner_id: int, path: Path) -> Path:
    """Collect and draw in one go (tests, CLI-like use); blocks while reading the database."""
    return write_progress_pdf(collect_report(ctx.need_services(), learner_id), path)
