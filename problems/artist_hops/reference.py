from collections import deque


def artist_hops(adj: dict[str, list[str]], src: str, max_hops: int) -> dict[str, int]:
    """Breadth-first search from src, stopping at max_hops.

    A listing u -> v is an edge both ways, so each artist's neighbours are the
    ones it lists plus the ones that list it (a reverse index built in one
    pass). BFS settles artists in order of distance: the first time an artist
    is seen is by a shortest route, so it is recorded then and never again.
    Artists at distance max_hops are recorded but not expanded. Self-loops and
    duplicate neighbours need no special case (the artist is already seen).
    O(V + E) time and memory.
    """
    if max_hops < 0:
        raise ValueError(f"max_hops must be >= 0, got {max_hops}")
    listed_by: dict[str, list[str]] = {}
    for artist, neighbours in adj.items():
        for other in neighbours:
            listed_by.setdefault(other, []).append(artist)

    dist = {src: 0}
    queue = deque([src])
    while queue:
        artist = queue.popleft()
        d = dist[artist]
        if d == max_hops:
            continue  # at the edge of the radius: do not go further
        for neighbours in (adj.get(artist, ()), listed_by.get(artist, ())):
            for other in neighbours:
                if other not in dist:
                    dist[other] = d + 1
                    queue.append(other)
    return dist
