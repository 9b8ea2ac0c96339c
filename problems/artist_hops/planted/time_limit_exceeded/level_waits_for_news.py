def artist_hops(adj, src, max_hops):
    """Level by level, but the hop counter only moves on when the level found
    new artists: once the group is exhausted before max_hops, it loops forever."""
    if max_hops < 0:
        raise ValueError("max_hops must be >= 0")
    graph = {}
    for u, neighbours in adj.items():
        for v in neighbours:
            graph.setdefault(u, []).append(v)
            graph.setdefault(v, []).append(u)
    dist = {src: 0}
    frontier = [src]
    hops = 0
    while hops < max_hops:
        following = []
        for u in frontier:
            for v in graph.get(u, []):
                if v not in dist:
                    dist[v] = hops + 1
                    following.append(v)
        if following:
            frontier = following
            hops += 1
    return dist
