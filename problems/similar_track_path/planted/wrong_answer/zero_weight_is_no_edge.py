import heapq
import math


def similar_track_path(n, edges, src, dst):
    """Builds a weight matrix where 0 means "no edge", so zero-weight edges (perfectly
    similar tracks) are lost."""
    if n < 0 or not (0 <= src < n and 0 <= dst < n):
        raise ValueError("bad n, src or dst")
    weight = [[0.0] * n for _ in range(n)]
    for u, v, w in edges:
        if not (0 <= u < n and 0 <= v < n) or not 0 <= w <= 1:
            raise ValueError(f"bad edge {(u, v, w)}")
        if u != v and (weight[u][v] == 0 or w < weight[u][v]):
            weight[u][v] = weight[v][u] = w
    dist = [math.inf] * n
    parent = [-1] * n
    dist[src] = 0.0
    heap = [(0.0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v in range(n):
            w = weight[u][v]
            if w and d + w < dist[v]:
                dist[v] = d + w
                parent[v] = u
                heapq.heappush(heap, (d + w, v))
    if dist[dst] == math.inf:
        return math.inf, []
    path = [dst]
    while path[-1] != src:
        path.append(parent[path[-1]])
    return dist[dst], path[::-1]
