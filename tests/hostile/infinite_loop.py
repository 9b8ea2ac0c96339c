"""Expected: Time Limit Exceeded (a Python loop that never ends)."""


def most_played_track(plays):
    while True:
        pass
