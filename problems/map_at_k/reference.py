def map_at_k(recs: dict[str, list[str]], relevant: dict[str, set[str]], k: int) -> float:
    """Mean over the listeners with a non-empty set of AP@k.

    One pass down the first k slots keeps the running number of hits, so the
    precision at a hit's depth is hits / i at no extra cost; a set of the
    tracks already found makes a repeat count only at its first position.
    Dividing by min(|set|, k), the most hits k slots can hold, lets a perfect
    list score 1.0 even when the listener played more than k tracks.
    O(k) per listener, O(users * k) in all.
    """
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    total = 0.0
    users = 0
    for user, played in relevant.items():
        if not played:
            continue  # nothing to find: the user says nothing about the recommender
        found: set[str] = set()
        precision_sum = 0.0
        for i, track in enumerate(recs.get(user, [])[:k], start=1):
            if track in played and track not in found:
                found.add(track)
                precision_sum += len(found) / i  # precision at depth i
        total += precision_sum / min(len(played), k)
        users += 1
    if users == 0:
        raise ValueError("no listener has a non-empty relevant set")
    return total / users
