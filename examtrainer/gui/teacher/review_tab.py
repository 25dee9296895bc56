"""Teacher mode, tab "Spreken beoordelen": recordings waiting for a teacher. Listen, compare
with the model answer, score with the rubric (services.teacher.RUBRIC) and add a comment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.teacher.base import TeacherTab, muted_label
from examtrainer.gui.widgets.playback import PlayButton


class ReviewTab(TeacherTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from examtrainer.services.teacher import RUBRIC

        self.entries: list[Any] = []
        self.entry: Any = None
        self.stored: Any = None
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        self.list_label = QLabel()
        left_layout.addWidget(self.list_label)
        self.list = QListWidget()
        self.list.setObjectName("review_list")
        self.listen(self.list.currentRowChanged, self._chosen)
        left_layout.addWidget(self.list, 1)
        self.show_all = QCheckBox()
        self.show_all.setObjectName("show_reviewed")
        self.listen(self.show_all.toggled, lambda _on: self.refresh())
        left_layout.addWidget(self.show_all)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.who = QLabel()
        self.who.setObjectName("subtitle")
        self.who.setWordWrap(True)
        right_layout.addWidget(self.who)
        self.task_box = QGroupBox()
        task_layout = QVBoxLayout(self.task_box)
        self.task = QLabel()
        self.task.setObjectName("review_task")
        self.task.setWordWrap(True)
        self.task.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = QLabel()
        self.model.setObjectName("review_model")
        self.model.setWordWrap(True)
        task_layout.addWidget(self.task)
        task_layout.addWidget(self.model)
        players = QHBoxLayout()
        self.play_recording = PlayButton(ctx)
        self.play_recording.setObjectName("play_recording")
        self.play_model = PlayButton(ctx)
        self.play_model.setObjectName("play_model")
        players.addWidget(self.play_recording)
        players.addWidget(self.play_model)
        players.addStretch(1)
        task_layout.addLayout(players)
        self.file_note = muted_label()
        self.file_note.hide()
        task_layout.addWidget(self.file_note)
        right_layout.addWidget(self.task_box)

        self.rubric_box = QGroupBox()
        form = QFormLayout(self.rubric_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.scores: dict[str, QSpinBox] = {}
        self.criterion_labels: dict[str, QLabel] = {}
        for criterion in RUBRIC:
            spin = QSpinBox()
            spin.setObjectName(f"score_{criterion.key}")
            spin.setRange(0, criterion.max_points)
            spin.setMinimumWidth(70)
            self.listen(spin.valueChanged, lambda _v: self._update_total())
            label = QLabel()
            self.scores[criterion.key] = spin
            self.criterion_labels[criterion.key] = label
            form.addRow(label, spin)
        self.total = QLabel()
        self.total.setObjectName("review_total")
        form.addRow(self.total)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("review_comment")
        self.comment.setMaximumHeight(80)
        self.comment_label = QLabel()
        form.addRow(self.comment_label, self.comment)
        right_layout.addWidget(self.rubric_box)
        buttons = QHBoxLayout()
        self.status = muted_label()
        self.status.setObjectName("review_status")
        buttons.addWidget(self.status, 1)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_rating")
        self.save_button.setProperty("primary", True)
        self.listen(self.save_button.clicked, self.save)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        right_layout.addStretch(1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter)
        self.retranslate()
        self._show_entry()
        self.refresh()

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        services = self.ctx.need_services()
        everything = self.show_all.isChecked()
        self.run(lambda: services.teaching.review_queue(everything), self._loaded)

    def _loaded(self, entries: list[Any]) -> None:
        chosen = self.entry.recording.id if self.entry is not None else None
        self.entries = entries
        self.list.blockSignals(True)
        self.list.clear()
        row_to_select = 0 if entries else -1
        for row, entry in enumerate(entries):
            moment = entry.recording.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
            done = " ✓" if entry.recording.teacher_rating else ""
            item = QListWidgetItem(f"{entry.learner_name}{done}\n{entry.item_key} · {moment}")
            item.setData(Qt.ItemDataRole.UserRole, entry.recording.id)
            self.list.addItem(item)
            if entry.recording.id == chosen:
                row_to_select = row
        self.list.blockSignals(False)
        self.list_label.setText(self.tr("Opnames om te beoordelen: %n", "", len(entries)))
        self.list.setCurrentRow(row_to_select)
        self._chosen(row_to_select)

    def _chosen(self, row: int) -> None:
        self.entry = self.entries[row] if 0 <= row < len(self.entries) else None
        self.stored = None
        self._show_entry()
        if self.entry is None:
            return
        services = self.ctx.need_services()
        item_id = self.entry.recording.item_id
        self.run(lambda: services.store.items.by_ids([item_id])[0], self._item_loaded)

    def _item_loaded(self, stored: Any) -> None:
        if self.entry is None or stored.id != self.entry.recording.item_id:
            return
        self.stored = stored
        self._show_entry()

    def recording_file(self, recording: Any) -> Path:
        """A stored recording path; relative ones are in the (shared) recordings folder."""
        path = Path(recording.path)
        if path.is_absolute():
            return path
        shared = self.ctx.settings.shared_recordings
        return (Path(shared) if shared else self.ctx.paths.recordings) / path

    def _show_entry(self) -> None:
        entry, stored = self.entry, self.stored
        has = entry is not None
        self.save_button.setEnabled(has)
        self.rubric_box.setEnabled(has)
        if entry is None:
            self.who.setText(self.tr("Kies links een opname."))
            self.task.setText("")
            self.model.setText("")
            self.file_note.setText("")
            self.play_recording.set_file(None)
            self.play_model.set_file(None)
            return
        recording = entry.recording
        self.who.setText(
            self.tr("{name}, {date} (duur: {seconds} sec.)").format(
                name=entry.learner_name,
                date=recording.created_at.astimezone().strftime("%d-%m-%Y %H:%M"),
                seconds=round(recording.duration_seconds),
            )
        )
        path = self.recording_file(recording)
        self.play_recording.set_file(path)
        self.file_note.setVisible(not path.is_file())
        self.file_note.setText(
            ""
            if path.is_file()
            else self.tr("Het geluidsbestand is niet gevonden: {path}").format(path=path)
        )
        rating = recording.teacher_rating.get("scores", {})
        for key, spin in self.scores.items():
            spin.setValue(int(rating.get(key, 0)))
        self.comment.setPlainText(recording.teacher_comment)
        if stored is None:
            self.task.setText(self.tr("De opdracht wordt geladen…"))
            self.model.setText("")
            self.play_model.set_file(None)
            return
        item = stored.item
        self.task.setText(self.tr("Opdracht: {question}").format(question=item.question))
        self.model.setText(
            self.tr("Voorbeeldantwoord: {answer}").format(answer=item.model_answer or "–")
        )
        model_audio = Path(stored.media_root) / item.model_audio if item.model_audio else None
        self.play_model.set_file(model_audio)
        self._update_total()

    def _values(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.scores.items()}

    def _update_total(self) -> None:
        from examtrainer.services.teacher import rating_total

        points, passed = rating_total(self._values())
        maximum = sum(spin.maximum() for spin in self.scores.values())
        verdict = self.tr("voldoende") if passed else self.tr("onvoldoende")
        self.total.setText(
            self.tr("Totaal: {points} van {max} punten: {verdict}").format(
                points=points, max=maximum, verdict=verdict
            )
        )

    def save(self) -> None:
        from examtrainer.services.teacher import rate_recording

        if self.entry is None:
            return
        services = self.ctx.need_services()
        recording_id = self.entry.recording.id
        scores = self._values()
        comment = self.comment.toPlainText()
        self.play_recording.stop()
        self.play_model.stop()

        def done(result: Any) -> None:
            verdict = self.tr("voldoende") if result.passed else self.tr("onvoldoende")
            self.status.setText(
                self.tr("Opgeslagen: {points} van {max} punten, {verdict}.").format(
                    points=result.total, max=result.max_total, verdict=verdict
                )
            )
            self.refresh()
            self.changed.emit()

        self.run(lambda: rate_recording(services.store, recording_id, scores, comment), done)

    def teardown(self) -> None:
        self.play_recording.stop()
        self.play_model.stop()
        super().teardown()

    def retranslate(self) -> None:
        names = {
            "task": self.tr("Inhoud: doet de leerling wat de opdracht vraagt?"),
            "comprehensibility": self.tr("Verstaanbaar: uitspraak en duidelijkheid"),
            "vocabulary": self.tr("Woordenschat"),
            "grammar": self.tr("Grammatica"),
            "fluency": self.tr("Vloeiend spreken"),
        }
        for key, label in self.criterion_labels.items():
            label.setText(names[key] + " " + self.tr("(0–2)"))
        self.list_label.setText(self.tr("Opnames om te beoordelen: %n", "", len(self.entries)))
        self.show_all.setText(self.tr("Ook beoordeelde opnames tonen"))
        self.task_box.setTitle(self.tr("Opdracht"))
        self.rubric_box.setTitle(
            self.tr("Beoordeling (voldoende: 6 van 10 punten en minstens 1 punt voor inhoud)")
        )
        self.comment_label.setText(self.tr("Opmerking:"))
        self.play_recording.set_texts(self.tr("▶ Opname afspelen"), self.tr("■ Stop"))
        self.play_model.set_texts(self.tr("▶ Voorbeeld afspelen"), self.tr("■ Stop"))
        self.save_button.setText(self.tr("Beoordeling opslaan"))
        self._show_entry()
