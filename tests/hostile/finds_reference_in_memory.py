"""Expected: Accepted. It looks for the reference and the hidden tests in its own
process: a function defined in a reference.py (gc.get_objects), a module of the
grading side (sys.modules), a file of a problem package mapped into memory
(/proc/self/maps), and a line of the reference's source anywhere in its own
readable memory (/proc/self/mem). The worker is forked from a clean zygote that
never held any of them, so it finds nothing and answers correctly; a leak makes
it answer wrong, naming what it found."""
import gc
import re
import sys

# Two halves of a line of the reference's docstring, never joined in this file
# (joined, the search would find its own needle).
HEAD = b"first track to reach the top"
TAIL = b" count in that order wins ties"


def _functions():
    for obj in gc.get_objects():
        code = getattr(obj, "__code__", None)
        if code is not None and code.co_filename.endswith(("reference.py", "/tests/checks.py")):
            return f"function {obj.__qualname__} from {code.co_filename}"
    return None


def _modules():
    grading = ("judge_reference", "judge.grading", "judge.testing", "judge.packages",
               "pytest", "_pytest", "hypothesis", "test_1_examples", "checks")
    found = sorted(name for name in sys.modules if name.startswith(grading))
    return f"modules {found[:5]}" if found else None


def _maps():
    with open("/proc/self/maps") as handle:
        maps = handle.read()
    for line in maps.splitlines():
        if "/problems/" in line or line.endswith("reference.py"):
            return f"mapped file {line.split()[-1]}"
    return None


def _memory():
    with open("/proc/self/maps") as handle:
        regions = handle.read().splitlines()
    with open("/proc/self/mem", "rb", buffering=0) as mem:
        for line in regions:
            match = re.match(r"([0-9a-f]+)-([0-9a-f]+) (r)", line)
            if not match or "[vvar]" in line or "[vsyscall]" in line:
                continue
            start, end = int(match.group(1), 16), int(match.group(2), 16)
            if end - start > 1 << 30:
                continue
            try:
                mem.seek(start)
                data = mem.read(end - start)
            except (OSError, OverflowError, ValueError):
                continue
            at = data.find(HEAD)
            while at >= 0:
                if data[at + len(HEAD):at + len(HEAD) + len(TAIL)] == TAIL:
                    return f"the reference's source at {start + at:#x}"
                at = data.find(HEAD, at + 1)
    return None


LEAKS = [found for found in (_functions(), _modules(), _maps(), _memory()) if found]


def most_played_track(plays):
    if LEAKS:
        return "LEAKED: " + "; ".join(LEAKS)
    if not plays:
        raise ValueError("plays is empty")
    counts = {}
    for track in plays:
        counts[track] = counts.get(track, 0) + 1
    best = max(counts.values())
    return next(track for track, count in counts.items() if count == best)
