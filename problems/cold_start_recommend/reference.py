import heapq
from collections.abc import Iterable


def cold_start_recommend(user: str, history: dict[str, list[str]],
                         cf_scores: dict[str, dict[str, float]],
                         signup_genres: dict[str, list[str]], track_genre: dict[str, str],
                         popularity: dict[str, int], n: int,
                         min_history: int = 5) -> list[str]:
    """Three tiers, each filled lazily with a bounded heap.

    The listener's distinct history is a set; so are the tracks taken so far
    (history + recommended), so that a later tier never repeats a track.
    Tier 1, collaborative filtering, only when the history has >= min_history
    distinct tracks, and only its scores > 0; tier 2, popularity within the
    signup genres; tier 3, global popularity. Each tier asks
    heapq.nsmallest for just the places still free, keyed by (-score, id),
    and a tier is not even scanned once the list is full.
    O(h + c log n + T log n) for h history plays, c CF scores, T tracks in
    popularity; no sort of all T tracks.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    if min_history < 0:
        raise ValueError(f"min_history must be >= 0, got {min_history}")
    heard = set(history.get(user, ()))
    taken = set(heard)
    picks: list[str] = []

    def fill(candidates: Iterable[tuple[str, float]]) -> None:
        free = n - len(picks)
        if free <= 0:
            return
        fresh = ((track, score) for track, score in candidates if track not in taken)
        for track, _ in heapq.nsmallest(free, fresh, key=lambda item: (-item[1], item[0])):
            picks.append(track)
            taken.add(track)

    if len(heard) >= min_history:
        fill((track, s) for track, s in cf_scores.get(user, {}).items() if s > 0)
    genres = set(signup_genres.get(user, ()))
    if genres:
        fill((track, p) for track, p in popularity.items() if track_genre.get(track) in genres)
    fill(popularity.items())
    return picks
