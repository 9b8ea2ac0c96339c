"""The one comparison of a result: it must equal the reference's; when it does not,
the reason shows each listener's hit slots and AP@k recomputed from the spec."""

from functools import partial

from judge.testing import agree, safe_repr

SHOWN = 5  # listeners listed in a reason


def hit_slots(ranked, played, k):
    """The 1-based slots of the first k that are hits (a repeat counts once)."""
    found, slots = set(), []
    for i, track in enumerate(ranked[:k], start=1):
        if track in played and track not in found:
            found.add(track)
            slots.append(i)
    return slots


def breakdown(recs, relevant, k):
    """Words for each listener: AP@k with its terms, or left out and why."""
    counted, left_out = [], []
    for user, played in relevant.items():
        if not played:
            left_out.append(f"{safe_repr(user, 20)} (empty set)")
            continue
        slots = hit_slots(recs.get(user, []), played, k)
        terms = " + ".join(f"{j}/{i}" for j, i in enumerate(slots, start=1)) or "0"
        ap = sum(j / i for j, i in enumerate(slots, start=1)) / min(len(played), k)
        note = "" if user in recs else " (not in recs)"
        counted.append(f"{safe_repr(user, 20)}{note}: hits at slots {slots} -> AP = ({terms})"
                       f" / min({len(played)}, {k}) = {ap:.6g}")
    left_out += [f"{safe_repr(user, 20)} (not in relevant)" for user in recs
                 if user not in relevant]

    def cap(items):
        more = f"; ... {len(items) - SHOWN} more" if len(items) > SHOWN else ""
        return "; ".join(items[:SHOWN]) + more

    text = f"the {len(counted)} listener(s) who count: {cap(counted)}"
    if left_out:
        text += f". Left out: {cap(left_out)}"
    return text


# The value must equal the reference's; when it does not, each listener's AP in words.
check_map = check_example = partial(agree, explain=breakdown)
