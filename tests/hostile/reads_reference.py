"""Expected: Wrong Answer where the kernel has Landlock (it finds the problem package
from the grading process' command line and imports the reference; under Landlock the
read fails and it falls back to a wrong guess)."""
import importlib.util
import os


def _find_reference():
    pid = os.getppid()
    for _ in range(4):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                args = handle.read().split(b"\0")
        except OSError:
            return None
        if b"--judge-problem" in args:
            folder = args[args.index(b"--judge-problem") + 1].decode()
            spec = importlib.util.spec_from_file_location("stolen", folder + "/reference.py")
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module.most_played_track
        with open(f"/proc/{pid}/stat") as handle:
            pid = int(handle.read().rsplit(")", 1)[1].split()[1])
    return None


try:
    STOLEN = _find_reference()
except OSError:
    STOLEN = None


def most_played_track(plays):
    if STOLEN is not None:
        return STOLEN(plays)
    return plays[0] if plays else "nothing"
