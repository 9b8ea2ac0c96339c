def cold_start_recommend(user, history, cf_scores, signup_genres, track_genre, popularity,
                         n, min_history=5):
    """Deletes each placed track from popularity so that a later tier cannot offer
    it again: the right row, but it modifies the caller's dict."""
    if n < 0 or min_history < 0:
        raise ValueError("negative n or min_history")
    heard = set(history.get(user, []))
    scores = cf_scores.get(user, {})
    genres = set(signup_genres.get(user, []))
    picks = []

    def take(candidates, score):
        for t in sorted(candidates, key=lambda t: (-score[t], t)):
            if len(picks) == n:
                return
            if t not in heard and t not in picks:
                picks.append(t)
                popularity.pop(t, None)  # placed: the popularity tiers must not repeat it

    if len(heard) >= min_history:
        take([t for t, s in scores.items() if s > 0], scores)
    take([t for t in popularity if track_genre.get(t) in genres], popularity)
    take(list(popularity), popularity)
    return picks
