def cold_start_recommend(user, history, cf_scores, signup_genres, track_genre, popularity,
                         n, min_history=5):
    """Picks the best remaining candidate `while len(picks) < n`: when the tiers
    run out before n tracks, the loop never ends."""
    if n < 0 or min_history < 0:
        raise ValueError("negative n or min_history")
    heard = set(history.get(user, []))
    scores = cf_scores.get(user, {})
    genres = set(signup_genres.get(user, []))
    cf_on = len(heard) >= min_history
    picks = []
    while len(picks) < n:
        best = None
        for tier, pool, score in (
                (0, [t for t, s in scores.items() if s > 0] if cf_on else [], scores),
                (1, [t for t in popularity if track_genre.get(t) in genres], popularity),
                (2, list(popularity), popularity)):
            for t in pool:
                if t in heard or t in picks:
                    continue
                key = (tier, -score[t], t)
                if best is None or key < best:
                    best = key
        if best is not None:
            picks.append(best[2])
    return picks
