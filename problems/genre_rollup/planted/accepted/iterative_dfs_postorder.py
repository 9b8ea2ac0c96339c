def genre_rollup(parent, plays):
    """Depth-first search from each top genre down the children lists with an
    explicit stack of (genre, iterator over its children), as in the
    iterative DFS of CLRS 22.3: a genre is finished after all its children,
    and then its total is handed to its parent. A genre never reached from a
    top is on (or below) a cycle. O(n), no recursion."""
    children = {}
    genres = set(plays)
    for genre, up in parent.items():
        genres.add(genre)
        if up is not None:
            genres.add(up)
            children.setdefault(up, []).append(genre)
    totals = {genre: plays.get(genre, 0) for genre in genres}
    finished = 0
    for top in genres:
        if parent.get(top) is not None:
            continue
        stack = [(top, iter(children.get(top, ())))]
        while stack:
            genre, pending = stack[-1]
            child = next(pending, None)
            if child is not None:
                stack.append((child, iter(children.get(child, ()))))
                continue
            stack.pop()
            finished += 1
            if stack:
                totals[stack[-1][0]] += totals[genre]
    if finished != len(genres):
        raise ValueError("the genres have a cycle")
    return totals
