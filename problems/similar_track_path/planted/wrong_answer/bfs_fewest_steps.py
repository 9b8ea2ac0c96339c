from collections import deque
import math


def similar_track_path(n, edges, src, dst):
    """Classic mistake: breadth-first search finds the path with the fewest steps,
    not the lightest one (weights are ignored while searching)."""
    if n < 0 or not (0 <= src < n and 0 <= dst < n):
        raise ValueError("bad n, src or dst")
    adjacent = [{} for _ in range(n)]
    for u, v, w in edges:
        if not (0 <= u < n and 0 <= v < n) or not 0 <= w <= 1:
            raise ValueError(f"bad edge {(u, v, w)}")
        if u != v:
            adjacent[u][v] = min(w, adjacent[u].get(v, math.inf))
            adjacent[v][u] = min(w, adjacent[v].get(u, math.inf))
    parent = {src: None}
    queue = deque([src])
    while queue:
        u = queue.popleft()
        for v in adjacent[u]:
            if v not in parent:
                parent[v] = u
                queue.append(v)
    if dst not in parent:
        return math.inf, []
    path = [dst]
    while parent[path[-1]] is not None:
        path.append(parent[path[-1]])
    path.reverse()
    return float(sum(adjacent[a][b] for a, b in zip(path, path[1:]))), path
