def trending_topk(events: list[tuple[int, str]], queries: list[int], window_s: int,
                  k: int) -> list[list[str]]:
    """Return, for every query time t, the k most played tracks in the window.

    events are (ts, track) pairs sorted by ts; queries are times sorted
    ascending. At query t the window holds the events with
    t - window_s < ts <= t. Each answer lists up to k tracks with count > 0,
    ordered by (-count, id). A negative window_s or k raises ValueError.
    ``events`` and ``queries`` must not be modified.
    """
    raise NotImplementedError
