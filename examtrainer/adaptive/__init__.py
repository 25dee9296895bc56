"""Adaptive testing engine: IRT models, EAP ability estimation, item selection, levels, calibration.

Qt-free and numpy-only; all abilities and difficulties are in logits.
"""

from __future__ import annotations

from examtrainer.adaptive.adaptive_test import (
    PLACEMENT_MAX_ITEMS,
    PLACEMENT_MIN_ITEMS,
    PLACEMENT_TARGET_SE,
    AdaptiveTest,
    StopReason,
    placement_test,
)
from examtrainer.adaptive.calibration import (
    ItemCalibration,
    ResponseRecord,
    calibrate,
    online_update,
)
from examtrainer.adaptive.estimation import AbilityEstimate, AbilityPosterior, estimate_ability
from examtrainer.adaptive.exam_readiness import (
    MIN_ANSWERS,
    Readiness,
    pass_probability,
    readiness_of,
)
from examtrainer.adaptive.exposure import DEFAULT_MAX_EXPOSURE, ExposureHistory
from examtrainer.adaptive.irt import ItemParameters, information, probability
from examtrainer.adaptive.levels import (
    CUT_POINTS,
    LEVEL_DIFFICULTIES,
    REAL_EXAM_SE,
    CefrLevel,
    ExamTarget,
    difficulty_for_level,
    level_for_theta,
    pass_cut,
    posterior_pass_probability,
    readiness,
)
from examtrainer.adaptive.selection import DEFAULT_EXPOSURE_K, ItemSelector
from examtrainer.adaptive.starting import starting_difficulty, starting_prior

__all__ = [
    "CUT_POINTS",
    "DEFAULT_EXPOSURE_K",
    "DEFAULT_MAX_EXPOSURE",
    "LEVEL_DIFFICULTIES",
    "MIN_ANSWERS",
    "PLACEMENT_MAX_ITEMS",
    "PLACEMENT_MIN_ITEMS",
    "PLACEMENT_TARGET_SE",
    "REAL_EXAM_SE",
    "AbilityEstimate",
    "AbilityPosterior",
    "AdaptiveTest",
    "CefrLevel",
    "ExamTarget",
    "ExposureHistory",
    "ItemCalibration",
    "ItemParameters",
    "ItemSelector",
    "Readiness",
    "ResponseRecord",
    "StopReason",
    "calibrate",
    "difficulty_for_level",
    "estimate_ability",
    "information",
    "level_for_theta",
    "online_update",
    "pass_cut",
    "pass_probability",
    "placement_test",
    "posterior_pass_probability",
    "probability",
    "readiness",
    "readiness_of",
    "starting_difficulty",
    "starting_prior",
]
