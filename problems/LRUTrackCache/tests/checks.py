"""One step of a call sequence, applied to the submission and the reference.

When a step disagrees, the Wrong Answer shows the whole call sequence since the
cache was made (solution.last_call), as code a person can paste and run.
"""

from judge.testing import WrongAnswer, check_type, first_difference, stub_returns


def step(solution, cache, model, op, *args):
    """Apply one call to both caches; the submission's answer must match."""
    if op == "len":
        got, want = len(cache), len(model)
    else:
        got, want = getattr(cache, op)(*args), getattr(model, op)(*args)
    returns = stub_returns(solution.problem, "__len__" if op == "len" else op)
    check_type(got, returns, solution.last_call)
    difference = first_difference(got, want)
    if difference:
        raise WrongAnswer(f"the last call returned {got!r}, expected {want!r}",
                          call=solution.last_call, expected=want, actual=got)


def replay(solution, reference, capacity, calls):
    cache, model = solution(capacity), reference(capacity)
    for op, *args in calls:
        step(solution, cache, model, op, *args)
