from collections import deque


def artist_hops(adj, src, max_hops):
    """Off by one: expands artists at distance max_hops too, so artists
    max_hops + 1 hops away come back as well."""
    if max_hops < 0:
        raise ValueError("max_hops must be >= 0")
    graph = {}
    for u, neighbours in adj.items():
        for v in neighbours:
            graph.setdefault(u, []).append(v)
            graph.setdefault(v, []).append(u)
    dist = {src: 0}
    queue = deque([src])
    while queue:
        u = queue.popleft()
        if dist[u] > max_hops:
            continue
        for v in graph.get(u, []):
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist
