from statistics import fmean


def precision_recall_at_k(recs, relevant, k):
    """Correct: precision averages hits / k, which is the total hits over k * users
    (the same divisor for everyone); recall needs per-user fractions, kept in a list."""
    if k < 1:
        raise ValueError("k < 1")
    eligible = [user for user, played in relevant.items() if played]
    if not eligible:
        raise ValueError("no listener with a non-empty relevant set")
    hits = {user: len(set(recs.get(user, [])[:k]) & relevant[user]) for user in eligible}
    precision = sum(hits.values()) / (k * len(eligible))
    recall = fmean(hits[user] / len(relevant[user]) for user in eligible)
    return float(precision), recall
