"""Expected: Runtime Error (raises SystemExit(0))."""
import sys


def most_played_track(plays):
    sys.exit(0)
