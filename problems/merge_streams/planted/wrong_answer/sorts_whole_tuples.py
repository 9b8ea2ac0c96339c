def merge_streams(streams):
    """Sorts everything without a key: whole-tuple comparison breaks timestamp ties
    by event id, even inside one stream."""
    events = []
    for stream in streams:
        events.extend(stream)
    return sorted(events)
