import heapq


def trending_topk(events: list[tuple[int, str]], queries: list[int], window_s: int,
                  k: int) -> list[list[str]]:
    """A sliding window over the sorted events, per-track counts kept up to date
    as plays enter and leave it, and a lazy heap of (-count, track) for the top k.

    Both lists are sorted, so two pointers move forward only: every play
    enters the window once and leaves it once, O(1) each on a dict of counts.
    Before a query, each track whose count changed since the last query gets
    a fresh heap entry with its current count. Older entries are not removed;
    they are stale, recognized when they reach the top (their count is not
    the track's current count) and dropped there. A query pops entries until
    it has k current ones (equal entries of one track pop one after another),
    then pushes those k back. When stale entries outnumber the live tracks the
    heap is rebuilt, so it holds O(u) entries for u tracks in the window.
    Time O((n + q k) log u), memory O(n) for the dict and heap at worst.
    """
    if window_s < 0:
        raise ValueError(f"window_s must be >= 0, got {window_s}")
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    counts: dict[str, int] = {}  # plays in the window, only tracks with count > 0
    heap: list[tuple[int, str]] = []  # (-count, track), some of them stale
    changed: set[str] = set()
    enter = leave = 0  # events[leave:enter] is the window
    answers = []
    for t in queries:
        while enter < len(events) and events[enter][0] <= t:
            track = events[enter][1]
            counts[track] = counts.get(track, 0) + 1
            changed.add(track)
            enter += 1
        while leave < enter and events[leave][0] <= t - window_s:
            track = events[leave][1]
            counts[track] -= 1
            changed.add(track)
            leave += 1
        for track in changed:
            if counts[track]:
                heapq.heappush(heap, (-counts[track], track))
            else:
                del counts[track]
        changed.clear()
        if len(heap) > 2 * len(counts) + 64:
            heap = [(-count, track) for track, count in counts.items()]
            heapq.heapify(heap)
        top: list[str] = []
        while heap and len(top) < k:
            negative_count, track = heapq.heappop(heap)
            if counts.get(track) == -negative_count and (not top or top[-1] != track):
                top.append(track)
        for track in top:
            heapq.heappush(heap, (-counts[track], track))
        answers.append(top)
    return answers
