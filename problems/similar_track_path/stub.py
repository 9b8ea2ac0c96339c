def similar_track_path(n: int, edges: list[tuple[int, int, float]], src: int,
                       dst: int) -> tuple[float, list[int]]:
    """Return (distance, path) of the lightest path from track src to track dst.

    Tracks are the nodes 0..n-1; each edge (u, v, w) joins u and v both ways
    with weight w = 1 - similarity, in [0, 1]. Between two tracks joined by
    several edges the lightest counts; self-loops are ignored. An unreachable
    dst gives (math.inf, []); src == dst gives (0.0, [src]). Invalid
    arguments raise ValueError (see the statement). Do not modify ``edges``.
    """
    raise NotImplementedError
