"""Item selection: information, randomesque exposure, content balance, testlets, targeting."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest

from examtrainer.adaptive import AdaptiveTest, ItemParameters, ItemSelector


def rasch_bank(n: int, seed: int, sd: float = 1.0) -> list[ItemParameters]:
    rng = np.random.default_rng(seed)
    return [ItemParameters(f"i{i:03d}", float(b)) for i, b in enumerate(rng.normal(0, sd, n))]


def answer(item: ItemParameters, theta: float, u: float) -> bool:
    p = 1.0 / (1.0 + math.exp(-item.discrimination * (theta - item.difficulty)))
    return u < p


def test_max_information_picks_the_item_at_theta_without_exposure_control() -> None:
    bank = [ItemParameters(f"b{b}", float(b)) for b in (-2, -1, 0, 1, 2)]
    test = AdaptiveTest(bank, exposure_k=1, rng=np.random.default_rng(0))
    assert test.next_item() == "b0"
    test.record("b0", correct=True)  # theta moves up, towards the b = 1 item
    assert test.next_item() == "b1"


def test_2pl_information_prefers_the_discriminating_item() -> None:
    bank = [
        ItemParameters("flat", 0.0, discrimination=1.0),  # information 0.25 at 0
        ItemParameters("steep", 0.5, discrimination=2.0),  # 4 * s(-1) * s(1) = 0.79 at 0
    ]
    assert AdaptiveTest(bank, exposure_k=1, rng=np.random.default_rng(0)).next_item() == "steep"


def test_randomesque_draws_only_among_the_k_best() -> None:
    bank = [ItemParameters(f"b{b:+.1f}", b) for b in np.round(np.arange(-2, 2.01, 0.1), 1)]
    firsts = Counter(
        AdaptiveTest(bank, exposure_k=3, rng=np.random.default_rng(s)).next_item()
        for s in range(300)
    )
    assert set(firsts) == {"b-0.1", "b+0.0", "b+0.1"}
    assert min(firsts.values()) > 60


def test_randomesque_keeps_maximum_exposure_at_most_30_percent() -> None:
    bank = rasch_bank(500, seed=1)
    rng = np.random.default_rng(2)
    truth = rng.normal(0, 1, 300)
    uniform = rng.random((300, 500))
    seen: Counter[str] = Counter()
    for j, theta in enumerate(truth):
        test = AdaptiveTest(bank, max_items=20, rng=np.random.default_rng(100 + j))
        while (item_id := test.next_item()) is not None:
            i = int(item_id[1:])
            test.record(item_id, correct=answer(bank[i], theta, uniform[j, i]))
            seen[item_id] += 1
    assert max(seen.values()) / 300 <= 0.30


def themed_bank(n: int, seed: int) -> list[ItemParameters]:
    rng = np.random.default_rng(seed)
    themes = ("work", "health", "housing")
    types = ("multiple_choice", "true_false")
    return [
        ItemParameters(
            f"i{i:03d}",
            float(rng.normal()),
            themes=(themes[i % 3],),
            item_type=types[int(rng.integers(2))],
        )
        for i in range(n)
    ]


def test_content_balance_keeps_theme_counts_within_one_of_target() -> None:
    bank = themed_bank(300, seed=4)
    by_id = {item.item_id: item for item in bank}
    targets = {"work": 0.5, "health": 0.3, "housing": 0.2}
    rng = np.random.default_rng(5)
    for learner in range(40):
        theta = float(rng.normal())
        test = AdaptiveTest(
            bank, max_items=20, theme_targets=targets, rng=np.random.default_rng(learner)
        )
        counts: Counter[str] = Counter()
        while (item_id := test.next_item()) is not None:
            test.record(item_id, correct=answer(by_id[item_id], theta, float(rng.random())))
            counts[by_id[item_id].themes[0]] += 1
            n = sum(counts.values())
            for theme, share in targets.items():
                assert abs(counts[theme] - share * n) <= 1.0 + 1e-9, (n, counts)
        assert test.category_counts()["themes"] == dict(counts)
        assert (counts["work"], counts["health"], counts["housing"]) == (10, 6, 4)


def test_content_balance_on_themes_and_item_types_together() -> None:
    bank = themed_bank(400, seed=6)
    by_id = {item.item_id: item for item in bank}
    themes = {"work": 0.4, "health": 0.4, "housing": 0.2}
    types = {"multiple_choice": 0.75, "true_false": 0.25}
    rng = np.random.default_rng(7)
    for learner in range(20):
        theta = float(rng.normal())
        test = AdaptiveTest(
            bank,
            max_items=20,
            theme_targets=themes,
            type_targets=types,
            rng=np.random.default_rng(learner),
        )
        while (item_id := test.next_item()) is not None:
            test.record(item_id, correct=answer(by_id[item_id], theta, float(rng.random())))
        counts = test.category_counts()
        for name, share in themes.items():
            assert abs(counts["themes"][name] - 20 * share) <= 1
        for name, share in types.items():
            assert abs(counts["item_types"][name] - 20 * share) <= 1


def make_testlet_bank(seed: int) -> list[ItemParameters]:
    rng = np.random.default_rng(seed)
    items = [ItemParameters(f"s{i:03d}", float(rng.normal())) for i in range(60)]
    for t in range(15):
        centre = float(rng.normal())
        size = int(rng.integers(2, 6))
        items += [
            ItemParameters(f"t{t:02d}q{q}", centre + float(rng.normal(0, 0.3)), testlet=f"text{t}")
            for q in range(size)
        ]
    order = rng.permutation(len(items))  # testlet members are scattered through the bank
    return [items[i] for i in order]


def test_testlets_are_administered_whole_and_contiguously() -> None:
    bank = make_testlet_bank(seed=8)
    by_id = {item.item_id: item for item in bank}
    members = Counter(item.testlet for item in bank if item.testlet)
    rng = np.random.default_rng(9)
    used_testlets = 0
    for learner in range(60):
        theta = float(rng.normal())
        test = AdaptiveTest(bank, max_items=15, rng=np.random.default_rng(learner))
        while (item_id := test.next_item()) is not None:
            test.record(item_id, correct=answer(by_id[item_id], theta, float(rng.random())))
        sequence = [by_id[i].testlet for i in test.administered]
        assert len(sequence) <= 15
        runs: list[str] = []
        for position, testlet in enumerate(sequence):
            if testlet is not None and (position == 0 or sequence[position - 1] != testlet):
                runs.append(testlet)
        assert len(runs) == len(set(runs)), "a testlet was interrupted"
        for testlet in runs:
            assert sequence.count(testlet) == members[testlet], "a testlet was split"
        used_testlets += len(runs)
    assert used_testlets > 0


def test_testlet_is_chosen_by_summed_information_and_only_if_it_fits() -> None:
    bank = [
        ItemParameters("single", 0.0),  # information 0.25 at theta 0
        ItemParameters("far1", 3.0, testlet="far"),  # 2 x 0.045
        ItemParameters("far2", 3.0, testlet="far"),
        ItemParameters("near1", 0.2, testlet="near"),  # 3 x 0.248
        ItemParameters("near2", -0.2, testlet="near"),
        ItemParameters("near3", 0.0, testlet="near"),
    ]
    test = AdaptiveTest(bank, max_items=6, exposure_k=1, rng=np.random.default_rng(0))
    assert test.next_item() == "near1"
    test.record("near1", correct=True)
    assert test.next_item() == "near2"
    test.record("near2", correct=False)
    assert test.next_item() == "near3"
    # A two-item testlet does not fit into a one-item test.
    short = AdaptiveTest(bank[:3], max_items=1, exposure_k=1, rng=np.random.default_rng(0))
    assert short.next_item() == "single"
    only_testlet = AdaptiveTest(bank[1:3], max_items=1, rng=np.random.default_rng(0))
    assert only_testlet.next_item() is None
    assert only_testlet.stop_reason == "bank_exhausted"


def test_practice_targeting_picks_the_item_at_the_target_probability() -> None:
    selector = ItemSelector(
        rasch_bank(400, seed=10, sd=1.5),
        rng=np.random.default_rng(0),
        target_success=0.75,
        exposure_k=1,
    )
    for theta in (-1.0, 0.0, 0.8):
        (index,) = selector.select(theta, 0.0, max_length=1)  # type: ignore[misc]
        wanted = theta - math.log(3.0)  # b = theta - logit(0.75) / a
        best = float(np.min(np.abs(selector.difficulty - wanted)))
        assert abs(selector.difficulty[index] - wanted) == pytest.approx(best)
    # An uncertain estimate asks for a slightly easier item (posterior-predictive target).
    (uncertain,) = selector.select(0.0, 1.0, max_length=1)  # type: ignore[misc]
    assert selector.difficulty[uncertain] < -math.log(3.0) - 0.1


@pytest.mark.parametrize("target", [0.6, 0.75, 0.85])
def test_practice_sessions_succeed_at_about_the_target_rate(target: float) -> None:
    """300 learners x 20-item sessions, bank of 500 items b ~ N(0, 1.3): within 5 points."""
    bank = rasch_bank(500, seed=11, sd=1.3)
    rng = np.random.default_rng(12)
    truth = rng.normal(0, 1, 300)
    uniform = rng.random((300, 500))
    right = total = 0
    for j, theta in enumerate(truth):
        test = AdaptiveTest(bank, max_items=20, target_success=target, rng=np.random.default_rng(j))
        while (item_id := test.next_item()) is not None:
            i = int(item_id[1:])
            correct = answer(bank[i], theta, uniform[j, i])
            test.record(item_id, correct=correct)
            right += correct
            total += 1
    assert abs(right / total - target) <= 0.05
