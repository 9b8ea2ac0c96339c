import heapq


def cold_start_recommend(user, history, cf_scores, signup_genres, track_genre, popularity,
                         n, min_history=5):
    """Per tier: nsmallest over ALL of the tier's tracks for the free places plus
    as many as could be excluded (heard or placed), then drop the excluded ones
    afterwards. At most that many of the top are excluded, so enough remain."""
    if n < 0:
        raise ValueError("n < 0")
    if min_history < 0:
        raise ValueError("min_history < 0")
    heard = frozenset(history.get(user, ()))
    picks, placed = [], set()

    def take(pairs):
        free = n - len(picks)
        if free <= 0:
            return
        best = heapq.nsmallest(free + len(heard) + len(placed), pairs,
                               key=lambda kv: (-kv[1], kv[0]))
        for track, _ in best:
            if len(picks) < n and track not in heard and track not in placed:
                picks.append(track)
                placed.add(track)

    if len(heard) >= min_history:
        take([kv for kv in cf_scores.get(user, {}).items() if kv[1] > 0])
    wanted = set(signup_genres.get(user, ()))
    if wanted:
        take([(t, p) for t, p in popularity.items() if track_genre.get(t, None) in wanted])
    take(popularity.items())
    return picks
