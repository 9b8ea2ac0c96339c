def genre_rollup(parent, plays):
    """Sums subtrees recursively: right on shallow trees, but a 100,000-level
    chain exceeds the recursion limit (RecursionError)."""
    genres = dict.fromkeys([*parent, *(u for u in parent.values() if u is not None), *plays])
    children = {}
    for genre, up in parent.items():
        if up is not None:
            children.setdefault(up, []).append(genre)
    totals = {}

    def total(genre):
        totals[genre] = plays.get(genre, 0) + sum(total(c) for c in children.get(genre, ()))
        return totals[genre]

    for genre in genres:
        if parent.get(genre) is None:
            total(genre)
    if len(totals) != len(genres):
        raise ValueError("cycle")
    return totals
