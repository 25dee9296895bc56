"""Benchmark of examtrainer's adaptive engine against catsim on identical simulated learners.

Run: ``python bench/adaptive_vs_catsim.py [--learners 1000] [--items 500] [--length 20]
[--seed N]``. One Rasch bank (difficulties ~ N(0, 1)) and one set of learners (abilities
~ N(0, 1)) are shared; the outcome of learner j on item i is fixed in advance by a
uniform matrix ``U[j, i]`` (correct iff ``U[j, i] < P(theta_j, b_i)``), so both engines
see the same random outcomes. catsim runs in its usual configuration: MaxInfoSelector,
NumericalSearchEstimator (maximum likelihood, Dodd's heuristic for constant strings),
fixed length, initial theta 0. It also reports our placement test and practice
targeting. It reports missed targets but exits non-zero only on a crash.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from examtrainer.adaptive import AdaptiveTest, ExposureHistory, ItemParameters, placement_test

FloatArray = npt.NDArray[np.float64]


@dataclass
class EngineResult:
    """Final estimates, item usage and selection timing of one engine over all learners."""

    name: str
    estimates: FloatArray
    exposure: FloatArray  # share of learners who saw each item
    selection_seconds: float
    selections: int

    def rmse(self, truth: FloatArray) -> float:
        return float(np.sqrt(np.mean((self.estimates - truth) ** 2)))

    def bias(self, truth: FloatArray) -> float:
        return float(np.mean(self.estimates - truth))

    @property
    def max_exposure(self) -> float:
        return float(self.exposure.max())

    @property
    def microseconds_per_selection(self) -> float:
        return 1e6 * self.selection_seconds / self.selections


def outcome(
    uniform: FloatArray,
    theta: FloatArray,
    difficulty: FloatArray,
    discrimination: FloatArray | None = None,
) -> Callable[[int, int], bool]:
    """The fixed answer of learner j to item i (Rasch or 2PL, shared uniforms)."""
    a = np.ones_like(difficulty) if discrimination is None else discrimination

    def answer(j: int, i: int) -> bool:
        return bool(uniform[j, i] < 1.0 / (1.0 + np.exp(-a[i] * (theta[j] - difficulty[i]))))

    return answer


def run_ours(
    bank: list[ItemParameters],
    n_learners: int,
    length: int,
    seed: int,
    answer: Callable[[int, int], bool],
) -> EngineResult:
    position = {item.item_id: i for i, item in enumerate(bank)}
    estimates = np.zeros(n_learners)
    seen = np.zeros(len(bank))
    spent = 0.0
    calls = 0
    for j in range(n_learners):
        test = AdaptiveTest(bank, max_items=length, rng=np.random.default_rng([seed, j]))
        while True:
            start = time.perf_counter()
            item_id = test.next_item()
            spent += time.perf_counter() - start
            if item_id is None:
                break
            calls += 1
            i = position[item_id]
            seen[i] += 1
            test.record(item_id, correct=answer(j, i))
        estimates[j] = test.theta
    return EngineResult("examtrainer (EAP)", estimates, seen / n_learners, spent, calls)


def run_catsim(
    difficulty: FloatArray,
    n_learners: int,
    length: int,
    answer: Callable[[int, int], bool],
    discrimination: FloatArray | None = None,
) -> EngineResult:
    from catsim.estimation import NumericalSearchEstimator
    from catsim.item_bank import ItemBank
    from catsim.selection import MaxInfoSelector

    n_items = difficulty.size
    a = np.ones(n_items) if discrimination is None else discrimination
    params = np.column_stack([a, difficulty, np.zeros(n_items), np.ones(n_items)])
    with contextlib.redirect_stdout(io.StringIO()):  # catsim's validation prints a blank line
        item_bank = ItemBank(params)
    selector = MaxInfoSelector()
    estimator = NumericalSearchEstimator()
    estimates = np.zeros(n_learners)
    seen = np.zeros(n_items)
    spent = 0.0
    calls = 0
    for j in range(n_learners):
        administered: list[int] = []
        responses: list[bool] = []
        theta = 0.0
        for _ in range(length):  # fixed-length stopping
            start = time.perf_counter()
            index = selector.select(
                item_bank=item_bank, administered_items=administered, est_theta=theta
            )
            spent += time.perf_counter() - start
            calls += 1
            if index is None:
                break
            administered.append(int(index))
            responses.append(answer(j, int(index)))
            seen[int(index)] += 1
            theta = float(
                estimator.estimate(
                    item_bank=item_bank,
                    administered_items=administered,
                    response_vector=responses,
                    est_theta=theta,
                )
            )
        estimates[j] = theta
    return EngineResult("catsim (ML)", estimates, seen / n_learners, spent, calls)


def run_ours_restricted(
    bank: list[ItemParameters],
    n_learners: int,
    length: int,
    seed: int,
    answer: Callable[[int, int], bool],
    population_prior: bool,
) -> EngineResult:
    """Our engine with the restricted method: one ExposureHistory (limit 0.25) shared by
    all learners' tests, maximum information among the eligible items (exposure_k=1).

    ``population_prior``: each learner's prior is the ability distribution of the learners
    tested before (mean of their estimates; SD from their variance plus mean squared SE,
    after 20 learners), as a school database knows it; otherwise N(0, 1).
    """
    position = {item.item_id: i for i, item in enumerate(bank)}
    history = ExposureHistory(0.25)
    estimates = np.zeros(n_learners)
    errors = np.zeros(n_learners)
    seen = np.zeros(len(bank))
    spent = 0.0
    calls = 0
    for j in range(n_learners):
        mean, sd = 0.0, 1.0
        if population_prior and j >= 20:
            mean = float(estimates[:j].mean())
            sd = max(0.5, float(np.sqrt(estimates[:j].var() + np.mean(errors[:j] ** 2))))
        test = AdaptiveTest(
            bank,
            max_items=length,
            exposure_k=1,
            exposure_history=history,
            prior_mean=mean,
            prior_sd=sd,
            rng=np.random.default_rng([seed, j]),
        )
        while True:
            start = time.perf_counter()
            item_id = test.next_item()
            spent += time.perf_counter() - start
            if item_id is None:
                break
            calls += 1
            i = position[item_id]
            seen[i] += 1
            test.record(item_id, correct=answer(j, i))
        estimates[j], errors[j] = test.theta, test.standard_error
    name = "ours, population prior" if population_prior else "ours, prior N(0,1)"
    return EngineResult(name, estimates, seen / n_learners, spent, calls)


def run_2pl_worlds(n_learners: int, length: int, seed: int) -> list[bool]:
    """2PL worlds: a ~ lognormal(0, 0.25), b ~ N(0, 1), banks of 100/400/2000 items,
    abilities N(-1|0|+1, 1). Prints one table; returns, per world, whether all targets
    (RMSE <= catsim's, max exposure <= 0.25, time per selection < catsim's) were met."""
    print(
        f"\n2PL worlds: a~lognormal(0,0.25), b~N(0,1); {n_learners} learners per world, "
        f"theta~N(mean,1); fixed length {length}; exposure limit 0.25 (restricted method)"
    )
    header = (
        f"{'items':>6}{'mean':>6}  {'engine':<24}{'RMSE':>7}{'max exp':>9}{'us/sel':>9}"
        f"{'RMSE/cat':>10}{'time/cat':>10}"
    )
    print(header)
    met: list[bool] = []
    for n_items in (100, 400, 2000):
        for mean in (-1.0, 0.0, 1.0):
            rng = np.random.default_rng([seed, n_items, int(mean) + 5])
            a = rng.lognormal(0.0, 0.25, n_items)
            b = rng.normal(0.0, 1.0, n_items)
            truth = rng.normal(mean, 1.0, n_learners)
            uniform = rng.random((n_learners, n_items))
            answer = outcome(uniform, truth, b, a)
            bank = [ItemParameters(f"i{i:04d}", float(b[i]), float(a[i])) for i in range(n_items)]
            theirs = run_catsim(b, n_learners, length, answer, discrimination=a)
            results = [
                run_ours_restricted(bank, n_learners, length, seed, answer, population_prior=p)
                for p in (False, True)
            ]
            for result in (*results, theirs):
                speed = result.microseconds_per_selection / theirs.microseconds_per_selection
                print(
                    f"{n_items:>6}{mean:>+6.0f}  {result.name:<24}{result.rmse(truth):>7.3f}"
                    f"{result.max_exposure:>9.3f}{result.microseconds_per_selection:>9.1f}"
                    f"{result.rmse(truth) / theirs.rmse(truth):>10.3f}"
                    f"{speed:>10.3f}"
                )
            best = results[1]
            met.append(
                best.rmse(truth) <= theirs.rmse(truth)
                and best.max_exposure <= 0.25
                and best.microseconds_per_selection < theirs.microseconds_per_selection
            )
    return met


def run_placement(
    bank: list[ItemParameters], n_learners: int, seed: int, answer: Callable[[int, int], bool]
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    """Items used, whether SE <= 0.6 was reached, final theta and SE per learner."""
    position = {item.item_id: i for i, item in enumerate(bank)}
    used = np.zeros(n_learners)
    reached = np.zeros(n_learners)
    thetas = np.zeros(n_learners)
    ses = np.zeros(n_learners)
    for j in range(n_learners):
        test = placement_test(bank, rng=np.random.default_rng([seed, j, 1]))
        while (item_id := test.next_item()) is not None:
            test.record(item_id, correct=answer(j, position[item_id]))
        used[j] = len(test.administered)
        reached[j] = test.standard_error <= 0.6
        thetas[j], ses[j] = test.theta, test.standard_error
    return used, reached, thetas, ses


def run_practice(
    bank: list[ItemParameters],
    n_learners: int,
    length: int,
    seed: int,
    target: float,
    answer: Callable[[int, int], bool],
    priors: tuple[FloatArray, FloatArray] | None,
) -> FloatArray:
    """Observed success rate per learner in one practice session of ``length`` items."""
    position = {item.item_id: i for i, item in enumerate(bank)}
    rates = np.zeros(n_learners)
    for j in range(n_learners):
        mean, sd = (0.0, 1.0) if priors is None else (float(priors[0][j]), float(priors[1][j]))
        test = AdaptiveTest(
            bank,
            max_items=length,
            target_success=target,
            prior_mean=mean,
            prior_sd=sd,
            rng=np.random.default_rng([seed, j, 2]),
        )
        while (item_id := test.next_item()) is not None:
            test.record(item_id, correct=answer(j, position[item_id]))
        rates[j] = float(np.mean(test.responses))
    return rates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--length", type=int, default=20)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--practice-target", type=float, default=0.75)
    parser.add_argument(
        "--world-learners", type=int, default=300, help="learners per 2PL world (0: skip them)"
    )
    args = parser.parse_args(argv)

    rng = np.random.default_rng(args.seed)
    difficulty = rng.normal(0.0, 1.0, args.items)
    truth = rng.normal(0.0, 1.0, args.learners)
    uniform = rng.random((args.learners, args.items))
    practice_uniform = rng.random((args.learners, args.items))  # fresh outcomes for practice
    answer = outcome(uniform, truth, difficulty)
    practice_answer = outcome(practice_uniform, truth, difficulty)
    bank = [ItemParameters(f"i{i:04d}", float(b)) for i, b in enumerate(difficulty)]

    print(
        f"bank {args.items} Rasch items b~N(0,1); {args.learners} learners theta~N(0,1); "
        f"fixed length {args.length}; seed {args.seed}"
    )
    wall = time.perf_counter()
    ours = run_ours(bank, args.learners, args.length, args.seed, answer)
    theirs = run_catsim(difficulty, args.learners, args.length, answer)
    print(f"{'engine':<20}{'RMSE':>8}{'bias':>9}{'max exposure':>14}{'us/selection':>14}")
    for result in (ours, theirs):
        print(
            f"{result.name:<20}{result.rmse(truth):>8.3f}{result.bias(truth):>+9.3f}"
            f"{result.max_exposure:>14.3f}{result.microseconds_per_selection:>14.1f}"
        )

    used, reached, p_theta, p_se = run_placement(bank, args.learners, args.seed, answer)
    needed = np.where(reached > 0, used, np.inf)
    median, p90 = np.percentile(needed, [50, 90])

    def fmt(x: float) -> str:
        return ">12" if not np.isfinite(x) else f"{x:.0f}"

    print(
        f"placement (SE<=0.6, 5..12 items): items needed median {fmt(median)}, "
        f"90th percentile {fmt(p90)}; reached within 12 items: {reached.mean():.1%}; "
        f"RMSE {np.sqrt(np.mean((p_theta - truth) ** 2)):.3f}"
    )
    target = args.practice_target
    cold = run_practice(bank, args.learners, 20, args.seed, target, practice_answer, None)
    warm = run_practice(
        bank, args.learners, 20, args.seed, target, practice_answer, (p_theta, p_se)
    )
    low, high = truth < -1.0, truth > 1.0
    for label, rates in (("new learner (prior N(0,1))", cold), ("after placement", warm)):
        print(
            f"practice 20 items, target {target:.2f}, {label}: observed {rates.mean():.3f} "
            f"(off by {100 * (rates.mean() - target):+.1f} points; theta<-1: "
            f"{rates[low].mean():.3f}, theta>1: {rates[high].mean():.3f})"
        )

    checks = [
        ("RMSE <= 0.92 x catsim", ours.rmse(truth) <= 0.92 * theirs.rmse(truth)),
        ("max exposure <= 0.30", ours.max_exposure <= 0.30),
        (
            "time/selection <= catsim",
            ours.microseconds_per_selection <= theirs.microseconds_per_selection,
        ),
        (
            "practice within 5 points",
            abs(warm.mean() - target) <= 0.05 and abs(cold.mean() - target) <= 0.05,
        ),
        ("placement SE<=0.6 in 12 items for >= 90%", reached.mean() >= 0.90),
    ]
    print("targets: " + "; ".join(f"{name}: {'met' if ok else 'MISSED'}" for name, ok in checks))
    if args.world_learners > 0:
        met = run_2pl_worlds(args.world_learners, args.length, args.seed)
        print(
            f"2PL worlds meeting RMSE <= catsim, max exposure <= 0.25 and time < catsim "
            f"(population prior): {sum(met)} of {len(met)}"
        )
    print(f"total run time {time.perf_counter() - wall:.1f} s")
    print(
        f"ratios ours/catsim: RMSE {ours.rmse(truth) / theirs.rmse(truth):.3f}, "
        f"max exposure {ours.max_exposure / theirs.max_exposure:.3f}, "
        f"time per selection "
        f"{ours.microseconds_per_selection / theirs.microseconds_per_selection:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
