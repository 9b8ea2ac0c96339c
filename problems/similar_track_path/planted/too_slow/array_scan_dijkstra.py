import math


def similar_track_path(n, edges, src, dst):
    """Correct but naive: Dijkstra that finds the next track by scanning an
    array of all n distances each step, O(n^2 + m), instead of a heap."""
    if n < 0:
        raise ValueError("n must be >= 0")
    if not (0 <= src < n and 0 <= dst < n):
        raise ValueError("src and dst must be in 0..n-1")
    adjacent = [[] for _ in range(n)]
    for u, v, w in edges:
        if not (0 <= u < n and 0 <= v < n) or not 0.0 <= w <= 1.0:
            raise ValueError("bad edge")
        if u != v:
            adjacent[u].append((v, w))
            adjacent[v].append((u, w))
    dist = [math.inf] * n
    parent = [-1] * n
    done = [False] * n
    dist[src] = 0.0
    for _ in range(n):
        u, best = -1, math.inf
        for i in range(n):
            if not done[i] and dist[i] < best:
                u, best = i, dist[i]
        if u == -1 or u == dst:
            break
        done[u] = True
        for v, w in adjacent[u]:
            if best + w < dist[v]:
                dist[v] = best + w
                parent[v] = u
    if dist[dst] == math.inf:
        return math.inf, []
    path = [dst]
    while path[-1] != src:
        path.append(parent[path[-1]])
    return dist[dst], path[::-1]
