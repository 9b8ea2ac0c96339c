"""The statement's examples and hand-picked edge cases."""

import random

from checks import check_rollup
from judge.testing import cases, expect_raises, raising

check_example = check_rollup  # checks the statement's examples too


test_whole_subtree_counts = cases(
    "A total includes every level below, whatever the order of parent's keys.", {
    "root-listed-first": ({"electronic": None, "techno": "electronic", "dub": "techno"},
         {"dub": 5, "techno": 2, "electronic": 1}),
    "mixed-order": ({"techno": "electronic", "electronic": None, "dub": "techno"}, {"dub": 5}),
    "leaf-listed-first": ({"a": "b", "b": "c", "c": "d", "d": None},
                          {"a": 1, "b": 10, "c": 100, "d": 1000}),
    "reversed-chain": ({"d": None, "c": "d", "b": "c", "a": "b"}, {"a": 1}),
}, check=check_rollup)


test_every_named_genre = cases(
    "Genres named only as a parent or only in plays are in the result (0 own plays if none).", {
    "root-only-a-value": ({"a": "top", "b": "top"}, {"a": 1, "b": 2}),
    "two-levels-unlisted": ({"a": "mid", "mid": "top"}, {"a": 4}),
    "plays-only": ({}, {"x": 3, "y": 0}),
    "separate-trees": ({"a": None}, {"b": 5}),
    "plays-on-unlisted-root": ({"a": "p"}, {"p": 7}),
    "no-plays": ({"a": None, "b": None}, {}),
    "no-plays-unlisted-root": ({"a": "b"}, {}),
}, check=check_rollup)


test_trees = cases("Branching trees: a genre adds up all of its children's subtrees.", {
    "star": ({"hub": None, **{f"leaf{i}": "hub" for i in range(6)}},
         {f"leaf{i}": i for i in range(6)}),
    "branching": ({"r": None, "a": "r", "b": "r", "a1": "a", "a2": "a", "b1": "b", "a11": "a1"},
         {"a11": 1, "a2": 2, "b1": 3, "r": 4, "b": 5}),
    "empty-id": ({"x": "y", "y": None, "": "x"}, {"": 3, "x": 0}),
    "zero-counts": ({"a": "b", "b": None}, {"a": 0, "b": 0}),
}, check=check_rollup)


CYCLES = {
    "a genre that is its own parent": ({"a": "a"}, {"a": 1}),
    "its own parent, no plays": ({"a": "a"}, {}),
    "its own parent under a normal tree": ({"b": "a", "a": "a", "c": None}, {"b": 1}),
    "two genres filed under each other": ({"a": "b", "b": "a"}, {"a": 1}),
    "a three-cycle": ({"a": "b", "b": "c", "c": "a"}, {"a": 1, "b": 2, "c": 3}),
    "a cycle with a tree hanging below it": (
        {"leaf": "mid", "mid": "a", "a": "b", "b": "a"}, {"leaf": 5}),
    "a cycle with no plays beside a valid tree": (
        {"x": "y", "y": None, "p": "q", "q": "p"}, {"x": 1, "y": 2}),
    "a cycle among genres that have no plays": ({"p": "q", "q": "r", "r": "p"}, {"z": 9}),
}


test_cycle_raises = raising("A cycle anywhere in the hierarchy raises ValueError.", CYCLES)


def _deep_chain(depth: int, cycle_on_top: bool = False):
    """A chain g0 (top) <- g1 <- ... of `depth` genres, keys in shuffled order,
    with a side branch and plays on a few genres only."""
    names = [f"g{i}" for i in range(depth)]
    links = [(names[i], names[i - 1]) for i in range(1, depth)]
    links.append((names[0], "g-top" if cycle_on_top else None))
    links.append(("side", names[depth // 3]))
    if cycle_on_top:
        links.append(("g-top", names[0]))
    random.Random(depth).shuffle(links)
    plays = {names[-1]: 5, names[depth // 2]: 7, names[0]: 11, "side": 13}
    return dict(links), plays


def test_deep_chain(solution, reference):
    """A hierarchy 100,000 levels deep works (no recursion limit errors)."""
    parent, plays = _deep_chain(100_000)
    with solution.time_limit(60):
        check_rollup(solution, reference, parent, plays,
                     reason="a chain 100,000 genres deep")


def test_deep_chain_with_cycle(solution):
    """A cycle on top of a chain 100,000 genres deep raises ValueError."""
    parent, plays = _deep_chain(100_000, cycle_on_top=True)
    with solution.time_limit(60):
        expect_raises(solution, ValueError, parent, plays,
                      reason="a chain 100,000 genres deep that ends in a two-genre cycle")
