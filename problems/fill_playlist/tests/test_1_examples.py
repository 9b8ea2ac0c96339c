"""The statement's examples and hand-picked edge cases.

Every answer is judged by ``check_fill`` (tests/checks.py): distinct indices in
range, sorted ascending, adding up to the best total <= target_s. Any best set
passes.
"""


from checks import check_fill
from judge.testing import cases, raising

check_example = check_fill  # checks the statement's examples too


def fills(doc, *calls):
    """A test over (durations, target_s) calls, one test case each."""
    return cases(doc, calls, check=check_fill, ids=lambda c: f"{c[0]}-{c[1]}")


test_nothing_fits = fills("When no track fits, or target_s is 0, the answer is [].",
    ([], 0), ([5], 0), ([7, 8], 6), ([1], 0), ([400, 500, 601], 399))


test_exact_fit = fills("target_s itself counts: a set that lasts exactly target_s seconds is best.",
    ([5], 5), ([3, 4], 7), ([1, 2, 3], 6), ([250, 250, 100], 600), ([60, 180, 240], 420))


test_longest_first_is_not_best = fills(
    "Taking the longest tracks that still fit does not always give the best total.",
    ([300, 200, 200], 400), ([6, 5, 5], 10), ([8, 5, 5], 10), ([10, 6, 6, 6], 18),
    ([7, 3, 3, 3, 3], 12))


test_each_track_once = fills(
    "A track cannot be played twice, even when repeating it would fill the target.",
    ([4], 12), ([5, 9], 15), ([3, 10], 9), ([6, 7], 13))


test_several_best_sets = fills("When several sets reach the best total, any of them is right.",
    ([120, 120, 240], 250), ([3, 3], 3), ([2, 2, 2, 2], 5), ([5, 1, 4, 2, 3], 9))


test_order_of_indices = fills(
    "The indices come back sorted ascending, whatever order the tracks are found in.",
    ([50, 40, 30, 20, 10], 60), ([1, 2, 4, 8, 16, 32], 45), ([900, 30, 45], 1000))


def test_many_tracks(solution, reference):
    """Sixteen tracks with many near-best sets."""
    check_fill(solution, reference, [181, 203, 247, 199, 305, 221, 264, 173, 318, 290, 233,
                                     187, 275, 209, 226, 251], 1999)


INVALID = {
    "target_s == -1": ([100, 200], -1),
    "target_s == -1 with no tracks": ([], -1),
    "a duration of 0": ([100, 0, 200], 250),
    "a negative duration": ([100, -50, 200], 250),
    "a duration of 0 with target_s == 0": ([0], 0),
    "a negative duration with target_s == 0": ([-5], 0),
    "a duration of 0 after tracks that fill the target": ([100, 150, 0], 250),
}


test_invalid_arguments_raise = raising(
    "A negative target_s or a duration below 1 raises ValueError.", INVALID)
