import heapq
import math

GAINS = {
    "linear": lambda rel: rel,
    "exponential": lambda rel: 2.0 ** rel - 1.0,
}


def ndcg_at_k(ranked: list[str], relevance: dict[str, float], k: int,
              gain: str = "linear") -> float:
    """DCG of the first k slots divided by the DCG of the best possible k slots.

    The ideal ranking is built from ALL judged tracks (heapq.nlargest keeps the
    k largest relevance values), so a relevant track the recommender failed to
    retrieve still lowers the score. A set finds duplicates in O(n).
    O(n + m log k) for n ranked and m judged tracks; O(n + m log m) when k ~ m.
    """
    if gain not in GAINS:
        raise ValueError(f"unknown gain {gain!r}: use 'linear' or 'exponential'")
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    if len(set(ranked)) != len(ranked):
        raise ValueError("a track appears twice in ranked")
    if not all(0.0 <= rel < math.inf for rel in relevance.values()):  # also rejects NaN
        raise ValueError("relevance values must be finite and >= 0")
    g = GAINS[gain]
    dcg = sum(g(relevance.get(track, 0.0)) / math.log2(i + 2)
              for i, track in enumerate(ranked[:k]))
    idcg = sum(g(rel) / math.log2(i + 2)
               for i, rel in enumerate(heapq.nlargest(k, relevance.values())))
    return dcg / idcg if idcg > 0.0 else 0.0
