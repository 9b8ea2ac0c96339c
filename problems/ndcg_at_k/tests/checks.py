"""The one comparison of a result, shared by both test files.

Not a test file (pytest collects only test_*.py); the judge puts this folder on
sys.path during grading, so the test files `from checks import check_ndcg`.

The answer is unique, so it must equal the reference's within the tolerance;
when it does not, the reason shows the DCG and the IDCG recomputed here from
the spec (the slots' grades and the ideal list), which is usually enough to
see which rule was broken.
"""

import math

from judge.testing import WrongAnswer, call_reference, check_type, first_difference, safe_repr


def gains(gain):
    return (lambda rel: rel) if gain == "linear" else (lambda rel: 2.0 ** rel - 1.0)


def dcg(grades, gain):
    g = gains(gain)
    return sum(g(rel) / math.log2(i + 2) for i, rel in enumerate(grades))


def explain(ranked, relevance, k, gain):
    """DCG and IDCG in words, from the spec."""
    slots = [relevance.get(track, 0) for track in ranked[:k]]
    ideal = sorted(relevance.values(), reverse=True)[:k]
    return (f"with the {gain} gain the first {len(slots)} slot(s) have the grades"
            f" {safe_repr(slots, 80)}, so DCG@{k} = {dcg(slots, gain):.6g}; the ideal list (the"
            f" {len(ideal)} highest grades of all of relevance) is {safe_repr(ideal, 80)}, so"
            f" IDCG@{k} = {dcg(ideal, gain):.6g}")


def check_ndcg(solution, reference, ranked, relevance, k, gain=None):
    """The submission's value must equal the reference's; say why when it does not."""
    kwargs = {} if gain is None else {"gain": gain}
    expected = call_reference(reference, ranked, relevance, k, **kwargs)
    got = solution(ranked, relevance, k, **kwargs)
    call = solution.last_call
    check_type(got, float, call)
    difference = first_difference(got, expected)
    if difference:
        raise WrongAnswer(f"{difference}; {explain(ranked, relevance, k, gain or 'linear')}",
                          call=call, expected=expected, actual=got)
