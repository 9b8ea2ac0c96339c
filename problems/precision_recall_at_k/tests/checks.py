"""The one comparison of a result: it must equal the reference's; when it does not,
the reason shows each listener's hits recomputed from the spec."""

from functools import partial

from judge.testing import agree, safe_repr

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


def explain(recs, relevant, k):
    return f"result[0] is the mean precision, result[1] the recall; {breakdown(recs, relevant, k)}"


# The pair must equal the reference's; when it does not, each listener's hits in words.
check_pr = check_example = partial(agree, explain=explain)
