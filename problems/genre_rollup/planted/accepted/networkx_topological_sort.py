import networkx as nx


def genre_rollup(parent, plays):
    """The library idiom: a networkx DiGraph with an edge from each genre to
    its parent; topological_sort lists children before parents (and raises
    NetworkXUnfeasible on a cycle), so one pass in that order hands every
    total up. O(n)."""
    graph = nx.DiGraph()
    graph.add_nodes_from(parent)
    graph.add_nodes_from(plays)
    graph.add_edges_from((genre, up) for genre, up in parent.items() if up is not None)
    try:
        order = list(nx.topological_sort(graph))
    except nx.NetworkXUnfeasible:
        raise ValueError("the genres have a cycle") from None
    totals = {genre: plays.get(genre, 0) for genre in order}
    for genre in order:
        up = parent.get(genre)
        if up is not None:
            totals[up] += totals[genre]
    return totals
