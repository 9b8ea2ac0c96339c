"""The one check of an answer: the ids as a ranking by a computed score
(``expect_ranking``: a pair within 1e-9 relative may swap), each similarity against the
true one (the reference's with k = N); tracks with identical single-tag lists are the
same unit vector in any arithmetic, a true tie that must go by ascending id."""

import math
from itertools import pairwise

from judge.testing import WrongAnswer, call_reference, expect_ranking, returned, safe_repr

REL, ABS = 1e-9, 1e-12


def check_similar(solution, reference, tags, query, k):
    """The submission's list must be a right answer, and say why when it is not."""
    expected = call_reference(reference, tags, query, k)
    truth = dict(call_reference(reference, tags, query, len(tags)))
    got = returned(solution, tags, query, k)
    call = solution.last_call

    def wrong(reason):
        raise WrongAnswer(reason, call=call, expected=expected, actual=got)

    seen = set()
    for track, _ in got:
        if track == query:
            wrong(f"the query {query!r} itself is in the result; it must be left out")
        if track not in tags:
            wrong(f"{track!r} is not a track of tags")
        if track in seen:
            wrong(f"{track!r} appears more than once in the result")
        seen.add(track)
        if track not in truth:
            shared = "it has no tags" if not tags[track] else (
                "the query has no tags" if not tags[query] else
                f"its tags {safe_repr(tags[track], 80)} and the query's"
                f" {safe_repr(tags[query], 80)} have none in common (tags are compared"
                " exactly as given, no lowercasing)")
            wrong(f"{track!r} has similarity 0 with {query!r} ({shared}); only tracks with"
                  " similarity > 0 are listed")
    for track, similarity in got:
        want = truth[track]
        if not math.isclose(similarity, want, rel_tol=REL, abs_tol=ABS):
            wrong(f"the similarity of {track!r} is {similarity!r}, expected {want!r} (the cosine"
                  " of the L2-normalized tf-idf vectors: tf = raw count, idf ="
                  " ln((1 + N) / (1 + df)) + 1, N = every track of tags; tolerance rel"
                  f" {REL:g}, abs {ABS:g})")
    want_len = min(k, len(truth))
    if len(got) < want_len:
        ids = {track for track, _ in got}
        missing = next(track for track, _ in expected if track not in ids)
        wrong(f"{missing!r} is missing: its similarity with {query!r} is {truth[missing]!r}, so"
              f" it belongs among the top min(k, candidates) = {want_len}")
    if len(got) != want_len:
        wrong(f"{len(truth)} track(s) have similarity > 0 and k = {k}, so the result must have"
              f" min(k, candidates) = {want_len} item(s), not {len(got)}")
    ids = [track for track, _ in got]
    expect_ranking(ids, [track for track, _ in expected], truth, call=call, rel=REL,
                   item="track")
    # Tracks with the same single-tag list tie exactly: ascending id, smallest ids kept.
    groups = {}
    for track in sorted(truth):
        if len(set(tags[track])) == 1:
            groups.setdefault(tuple(tags[track]), []).append(track)
    place = {track: i for i, track in enumerate(ids)}
    for names, twins in groups.items():
        listed = [track for track in twins if track in place]
        same = f"the same tags {safe_repr(list(names), 60)}, hence exactly the same similarity"
        for a, b in pairwise(listed):
            if place[a] > place[b]:
                wrong(f"{a!r} and {b!r} have {same}, so they must be in ascending id order:"
                      f" {a!r} < {b!r}")
        if listed != twins[:len(listed)]:
            left = next(track for track in twins if track not in place)
            wrong(f"{left!r} is left out while {listed[-1]!r}, with {same}, is in the result:"
                  " on a tie at the cut the smaller id is kept")


check_example = check_similar  # the statement's examples too
