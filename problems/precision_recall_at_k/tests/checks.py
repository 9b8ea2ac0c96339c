"""The one comparison of a result, shared by both test files.

Not a test file (pytest collects only test_*.py); the judge puts this folder on
sys.path during grading, so the test files `from checks import check_pr`.

The answer is unique, so it must equal the reference's within the tolerance;
when it does not, the reason shows the per-listener hits recomputed here from
the spec, which is usually enough to see which rule was broken.
"""

from judge.testing import WrongAnswer, call_reference, check_type, first_difference, safe_repr

RETURNS = tuple[float, float]
SHOWN = 6  # listeners listed in a reason


def breakdown(recs, relevant, k):
    """Words for each listener: counted with its hits, or left out and why."""
    counted, left_out = [], []
    for user, played in relevant.items():
        if not played:
            left_out.append(f"{safe_repr(user, 20)} (empty set)")
            continue
        top = recs.get(user, [])[:k]
        hits = len(set(top) & played)
        note = "" if user in recs else ", not in recs"
        dupes = len(top) - len(set(top))
        note += f", {dupes} repeated slot(s)" if dupes else ""
        note += f", {len(top)} of {k} slots filled" if len(top) < k else ""
        counted.append(f"{safe_repr(user, 20)}: {hits} hit(s){note} -> precision {hits}/{k},"
                       f" recall {hits}/{len(played)}")
    left_out += [f"{safe_repr(user, 20)} (not in relevant)" for user in recs
                 if user not in relevant]

    def cap(items):
        more = f"; ... {len(items) - SHOWN} more" if len(items) > SHOWN else ""
        return "; ".join(items[:SHOWN]) + more

    text = f"the {len(counted)} listener(s) who count: {cap(counted)}"
    if left_out:
        text += f". Left out: {cap(left_out)}"
    return text


def check_pr(solution, reference, recs, relevant, k):
    """The submission's pair must equal the reference's; say why when it does not."""
    expected = call_reference(reference, recs, relevant, k)
    got = solution(recs, relevant, k)
    call = solution.last_call
    check_type(got, RETURNS, call)
    difference = first_difference(got, expected)
    if difference:
        what = {"the result[0]": "precision", "the result[1]": "recall"}
        for place, name in what.items():
            difference = difference.replace(place, f"the mean {name} (result[{place[-2]}])")
        raise WrongAnswer(f"{difference}; {breakdown(recs, relevant, k)}", call=call,
                          expected=expected, actual=got)
