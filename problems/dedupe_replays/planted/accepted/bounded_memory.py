from collections import deque


def dedupe_replays(events, window_s):
    """Correct, a small constant factor slower than the reference: a streaming
    version with bounded memory. Kept events wait in a queue; once an event
    leaves the window its pair is forgotten (if that was the pair's last
    kept event), so the dict holds only the pairs of the current window."""
    if window_s < 0:
        raise ValueError("negative window")
    recent = {}
    queue = deque()
    kept = []
    for i, (ts, user, track) in enumerate(events):
        while queue and queue[0][0] <= ts - window_s:
            old_ts, old_key = queue.popleft()
            if recent.get(old_key) == old_ts:
                del recent[old_key]
        key = (user, track)
        if key in recent:
            continue
        recent[key] = ts
        queue.append((ts, key))
        kept.append(i)
    return kept
