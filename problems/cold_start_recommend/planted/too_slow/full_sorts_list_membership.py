def cold_start_recommend(user, history, cf_scores, signup_genres, track_genre, popularity,
                         n, min_history=5):
    """Correct but naive: every tier is fully sorted and filtered with list
    membership (`t not in heard` on the history list, `t not in result`), so
    each tier costs O(T log T + T h) for T tracks and h plays."""
    if n < 0 or min_history < 0:
        raise ValueError("negative n or min_history")
    heard = list(history.get(user, []))
    distinct = []
    for t in heard:
        if t not in distinct:
            distinct.append(t)
    scores = cf_scores.get(user, {})
    genres = list(signup_genres.get(user, []))
    result = []
    if len(distinct) >= min_history:
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        cf_tier = [t for t, s in ranked if s > 0 and t not in heard]
        result += cf_tier[:n]
    by_plays = sorted(popularity.items(), key=lambda item: (-item[1], item[0]))
    genre_tier = [t for t, _ in by_plays
                  if t in track_genre and track_genre[t] in genres and t not in heard]
    for t in genre_tier:
        if len(result) < n and t not in result:
            result.append(t)
    global_tier = [t for t, _ in by_plays if t not in heard]
    for t in global_tier:
        if len(result) < n and t not in result:
            result.append(t)
    return result
