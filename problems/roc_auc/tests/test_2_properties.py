"""Hypothesis properties, against the reference, the pair-counting definition,
and on their own (invariances of the AUC)."""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from judge.testing import WrongAnswer, agree, expect_raises, returned

# A handful of score values makes ties common, which is where the mistakes are.
SCORES = st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0, 2.0, -1.0])
ITEMS = st.lists(st.tuples(st.integers(0, 1), SCORES), min_size=2, max_size=12)
LABEL_KINDS = st.sampled_from(["int", "bool", "float"])
CONVERT = {"int": int, "bool": bool, "float": float}


def both_classes(items):
    """The items with at least one positive and one negative (flip the first if needed)."""
    labels = {label for label, _ in items}
    if len(labels) == 1:
        label, score = items[0]
        items = [(1 - label, score), *items[1:]]
    return items


def split(items, kind="int"):
    return [CONVERT[kind](label) for label, _ in items], [score for _, score in items]


def pair_count_auc(items):
    """The definition itself: wins + ties / 2 over all (positive, negative) pairs."""
    pos = [s for label, s in items if label == 1]
    neg = [s for label, s in items if label == 0]
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg)), len(pos), len(neg)


def auc_of(solution, labels, scores):
    got = returned(solution, labels, scores)
    return got


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


@given(items=ITEMS.map(both_classes), kind=LABEL_KINDS,
       sequence=st.sampled_from(["list", "tuple", "numpy"]))
def test_matches_reference(solution, reference, items, kind, sequence):
    """Returns the fraction of (positive, negative) pairs ordered right, ties counting 1/2."""
    labels, scores = split(items, kind)
    if sequence == "tuple":
        labels, scores = tuple(labels), tuple(scores)
    elif sequence == "numpy":
        labels, scores = np.array(labels), np.array(scores)
    agree(solution, reference, labels, scores)


@given(items=ITEMS.map(both_classes))
def test_counts_pairs(solution, items):
    """The AUC equals (wins + ties / 2) / (positives * negatives) over all pairs."""
    labels, scores = split(items)
    got = auc_of(solution, labels, scores)
    want, n_pos, n_neg = pair_count_auc(items)
    if not close(got, want):
        raise WrongAnswer(
            f"over the {n_pos} x {n_neg} (positive, negative) pairs, counting a tie as one"
            f" half, the fraction ordered right is {want!r}, not {got!r}",
            call=solution.last_call, expected=want, actual=got)


@given(items=ITEMS.map(both_classes), data=st.data())
def test_input_order_does_not_matter(solution, items, data):
    """Shuffling the (label, score) pairs together leaves the AUC unchanged."""
    first = auc_of(solution, *split(items))
    shuffled = data.draw(st.permutations(items), label="shuffled")
    second = auc_of(solution, *split(shuffled))
    if not close(first, second):
        raise WrongAnswer(
            f"the same (label, score) pairs in another order gave {second!r} instead of"
            f" {first!r}: the order of tied items must not matter (a tie counts one half)",
            call=solution.last_call, expected=first, actual=second)


@given(items=ITEMS.map(both_classes))
def test_flipping_labels_gives_one_minus_auc(solution, items):
    """Swapping the roles of positives and negatives turns AUC into 1 - AUC."""
    labels, scores = split(items)
    auc = auc_of(solution, labels, scores)
    flipped = auc_of(solution, [1 - label for label in labels], scores)
    if not close(flipped, 1 - auc):
        raise WrongAnswer(
            f"with the labels flipped the result is {flipped!r}, but 1 - {auc!r} ="
            f" {1 - auc!r} was expected", call=solution.last_call, expected=1 - auc,
            actual=flipped)


@given(items=ITEMS.map(both_classes))
def test_only_the_order_of_scores_matters(solution, items):
    """An increasing transformation of the scores (s -> 3s + 10) leaves the AUC unchanged."""
    labels, scores = split(items)
    auc = auc_of(solution, labels, scores)
    moved = auc_of(solution, labels, [3 * s + 10 for s in scores])
    if not close(moved, auc):
        raise WrongAnswer(
            f"with every score s replaced by 3s + 10 (same order) the result is {moved!r},"
            f" not {auc!r}: the AUC depends only on the order of the scores",
            call=solution.last_call, expected=auc, actual=moved)


@given(scores=st.lists(SCORES, min_size=0, max_size=8), label=st.integers(0, 1),
       kind=LABEL_KINDS)
def test_single_class_raises(solution, scores, label, kind):
    """With no positive or no negative (or no items) the AUC is undefined: ValueError."""
    labels = [CONVERT[kind](label)] * len(scores)
    reason = (f"only {'positives' if label else 'negatives'} ({len(scores)} items)"
              if scores else "no items")
    expect_raises(solution, ValueError, labels, scores, reason=reason)


@given(items=ITEMS.map(both_classes), bad=st.sampled_from([2, -1, 0.5, 3.0, math.nan, -0.25]),
       at=st.integers(0, 11))
def test_bad_label_raises(solution, items, bad, at):
    """A label that is not equal to 0 or 1 raises ValueError."""
    labels, scores = split(items)
    labels[at % len(labels)] = bad
    expect_raises(solution, ValueError, labels, scores, reason=f"a label of {bad!r}")


@given(items=ITEMS.map(both_classes), extra=st.lists(SCORES, min_size=1, max_size=3),
       longer=st.sampled_from(["labels", "scores"]))
def test_length_mismatch_raises(solution, items, extra, longer):
    """Labels and scores of different lengths raise ValueError."""
    labels, scores = split(items)
    if longer == "labels":
        labels += [0] * len(extra)
    else:
        scores += extra
    expect_raises(solution, ValueError, labels, scores,
                  reason=f"{len(labels)} labels and {len(scores)} scores")


@given(items=ITEMS.map(both_classes), at=st.integers(0, 11))
def test_nan_score_raises(solution, items, at):
    """A NaN score raises ValueError."""
    labels, scores = split(items)
    scores[at % len(scores)] = math.nan
    expect_raises(solution, ValueError, labels, scores, reason="a NaN score")
