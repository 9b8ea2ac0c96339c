import math


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """Loops i over range(k) and reads ranked[i]: IndexError when the ranking is
    shorter than k."""
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

    ideal = sorted(relevance.values(), reverse=True)
    dcg = idcg = 0.0
    for i in range(k):
        dcg += g(relevance.get(ranked[i], 0)) / math.log2(i + 2)
        if i < len(ideal):
            idcg += g(ideal[i]) / math.log2(i + 2)
    return dcg / idcg if idcg > 0 else 0.0
