"""Expected: Wrong Answer where the kernel has Landlock (walks the file system for the
hidden tests and the reference to copy answers from; none of it can be read)."""
import glob
import os

FOUND = []
for pattern in ("/work/*/problems/most_played_track/reference.py",
                "/tmp/*/problems/most_played_track/reference.py",
                os.path.expanduser("~/**/most_played_track/reference.py")):
    try:
        for path in glob.glob(pattern, recursive=True)[:3]:
            with open(path) as handle:
                FOUND.append(handle.read())
    except OSError:
        pass


def most_played_track(plays):
    if FOUND:
        namespace = {}
        exec(FOUND[0], namespace)
        return namespace["most_played_track"](plays)
    return plays[0] if plays else "nothing"
