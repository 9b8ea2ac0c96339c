"""The statement's examples and hand-picked edge cases.

Every answer is judged by ``check_recs`` (tests/checks.py), which names the
broken rule when the list differs from the reference's.
"""

import pytest

from checks import check_recs
from judge.testing import expect_raises

check_example = check_recs  # checks the statement's examples too


NEGATIVE_K = {
    "with-friends": ([("u", "f")], [("f", "a")], "u", -1),
    "no-friends": ([], [], "u", -1),
    "very-negative": ([("u", "f")], [("f", "a")], "u", -10**9),
}


@pytest.mark.parametrize("case", list(NEGATIVE_K))
def test_negative_k_raises(solution, case):
    """A negative k raises ValueError, even when the result would be empty."""
    friends, follows, user, k = NEGATIVE_K[case]
    expect_raises(solution, ValueError, friends, follows, user, k, reason=f"a negative k ({k})")


def cases(table):
    """Parametrize a test over named (friends, follows, user, k) cases."""
    return pytest.mark.parametrize("case", list(table.values()), ids=list(table))


@cases({
    "everything-empty": ([], [], "u", 3),
    "unknown-user": ([("a", "b")], [("a", "x"), ("b", "y")], "u", 3),
    "friend-follows-nothing": ([("u", "f"), ("u", "g")], [("g", "x")], "u", 3),
    "only-friend-follows-nothing": ([("u", "f")], [("g", "x"), ("u", "y")], "u", 3),
    "only-a-self-pair": ([("u", "u")], [("u", "x")], "u", 3),
    "friends-follow-only-own-artists": ([("u", "f")], [("u", "x"), ("f", "x")], "u", 3),
    "k-zero": ([("u", "f")], [("f", "x")], "u", 0),
})
def test_empty_results(solution, reference, case):
    """No friends, unknown user, nothing new to recommend, k = 0: the result is []."""
    check_recs(solution, reference, *case)


@cases({
    "reverse-orientation": ([("f", "u")], [("f", "x")], "u", 3),
    "mixed-orientations": ([("u", "f"), ("g", "u"), ("h", "i")],
                           [("f", "x"), ("g", "x"), ("h", "x"), ("i", "y")], "u", 3),
    "user-in-second-place-only": ([("a", "u"), ("b", "u"), ("c", "u")],
                                  [("a", "z"), ("b", "z"), ("c", "y")], "u", 5),
})
def test_friendship_is_symmetric(solution, reference, case):
    """A row (f, u) makes f a friend of u as much as (u, f) does."""
    check_recs(solution, reference, *case)


@cases({
    "friendship-both-ways": ([("u", "f"), ("f", "u")], [("f", "x")], "u", 3),
    "friendship-repeated": ([("u", "f"), ("u", "f"), ("u", "g")],
                            [("f", "x"), ("g", "y"), ("g", "x")], "u", 3),
    "follow-repeated": ([("u", "f"), ("u", "g")],
                        [("f", "x"), ("f", "x"), ("f", "x"), ("g", "y"), ("g", "z")], "u", 3),
    "both-repeated": ([("u", "f"), ("f", "u"), ("u", "g")],
                      [("f", "x"), ("f", "x"), ("g", "y"), ("g", "y"), ("g", "x")], "u", 3),
    "own-follow-repeated": ([("u", "f")], [("u", "x"), ("u", "x"), ("f", "x"), ("f", "y")],
                            "u", 3),
})
def test_duplicate_rows_count_once(solution, reference, case):
    """A repeated friendship or follow row counts once."""
    check_recs(solution, reference, *case)


@cases({
    "self-pairs-everywhere": ([("u", "u"), ("f", "f"), ("u", "f")],
                              [("u", "x"), ("f", "y"), ("f", "x")], "u", 3),
    "friend-self-pair": ([("f", "f"), ("u", "g")], [("f", "x"), ("g", "y")], "u", 3),
})
def test_self_pairs_are_ignored(solution, reference, case):
    """A self-pair (a, a) makes nobody a friend."""
    check_recs(solution, reference, *case)


@cases({
    "popular-but-followed": ([("u", "a"), ("u", "b"), ("u", "c")],
                             [("a", "x"), ("b", "x"), ("c", "x"), ("u", "x"), ("a", "y")],
                             "u", 3),
    "all-followed": ([("u", "a"), ("u", "b")], [("a", "x"), ("b", "y"), ("u", "y"),
                                                 ("u", "x")], "u", 3),
})
def test_own_artists_are_excluded(solution, reference, case):
    """Artists the user follows are never recommended, whatever their score."""
    check_recs(solution, reference, *case)


@cases({
    "fewer-candidates-than-k": ([("u", "a"), ("u", "b")],
                                [("a", "x"), ("b", "y"), ("c", "z"), ("d", "w")], "u", 10),
    "non-friends-artists-exist": ([("u", "a")], [("a", "x"), ("b", "y"), ("b", "z")], "u", 3),
    "huge-k": ([("u", "a")], [("a", "x"), ("a", "y")], "u", 10**9),
})
def test_only_positive_scores(solution, reference, case):
    """Only artists with score >= 1 are listed, however large k is."""
    check_recs(solution, reference, *case)


@cases({
    "tie-by-id-not-by-first-seen": ([("u", "a"), ("u", "b")],
                                    [("a", "z"), ("b", "y"), ("a", "x")], "u", 3),
    "tie-at-the-cut": ([("u", "a"), ("u", "b")],
                       [("a", "q"), ("b", "q"), ("a", "t"), ("b", "s"), ("a", "r")], "u", 2),
    "t10-before-t9": ([("u", "a")], [("a", "t9"), ("a", "t10")], "u", 2),
    "uppercase-first": ([("u", "a")], [("a", "b"), ("a", "B"), ("a", "")], "u", 3),
    "score-beats-id": ([("u", "a"), ("u", "b")], [("a", "a1"), ("a", "z9"), ("b", "z9")],
                       "u", 2),
})
def test_order(solution, reference, case):
    """Highest score first; equal scores by ascending artist id (plain str order)."""
    check_recs(solution, reference, *case)


@cases({
    "artist-named-like-a-friend": ([("u", "f")], [("f", "f"), ("f", "u")], "u", 3),
    "empty-ids": ([("", "f"), ("f", "g")], [("f", ""), ("g", "x"), ("", "y")], "", 3),
    "unicode-ids": ([("ü", "é")], [("é", "ß"), ("é", "ss")], "ü", 3),
    "friend-of-friend-does-not-count": ([("u", "a"), ("a", "b")],
                                        [("b", "x"), ("a", "y")], "u", 3),
})
def test_ids(solution, reference, case):
    """Any string is an id; user and artist ids are separate; only direct friends count."""
    check_recs(solution, reference, *case)
