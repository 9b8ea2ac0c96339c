"""Cross-check merge_streams' reference against heapq.merge(*streams, key=first).

heapq.merge with a key is stable: equal keys come out in the order of the
iterables, then in order within each, which is the spec's tie rule. A second,
independent oracle sorts every event by (timestamp, stream index, position).
Random streams use few timestamps and ids, so ties across and within streams,
duplicate events and empty streams are common.
"""

import heapq
import random
from operator import itemgetter

import pytest

from tests.oracles import reference as load_reference

merge_streams = load_reference("merge_streams")


def decorated_sort(streams):
    keyed = [((event[0], i, j), event) for i, stream in enumerate(streams)
             for j, event in enumerate(stream)]
    return [event for _, event in sorted(keyed, key=itemgetter(0))]


def random_streams(rng, max_streams, max_len, stamps):
    streams = []
    for _ in range(rng.randint(0, max_streams)):
        size = rng.randint(0, max_len)
        events = [(rng.randint(*stamps), rng.choice("abcz")) for _ in range(size)]
        streams.append(sorted(events, key=itemgetter(0)))
    return streams


CASES = [random_streams(random.Random(seed), 6, 8, (-2, 4)) for seed in range(150)]
CASES += [random_streams(random.Random(500 + seed), 300, 40, (0, 50)) for seed in range(20)]


@pytest.mark.parametrize("streams", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_reference_matches_heapq_merge(streams):
    """The reference agrees with heapq.merge(key=first) and leaves its input alone."""
    snapshot = [list(stream) for stream in streams]
    got = merge_streams(streams)
    assert streams == snapshot
    assert got == list(heapq.merge(*streams, key=itemgetter(0)))
    assert got == decorated_sort(streams)


def test_ties_are_common():
    """The random cases do exercise ties across streams."""
    def tie_across(streams):
        seen = {}
        for i, stream in enumerate(streams):
            for stamp, _ in stream:
                if seen.setdefault(stamp, i) != i:
                    return True
        return False

    assert sum(map(tie_across, CASES)) > len(CASES) // 2
