"""Expected: Compilation Error (the entry point is not defined)."""


def most_played(plays):
    return plays[0]
