"""Expected: Too Slow (the naive O(n * distinct) count, with its answers cached by
the input's content: were a timed call ever given an input it had seen, it
would answer from the cache and look faster than the reference)."""
_seen = {}


def most_played_track(plays):
    if not plays:
        raise ValueError("no plays")
    key = tuple(plays)
    if key not in _seen:
        _seen[key] = max(dict.fromkeys(plays), key=plays.count)
    return _seen[key]
