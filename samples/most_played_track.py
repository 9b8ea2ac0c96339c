"""A first try at `most_played_track` (read the problem: `judge show most_played_track`).

It looks right, but it has a classic mistake. See what the judge finds:

    judge check most_played_track --file samples/most_played_track.py

then write your own: `judge start most_played_track` copies the stub to
submissions/most_played_track.py, and `judge check most_played_track` grades it.
"""

from collections import Counter


def most_played_track(plays: list[str]) -> str:
    if not plays:
        raise ValueError("no plays")
    counts = Counter(plays)
    # the track with the most plays; on a tie, the smallest id
    return min(counts, key=lambda track: (-counts[track], track))
