"""Expected: Runtime Error (every call returns a 100 MiB string: over what a call
may send back, said as such, not as a crash of the worker or a long wait while
the judge compares 100 MiB values)."""


def most_played_track(plays):
    return "x" * (100 << 20)
