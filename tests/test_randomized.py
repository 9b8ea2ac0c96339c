"""Statistical verdicts for randomized solutions: exact for a correct one, sharp
for the classic mistakes."""

from __future__ import annotations

import itertools
import random
from collections import Counter

import pytest

from judge.grading.outcomes import WrongAnswer
from judge.testing.randomized import expect_frequencies, expect_uniform


def reservoir(stream: list[int], k: int, rng: random.Random, off_by_one: bool = False
              ) -> list[int]:
    kept: list[int] = []
    for i, item in enumerate(stream):
        if i < k:
            kept.append(item)
            continue
        j = rng.randint(0, i + 1 if off_by_one else i)
        if j < k:
            kept[j] = item
    return kept


def inclusion(k: int, n: int, runs: int, off_by_one: bool, first_seed: int = 0) -> Counter[int]:
    counts: Counter[int] = Counter()
    for seed in range(first_seed, first_seed + runs):
        counts.update(reservoir(list(range(n)), k, random.Random(seed), off_by_one))
    return counts


def test_a_correct_reservoir_passes_on_many_seed_sets() -> None:
    for first in range(0, 40_000, 2000):  # 20 independent batches of 2,000 runs
        expect_frequencies(inclusion(1, 4, 2000, False, first), 2000, 1 / 4)


def test_the_off_by_one_reservoir_is_named_with_its_bias() -> None:
    with pytest.raises(WrongAnswer) as info:
        expect_frequencies(inclusion(1, 4, 2000, True), 2000, 1 / 4,
                           name=lambda i: f"item {i}", context="(k=1 of 4 items)")
    reason = info.value.reason
    assert reason.startswith("item 0 is kept with probability 0.399")
    assert "it should be 0.250 (k=1 of 4 items)" in reason


def test_uniformity_of_samples() -> None:
    subsets = [frozenset(c) for c in itertools.combinations(range(5), 2)]
    rng = random.Random(1)
    fair = Counter(frozenset(rng.sample(range(5), 2)) for _ in range(4000))
    expect_uniform(fair, subsets)
    start = [frozenset({s, (s + 1) % 5}) for s in (rng.randrange(5) for _ in range(4000))]
    with pytest.raises(WrongAnswer, match="10 possible samples are not equally likely"):
        expect_uniform(Counter(start), subsets, what="samples")
    with pytest.raises(WrongAnswer, match="is not one of the possible samples"):
        expect_uniform(Counter({frozenset({9}): 1}), subsets, what="samples")
