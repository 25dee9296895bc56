"""Use cases of teacher mode: the teacher PIN, and rating recorded speaking answers.

Qt-free, shared by the GUI and the CLI (``examtrainer teacher set-pin``).

**Where the PIN lives** (see ``docs/school-setup.md``): a school's IT puts
``teacher_pin_hash`` in ``site.toml`` (and locks it). Without one, the first person to open
teacher mode on a PC sets a PIN that is kept in that user's own ``settings.toml``; on a
shared school database that is refused, because every learner could set their own.

**Speaking rubric.** The DUO A2 speaking exam is rated by examiners on whether the task is
done, how understandable the candidate is, vocabulary, grammar and fluency. We approximate
that with five criteria of 0–2 points each (total 10); an answer passes with at least 6
points and at least 1 point for the task. This is our approximation, not DUO's scoring.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from examtrainer.adaptive import AbilityPosterior, level_for_theta
from examtrainer.errors import ExamtrainerError
from examtrainer.paths import AppPaths
from examtrainer.settings import Settings, _coerce, _read_toml, save_user_settings
from examtrainer.store.repositories import Store
from examtrainer.store.teaching import Teaching

# scrypt cost of new hashes: 2**16 x 8 x 1 needs 64 MiB and takes about 0.25 s per try on
# a school PC (docs/reliability.md has the figure measured here). scrypt is memory-hard and in
# the standard library, so no new dependency, and the hashes IT already put in site.toml stay
# valid as long as they meet the minimum below.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**16, 8, 1
# The cheapest hash verify_pin accepts: the cost of the first release (16 MiB, ~50 ms). A
# stored string naming less (n = 2 verified in no time) is refused, never checked.
MIN_SCRYPT_N, MIN_SCRYPT_R, MIN_SCRYPT_P = 2**14, 8, 1
MAX_SCRYPT_N, MAX_SCRYPT_R, MAX_SCRYPT_P = 2**20, 64, 16
SALT_BYTES, HASH_BYTES = 16, 32
MIN_PIN_LENGTH, MAX_PIN_LENGTH = 4, 64


class PinError(ExamtrainerError):
    """A PIN that cannot be used, or a PIN that may not be set here."""


def check_new_pin(pin: str) -> None:
    """Raise PinError (plain Dutch) when ``pin`` is too short or too long."""
    if len(pin.strip()) < MIN_PIN_LENGTH:
        raise PinError(f"De PIN moet minstens {MIN_PIN_LENGTH} tekens hebben.")
    if len(pin) > MAX_PIN_LENGTH:
        raise PinError(f"De PIN mag hoogstens {MAX_PIN_LENGTH} tekens hebben.")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, *, n: int | None = None, r: int | None = None, p: int | None = None) -> str:
    """A salted scrypt hash of ``pin``: ``scrypt$n$r$p$salt_b64$hash_b64`` (by default at
    today's cost; never below the minimum that :func:`verify_pin` accepts)."""
    check_new_pin(pin)
    n, r, p = n or SCRYPT_N, r or SCRYPT_R, p or SCRYPT_P
    if not cost_is_acceptable(n, r, p):
        raise ValueError(f"scrypt cost n={n} r={r} p={p} is below the minimum")
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(
        pin.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=2 * 128 * r * n + 2**20,
        dklen=HASH_BYTES,
    )
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def cost_is_acceptable(n: int, r: int, p: int) -> bool:
    """True for an scrypt cost between our minimum and the most we are willing to spend."""
    return (
        MIN_SCRYPT_N <= n <= MAX_SCRYPT_N
        and MIN_SCRYPT_R <= r <= MAX_SCRYPT_R
        and MIN_SCRYPT_P <= p <= MAX_SCRYPT_P
    )


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches ``stored`` (from :func:`hash_pin`); compared in constant time.
    A malformed or empty ``stored``, or one whose cost is below our minimum (cheap to guess
    offline, or written by someone who wanted in), never matches. Slow (about 0.25 s): call
    it off the UI thread."""
    try:
        scheme, n_text, r_text, p_text, salt_text, hash_text = stored.strip().split("$")
        n, r, p = int(n_text), int(r_text), int(p_text)
        salt = base64.b64decode(salt_text, validate=True)
        expected = base64.b64decode(hash_text, validate=True)
    except ValueError:
        return False
    if scheme != "scrypt" or not expected or not cost_is_acceptable(n, r, p):
        return False
    try:
        digest = hashlib.scrypt(
            pin.encode("utf-8"),
            salt=salt,
            n=n,
            r=r,
            p=p,
            maxmem=2 * 128 * r * n + 2**20,
            dklen=len(expected),
        )
    except ValueError:  # n not a power of two, ...
        return False
    return hmac.compare_digest(digest, expected)


def read_pin_file(path: Path) -> str:
    """The teacher PIN from a file that IT made for scripted use (first line, without the
    line end). On POSIX the file must be readable by its owner only."""
    try:
        info = path.stat()
        if os.name == "posix" and info.st_mode & 0o077:
            raise PinError(
                f"Het PIN-bestand {path} kan door anderen worden gelezen. Maak het alleen "
                f"leesbaar voor uzelf (chmod 600 {path})."
            )
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PinError(f"Het PIN-bestand {path} kan niet worden gelezen.") from error
    lines = text.splitlines()
    return lines[0] if lines else ""


def site_pin_hash(paths: AppPaths) -> str:
    """The teacher PIN hash that the school's site.toml sets ("" when none)."""
    site = _coerce(_read_toml(paths.site_config_file), paths.site_config_file)
    return str(site.get("teacher_pin_hash", ""))


def may_set_pin(paths: AppPaths, settings: Settings) -> str | None:
    """None when a teacher PIN may be set on this PC now, else the reason why not (Dutch)."""
    if site_pin_hash(paths) or "teacher_pin_hash" in settings.locked:
        return "De school heeft de docent-PIN al ingesteld. Vraag de ICT-beheerder."
    if settings.database_url:
        return (
            "Deze computer gebruikt de database van de school. Vraag de ICT-beheerder om een "
            "docent-PIN in te stellen (examtrainer teacher set-pin)."
        )
    return None


def set_user_pin(paths: AppPaths, settings: Settings, pin: str) -> Settings:
    """Save a new teacher PIN in the user's settings file; returns the new settings."""
    reason = may_set_pin(paths, settings)
    if reason:
        raise PinError(reason)
    updated = replace(settings, teacher_pin_hash=hash_pin(pin))
    save_user_settings(paths, updated)
    return updated


# -- rating speaking ----------------------------------------------------------------------

RUBRIC_ID = "examtrainer-a2-speaking/1"


@dataclass(frozen=True)
class Criterion:
    key: str
    max_points: int


RUBRIC: tuple[Criterion, ...] = (
    Criterion("task", 2),  # content: does the answer do what the task asks?
    Criterion("comprehensibility", 2),  # pronunciation: can a Dutch listener follow it?
    Criterion("vocabulary", 2),
    Criterion("grammar", 2),
    Criterion("fluency", 2),
)
PASS_POINTS = 6  # of 10
PRIOR_WIDENING = 0.3  # logits, as in practice: learners change between sessions


@dataclass(frozen=True)
class RatingResult:
    recording_id: int
    total: int
    max_total: int
    passed: bool
    theta: float | None  # new speaking ability (logits), None when not updated
    level: str | None


def rating_total(scores: dict[str, int]) -> tuple[int, bool]:
    """(points, passed) of rubric ``scores``; raises ValueError for missing or wrong points."""
    total = 0
    for criterion in RUBRIC:
        value = scores.get(criterion.key)
        if not isinstance(value, int) or not 0 <= value <= criterion.max_points:
            raise ValueError(f"{criterion.key}: 0..{criterion.max_points} points expected")
        total += value
    unknown = set(scores) - {c.key for c in RUBRIC}
    if unknown:
        raise ValueError(f"unknown criteria {sorted(unknown)}")
    return total, total >= PASS_POINTS and scores["task"] >= 1


def rate_recording(
    store: Store, recording_id: int, scores: dict[str, int], comment: str = ""
) -> RatingResult:
    """Store a teacher's rating of a recording and let it count in the results.

    The rating goes to the recording; the response of that task (same session and item)
    gets ``correct`` = passed, so rated answers count as right or wrong; the learner's
    speaking ability gets one update with the item's difficulty (first rating only: rating
    again replaces the rating and the response, but does not count twice in the ability).
    """
    teaching = Teaching(store)
    recording = teaching.recording(recording_id)
    total, passed = rating_total(scores)
    first_time = not recording.teacher_rating
    rating: dict[str, Any] = {
        "rubric": RUBRIC_ID,
        "scores": dict(scores),
        "total": total,
        "max": sum(c.max_points for c in RUBRIC),
        "passed": passed,
    }
    store.recordings.rate_by_teacher(recording_id, rating, comment.strip())
    _mark_response(store, recording.learner_id, recording.item_id, recording.session_id, passed)
    theta: float | None = None
    if first_time:
        theta = update_speaking_ability(store, recording.learner_id, recording.item_id, passed)
    return RatingResult(
        recording_id,
        total,
        rating["max"],
        passed,
        theta,
        level_for_theta(theta) if theta is not None else None,
    )


def _mark_response(
    store: Store, learner_id: int, item_id: int, session_id: int | None, passed: bool
) -> None:
    if session_id is None:  # a recording outside a session: give it one, so it counts
        session = store.sessions.start(learner_id, "practice", "speaking", {"rated": True})
        store.sessions.finish(session.id)
        session_id = session.id
    for response in store.responses.of_session(session_id):
        if response.item_id == item_id:
            store.responses.set_correct(response.id, passed)
            return
    store.responses.record(session_id, learner_id, item_id, {"rated": True}, passed)


def update_speaking_ability(store: Store, learner_id: int, item_id: int, passed: bool) -> float:
    """One EAP update of the learner's speaking ability from a rated task; returns theta."""
    stored = store.items.by_ids([item_id])[0]
    latest = store.abilities.latest(learner_id).get("speaking")
    prior_mean = latest.theta if latest else 0.0
    prior_sd = math.hypot(latest.standard_error, PRIOR_WIDENING) if latest else 1.0
    posterior = AbilityPosterior(prior_mean, prior_sd)
    posterior.update(stored.difficulty, stored.discrimination, passed)
    estimate = posterior.estimate()
    store.abilities.add(learner_id, "speaking", estimate.theta, estimate.standard_error, "teacher")
    return estimate.theta


def safe_database_url(url: str) -> str:
    """``url`` for showing on screen: the password replaced by ``***``."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(?)"
