import math
from collections import defaultdict


def dedupe_replays(events, window_s):
    """A defaultdict whose missing pairs were last kept at minus infinity, so
    one comparison decides every event. O(n)."""
    if window_s < 0:
        raise ValueError("window_s must be >= 0")
    last_kept = defaultdict(lambda: -math.inf)
    kept = []
    for i, (ts, user, track) in enumerate(events):
        if ts - last_kept[user, track] >= window_s:
            last_kept[user, track] = ts
            kept.append(i)
    return kept
