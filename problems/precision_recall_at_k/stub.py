def precision_recall_at_k(recs: dict[str, list[str]], relevant: dict[str, set[str]],
                          k: int) -> tuple[float, float]:
    """Return (mean precision@k, mean recall@k) over the listeners of ``relevant``
    whose set is not empty.

    For each such listener take the first k tracks of ``recs.get(user, [])`` and
    count the distinct ones that are in the listener's set (the hits):
    precision@k = hits / k (k even when the list is shorter), recall@k =
    hits / len(set). Average each over those listeners (every listener weighs
    the same). k < 1, or no listener with a non-empty set, raises ValueError.
    Do not modify the inputs.
    """
    raise NotImplementedError
