import math


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """Correct but naive: builds the ideal list by taking max() of the remaining
    grades and removing it, k times: O(k m) instead of O(m log k)."""
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

    dcg = sum(g(relevance.get(t, 0)) / math.log2(i + 2) for i, t in enumerate(ranked[:k]))
    remaining = list(relevance.values())
    idcg = 0.0
    for i in range(min(k, len(remaining))):
        best = max(remaining)
        remaining.remove(best)
        idcg += g(best) / math.log2(i + 2)
    return dcg / idcg if idcg > 0 else 0.0
