"""Expected: Accepted (correct; leaves a busy non-daemon thread running, which must not
outlive the check)."""
import threading
import time


def _spin():
    while True:
        time.sleep(0.01)


threading.Thread(target=_spin).start()


def _answer(plays):
    if not plays:
        raise ValueError("no plays")
    counts = {}
    for track in plays:
        counts[track] = counts.get(track, 0) + 1
    best = max(counts.values())
    return next(track for track in counts if counts[track] == best)


def most_played_track(plays):
    return _answer(plays)
