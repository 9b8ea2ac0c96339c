"""Expected: Runtime Error (ends the worker with exit code 0 mid-call)."""
import os


def most_played_track(plays):
    os._exit(0)
