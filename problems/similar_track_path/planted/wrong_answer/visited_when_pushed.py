import heapq
import math


def similar_track_path(n, edges, src, dst):
    """Marks a track final when it is pushed instead of when it is popped: a
    lighter path found later is never taken."""
    if n < 0 or not (0 <= src < n and 0 <= dst < n):
        raise ValueError("bad n, src or dst")
    adjacent = [[] for _ in range(n)]
    for u, v, w in edges:
        if not (0 <= u < n and 0 <= v < n) or not 0 <= w <= 1:
            raise ValueError(f"bad edge {(u, v, w)}")
        if u != v:
            adjacent[u].append((v, w))
            adjacent[v].append((u, w))
    dist = [math.inf] * n
    parent = [-1] * n
    seen = [False] * n
    dist[src] = 0.0
    seen[src] = True
    heap = [(0.0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        for v, w in adjacent[u]:
            if not seen[v]:
                seen[v] = True
                dist[v] = d + w
                parent[v] = u
                heapq.heappush(heap, (d + w, v))
    if dist[dst] == math.inf:
        return math.inf, []
    path = [dst]
    while path[-1] != src:
        path.append(parent[path[-1]])
    return dist[dst], path[::-1]
