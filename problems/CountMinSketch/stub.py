from collections.abc import Iterable


class CountMinSketch:
    """A count-min sketch: depth rows of width counters, one hash function per row.

    The hash functions depend only on (width, depth, seed): the same in every
    process (no builtin hash), independent from row to row. width or depth
    below 1 raises ValueError.
    """

    def __init__(self, width: int, depth: int, seed: int = 0) -> None:
        raise NotImplementedError

    def add(self, item: str, count: int = 1) -> None:
        """Count ``count`` more plays of ``item`` (a negative count raises ValueError)."""
        raise NotImplementedError

    def estimate(self, item: str) -> int:
        """The minimum over the rows of the item's counters: never below its true count."""
        raise NotImplementedError

    def merge(self, other: "CountMinSketch") -> None:
        """Add ``other``'s counters into this sketch, in place (returns None).

        A sketch of another width, depth or seed raises ValueError.
        """
        raise NotImplementedError


def heavy_hitters(stream: Iterable[str], phi: float, width: int, depth: int,
                  seed: int = 0) -> set[str]:
    """The items played more than phi * N times in ``stream`` (N plays in all), found in
    one pass with CountMinSketch(width, depth, seed). phi outside (0, 1] raises ValueError.
    """
    raise NotImplementedError
