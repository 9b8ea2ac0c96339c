def sessionize(events: list[tuple[str, int]], gap_s: int = 1800) -> list[int]:
    """Group the events by user as (ts, index) pairs, sort each user's pairs,
    then walk the users in id order, starting a new session at a user's first
    event and after every gap > gap_s.

    Sessions never span users, and within a user they follow each other in
    time, so walking users in ascending id order and each user's events in
    time order meets the sessions exactly in (user, first timestamp) order: a
    running counter numbers them. The sorts dominate: O(n log n) time, O(n)
    memory. Equal timestamps are in the same session whatever their order,
    since a gap of 0 never exceeds gap_s.
    """
    if gap_s < 0:
        raise ValueError(f"gap_s must be >= 0, got {gap_s}")
    by_user: dict[str, list[tuple[int, int]]] = {}
    for i, (user, ts) in enumerate(events):
        by_user.setdefault(user, []).append((ts, i))
    ids = [0] * len(events)
    session = -1
    for user in sorted(by_user):
        previous = None
        for ts, i in sorted(by_user[user]):
            if previous is None or ts - previous > gap_s:
                session += 1
            ids[i] = session
            previous = ts
    return ids
