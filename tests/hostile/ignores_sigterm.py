"""Expected: Time Limit Exceeded (ignores SIGTERM and SIGINT, then loops forever)."""
import signal

signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.signal(signal.SIGINT, signal.SIG_IGN)


def most_played_track(plays):
    while True:
        pass
