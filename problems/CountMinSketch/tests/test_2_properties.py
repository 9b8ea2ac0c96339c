"""Hypothesis properties that hold for every correct sketch, whatever its hash functions.

Small alphabets and narrow sketches make collisions common, which is where
the mistakes show.
"""

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test

from checks import check_bounds, check_heavy_hitters, check_merge, estimate
from judge.testing import WrongAnswer, check_type

FEW = 30  # examples for the properties whose every example costs many worker calls


def fewer():
    """The current profile (the judge's, or its shorter hunt), with at most FEW examples."""
    current = settings()
    return settings(current, max_examples=min(FEW, current.max_examples))

ITEMS = st.sampled_from(["a", "b", "c", "d", "e", "", "t10", "é"])
SHORT_ADDS = st.lists(st.tuples(ITEMS, st.integers(0, 6)), max_size=8)
# exact binary fractions: phi * N is then computed exactly
PHIS = st.sampled_from([0.5, 0.25, 0.125, 0.375, 0.75, 1.0, 0.0625, 0.3125])


def test_estimates_between_count_and_total(solution):
    """After any adds, every estimate is an int between the true count and the total N."""

    class Sketch(RuleBasedStateMachine):
        @initialize(width=st.sampled_from([1, 2, 3, 8, 1000]), depth=st.integers(1, 4),
                    seed=st.integers(0, 3))
        def make(self, width, depth, seed):
            self.sketch = solution(width, depth, seed)
            self.width = width
            self.counts = {}

        @rule(item=ITEMS, count=st.integers(0, 6))
        def add(self, item, count):
            check_type(self.sketch.add(item, count), type(None), solution.last_call)
            self.counts[item] = self.counts.get(item, 0) + count

        @rule(item=ITEMS)
        def estimate(self, item):
            got = check_bounds(solution, self.sketch, list(self.counts.items()), [item])[item]
            total = sum(self.counts.values())
            played = [x for x, c in self.counts.items() if c]
            if self.width == 1 and got != total:
                raise WrongAnswer(f"with width 1 every estimate is the total {total}, but"
                                  f" estimate({item!r}) is {got}", call=solution.last_call,
                                  expected=total, actual=got)
            if played == [item] and got != total:
                raise WrongAnswer(f"{item!r} is the only item added, so nothing collides with"
                                  f" it: its estimate must be its count {total}, not {got}",
                                  call=solution.last_call, expected=total, actual=got)

    run_state_machine_as_test(Sketch, settings=fewer())


@settings(max_examples=FEW)
@given(width=st.sampled_from([1, 2, 3, 8, 64]), depth=st.integers(1, 3), seed=st.integers(0, 3),
       first=SHORT_ADDS, second=SHORT_ADDS,
       later=st.lists(st.tuples(ITEMS, st.integers(0, 3)), max_size=2))
def test_merge_equals_the_sketch_of_both_streams(solution, width, depth, seed, first, second,
                                                 later):
    """After merge, the estimates equal those of one sketch fed both streams.

    merge adds the other sketch in place; the other sketch stays as it was."""
    check_merge(solution, (width, depth, seed), first, second, later,
                probes=["a", "b", "c", "d", "e", "", "t10", "é", "zz"])


@given(plays=st.lists(ITEMS, max_size=30), phi=PHIS,
       sketch=st.sampled_from([(1000, 4), (2, 2), (3, 1), (1, 3), (8, 3)]),
       seed=st.integers(0, 3), one_shot=st.booleans())
def test_heavy_hitters(solution, plays, phi, sketch, seed, one_shot):
    """heavy_hitters returns every item played more than phi * N times, none estimated at or below.

    Every item it returns occurred and has an estimate above phi * N in
    CountMinSketch(width, depth, seed) of the whole stream."""
    width, depth = sketch
    check_heavy_hitters(solution, plays, phi, width, depth, seed, one_shot=one_shot)


@given(adds=st.lists(st.tuples(st.text(max_size=4), st.integers(0, 9)), max_size=10),
       seed=st.integers(0, 2**32 - 1))
def test_any_string_is_an_item(solution, adds, seed):
    """Any string is an item (empty, non-ASCII); a wide sketch counts a few exactly."""
    sketch = solution(4096, 4, seed)
    counts = {}
    for item, count in adds:
        sketch.add(item, count)
        counts[item] = counts.get(item, 0) + count
    for item, count in counts.items():
        got = estimate(solution, sketch, item)
        if got != count:
            raise WrongAnswer(f"estimate({item!r}) is {got}, expected {count}: a few items in"
                              " a sketch of width 4096 and depth 4 are counted exactly",
                              call=solution.last_call, expected=count, actual=got)
