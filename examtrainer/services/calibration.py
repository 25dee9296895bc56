"""Use case: re-estimate item difficulties from everyone's answers on this PC or school database.

Online updates after each answer (see services.practice) keep difficulties moving; this batch
job does it properly with marginal maximum likelihood (examtrainer.adaptive.calibrate) over
all stored answers of a skill. Items whose pack gives IRT parameters are anchors: they fix the
scale. Without anchors, the estimates are shifted so that their mean equals the mean of the
level-based difficulties they started from, which keeps the scale's link to the CEFR levels.
Only items with at least ``min_responses`` answers get a new difficulty.
"""

from __future__ import annotations

from dataclasses import dataclass

from examtrainer.adaptive import calibrate, difficulty_for_level
from examtrainer.store.repositories import Store

DEFAULT_MIN_RESPONSES = 20


@dataclass(frozen=True)
class CalibrationReport:
    skill: str
    responses: int
    items_updated: int
    anchors: int


def recalibrate(
    store: Store, skill: str, min_responses: int = DEFAULT_MIN_RESPONSES
) -> CalibrationReport:
    responses = store.responses.all_for_calibration(skill)
    if not responses:
        return CalibrationReport(skill, 0, 0, 0)
    items = {s.id: s for s in store.items.for_skill(skill)}
    anchors = {str(s.id): s.item.irt.difficulty for s in items.values() if s.item.irt is not None}
    triples = [(str(learner), str(item), correct) for learner, item, correct in responses]
    estimates = calibrate(
        triples,
        anchors=anchors or None,
        prior_difficulties={str(i): s.difficulty for i, s in items.items()},
    )
    free = {
        int(key): result
        for key, result in estimates.items()
        if key not in anchors and int(key) in items
    }
    shift = 0.0
    if not anchors and free:
        level_mean = sum(difficulty_for_level(items[i].item.level.value) for i in free) / len(free)
        shift = level_mean - sum(r.difficulty for r in free.values()) / len(free)
    updated = 0
    for item_id, result in free.items():
        if result.n_responses >= min_responses:
            store.items.set_difficulty(item_id, result.difficulty + shift, result.n_responses)
            updated += 1
    return CalibrationReport(skill, len(responses), updated, len(anchors))
