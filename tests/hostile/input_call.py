"""Expected: Runtime Error (waits for keyboard input the judge never gives)."""


def most_played_track(plays):
    return input("track? ")
