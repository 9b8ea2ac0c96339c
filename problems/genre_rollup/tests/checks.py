"""The one check of an answer, shared by both test files.

"""

from judge.testing import call_reference, expect_equal, expect_raises


def check_rollup(solution, reference, parent, plays, reason=""):
    """The submission must raise ValueError where the reference finds a cycle,
    and return the reference's totals otherwise."""
    try:
        expected = call_reference(reference, parent, plays)
    except ValueError:
        expect_raises(solution, ValueError, parent, plays,
                      reason=reason or "a hierarchy with a cycle")
        return
    got = solution(parent, plays)
    expect_equal(got, expected, call=solution.last_call, reason=reason)
