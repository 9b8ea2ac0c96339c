"""Expected: Wrong Answer (patches random, hypothesis and pytest in its own process,
hoping to skip or pass the hidden tests; they do not run there)."""
import random

random.random = lambda: 0.0
random.seed = lambda *a, **k: None
try:
    import hypothesis
    import pytest

    hypothesis.given = lambda *a, **k: (lambda f: (lambda *x, **y: None))
    pytest.fail = pytest.skip = lambda *a, **k: None
except ImportError:
    pass


def most_played_track(plays):
    return "never-played"
