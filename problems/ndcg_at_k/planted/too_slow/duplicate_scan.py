import heapq
import math


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """Correct but naive: checks for repeats with `track in ranked[:i]`, a scan of
    the list before each track: O(n^2) for a ranking of n tracks."""
    if gain not in ("linear", "exponential"):
        raise ValueError("unknown gain")
    if k < 1:
        raise ValueError("k < 1")
    for i, track in enumerate(ranked):
        if track in ranked[:i]:
            raise ValueError(f"{track!r} appears twice")
    if any(not 0 <= r < math.inf for r in relevance.values()):
        raise ValueError("bad grade")

    def g(rel):
        return rel if gain == "linear" else 2 ** rel - 1

    dcg = sum(g(relevance.get(t, 0)) / math.log2(i + 2) for i, t in enumerate(ranked[:k]))
    ideal = heapq.nlargest(k, relevance.values())
    idcg = sum(g(r) / math.log2(i + 2) for i, r in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0
