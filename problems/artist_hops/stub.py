def artist_hops(adj: dict[str, list[str]], src: str, max_hops: int) -> dict[str, int]:
    """Return {artist: hops from src} for every artist within max_hops hops of src.

    ``adj`` maps an artist to the artists it is related to; a relation is
    mutual even when only one side lists it. src is always in the result at 0.
    A negative max_hops raises ValueError. ``adj`` must not be modified.
    """
    raise NotImplementedError
