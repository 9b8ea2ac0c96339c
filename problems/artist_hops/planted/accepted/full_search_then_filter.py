from collections import deque


def artist_hops(adj, src, max_hops):
    """Correct: copies every list into a fresh undirected dict of lists (both
    directions), searches the whole connected group without a cutoff, then
    keeps the artists within max_hops."""
    if max_hops < 0:
        raise ValueError("max_hops must be >= 0")
    graph = {u: list(vs) for u, vs in adj.items()}
    for u, neighbours in adj.items():
        for v in neighbours:
            graph.setdefault(v, []).append(u)
    dist = {src: 0}
    queue = deque([src])
    while queue:
        u = queue.popleft()
        for v in graph.get(u, ()):
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return {artist: d for artist, d in dist.items() if d <= max_hops}
