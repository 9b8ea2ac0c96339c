"""Hypothesis properties that hold for every correct sketch, whatever its hash functions;
small alphabets and narrow sketches make collisions common, where the mistakes show."""

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test

from checks import (
    build,
    check_bounds,
    check_heavy_hitters,
    check_merge,
    expect_estimates,
    totals,
)
from judge.testing import check_type, fail

FEW = 30  # examples for the properties whose every example costs many worker calls
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
            self.sketch, self.width, self.adds = solution(width, depth, seed), width, []

        @rule(item=ITEMS, count=st.integers(0, 6))
        def add(self, item, count):
            check_type(self.sketch.add(item, count), type(None), solution.last_call)
            self.adds.append((item, count))

        @rule(item=ITEMS)
        def estimate(self, item):
            got = check_bounds(solution, self.sketch, self.adds, [item])[item]
            counts = totals(self.adds)
            total = sum(counts.values())
            if self.width == 1 and got != total:
                fail(solution, f"with width 1 every estimate is the total {total}, but"
                     f" estimate({item!r}) is {got}", expected=total, actual=got)
            if [x for x, c in counts.items() if c] == [item] and got != total:
                fail(solution, f"{item!r} is the only item added, so nothing collides with"
                     f" it: its estimate must be its count {total}, not {got}",
                     expected=total, actual=got)

    # the current profile (the judge's, or its shorter hunt), with at most FEW examples
    current = settings()
    run_state_machine_as_test(Sketch, settings=settings(
        current, max_examples=min(FEW, current.max_examples)))


@settings(max_examples=FEW)
@given(width=st.sampled_from([1, 2, 3, 8, 64]), depth=st.integers(1, 3), seed=st.integers(0, 3),
       first=SHORT_ADDS, second=SHORT_ADDS,
       later=st.lists(st.tuples(ITEMS, st.integers(0, 3)), max_size=2))
def test_merge_equals_the_sketch_of_both_streams(solution, width, depth, seed, first, second,
                                                 later):
    """After merge (in place), the estimates equal those of one sketch fed both streams."""
    check_merge(solution, None, (width, depth, seed), first, second, later,
                probes=["a", "b", "c", "d", "e", "", "t10", "é", "zz"])


@given(plays=st.lists(ITEMS, max_size=30), phi=PHIS,
       sketch=st.sampled_from([(1000, 4), (2, 2), (3, 1), (1, 3), (8, 3)]),
       seed=st.integers(0, 3), one_shot=st.booleans())
def test_heavy_hitters(solution, plays, phi, sketch, seed, one_shot):
    """heavy_hitters: every item played more than phi * N times, none estimated at or below."""
    check_heavy_hitters(solution, None, plays, phi, *sketch, seed, one_shot)


@given(adds=st.lists(st.tuples(st.text(max_size=4), st.integers(0, 9)), max_size=10),
       seed=st.integers(0, 2**32 - 1))
def test_any_string_is_an_item(solution, adds, seed):
    """Any string is an item (empty, non-ASCII); a wide sketch counts a few exactly."""
    expect_estimates(solution, build(solution, 4096, 4, seed, adds), totals(adds),
                     "a few items in a sketch of width 4096 and depth 4 are counted exactly")
