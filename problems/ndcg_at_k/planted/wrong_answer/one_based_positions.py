import math


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """Counts positions from 1 but keeps log2(i + 2): the first slot is divided by
    log2(3) instead of log2(2) = 1, so every discount is off by one place."""
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

    dcg = sum(g(relevance.get(t, 0)) / math.log2(i + 2)
              for i, t in enumerate(ranked[:k], start=1))
    ideal = sorted(relevance.values(), reverse=True)[:k]
    idcg = sum(g(r) / math.log2(i + 2) for i, r in enumerate(ideal, start=1))
    return dcg / idcg if idcg > 0 else 0.0
