"""Expected: Too Slow (correct but O(n^2), while every clock of its own process is frozen,
so that it would look instant if the judge trusted them)."""
import time

for name in ("perf_counter", "process_time", "monotonic", "time", "thread_time"):
    setattr(time, name, lambda: 0.0)
    setattr(time, name + "_ns", lambda: 0)


def most_played_track(plays):
    if not plays:
        raise ValueError("no plays")
    return max(dict.fromkeys(plays), key=plays.count)
