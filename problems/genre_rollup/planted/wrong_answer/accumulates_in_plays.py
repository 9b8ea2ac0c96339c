def genre_rollup(parent, plays):
    """Uses the caller's plays dict as the running totals (no copy): right
    totals, but it modifies its input."""
    genres = dict.fromkeys([*parent, *(u for u in parent.values() if u is not None), *plays])
    waiting = dict.fromkeys(genres, 0)
    for up in parent.values():
        if up is not None:
            waiting[up] += 1
    totals = plays
    for genre in genres:
        totals.setdefault(genre, 0)
    ready = [genre for genre in genres if waiting[genre] == 0]
    done = 0
    while ready:
        genre = ready.pop()
        done += 1
        up = parent.get(genre)
        if up is not None:
            totals[up] += totals[genre]
            waiting[up] -= 1
            if waiting[up] == 0:
                ready.append(up)
    if done != len(genres):
        raise ValueError("cycle")
    return dict(totals)
