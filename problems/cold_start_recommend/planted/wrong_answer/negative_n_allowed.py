def cold_start_recommend(user, history, cf_scores, signup_genres, track_genre, popularity,
                         n, min_history=5):
    """Never checks n: a negative n quietly gives [] instead of raising ValueError."""
    if min_history < 0:
        raise ValueError("negative n or min_history")
    heard = set(history.get(user, []))
    scores = cf_scores.get(user, {})
    genres = set(signup_genres.get(user, []))
    tiers = []
    if len(heard) >= min_history:
        positive = [t for t, s in scores.items() if s > 0]
        tiers.append(sorted(positive, key=lambda t: (-scores[t], t)))
    in_genre = [t for t in popularity if t in track_genre and track_genre[t] in genres]
    tiers.append(sorted(in_genre, key=lambda t: (-popularity[t], t)))
    tiers.append(sorted(popularity, key=lambda t: (-popularity[t], t)))
    picks = []
    placed = set()
    for tier in tiers:
        for t in tier:
            if len(picks) == n:
                return picks
            if t not in heard and t not in placed:
                picks.append(t)
                placed.add(t)
    return picks
