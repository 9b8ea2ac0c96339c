def artist_hops(adj, src, max_hops):
    """Uses a stack (list.pop()) instead of a queue: a depth-first search records
    the hops of the first route it finds, not the fewest, and then cuts off
    artists that are really within reach."""
    if max_hops < 0:
        raise ValueError("max_hops must be >= 0")
    graph = {}
    for u, neighbours in adj.items():
        for v in neighbours:
            graph.setdefault(u, []).append(v)
            graph.setdefault(v, []).append(u)
    dist = {src: 0}
    stack = [src]
    while stack:
        u = stack.pop()
        if dist[u] == max_hops:
            continue
        for v in graph.get(u, []):
            if v not in dist:
                dist[v] = dist[u] + 1
                stack.append(v)
    return dist
