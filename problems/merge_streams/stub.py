def merge_streams(streams: list[list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """Merge event streams, each sorted by timestamp, into one list sorted by timestamp.

    Events are (timestamp, event_id) tuples. Equal timestamps keep the event of
    the lower stream index first, then the order within its stream. Return a
    list (not a generator). ``streams`` must not be modified.
    """
    raise NotImplementedError
