import heapq
import math


def similar_track_path(n: int, edges: list[tuple[int, int, float]], src: int,
                       dst: int) -> tuple[float, list[int]]:
    """Dijkstra with a binary heap and a parent array; stale heap entries are
    skipped when popped (lazy deletion). Parallel edges all go in the adjacency
    lists, so relaxation keeps the lightest; self-loops are left out.
    O((n + m) log n) time, O(n + m) memory."""
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    if not (0 <= src < n and 0 <= dst < n):
        raise ValueError(f"src and dst must be in 0..n-1, got {src} and {dst}")
    adjacent: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for u, v, w in edges:
        if not (0 <= u < n and 0 <= v < n):
            raise ValueError(f"edge {(u, v, w)} has an endpoint outside 0..n-1")
        if not 0.0 <= w <= 1.0:  # also rejects NaN
            raise ValueError(f"edge {(u, v, w)} has a weight outside [0, 1]")
        if u != v:
            adjacent[u].append((v, float(w)))
            adjacent[v].append((u, float(w)))

    dist = [math.inf] * n
    parent = [-1] * n
    dist[src] = 0.0
    heap = [(0.0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue  # stale: u was reached more cheaply since this was pushed
        if u == dst:
            break
        for v, w in adjacent[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                parent[v] = u
                heapq.heappush(heap, (d + w, v))

    if dist[dst] == math.inf:
        return math.inf, []
    path = [dst]
    while path[-1] != src:
        path.append(parent[path[-1]])
    path.reverse()
    return dist[dst], path
