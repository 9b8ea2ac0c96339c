def cold_start_recommend(user, history, cf_scores, signup_genres, track_genre, popularity,
                         n, min_history=5):
    """The plainest correct answer: each tier fully sorted with
    sorted(key=lambda kv: (-kv[1], kv[0])), walked in order, with the history
    and the tracks already picked in sets. O(T log T) per tier."""
    if n < 0 or min_history < 0:
        raise ValueError("n and min_history must be >= 0")
    heard = set(history.get(user, []))
    picked = []
    used = set(heard)

    def add_from(items):
        for track, _ in sorted(items, key=lambda kv: (-kv[1], kv[0])):
            if len(picked) >= n:
                return
            if track not in used:
                picked.append(track)
                used.add(track)

    if len(heard) >= min_history:
        add_from([(t, s) for t, s in cf_scores.get(user, {}).items() if s > 0])
    genres = set(signup_genres.get(user, []))
    if len(picked) < n and genres:
        add_from([(t, p) for t, p in popularity.items() if track_genre.get(t) in genres])
    if len(picked) < n:
        add_from(list(popularity.items()))
    return picked
