from collections import deque


def artist_hops(adj, src, max_hops):
    """Makes the relations mutual by appending the reverse entries to the
    caller's own lists: right distances, but it modifies its input."""
    if max_hops < 0:
        raise ValueError("max_hops must be >= 0")
    for u, neighbours in list(adj.items()):
        for v in list(neighbours):
            adj.setdefault(v, [])
            if u not in adj[v]:
                adj[v].append(u)
    dist = {src: 0}
    queue = deque([src])
    while queue:
        u = queue.popleft()
        if dist[u] == max_hops:
            continue
        for v in adj.get(u, []):
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist
