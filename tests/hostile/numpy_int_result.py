"""Expected: Wrong Answer on artist_hops (distances are numpy.int64, not int)."""
from collections import deque

import numpy as np


def artist_hops(adj, src, max_hops):
    if max_hops < 0:
        raise ValueError("negative max_hops")
    graph = {}
    for a, friends in adj.items():
        for b in friends:
            graph.setdefault(a, set()).add(b)
            graph.setdefault(b, set()).add(a)
    dist = {src: np.int64(0)}
    queue = deque([src])
    while queue:
        node = queue.popleft()
        if dist[node] == max_hops:
            continue
        for nxt in graph.get(node, ()):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist
