"""Hand-picked edge cases, each judged by ``check_recs`` (tests/checks.py)."""

from checks import check_recs
from judge.testing import cases, raising

check_example = check_recs  # checks the statement's examples too

test_negative_k_raises = raising(
    "A negative k raises ValueError, even when the result would be empty.", {
    "a negative k (-1)": ([("u", "f")], [("f", "a")], "u", -1),
    "a negative k (-1), no friends": ([], [], "u", -1),
    "a negative k (-10**9)": ([("u", "f")], [("f", "a")], "u", -10**9),
})

test_edge_case = cases(
    "Edge cases: no friends or k = 0, friendship both ways, repeated rows counted once,"
    " self-pairs, own artists left out, scores >= 1 only, ties by id, any string ids.", {
    # no friends, unknown user, nothing new to recommend, k = 0: the result is []
    "everything-empty": ([], [], "u", 3),
    "unknown-user": ([("a", "b")], [("a", "x"), ("b", "y")], "u", 3),
    "friend-follows-nothing": ([("u", "f"), ("u", "g")], [("g", "x")], "u", 3),
    "only-friend-follows-nothing": ([("u", "f")], [("g", "x"), ("u", "y")], "u", 3),
    "only-a-self-pair": ([("u", "u")], [("u", "x")], "u", 3),
    "friends-follow-only-own-artists": ([("u", "f")], [("u", "x"), ("f", "x")], "u", 3),
    "k-zero": ([("u", "f")], [("f", "x")], "u", 0),
    # a row (f, u) makes f a friend of u as much as (u, f) does
    "reverse-orientation": ([("f", "u")], [("f", "x")], "u", 3),
    "mixed-orientations": ([("u", "f"), ("g", "u"), ("h", "i")],
                           [("f", "x"), ("g", "x"), ("h", "x"), ("i", "y")], "u", 3),
    "user-in-second-place-only": ([("a", "u"), ("b", "u"), ("c", "u")],
                                  [("a", "z"), ("b", "z"), ("c", "y")], "u", 5),
    # a repeated friendship or follow row counts once
    "friendship-both-ways": ([("u", "f"), ("f", "u")], [("f", "x")], "u", 3),
    "friendship-repeated": ([("u", "f"), ("u", "f"), ("u", "g")],
                            [("f", "x"), ("g", "y"), ("g", "x")], "u", 3),
    "follow-repeated": ([("u", "f"), ("u", "g")],
                        [("f", "x"), ("f", "x"), ("f", "x"), ("g", "y"), ("g", "z")], "u", 3),
    "both-repeated": ([("u", "f"), ("f", "u"), ("u", "g")],
                      [("f", "x"), ("f", "x"), ("g", "y"), ("g", "y"), ("g", "x")], "u", 3),
    "own-follow-repeated": ([("u", "f")], [("u", "x"), ("u", "x"), ("f", "x"), ("f", "y")],
                            "u", 3),
    # a self-pair (a, a) makes nobody a friend
    "self-pairs-everywhere": ([("u", "u"), ("f", "f"), ("u", "f")],
                              [("u", "x"), ("f", "y"), ("f", "x")], "u", 3),
    "friend-self-pair": ([("f", "f"), ("u", "g")], [("f", "x"), ("g", "y")], "u", 3),
    # artists the user follows are never recommended, whatever their score
    "popular-but-followed": ([("u", "a"), ("u", "b"), ("u", "c")],
                             [("a", "x"), ("b", "x"), ("c", "x"), ("u", "x"), ("a", "y")],
                             "u", 3),
    "all-followed": ([("u", "a"), ("u", "b")], [("a", "x"), ("b", "y"), ("u", "y"),
                                                 ("u", "x")], "u", 3),
    # only artists with score >= 1 are listed, however large k is
    "fewer-candidates-than-k": ([("u", "a"), ("u", "b")],
                                [("a", "x"), ("b", "y"), ("c", "z"), ("d", "w")], "u", 10),
    "non-friends-artists-exist": ([("u", "a")], [("a", "x"), ("b", "y"), ("b", "z")], "u", 3),
    "huge-k": ([("u", "a")], [("a", "x"), ("a", "y")], "u", 10**9),
    # highest score first; equal scores by ascending artist id (plain str order)
    "tie-by-id-not-by-first-seen": ([("u", "a"), ("u", "b")],
                                    [("a", "z"), ("b", "y"), ("a", "x")], "u", 3),
    "tie-at-the-cut": ([("u", "a"), ("u", "b")],
                       [("a", "q"), ("b", "q"), ("a", "t"), ("b", "s"), ("a", "r")], "u", 2),
    "t10-before-t9": ([("u", "a")], [("a", "t9"), ("a", "t10")], "u", 2),
    "uppercase-first": ([("u", "a")], [("a", "b"), ("a", "B"), ("a", "")], "u", 3),
    "uppercase-before-lowercase": ([("u", "a")], [("a", "a"), ("a", "B")], "u", 2),
    "score-beats-id": ([("u", "a"), ("u", "b")], [("a", "a1"), ("a", "z9"), ("b", "z9")],
                       "u", 2),
    # any string is an id; user and artist ids are separate; only direct friends count
    "artist-named-like-a-friend": ([("u", "f")], [("f", "f"), ("f", "u")], "u", 3),
    "empty-ids": ([("", "f"), ("f", "g")], [("f", ""), ("g", "x"), ("", "y")], "", 3),
    "unicode-ids": ([("ü", "é")], [("é", "ß"), ("é", "ss")], "ü", 3),
    "friend-of-friend-does-not-count": ([("u", "a"), ("a", "b")],
                                        [("b", "x"), ("a", "y")], "u", 3),
}, check=check_recs)
