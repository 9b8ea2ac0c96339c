"""Expected: Accepted (correct; starts 50 sleeping child processes, some in sessions of
their own and some orphaned by a double fork, none of which may outlive the check).
Bounded: a fixed 50 children, each sleeping at most 120 s."""
import os
import time

CHILDREN = 50


def _spawn():
    for i in range(CHILDREN):
        pid = os.fork()
        if pid == 0:
            if i % 3 == 1:
                os.setsid()
            if i % 3 == 2 and os.fork() != 0:
                os._exit(0)  # the grandchild is orphaned
            time.sleep(120)
            os._exit(0)


_spawn()


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
