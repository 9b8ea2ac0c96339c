"""Shared helpers: run the submission many times with seeded generators."""

from collections import Counter

from judge.testing import SeededRandom, Stream, WrongAnswer, check_type, returned

RUNS = 2000


def sample(solution, items, k, seed):
    """One call on a one-shot stream of ``items``; the result is checked for type."""
    got = returned(solution, Stream(items=items), k, SeededRandom(seed))
    return got


def valid_sample(solution, items, k, got):
    """The sample has min(k, n) items, each taken from its own position of the stream."""
    want = min(k, len(items))
    if len(got) != want:
        raise WrongAnswer(f"the sample has {len(got)} items; with {len(items)} items in the"
                          f" stream and k = {k} it must have {want}", call=solution.last_call,
                          actual=got)
    left = Counter(items)
    for item in got:
        if left[item] <= 0:
            raise WrongAnswer(f"{item!r} is in the sample more often than in the stream",
                              call=solution.last_call, actual=got)
        left[item] -= 1


def inclusion_counts(solution, n, k, runs=RUNS):
    """How often each position 0..n-1 was kept, and how often each sample (as a set)
    came up, over ``runs`` seeded runs on the stream 0, 1, ..., n-1."""
    items = list(range(n))
    kept = Counter()
    samples = Counter()
    results = solution.map([(Stream(items=items), k, SeededRandom(seed))
                            for seed in range(runs)])
    for got in results:
        check_type(got, list, solution.last_call)
        valid_sample(solution, items, k, got)
        kept.update(got)
        samples[frozenset(got)] += 1
    return kept, samples


def described_call(n, k, runs=RUNS):
    return (f"reservoir_sample(range({n}), {k}, random.Random(seed))"
            f"  # for seed in range({runs})")
