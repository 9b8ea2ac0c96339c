import heapq
import math


def similar_track_path(n, edges, src, dst):
    """Builds the adjacency as a dict of dicts: a later parallel edge overwrites an
    earlier one, so the last listed edge counts instead of the lightest."""
    if n < 0 or not (0 <= src < n and 0 <= dst < n):
        raise ValueError("bad n, src or dst")
    adjacent = [{} for _ in range(n)]
    for u, v, w in edges:
        if not (0 <= u < n and 0 <= v < n) or not 0 <= w <= 1:
            raise ValueError(f"bad edge {(u, v, w)}")
        if u != v:
            adjacent[u][v] = w
            adjacent[v][u] = w
    dist = [math.inf] * n
    parent = [-1] * n
    dist[src] = 0.0
    heap = [(0.0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adjacent[u].items():
            if d + w < dist[v]:
                dist[v] = d + w
                parent[v] = u
                heapq.heappush(heap, (d + w, v))
    if dist[dst] == math.inf:
        return math.inf, []
    path = [dst]
    while path[-1] != src:
        path.append(parent[path[-1]])
    return dist[dst], path[::-1]
