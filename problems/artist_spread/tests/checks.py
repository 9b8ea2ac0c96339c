"""The one check of an answer, shared by both test files (many orders are right).

An answer is judged by validity, never by equality with the reference's order:
the reference only says whether an order exists.
"""

from collections import Counter

from judge.testing import WrongAnswer, call_reference, returned


def _times(k):
    return "once" if k == 1 else f"{k} times"


def check_spread(solution, reference, tracks):
    """The submission's answer must be [] exactly when no order exists, and otherwise
    a permutation of the input pairs with no two adjacent pairs by one artist."""
    expected = call_reference(reference, tracks)
    got = returned(solution, tracks)
    call = solution.last_call

    def wrong(reason):
        raise WrongAnswer(reason, call=call, expected=expected, actual=got)

    n = len(tracks)
    if n == 0:
        if got:
            wrong("the playlist is empty, so the answer must be []")
        return
    counts = Counter(artist for _, artist in tracks)
    top_artist, top = counts.most_common(1)[0]
    limit = (n + 1) // 2
    if not expected:
        if got:
            wrong(f"no order works: artist {top_artist!r} has {top} of the {n} tracks, more"
                  f" than ceil({n}/2) = {limit}, so two of them must touch; return []")
        return
    if not got:
        wrong(f"an order exists but the answer is []: the most tracks by one artist is"
              f" {top} (by {top_artist!r}), within ceil({n}/2) = {limit}")
    want, have = Counter(tracks), Counter(got)
    if have != want:
        for pair in got:
            if have[pair] > want[pair]:
                wrong(f"the answer is not a permutation of the input: {pair!r} appears"
                      f" {_times(have[pair])} in the answer but {_times(want[pair])} in the"
                      " input" if want[pair] else
                      f"the answer is not a permutation of the input: {pair!r} is not in"
                      " the input")
        for pair in tracks:
            if have[pair] < want[pair]:
                lost = (f"{_times(have[pair])} in the answer" if have[pair] else
                        "not at all in the answer")
                wrong(f"the answer is not a permutation of the input: {pair!r} appears"
                      f" {_times(want[pair])} in the input but {lost}"
                      + (" (duplicate pairs are separate tracks)" if want[pair] > 1 else ""))
    for i in range(n - 1):
        if got[i][1] == got[i + 1][1]:
            wrong(f"positions {i} and {i + 1} are both by artist {got[i][1]!r}:"
                  f" {got[i]!r} then {got[i + 1]!r}")
