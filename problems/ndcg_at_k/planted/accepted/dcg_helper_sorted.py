import math


def dcg_at_k(gains, k):
    """DCG of the first k gains, the textbook formula sum g_i / log2(i + 1), i 1-based."""
    return sum(g / math.log2(i + 1) for i, g in enumerate(gains[:k], start=1))


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """The textbook NDCG (Manning, Raghavan and Schuetze, ch. 8 style): a
    dcg_at_k helper, the ideal list from sorted(..., reverse=True), and the
    duplicate check as len(set(ranked)) != len(ranked). O(n + m log m)."""
    if gain not in ("linear", "exponential"):
        raise ValueError("unknown gain")
    if k < 1:
        raise ValueError("k must be >= 1")
    if len(set(ranked)) != len(ranked):
        raise ValueError("duplicate track in ranked")
    for rel in relevance.values():
        if not (0 <= rel < float("inf")):
            raise ValueError("relevance must be finite and >= 0")
    if gain == "linear":
        transform = lambda rel: rel  # noqa: E731
    else:
        transform = lambda rel: 2 ** rel - 1  # noqa: E731
    gains = [transform(relevance.get(track, 0)) for track in ranked]
    ideal = [transform(rel) for rel in sorted(relevance.values(), reverse=True)]
    best = dcg_at_k(ideal, k)
    if best == 0:
        return 0.0
    return dcg_at_k(gains, k) / best
