"""The one check of an answer, shared by both test files.

The answer is unique, so it must equal the reference's; when it does not, the
reason names the broken rule: events lost or added, the timestamp order, or the
order of equal timestamps (stream index, then position within the stream).
"""

from collections import Counter
from itertools import pairwise

from judge.testing import WrongAnswer, call_reference, returned, safe_repr


def _events(count: int) -> str:
    return f"{count} event" if count == 1 else f"{count} events"


def check_merge(solution, reference, streams):
    """The submission's merge must equal the reference's, and say why when it does not."""
    expected = call_reference(reference, streams)
    got = returned(solution, streams)
    call = solution.last_call
    if got == expected:
        return

    def wrong(reason):
        raise WrongAnswer(reason, call=call, expected=expected, actual=got)

    if len(got) != len(expected):
        wrong(f"the result has {_events(len(got))}, but the streams hold"
              f" {_events(len(expected))} in all: every event must appear exactly once")
    have, want = Counter(got), Counter(expected)
    if have != want:
        missing = sorted((want - have).elements())
        extra = sorted((have - want).elements())
        if missing:
            wrong(f"the event {missing[0]!r} is in the streams {want[missing[0]]} time(s) but"
                  f" in the result {have[missing[0]]} time(s)")
        wrong(f"the event {extra[0]!r} is in the result {have[extra[0]]} time(s) but in the"
              f" streams {want[extra[0]]} time(s)")
    for i, (a, b) in enumerate(pairwise(got)):
        if a[0] > b[0]:
            wrong(f"the result is not sorted by timestamp: {a!r} at position {i} comes"
                  f" before {b!r}")
    at = next(i for i, (a, b) in enumerate(zip(got, expected, strict=True)) if a != b)
    stamp = expected[at][0]
    in_order = [(i, event) for i, stream in enumerate(streams)
                for event in stream if event[0] == stamp]
    shown = ", ".join(f"{event!r} from stream {i}" for i, event in in_order)
    if len(shown) > 300:
        shown = shown[:297] + "..."
    yours = [event for event in got if event[0] == stamp]
    wrong(f"events with the same timestamp {stamp} must keep the stream order (lower stream"
          f" index first, then their order within the stream; the id plays no part): in"
          f" that order they are {shown}; your result has them as {safe_repr(yours, 300)}")
