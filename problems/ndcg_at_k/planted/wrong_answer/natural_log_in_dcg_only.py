import math


def ideal_dcg(grades, k, g):
    return sum(g(r) / math.log2(i + 2) for i, r in enumerate(sorted(grades, reverse=True)[:k]))


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """Uses the natural log for the DCG but log2 (in a helper) for the IDCG: the
    base cancels only when both use the same one."""
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

    dcg = sum(g(relevance.get(t, 0)) / math.log(i + 2) for i, t in enumerate(ranked[:k]))
    idcg = ideal_dcg(relevance.values(), k, g)
    return dcg / idcg if idcg > 0 else 0.0
