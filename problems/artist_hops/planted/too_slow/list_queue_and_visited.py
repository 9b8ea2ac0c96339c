def artist_hops(adj, src, max_hops):
    """Correct but naive: a list as the queue (pop(0) shifts it, O(V)) and a list
    of visited artists (`in` scans it, O(V)): O(V * (V + E)) instead of O(V + E)."""
    if max_hops < 0:
        raise ValueError("max_hops must be >= 0")
    graph = {}
    for u, neighbours in adj.items():
        for v in neighbours:
            graph.setdefault(u, []).append(v)
            graph.setdefault(v, []).append(u)
    visited = [src]
    dist = {src: 0}
    queue = [src]
    while queue:
        u = queue.pop(0)
        if dist[u] == max_hops:
            continue
        for v in graph.get(u, []):
            if v not in visited:
                visited.append(v)
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist
