import math


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """Cuts the ideal list to the length of the returned list instead of k: a
    ranking shorter than k is compared with a shorter ideal and looks perfect."""
    if gain not in ("linear", "exponential"):
        raise ValueError("unknown gain")
    if k < 1:
        raise ValueError("k < 1")
    if len(set(ranked)) != len(ranked):
        raise ValueError("duplicate")
    if any(not 0 <= r < math.inf for r in relevance.values()):
        raise ValueError("bad grade")

    def g(rel):
        return rel if gain == "linear" else 2 ** rel - 1

    top = ranked[:k]
    dcg = sum(g(relevance.get(t, 0)) / math.log2(i + 2) for i, t in enumerate(top))
    ideal = sorted(relevance.values(), reverse=True)[:len(top)]
    idcg = sum(g(r) / math.log2(i + 2) for i, r in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0
