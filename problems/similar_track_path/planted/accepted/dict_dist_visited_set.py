import heapq
import math
from collections import defaultdict


def similar_track_path(n, edges, src, dst):
    """The textbook Dijkstra (CLRS 24.3 with a binary heap, as most tutorials
    write it): a defaultdict(list) adjacency, a dict of distances, a visited
    set, a dict of predecessors, and a heap with lazy deletion.
    O((n + m) log n)."""
    if n < 0 or not (0 <= src < n and 0 <= dst < n):
        raise ValueError("bad n, src or dst")
    graph = defaultdict(list)
    for u, v, w in edges:
        if not (0 <= u < n and 0 <= v < n) or not 0 <= w <= 1:
            raise ValueError(f"bad edge {(u, v, w)}")
        if u != v:
            graph[u].append((v, w))
            graph[v].append((u, w))
    dist = {src: 0.0}
    previous = {}
    visited = set()
    heap = [(0.0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if u in visited:
            continue
        visited.add(u)
        if u == dst:
            break
        for v, w in graph[u]:
            if v not in visited and d + w < dist.get(v, math.inf):
                dist[v] = d + w
                previous[v] = u
                heapq.heappush(heap, (d + w, v))
    if dst not in visited:
        return math.inf, []
    path = [dst]
    while path[-1] != src:
        path.append(previous[path[-1]])
    path.reverse()
    return dist[dst], path
