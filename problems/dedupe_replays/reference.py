def dedupe_replays(events: list[tuple[int, str, str]], window_s: int) -> list[int]:
    """One pass with a dict from (user, track) to the time of its last KEPT
    event. Events come in time order, so the last kept event of a pair is the
    latest one, and an event is a replay exactly when that time is within the
    window: kept_ts > ts - window_s. Dropped events do not move the window.
    O(n) time, O(distinct pairs) memory."""
    if window_s < 0:
        raise ValueError(f"window_s must be >= 0, got {window_s}")
    last_kept: dict[tuple[str, str], int] = {}
    kept = []
    for i, (ts, user, track) in enumerate(events):
        key = (user, track)
        previous = last_kept.get(key)
        if previous is None or previous <= ts - window_s:
            last_kept[key] = ts
            kept.append(i)
    return kept
