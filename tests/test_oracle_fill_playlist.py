"""Oracle cross-check of the fill_playlist reference against scipy.optimize.milp.

The problem is a 0/1 knapsack whose values are the weights: maximize sum(d x)
subject to sum(d x) <= target_s, x binary. Many subsets can be optimal, so only
the totals are compared; the reference's subset is checked for validity.
"""

import random

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, milp

from tests.oracles import reference as load_reference

fill_playlist = load_reference("fill_playlist")


def milp_best_total(durations: list[int], target_s: int) -> int:
    """The largest subset total <= target_s, by mixed-integer programming."""
    if not durations:
        return 0
    d = np.array(durations, dtype=float)
    result = milp(c=-d, constraints=LinearConstraint(d[np.newaxis, :], -np.inf, target_s),
                  integrality=np.ones_like(d), bounds=Bounds(0, 1))
    assert result.success, result.message
    chosen = np.round(result.x).astype(int)
    total = int(d @ chosen)
    assert total <= target_s
    return total


def _cases() -> list[tuple[list[int], int]]:
    rng = random.Random(20240611)
    cases: list[tuple[list[int], int]] = [([], 0), ([], 5), ([3], 0), ([3], 2), ([3], 3)]
    for _ in range(60):  # small lengths: many ties and exact fits
        durations = [rng.randint(1, 12) for _ in range(rng.randint(1, 12))]
        cases.append((durations, rng.randint(0, sum(durations) + 3)))
    for _ in range(60):  # track lengths in seconds
        durations = [rng.randint(120, 420) for _ in range(rng.randint(1, 16))]
        cases.append((durations, rng.randint(0, sum(durations))))
    for _ in range(30):  # wide spread: long tracks next to short ones
        durations = [rng.choice([rng.randint(1, 50), rng.randint(500, 3000)])
                     for _ in range(rng.randint(1, 18))]
        cases.append((durations, rng.randint(0, 6000)))
    return cases


@pytest.mark.parametrize("durations, target_s", _cases())
def test_reference_matches_milp(durations: list[int], target_s: int) -> None:
    chosen = fill_playlist(list(durations), target_s)
    assert chosen == sorted(set(chosen)), "indices must be distinct and ascending"
    assert all(0 <= i < len(durations) for i in chosen)
    total = sum(durations[i] for i in chosen)
    assert total <= target_s
    assert total == milp_best_total(durations, target_s)


def test_speed_input_matches_milp() -> None:
    """One instance at the largest speed size (n = 300, target_s = 36000)."""
    rng = random.Random(300)
    durations = [rng.randint(120, 420) for _ in range(300)]
    chosen = fill_playlist(durations, 36000)
    assert sum(durations[i] for i in chosen) == milp_best_total(durations, 36000)
