import math


def dcg(grades):
    # natural log: the base cancels in DCG / IDCG, so ln is as good as log2
    return sum(g / math.log(i + 2) for i, g in enumerate(grades))


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """Correct: discounts with the natural log (log_b x = ln x / ln b, and the
    1 / ln 2 factor cancels in the ratio), sorts all the grades instead of
    keeping the k largest."""
    if k < 1:
        raise ValueError("k < 1")
    if gain == "linear":
        def g(rel):
            return rel
    elif gain == "exponential":
        def g(rel):
            return 2 ** rel - 1
    else:
        raise ValueError("bad gain")
    seen = set()
    for track in ranked:
        if track in seen:
            raise ValueError(f"{track} twice")
        seen.add(track)
    for rel in relevance.values():
        if math.isnan(rel) or math.isinf(rel) or rel < 0:
            raise ValueError("bad grade")
    actual = dcg([g(relevance.get(t, 0)) for t in ranked[:k]])
    best = dcg([g(r) for r in sorted(relevance.values(), reverse=True)[:k]])
    return actual / best if best > 0 else 0.0
