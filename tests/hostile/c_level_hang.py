"""Expected: Time Limit Exceeded (a long C call that signals cannot interrupt)."""
import itertools


def most_played_track(plays):
    return str(sum(itertools.repeat(1, 10**11)))
