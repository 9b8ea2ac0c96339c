import math


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """Correct but naive: one loop adds the DCG and the IDCG term of each
    position, and sorts all the grades again at every position to find the ideal
    grade there: O(k m log m) instead of O(m log k)."""
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

    dcg = idcg = 0.0
    for i in range(k):
        if i < len(ranked):
            dcg += g(relevance.get(ranked[i], 0)) / math.log2(i + 2)
        ideal = sorted(relevance.values(), reverse=True)
        if i < len(ideal):
            idcg += g(ideal[i]) / math.log2(i + 2)
        elif i >= len(ranked):
            break
    return dcg / idcg if idcg > 0 else 0.0
