class LRUTrackCache:
    """A cache of at most ``capacity`` tracks' audio, evicting the least recently used.

    get and put both make a track the most recently used; capacity < 1 raises
    ValueError.
    """

    def __init__(self, capacity: int) -> None:
        raise NotImplementedError

    def get(self, track_id: str) -> bytes | None:
        raise NotImplementedError

    def put(self, track_id: str, audio: bytes) -> None:
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError
