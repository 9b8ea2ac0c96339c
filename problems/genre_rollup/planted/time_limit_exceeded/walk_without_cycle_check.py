def genre_rollup(parent, plays):
    """Walks from every genre with plays up to its root without guarding
    against cycles: on a cycle the walk never reaches a root and never ends."""
    genres = dict.fromkeys([*parent, *(u for u in parent.values() if u is not None), *plays])
    totals = dict.fromkeys(genres, 0)
    for genre, count in plays.items():
        while genre is not None:
            totals[genre] += count
            genre = parent.get(genre)
    return totals
