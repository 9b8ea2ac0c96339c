"""The statement's examples and hand-picked edge cases.

(z, p_value) must be a tuple of two floats, each within 1e-9 relative or
1e-12 absolute of the reference's.
"""

import pytest

from judge.testing import Call, agree, raising

ALTERNATIVES = ["two-sided", "larger", "smaller"]


def check(solution, reference, *args, **kwargs):
    agree(solution, reference, *args, **kwargs)


check_example = check  # checks the statement's examples too


@pytest.mark.parametrize("counts", [
    (30, 200, 45, 500),
    (1, 10, 50, 100),
    (90, 100, 300, 1000),
    (3, 4, 1, 40),
], ids=["small-a-big-b", "rare-a", "high-a", "tiny-a"])
@pytest.mark.parametrize("alternative", ALTERNATIVES)
def test_pooled_standard_error(solution, reference, counts, alternative):
    """The standard error pools both arms: p = (conv_a + conv_b) / (n_a + n_b)."""
    check(solution, reference, *counts, alternative=alternative)


@pytest.mark.parametrize("counts", [
    (150, 1000, 120, 1000),
    (120, 1000, 150, 1000),
    (10, 10, 0, 10),
    (0, 10, 10, 10),
    (2, 3, 1, 3),
], ids=["a-better", "b-better", "a-all-b-none", "a-none-b-all", "small"])
@pytest.mark.parametrize("alternative", ALTERNATIVES)
def test_direction_and_tails(solution, reference, counts, alternative):
    """z is A minus B; "larger" means A converts more, "smaller" less."""
    check(solution, reference, *counts, alternative=alternative)


def test_alternative_by_position(solution, reference):
    """alternative may also be passed as the fifth positional argument."""
    check(solution, reference, 150, 1000, 120, 1000, "larger")
    check(solution, reference, 150, 1000, 120, 1000, "smaller")


@pytest.mark.parametrize("counts", [
    (0, 1, 0, 1),
    (0, 50, 0, 80),
    (1, 1, 1, 1),
    (7, 7, 3, 3),
    (10**9, 10**9, 5, 5),
], ids=["one-each-none", "none-converted", "one-each-all", "all-converted", "all-huge"])
@pytest.mark.parametrize("alternative", ALTERNATIVES)
def test_zero_standard_error(solution, reference, counts, alternative):
    """SE = 0 (nobody or everybody converted) gives (0.0, 1.0) for every alternative."""
    check(solution, reference, *counts, alternative=alternative)


@pytest.mark.parametrize("counts", [
    (12, 100, 12, 100),
    (1, 3, 2, 6),
    (5, 10, 50, 100),
], ids=["identical", "same-rate-1", "same-rate-2"])
@pytest.mark.parametrize("alternative", ALTERNATIVES)
def test_equal_rates(solution, reference, counts, alternative):
    """Equal rates give z = 0: p-value 1 two-sided and 0.5 one-sided."""
    check(solution, reference, *counts, alternative=alternative)


@pytest.mark.parametrize("counts", [
    (500_000_000, 10**9, 500_050_000, 10**9),
    (123_456, 10**6, 120_000, 999_999),
    (900, 1000, 100, 1000),
    (1000, 1000, 985, 1000),
    (5, 100, 20, 100),
], ids=["huge-arms", "million", "far-tail", "near-one", "z-about-3"])
@pytest.mark.parametrize("alternative", ALTERNATIVES)
def test_large_counts_and_far_tails(solution, reference, counts, alternative):
    """Large arms and tiny p-values: the normal tail must be accurate (1e-12 absolute)."""
    check(solution, reference, *counts, alternative=alternative)


INVALID = {
    "n_a = 0": ((0, 0, 1, 10), {}),
    "n_b = 0": ((1, 10, 0, 0), {}),
    "a negative n_a": ((0, -5, 1, 10), {}),
    "a negative n_b": ((1, 10, 0, -1), {}),
    "conv_a < 0": ((-1, 10, 1, 10), {}),
    "conv_b < 0": ((1, 10, -2, 10), {}),
    "conv_a > n_a": ((11, 10, 1, 10), {}),
    "conv_b > n_b": ((1, 10, 5, 4), {}),
    "alternative='greater'": ((1, 10, 2, 10), {"alternative": "greater"}),
    "alternative='less'": ((1, 10, 2, 10), {"alternative": "less"}),
    "alternative='two_sided'": ((1, 10, 2, 10), {"alternative": "two_sided"}),
    "alternative='Larger'": ((1, 10, 2, 10), {"alternative": "Larger"}),
    "alternative=''": ((1, 10, 2, 10), {"alternative": ""}),
    "an unknown alternative with zero SE": ((0, 10, 0, 10), {"alternative": "both"}),
}


test_invalid_arguments_raise = raising(
    "Invalid counts or an unknown alternative raise ValueError.",
    {k: Call(*a, **kw) for k, (a, kw) in INVALID.items()})
