"""The one check of an answer: it must equal the reference's (it is unique); when it
does not, the reason names the broken rule, from the window's counts recounted here."""

from bisect import bisect_right
from collections import Counter
from itertools import pairwise

from judge.testing import WrongAnswer, call_reference, first_difference, returned


def window_counts(events, t, window_s):
    """Play counts of the plays with t - window_s < ts <= t (events sorted by ts)."""
    times = [ts for ts, _ in events]
    lo, hi = bisect_right(times, t - window_s), bisect_right(times, t)
    return Counter(track for _, track in events[lo:hi])


def plays(count):
    return f"{count} play" + ("" if count == 1 else "s")


def answer_problem(answer, counts, k, t, window_s):
    """Why one query's answer is wrong, in words, or None."""
    where = f"at query t={t} (window {t - window_s} < ts <= {t})"
    if len(set(answer)) != len(answer):
        return f"{where} a track appears twice in the answer"
    for track in answer:
        if counts[track] == 0:
            return (f"{where} {track!r} is in the answer, but it has no play in the window:"
                    " only tracks with count > 0 appear")
    for a, b in pairwise(answer):
        if counts[a] < counts[b]:
            return (f"{where} {a!r} ({plays(counts[a])} in the window) comes before {b!r}"
                    f" ({plays(counts[b])}): the most played must come first")
        if counts[a] == counts[b] and a > b:
            return (f"{where} {a!r} and {b!r} both have {plays(counts[a])} in the window, so"
                    f" they go in ascending id order: {b!r} first")
    want = min(k, len(counts))
    if len(answer) != want:
        tracks = "1 distinct track" if len(counts) == 1 else f"{len(counts)} distinct tracks"
        return (f"{where} the window holds {tracks} and k = {k}, so the answer has {want},"
                f" not {len(answer)}")
    if answer:
        last = answer[-1]
        chosen = set(answer)
        for track, count in sorted(counts.items()):
            if track not in chosen and (-count, track) < (-counts[last], last):
                return (f"{where} {track!r} ({plays(count)} in the window) is left out, but it"
                        f" ranks above {last!r} ({plays(counts[last])}), which is in")
    return None


def check_trending(solution, reference, events, queries, window_s, k):
    """The submission's answers must equal the reference's, and say why when they do not."""
    expected = call_reference(reference, events, queries, window_s, k)
    got = returned(solution, events, queries, window_s, k)
    call = solution.last_call
    if got == expected:
        return

    def wrong(reason):
        raise WrongAnswer(reason, call=call, expected=expected, actual=got)

    if len(got) != len(queries):
        wrong(f"there are {len(queries)} queries, so the result must hold {len(queries)}"
              f" answers (one per query, in query order, repeated times too), not {len(got)}")
    for t, answer in zip(queries, got, strict=True):
        problem = answer_problem(answer, window_counts(events, t, window_s), k, t, window_s)
        if problem:
            wrong(problem)
    wrong(first_difference(got, expected) or "the result differs from the expected one")
