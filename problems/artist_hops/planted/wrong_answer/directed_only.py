from collections import deque


def artist_hops(adj, src, max_hops):
    """Classic mistake: follows each list one way only, so a relation listed on
    the other side (v lists u, u does not list v) is never walked from u."""
    if max_hops < 0:
        raise ValueError("max_hops must be >= 0")
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
