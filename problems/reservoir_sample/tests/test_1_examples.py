"""The statement's examples and the deterministic edge cases: small streams, k = 0,
a negative k, one pass over a generator, and all randomness from rng."""

import pytest

from judge.testing import (
    SeededRandom,
    Stream,
    WrongAnswer,
    agree,
    expect_raises,
)


def check_example(solution, reference, stream, k, rng):
    agree(solution, reference, Stream(items=list(stream)), k, rng)


@pytest.mark.parametrize("items, k", [
    ([], 0), ([], 3), (["a"], 1), (["a"], 4), (["x", "y", "x"], 3), ([3, 1, 2], 10),
    (["a", "b"], 0), (list(range(50)), 0),
])
def test_short_streams_come_back_whole_in_order(solution, reference, items, k):
    """A stream of at most k items comes back whole, in stream order; k = 0 gives []."""
    agree(solution, reference, Stream(items=items), k, SeededRandom(1))


@pytest.mark.parametrize("items, k", [([], -1), (["a", "b"], -1), (list(range(10)), -5)])
def test_negative_k_raises(solution, items, k):
    """A negative k raises ValueError, even for an empty stream."""
    expect_raises(solution, ValueError, Stream(items=items), k, SeededRandom(0),
                  reason=f"k = {k}")


@pytest.mark.parametrize("n, k", [(10, 3), (200, 5), (1000, 100)])
def test_reads_a_generator_once(solution, n, k):
    """The stream may be a generator: read it once (no len(), no second pass)."""
    got = solution(Stream(n=n), k, SeededRandom(3))
    if not isinstance(got, list) or len(got) != k or not set(got) <= set(range(n)):
        raise WrongAnswer(f"over a one-shot stream of {n} items with k = {k} the result must"
                          f" be a list of {k} of its items", call=solution.last_call,
                          actual=got)


@pytest.mark.parametrize("seed", range(5))
def test_same_rng_state_gives_same_sample(solution, seed):
    """All randomness comes from rng: the same seed gives the same sample."""
    first = solution(Stream(n=500), 7, SeededRandom(seed))
    call = solution.last_call
    second = solution(Stream(n=500), 7, SeededRandom(seed))
    if first != second:
        raise WrongAnswer("two calls with the same rng state gave different samples: take"
                          " every random number from rng, never from the random module's"
                          " global functions", call=call, expected=first, actual=second)
