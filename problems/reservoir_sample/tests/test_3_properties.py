"""Hypothesis properties: any stream, any k, the sample is valid; short streams
come back whole and in order."""

from hypothesis import given
from hypothesis import strategies as st

from checks import sample, valid_sample
from judge.testing import WrongAnswer

ITEMS = st.lists(st.one_of(st.integers(-3, 3), st.sampled_from(["a", "b", ""])), max_size=25)


@given(items=ITEMS, k=st.integers(0, 30), seed=st.integers(0, 2**16))
def test_sample_is_valid(solution, items, k, seed):
    """The sample has min(k, n) items, each from its own place in the stream."""
    got = sample(solution, items, k, seed)
    valid_sample(solution, items, k, got)
    if len(items) <= k and got != items:
        raise WrongAnswer("a stream of at most k items must come back whole, in stream order",
                          call=solution.last_call, expected=items, actual=got)
