"""The one check of an answer, shared by both test files (many subsets are right).

An answer is judged by validity and optimality, never by equality with the
reference's subset: the reference only supplies the best total.
"""

from judge.testing import WrongAnswer, call_reference, returned


def check_fill(solution, reference, durations, target_s):
    """The submission's answer must be distinct indices in range, sorted ascending,
    whose durations add up to at most target_s and to as much as the reference's."""
    expected = call_reference(reference, durations, target_s)
    got = returned(solution, durations, target_s)
    call = solution.last_call
    best = sum(durations[i] for i in expected)

    def wrong(reason):
        raise WrongAnswer(reason, call=call, expected=expected, actual=got)

    n = len(durations)
    for i in got:
        if not 0 <= i < n:
            where = f"indices run 0..{n - 1}" if n else "there are no tracks"
            looks = (" (did you return durations instead of indices?)"
                     if i in durations else "")
            wrong(f"{i} is not a track index: {where}{looks}")
    seen = set()
    for i in got:
        if i in seen:
            wrong(f"track {i} is chosen twice; each track can be used at most once")
        seen.add(i)
    if got != sorted(got):
        wrong("the indices are not sorted ascending")
    total = sum(durations[i] for i in got)
    if total > target_s:
        wrong(f"the chosen tracks last {total} s, more than target_s = {target_s}")
    if total != best:
        wrong(f"the chosen tracks last {total} s, but {best} s (<= target_s = {target_s})"
              f" can be reached, e.g. with the indices {expected}")
