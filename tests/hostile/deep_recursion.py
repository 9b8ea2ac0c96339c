"""Expected: Runtime Error (unbounded recursion)."""


def most_played_track(plays):
    return most_played_track(plays)
