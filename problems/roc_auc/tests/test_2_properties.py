"""Hypothesis properties against the reference; a handful of score values makes ties
common, which is where the mistakes are."""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from judge.testing import agree, expect_raises

SCORES = st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0, 2.0, -1.0])
LABEL_KINDS = st.sampled_from([int, bool, float])


def both_classes(items):
    """The items with at least one positive and one negative (flip the first if needed)."""
    if len({label for label, _ in items}) == 1:
        items = [(1 - items[0][0], items[0][1]), *items[1:]]
    return items


ITEMS = st.lists(st.tuples(st.integers(0, 1), SCORES), min_size=2, max_size=12).map(both_classes)


def split(items, kind=int):
    return [kind(label) for label, _ in items], [score for _, score in items]


def pair_count(labels, scores):
    """The definition itself: wins + ties / 2 over all (positive, negative) pairs."""
    pos = [s for label, s in zip(labels, scores, strict=True) if label == 1]
    neg = [s for label, s in zip(labels, scores, strict=True) if label == 0]
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return (f"over the {len(pos)} x {len(neg)} (positive, negative) pairs, counting a tie as"
            f" one half, the fraction ordered right is {wins / (len(pos) * len(neg))!r}")


@given(items=ITEMS, kind=LABEL_KINDS, sequence=st.sampled_from([list, tuple, np.array]))
def test_matches_reference(solution, reference, items, kind, sequence):
    """Returns the fraction of (positive, negative) pairs ordered right, ties counting 1/2."""
    labels, scores = split(items, kind)
    agree(solution, reference, sequence(labels), sequence(scores), explain=pair_count)


@given(scores=st.lists(SCORES, max_size=8), label=st.integers(0, 1), kind=LABEL_KINDS)
def test_single_class_raises(solution, scores, label, kind):
    """With no positive or no negative (or no items) the AUC is undefined: ValueError."""
    reason = (f"only {'positives' if label else 'negatives'} ({len(scores)} items)"
              if scores else "no items")
    expect_raises(solution, ValueError, [kind(label)] * len(scores), scores, reason=reason)


@given(items=ITEMS, bad=st.sampled_from([2, -1, 0.5, 3.0, math.nan, -0.25]),
       at=st.integers(0, 11))
def test_bad_label_raises(solution, items, bad, at):
    """A label that is not equal to 0 or 1 raises ValueError."""
    labels, scores = split(items)
    labels[at % len(labels)] = bad
    expect_raises(solution, ValueError, labels, scores, reason=f"a label of {bad!r}")


@given(items=ITEMS, at=st.integers(0, 11))
def test_nan_score_raises(solution, items, at):
    """A NaN score raises ValueError."""
    labels, scores = split(items)
    scores[at % len(scores)] = math.nan
    expect_raises(solution, ValueError, labels, scores, reason="a NaN score")
