import heapq
import math


def similar_track_path(n, edges, src, dst):
    """Stops as soon as dst is first reached by a relaxation, not when it is popped
    from the heap: a lighter path through later tracks is missed."""
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
    dist[src] = 0.0
    heap = [(0.0, src)]
    while heap and dist[dst] == math.inf:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
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
    return dist[dst], path[::-1]
