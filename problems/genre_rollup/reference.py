def genre_rollup(parent: dict[str, str | None], plays: dict[str, int]) -> dict[str, int]:
    """Leaves first (Kahn's algorithm on the parent pointers), with no recursion.

    Count each genre's children; a genre with none left to wait for is final,
    so hand its total up to its parent, and once a parent has heard from all
    its children it is final too. Every genre of a forest is reached this way.
    A genre on a cycle (a genre that is its own parent included) always waits
    for a child on the same cycle and is never final: if some genre was never
    finished, there is a cycle. O(n) time and memory, n = genres named.
    """
    totals: dict[str, int] = {}
    waiting: dict[str, int] = {}  # children not yet handed up
    for genre, up in parent.items():
        totals.setdefault(genre, 0)
        waiting.setdefault(genre, 0)
        if up is not None:
            totals.setdefault(up, 0)
            waiting[up] = waiting.get(up, 0) + 1
    for genre, count in plays.items():
        totals[genre] = totals.get(genre, 0) + count
        waiting.setdefault(genre, 0)

    ready = [genre for genre, count in waiting.items() if count == 0]
    finished = 0
    while ready:
        genre = ready.pop()
        finished += 1
        up = parent.get(genre)
        if up is not None:
            totals[up] += totals[genre]
            waiting[up] -= 1
            if waiting[up] == 0:
                ready.append(up)
    if finished != len(totals):
        raise ValueError("the genre tree has a cycle")
    return totals
