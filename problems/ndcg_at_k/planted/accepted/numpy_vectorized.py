import numpy as np


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """Correct, vectorized: the grades go into numpy arrays, the discounts are one
    np.log2 over the positions, and the ideal list is a full sort (O(m log m))."""
    if gain not in ("linear", "exponential"):
        raise ValueError(f"unknown gain {gain!r}")
    if k < 1:
        raise ValueError("k must be positive")
    if len(set(ranked)) < len(ranked):
        raise ValueError("duplicate track in ranked")
    grades = np.fromiter(relevance.values(), dtype=float, count=len(relevance))
    if not (np.isfinite(grades).all() and (grades >= 0).all()):
        raise ValueError("grades must be finite and non-negative")
    top = np.array([relevance.get(t, 0.0) for t in ranked[:k]], dtype=float)
    ideal = -np.sort(-grades)[:k]
    if gain == "exponential":
        top, ideal = np.exp2(top) - 1, np.exp2(ideal) - 1
    idcg = float((ideal / np.log2(np.arange(len(ideal)) + 2)).sum())
    if idcg == 0:
        return 0.0
    return float((top / np.log2(np.arange(len(top)) + 2)).sum()) / idcg
