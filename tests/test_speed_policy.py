"""Every speed limit is derived from measured idioms, the same way in every package.

README, "Speed verdicts": a package plants as accepted the textbook solutions a
candidate writes, measures their ratios (benchmarks/idiom_ratios.py) and
records them under [speed.measured]; its limit (``factor``) sits above the
slowest textbook idiom with a noise margin, so that Too Slow means a worse
algorithm or a grossly wasteful one, never a constant factor.
"""

from __future__ import annotations

import pytest

from judge.packages.format import all_problems

from .conftest import PROBLEMS

NOISE_MARGIN = 1.5  # the limit over the slowest idiom's highest measured ratio

SPEED_PROBLEMS = [p for p in all_problems(PROBLEMS) if p.speed is not None]


def test_most_problems_judge_speed() -> None:
    assert len(SPEED_PROBLEMS) >= 25


@pytest.mark.parametrize("problem", SPEED_PROBLEMS, ids=[p.slug for p in SPEED_PROBLEMS])
def test_every_timed_planted_file_has_its_measured_ratio(problem) -> None:  # type: ignore[no-untyped-def]
    assert problem.speed is not None
    planted = {str(path.relative_to(problem.path / "planted")) for path in problem.timed_planted}
    recorded = {name for name, _, _ in problem.speed.measured}
    assert planted - recorded == set(), "measure with benchmarks/idiom_ratios.py"
    assert recorded - planted == set(), "a measured file that is not planted"


@pytest.mark.parametrize("problem", SPEED_PROBLEMS, ids=[p.slug for p in SPEED_PROBLEMS])
def test_the_limit_is_above_every_textbook_idiom(problem) -> None:  # type: ignore[no-untyped-def]
    spec = problem.speed
    assert spec is not None
    accepted = [(name, high) for name, _, high in spec.measured if name.startswith("accepted/")]
    assert len(accepted) >= 3, "plant at least three textbook solutions as accepted"
    slowest, high = max(accepted, key=lambda item: item[1])
    assert spec.factor >= NOISE_MARGIN * high, (
        f"{slowest} measured up to {high}x: the limit must be at least {NOISE_MARGIN}x that")
    assert 1 <= spec.expected <= spec.factor
