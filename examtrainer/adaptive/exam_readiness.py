"""Readiness as an honest probability: the chance of passing the real exam part, or "not
known yet" while there is too little evidence.

``P(pass) = ∫ P(pass | a) · posterior(a) da``. The posterior of the learner's ability ``a``
is taken as normal with the EAP estimate ``theta`` as mean and its standard error ``se`` as
SD (logits; that is what the store keeps per estimate). The real exam measures ability with
an error of its own: a 25-question multiple-choice part gives about ``REAL_EXAM_SE`` logits
(1 / sqrt(25 · 0.2), the information of items near the cut), so a learner *at* the cut passes
about half the time and ``P(pass | a) = Phi((a - cut) / REAL_EXAM_SE)``. The integral of a
normal CDF against a normal density is again a normal CDF:
``P(pass) = Phi((theta - cut) / sqrt(se² + REAL_EXAM_SE²))``. Because ``REAL_EXAM_SE > 0``
the probability is never 0 or 1 for any finite estimate, and screens show it as a range of
ten percent (``band``), never as "100 %".

Below ``MIN_ANSWERS`` scored answers in a skill the app does not give a probability at all
(:attr:`Readiness.known` is False) and says how many more questions are needed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from examtrainer.adaptive.levels import REAL_EXAM_SE, ExamTarget, pass_cut

MIN_ANSWERS = 20  # scored answers in a skill before the app states a chance of passing


def pass_probability(
    theta: float, se: float, target: ExamTarget = "A2", *, exam_se: float = REAL_EXAM_SE
) -> float:
    """P(pass) integrated over the normal ability posterior N(theta, se²) (logits)."""
    if math.isnan(theta) or math.isnan(se) or se < 0 or math.isinf(se):
        raise ValueError("theta must be a number and se finite and >= 0")
    if not (exam_se > 0 and math.isfinite(exam_se)):
        raise ValueError("exam_se must be finite and > 0")
    z = (theta - pass_cut(target)) / math.hypot(se, exam_se)
    return 0.5 * math.erfc(-z / math.sqrt(2.0))


@dataclass(frozen=True)
class Readiness:
    """The chance of passing one exam part, or how much evidence is still missing.

    ``probability`` is None while ``answers < MIN_ANSWERS`` (or there is no estimate)."""

    probability: float | None
    answers: int
    needed: int = MIN_ANSWERS

    @property
    def known(self) -> bool:
        return self.probability is not None

    @property
    def answers_to_go(self) -> int:
        """More scored answers needed before a probability is given (0 when known)."""
        return 0 if self.known else max(1, self.needed - self.answers)

    @property
    def band(self) -> tuple[int, int] | None:
        """The ten-percent range the probability lies in, e.g. (60, 70); (0, 10) and
        (90, 100) are shown as "less than 10 %" and "more than 90 %". None: not known."""
        if self.probability is None:
            return None
        low = min(90, max(0, math.floor(self.probability * 10) * 10))
        return low, low + 10


def readiness_of(
    theta: float | None,
    se: float | None,
    answers: int,
    target: ExamTarget = "A2",
    *,
    needed: int = MIN_ANSWERS,
) -> Readiness:
    """The readiness for ``target`` from the latest estimate and the number of scored
    answers it rests on (practice, placement and finished exams of the skill)."""
    if theta is None or se is None or answers < needed:
        return Readiness(None, answers, needed)
    return Readiness(pass_probability(theta, se, target), answers, needed)
