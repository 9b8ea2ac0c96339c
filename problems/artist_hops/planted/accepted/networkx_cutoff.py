import networkx as nx


def artist_hops(adj, src, max_hops):
    """The library idiom: an undirected networkx Graph and
    single_source_shortest_path_length with cutoff=max_hops. O(V + E)."""
    if max_hops < 0:
        raise ValueError("max_hops must be >= 0")
    graph = nx.Graph()
    graph.add_node(src)
    for u, neighbours in adj.items():
        graph.add_node(u)
        for v in neighbours:
            graph.add_edge(u, v)
    return dict(nx.single_source_shortest_path_length(graph, src, cutoff=max_hops))
