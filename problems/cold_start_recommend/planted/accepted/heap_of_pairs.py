import heapq


def cold_start_recommend(user, history, cf_scores, signup_genres, track_genre, popularity,
                         n, min_history=5):
    """Each tier is a lazily built stream of (-score, track) pairs, so that
    heapq.nsmallest needs no key function: the pair order is exactly
    (-score, id). Tiers are consumed in order while places are free."""
    if n < 0 or min_history < 0:
        raise ValueError("negative n or min_history")
    heard = set(history.get(user, []))
    mine = cf_scores.get(user, {})
    genres = set(signup_genres.get(user, []))
    tiers = []
    if len(heard) >= min_history:
        tiers.append(lambda: ((-s, t) for t, s in mine.items() if s > 0))
    tiers.append(lambda: ((-p, t) for t, p in popularity.items()
                          if t in track_genre and track_genre[t] in genres))
    tiers.append(lambda: ((-p, t) for t, p in popularity.items()))
    result = []
    excluded = set(heard)
    for stream in tiers:
        free = n - len(result)
        if free == 0:
            break
        for _, track in heapq.nsmallest(free, (pair for pair in stream()
                                               if pair[1] not in excluded)):
            result.append(track)
            excluded.add(track)
    return result
