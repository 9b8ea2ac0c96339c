"""The one comparison of a result: it must equal the reference's; when it does not,
the reason shows DCG and IDCG (the slots' grades, the ideal list) recomputed."""

import math
from functools import partial

from judge.testing import agree, safe_repr


def gains(gain):
    return (lambda rel: rel) if gain == "linear" else (lambda rel: 2.0 ** rel - 1.0)


def dcg(grades, gain):
    g = gains(gain)
    return sum(g(rel) / math.log2(i + 2) for i, rel in enumerate(grades))


def explain(ranked, relevance, k, gain="linear"):
    """DCG and IDCG in words, from the spec."""
    slots = [relevance.get(track, 0) for track in ranked[:k]]
    ideal = sorted(relevance.values(), reverse=True)[:k]
    return (f"with the {gain} gain the first {len(slots)} slot(s) have the grades"
            f" {safe_repr(slots, 80)}, so DCG@{k} = {dcg(slots, gain):.6g}; the ideal list (the"
            f" {len(ideal)} highest grades of all of relevance) is {safe_repr(ideal, 80)}, so"
            f" IDCG@{k} = {dcg(ideal, gain):.6g}")


# The value must equal the reference's; when it does not, DCG and IDCG in words.
check_ndcg = check_example = partial(agree, explain=explain)
