"""Expected: Wrong Answer where the kernel has Landlock (tries to SIGKILL the grading
process and its parents, then answers wrongly; the signals are refused)."""
import os
import signal


def most_played_track(plays):
    pid = os.getppid()
    for _ in range(3):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
        try:
            with open(f"/proc/{pid}/stat") as handle:
                pid = int(handle.read().rsplit(")", 1)[1].split()[1])
        except OSError:
            break
    return "never-played"
