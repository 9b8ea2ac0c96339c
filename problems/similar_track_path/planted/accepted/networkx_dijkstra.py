import math

import networkx as nx


def similar_track_path(n, edges, src, dst):
    """The library idiom: a networkx Graph that keeps the lightest of parallel
    edges, then nx.single_source_dijkstra(graph, src, dst), which returns the
    distance and a path. O((n + m) log n)."""
    if n < 0 or not (0 <= src < n and 0 <= dst < n):
        raise ValueError("bad n, src or dst")
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    for u, v, w in edges:
        if not (0 <= u < n and 0 <= v < n) or not 0 <= w <= 1:
            raise ValueError(f"bad edge {(u, v, w)}")
        if u == v:
            continue
        if not graph.has_edge(u, v) or w < graph[u][v]["weight"]:
            graph.add_edge(u, v, weight=w)
    try:
        distance, path = nx.single_source_dijkstra(graph, src, dst)
    except nx.NetworkXNoPath:
        return math.inf, []
    return float(distance), path
