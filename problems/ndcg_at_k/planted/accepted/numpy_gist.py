import numpy as np


def dcg_at_k(r, k):
    """The widely copied numpy DCG: r[:k] over np.log2(np.arange(2, size + 2))."""
    r = np.asarray(r, dtype=float)[:k]
    if r.size == 0:
        return 0.0
    return float(np.sum(r / np.log2(np.arange(2, r.size + 2))))


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """The numpy gist idiom (dcg_at_k / dcg_at_k of the sorted gains), the whole
    list of gains built first and the ideal list by sorted(..., reverse=True)."""
    if gain not in ("linear", "exponential"):
        raise ValueError("unknown gain")
    if k < 1:
        raise ValueError("k must be >= 1")
    if len(set(ranked)) != len(ranked):
        raise ValueError("duplicate track in ranked")
    values = np.array(list(relevance.values()), dtype=float)
    if values.size and not (np.isfinite(values).all() and (values >= 0).all()):
        raise ValueError("relevance must be finite and >= 0")
    r = [relevance.get(track, 0.0) for track in ranked]
    ideal = sorted(relevance.values(), reverse=True)
    if gain == "exponential":
        r = np.exp2(np.asarray(r, dtype=float)) - 1
        ideal = np.exp2(np.asarray(ideal, dtype=float)) - 1
    best = dcg_at_k(ideal, k)
    if not best:
        return 0.0
    return dcg_at_k(r, k) / best
