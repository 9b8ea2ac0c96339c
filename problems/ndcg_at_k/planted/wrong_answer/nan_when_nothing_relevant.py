import numpy as np


def ndcg_at_k(ranked, relevance, k, gain="linear"):
    """Divides DCG by IDCG with numpy even when the IDCG is 0: 0 / 0 gives nan
    (with a RuntimeWarning) instead of 0.0."""
    if gain not in ("linear", "exponential"):
        raise ValueError("unknown gain")
    if k < 1:
        raise ValueError("k < 1")
    if len(set(ranked)) != len(ranked):
        raise ValueError("duplicate")
    grades = np.array(list(relevance.values()), dtype=float)
    if not (np.isfinite(grades).all() and (grades >= 0).all()):
        raise ValueError("bad grade")
    top = np.array([relevance.get(t, 0) for t in ranked[:k]], dtype=float)
    ideal = np.sort(grades)[::-1][:k]
    if gain == "exponential":
        top, ideal = 2 ** top - 1, 2 ** ideal - 1
    dcg = (top / np.log2(np.arange(2, len(top) + 2))).sum()
    idcg = (ideal / np.log2(np.arange(2, len(ideal) + 2))).sum()
    with np.errstate(invalid="ignore"):
        return float(dcg / idcg)
