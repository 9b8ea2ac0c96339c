import math


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """Writes the discount as log2(i + 1) with i counting from 0: the first slot
    divides by log2(1) = 0 and raises ZeroDivisionError."""
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

    dcg = sum(g(relevance.get(t, 0)) / math.log2(i + 1) for i, t in enumerate(ranked[:k]))
    ideal = sorted(relevance.values(), reverse=True)[:k]
    idcg = sum(g(r) / math.log2(i + 1) for i, r in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0
