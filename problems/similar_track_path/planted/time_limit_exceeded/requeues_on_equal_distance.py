from collections import deque
import math


def similar_track_path(n, edges, src, dst):
    """Queue-based relaxation (SPFA) that re-queues a track when a path is merely as
    light (<=, not <): a zero-weight edge or self-loop makes it loop forever."""
    if n < 0 or not (0 <= src < n and 0 <= dst < n):
        raise ValueError("bad n, src or dst")
    adjacent = [[] for _ in range(n)]
    for u, v, w in edges:
        if not (0 <= u < n and 0 <= v < n) or not 0 <= w <= 1:
            raise ValueError(f"bad edge {(u, v, w)}")
        adjacent[u].append((v, w))
        adjacent[v].append((u, w))
    dist = [math.inf] * n
    parent = [-1] * n
    dist[src] = 0.0
    queue = deque([src])
    while queue:
        u = queue.popleft()
        for v, w in adjacent[u]:
            if dist[u] + w <= dist[v]:
                dist[v] = dist[u] + w
                if v != u:
                    parent[v] = u
                queue.append(v)
    if dist[dst] == math.inf:
        return math.inf, []
    path = [dst]
    while path[-1] != src:
        path.append(parent[path[-1]])
    return dist[dst], path[::-1]
