from collections import defaultdict, deque


def artist_hops(adj, src, max_hops):
    """The textbook BFS (CLRS 22.2) as most tutorials write it: an undirected
    defaultdict(list) adjacency, a visited set, and a deque of (artist, hops)
    pairs. O(V + E)."""
    if max_hops < 0:
        raise ValueError("max_hops must be >= 0")
    graph = defaultdict(list)
    for u, neighbours in adj.items():
        for v in neighbours:
            graph[u].append(v)
            graph[v].append(u)
    visited = {src}
    result = {}
    queue = deque([(src, 0)])
    while queue:
        artist, hops = queue.popleft()
        result[artist] = hops
        if hops == max_hops:
            continue
        for other in graph[artist]:
            if other not in visited:
                visited.add(other)
                queue.append((other, hops + 1))
    return result
