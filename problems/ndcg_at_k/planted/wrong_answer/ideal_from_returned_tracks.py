import math


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """Builds the ideal list from the grades of the RETURNED tracks only: a
    relevant track the system failed to return no longer counts against it."""
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

    grades = [relevance.get(t, 0) for t in ranked]
    dcg = sum(g(r) / math.log2(i + 2) for i, r in enumerate(grades[:k]))
    ideal = sorted(grades, reverse=True)[:k]
    idcg = sum(g(r) / math.log2(i + 2) for i, r in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0
