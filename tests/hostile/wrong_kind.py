"""Expected: Compilation Error (the entry point is a class, not a function)."""


class most_played_track:
    pass
