def precision_recall_at_k(recs: dict[str, list[str]], relevant: dict[str, set[str]],
                          k: int) -> tuple[float, float]:
    """Macro-averaged precision@k and recall@k over the listeners who have
    something to find.

    Loop over ``relevant`` (not over ``recs``): a listener without a list still
    counts, with no hits, and a listener with an empty played set is skipped.
    ``set.intersection`` of the played set with the first k recommendations
    hashes each of those k ids once and keeps each track once, so a duplicate
    recommendation cannot count twice. O(k) per listener, O(users * k) in all.
    """
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    precision = recall = 0.0
    users = 0
    for user, played in relevant.items():
        if not played:
            continue  # nothing to find: the user says nothing about the recommender
        hits = len(played.intersection(recs.get(user, [])[:k]))
        precision += hits / k  # k slots were shown, even when the list was shorter
        recall += hits / len(played)
        users += 1
    if users == 0:
        raise ValueError("no listener has a non-empty relevant set")
    return precision / users, recall / users
