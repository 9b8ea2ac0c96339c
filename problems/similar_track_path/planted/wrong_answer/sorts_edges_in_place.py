import heapq
import math


def similar_track_path(n, edges, src, dst):
    """Sorts the caller's edge list by weight so that the first parallel edge kept
    is the lightest: right answers, but it modifies its input."""
    if n < 0 or not (0 <= src < n and 0 <= dst < n):
        raise ValueError("bad n, src or dst")
    edges.sort(key=lambda edge: edge[2])
    adjacent = [{} for _ in range(n)]
    for u, v, w in edges:
        if not (0 <= u < n and 0 <= v < n) or not 0 <= w <= 1:
            raise ValueError(f"bad edge {(u, v, w)}")
        if u != v:
            adjacent[u].setdefault(v, w)
            adjacent[v].setdefault(u, w)
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
