def ndcg_at_k(ranked: list[str], relevance: dict[str, float], k: int,
              gain: str = "linear") -> float:
    """Return NDCG@k of ``ranked`` against the graded judgments ``relevance``.

    DCG@k = sum over the first k slots (i from 0) of g(rel) / log2(i + 2), with
    g(rel) = rel ("linear") or 2**rel - 1 ("exponential") and rel = 0 for a
    track without a judgment. IDCG@k is the DCG of the k largest grades of ALL
    of ``relevance``. Return DCG / IDCG, or 0.0 when IDCG is 0. A repeated track
    in ``ranked``, an unknown gain, k < 1 or a negative, nan or infinite grade
    raises ValueError. Do not modify the inputs.
    """
    raise NotImplementedError
