def cold_start_recommend(user: str, history: dict[str, list[str]],
                         cf_scores: dict[str, dict[str, float]],
                         signup_genres: dict[str, list[str]], track_genre: dict[str, str],
                         popularity: dict[str, int], n: int,
                         min_history: int = 5) -> list[str]:
    """Return up to n track ids for user from three tiers, back-filled in order.

    1. CF scores > 0, only if the user has >= min_history DISTINCT played tracks;
    2. tracks of popularity in the user's signup genres, by popularity;
    3. all tracks of popularity, by popularity.
    Never a track from the user's history, never a repeat; ties by ascending id.
    A user missing from a dict has nothing there. A negative n or min_history
    raises ValueError; n = 0 gives []. Do not modify the arguments.
    """
    raise NotImplementedError
