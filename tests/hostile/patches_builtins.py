"""Expected: Wrong Answer (patches builtins and the worker's own reply encoder so that
every reply says 'a'; the judge compares what arrives, and 'a' is not always right)."""
import builtins
import sys

builtins.repr = lambda obj: "'a'"
builtins.sorted = lambda *args, **kwargs: ["a"]
for name, module in list(sys.modules.items()):
    if name.startswith("judge") and hasattr(module, "to_plain"):
        module.to_plain = lambda value, *args, **kwargs: "a"


def most_played_track(plays):
    return "never-played"
