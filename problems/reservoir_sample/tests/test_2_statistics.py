"""The sample is uniform: judged by statistics over seeded runs (see the statement).

Each test runs the submission 2,000 times on the stream 0..n-1 with
random.Random(0), random.Random(1), ...; a correct solution fails one of these
tests with probability below 10^-5."""

import itertools

import pytest

from checks import described_call, inclusion_counts
from judge.testing import expect_frequencies, expect_uniform


def item(i, n):
    if i == 0:
        return "the first item (0)"
    if i == n - 1:
        return f"the last item ({i})"
    return f"item {i}"


@pytest.mark.parametrize("n, k", [(4, 1), (6, 2), (10, 3), (12, 5)])
def test_every_item_is_kept_with_probability_k_over_n(solution, n, k):
    """Every item is in the sample with probability k / n."""
    kept, _ = inclusion_counts(solution, n, k)
    expect_frequencies(kept, 2000, dict.fromkeys(range(n), k / n),
                       call=described_call(n, k), name=lambda i: item(i, n),
                       context=f"(k = {k} of n = {n} items)")


@pytest.mark.parametrize("n, k", [(5, 2), (6, 3), (4, 1)])
def test_every_sample_is_equally_likely(solution, n, k):
    """Every set of k positions is equally likely to be the sample."""
    _, samples = inclusion_counts(solution, n, k)
    subsets = [frozenset(c) for c in itertools.combinations(range(n), k)]
    expect_uniform(samples, subsets, call=described_call(n, k),
                   what=f"samples of {k} of {n} items",
                   name=lambda s: "{" + ", ".join(map(str, sorted(s))) + "}")
