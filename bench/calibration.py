"""Is the predicted chance of passing honest? A reliability table over simulated learners.

Run: ``python bench/calibration.py [--learners 2000] [--seed N] [--difficulty-error 0]``.

Each simulated learner goes through the app's flow for one skill (A2 reading):

1. a placement test (maximum information, SE <= 0.6, 5-12 items) from the new-learner
   prior (``starting_prior``);
2. 1-5 practice sessions of 8-15 questions aimed at 75 % success (target band 0.10), each
   starting from the previous estimate widened by 0.3 logits, as ``services.practice``
   does; between sessions the learner's true ability grows a little (N(0.05, 0.10));
3. 0-2 mock exams: 25 A2 questions, scored as a measurement of the same ability (one
   ability per skill), also from the previous estimate.

Then the app's prediction is taken: ``P(pass)`` integrated over the ability posterior
(``posterior_pass_probability`` on the last session's posterior, and the normal
approximation from the stored estimate and SE, widened as the next session would), with
the real exam's own error of 0.45 logits. The learner then sits a simulated *real* exam
right after the last session: 25 questions drawn from a separate pool around the A2 cut,
passed with a raw score at or above the pass mark of that form (the score for which a
learner exactly at the cut passes closest to half the time).
Predictions are only made with at least 20 scored answers (below that the app says it
does not know yet). The table bins the predictions in tenths and compares the mean
prediction with the observed pass rate; bins with at least 100 learners must agree
within 0.10.

Item parameters known to the engine equal the true ones unless ``--difficulty-error``
adds normal noise to them (a bank calibrated from few answers).
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from examtrainer.adaptive import (
    REAL_EXAM_SE,
    AbilityPosterior,
    AdaptiveTest,
    ItemParameters,
    pass_cut,
    placement_test,
    starting_prior,
)

FloatArray = npt.NDArray[np.float64]
CUT = pass_cut("A2")
EXAM_LENGTH = 25
MIN_ANSWERS = 20


def logistic(x: FloatArray | float) -> FloatArray:
    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * np.asarray(x))), dtype=np.float64)


class World:
    """The true item parameters, what the engine knows of them, and the real-exam pool."""

    def __init__(self, rng: np.random.Generator, difficulty_error: float) -> None:
        n = 400
        self.a = rng.lognormal(0.0, 0.2, n)
        self.b = rng.uniform(-3.0, 2.0, n)
        known_b = self.b + rng.normal(0.0, difficulty_error, n) if difficulty_error else self.b
        self.bank = [
            ItemParameters(f"i{i:03d}", float(known_b[i]), float(self.a[i])) for i in range(n)
        ]
        self.position = {item.item_id: i for i, item in enumerate(self.bank)}
        self.a2 = np.flatnonzero((known_b >= -0.5) & (known_b < 0.7))
        # The real exam's pool: A2 questions around the cut, never seen in practice.
        self.exam_a = rng.lognormal(0.0, 0.2, 200)
        self.exam_b = rng.normal(CUT + 0.2, 0.8, 200)

    def answer(self, rng: np.random.Generator, theta: float, index: int) -> bool:
        return bool(rng.random() < logistic(self.a[index] * (theta - self.b[index])))

    def real_exam(self, rng: np.random.Generator, theta: float) -> bool:
        form = rng.choice(self.exam_b.size, EXAM_LENGTH, replace=False)
        a, b = self.exam_a[form], self.exam_b[form]
        score = int(np.count_nonzero(rng.random(EXAM_LENGTH) < logistic(a * (theta - b))))
        return score >= pass_mark(a, b)


def pass_mark(a: FloatArray, b: FloatArray) -> int:
    """The raw pass mark m of a form: P(score >= m) closest to 1/2 for a learner exactly at
    the cut (Poisson-binomial), so the cut is the ability that passes half the time."""
    p = logistic(a * (CUT - b))
    dist = np.zeros(p.size + 1)
    dist[0] = 1.0
    for q in p:
        dist[1:] = dist[1:] * (1 - q) + dist[:-1] * q
        dist[0] *= 1 - q
    at_least = np.cumsum(dist[::-1])[::-1]  # P(score >= m)
    return int(np.argmin(np.abs(at_least - 0.5)))


def run_test(
    world: World, test: AdaptiveTest, rng: np.random.Generator, theta: float
) -> AdaptiveTest:
    while (item_id := test.next_item()) is not None:
        test.record(item_id, correct=world.answer(rng, theta, world.position[item_id]))
    return test


def simulate_learner(
    world: World, rng: np.random.Generator, theta: float
) -> tuple[float, float, int, bool]:
    """(P(pass) full posterior, P(pass) normal approximation, scored answers, passed)."""
    last: AdaptiveTest | AbilityPosterior = run_test(
        world, placement_test(world.bank, rng=rng, **prior(None)), rng, theta
    )
    answered = len(last.administered)
    estimate = (last.theta, last.standard_error)
    seen: set[str] = set(last.administered)
    for _ in range(int(rng.integers(1, 6))):
        theta += float(rng.normal(0.05, 0.10))
        fresh = [item for item in world.bank if item.item_id not in seen]
        test = AdaptiveTest(
            fresh,
            max_items=int(rng.integers(8, 16)),
            target_success=0.75,
            target_band=0.10,
            rng=rng,
            **prior(estimate),
        )
        last = run_test(world, test, rng, theta)
        seen.update(test.administered)
        answered += len(test.administered)
        estimate = (test.theta, test.standard_error)
    for _ in range(int(rng.integers(0, 3))):
        mean, sd = starting_prior("A2", estimate)
        posterior = AbilityPosterior(mean, sd)
        for index in rng.choice(world.a2, EXAM_LENGTH, replace=False):
            item = world.bank[int(index)]
            posterior.update(
                item.difficulty, item.discrimination, world.answer(rng, theta, int(index))
            )
        answered += EXAM_LENGTH
        result = posterior.estimate()
        estimate = (result.theta, result.standard_error)
        last = posterior
    # The prediction the app makes now: over the last session's full posterior, and the
    # normal approximation from the estimate and SE it stored.
    full = last.pass_probability("A2", exam_se=REAL_EXAM_SE)
    theta_hat, se = estimate
    normal = 0.5 * math.erfc(-(theta_hat - CUT) / (math.hypot(se, REAL_EXAM_SE) * math.sqrt(2.0)))
    passed = world.real_exam(rng, theta)  # right after the last session
    return full, normal, answered, passed


def prior(estimate: tuple[float, float] | None) -> dict[str, float]:
    mean, sd = starting_prior("A2", estimate)
    return {"prior_mean": mean, "prior_sd": sd}


def reliability_table(
    predicted: FloatArray, observed: FloatArray
) -> list[tuple[str, int, float, float, bool]]:
    rows = []
    bins = np.minimum((predicted * 10).astype(int), 9)
    for k in range(10):
        mask = bins == k
        n = int(mask.sum())
        if not n:
            rows.append((f"{k * 10}-{k * 10 + 10} %", 0, math.nan, math.nan, True))
            continue
        pred, obs = float(predicted[mask].mean()), float(observed[mask].mean())
        rows.append((f"{k * 10}-{k * 10 + 10} %", n, pred, obs, n < 100 or abs(obs - pred) <= 0.10))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20261202)
    parser.add_argument("--difficulty-error", type=float, default=0.0)
    parser.add_argument("--population-mean", type=float, default=-0.3)
    args = parser.parse_args(argv)
    wall = time.perf_counter()
    rng = np.random.default_rng(args.seed)
    world = World(rng, args.difficulty_error)
    results = [
        simulate_learner(world, rng, float(rng.normal(args.population_mean, 1.0)))
        for _ in range(args.learners)
    ]
    full, normal, answered, passed = (np.array(column) for column in zip(*results, strict=True))
    enough = answered >= MIN_ANSWERS
    print(
        f"{args.learners} learners theta~N({args.population_mean:+.1f}, 1); bank 400 2PL items; "
        f"difficulty error {args.difficulty_error}; seed {args.seed}; "
        f"{int(enough.sum())} with >= {MIN_ANSWERS} answers (median {np.median(answered):.0f}); "
        f"observed pass rate {passed[enough].mean():.3f}"
    )
    ok = True
    for label, predicted in (("full posterior", full), ("normal approximation", normal)):
        print(f"\nP(pass) from the {label}")
        print(f"{'bin':<10}{'learners':>9}{'predicted':>11}{'observed':>10}{'|diff|':>8}")
        for name, n, pred, obs, good in reliability_table(predicted[enough], passed[enough]):
            if n:
                flag = "" if good else "  MISSED"
                print(f"{name:<10}{n:>9}{pred:>11.3f}{obs:>10.3f}{abs(obs - pred):>8.3f}{flag}")
            ok = ok and good
        brier = float(np.mean((predicted[enough] - passed[enough]) ** 2))
        print(f"Brier score {brier:.3f}")
    print(f"\nevery bin with >= 100 learners within 0.10: {'met' if ok else 'MISSED'}")
    print(f"total run time {time.perf_counter() - wall:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
