from collections import deque


def artist_hops(adj, src, max_hops):
    """Treats a src that appears nowhere in adj as unknown and returns {},
    instead of {src: 0}."""
    if max_hops < 0:
        raise ValueError("max_hops must be >= 0")
    graph = {}
    for u, neighbours in adj.items():
        graph.setdefault(u, [])
        for v in neighbours:
            graph[u].append(v)
            graph.setdefault(v, []).append(u)
    if src not in graph:
        return {}
    dist = {src: 0}
    queue = deque([src])
    while queue:
        u = queue.popleft()
        if dist[u] == max_hops:
            continue
        for v in graph[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist
