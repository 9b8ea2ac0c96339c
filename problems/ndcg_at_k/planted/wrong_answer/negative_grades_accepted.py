import math


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """Never validates the grades: a negative, nan or infinite grade is scored
    (NDCG outside [0, 1], or nan) instead of raising ValueError."""
    if gain not in ("linear", "exponential"):
        raise ValueError("unknown gain")
    if k < 1:
        raise ValueError("k < 1")
    if len(set(ranked)) != len(ranked):
        raise ValueError("duplicate")

    def g(rel):
        return rel if gain == "linear" else 2 ** rel - 1

    dcg = sum(g(relevance.get(t, 0)) / math.log2(i + 2) for i, t in enumerate(ranked[:k]))
    ideal = sorted(relevance.values(), reverse=True)[:k]
    idcg = sum(g(r) / math.log2(i + 2) for i, r in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0
