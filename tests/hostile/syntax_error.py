"""Expected: Compilation Error at line 5."""


def most_played_track(plays)
    return plays[0]
