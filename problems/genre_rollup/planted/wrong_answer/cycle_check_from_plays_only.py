def genre_rollup(parent, plays):
    """Walks up from each genre with plays and detects a cycle only on those
    walks: a cycle that no genre with plays leads into goes unnoticed."""
    genres = dict.fromkeys([*parent, *(u for u in parent.values() if u is not None), *plays])
    totals = dict.fromkeys(genres, 0)
    for genre, count in plays.items():
        seen = set()
        while genre is not None:
            if genre in seen:
                raise ValueError("cycle")
            seen.add(genre)
            totals[genre] += count
            genre = parent.get(genre)
    return totals
