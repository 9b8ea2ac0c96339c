def dedupe_replays(events: list[tuple[int, str, str]], window_s: int) -> list[int]:
    """Return the indices of the events that are kept, in ascending order.

    events are (ts, user, track) tuples sorted by ts. An event is dropped when
    the same (user, track) has a KEPT event with kept_ts > ts - window_s.
    A negative window_s raises ValueError. Do not modify ``events``.
    """
    raise NotImplementedError
