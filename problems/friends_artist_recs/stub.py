def friends_artist_recs(friends: list[tuple[str, str]], follows: list[tuple[str, str]],
                        user: str, k: int) -> list[tuple[str, int]]:
    """Recommend up to k artists that the user's friends follow.

    A friendship row (a, b) makes a and b friends of each other; (a, a) is
    ignored. A follows row is (listener, artist). An artist's score is the
    number of distinct friends of ``user`` who follow it; artists the user
    follows are left out. Return [(artist, score), ...] with score >= 1, best
    first by (-score, artist id), at most k of them. A negative k raises
    ValueError. The inputs must not be modified.
    """
    raise NotImplementedError
