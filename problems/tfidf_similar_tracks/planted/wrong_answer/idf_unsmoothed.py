import heapq
import math
from collections import Counter, defaultdict


def tfidf_similar_tracks(tags, query, k):
    """idf = ln(N / df) + 1 (scikit-learn's smooth_idf=False), not ln((1 + N) / (1 + df)) + 1."""
    if k < 0:
        raise ValueError("negative k")
    if query not in tags:
        raise KeyError(query)
    n = len(tags)
    tf = {track: Counter(names) for track, names in tags.items()}
    df = Counter(t for counts in tf.values() for t in counts)
    idf = {t: math.log(n / d) + 1 for t, d in df.items()}
    postings = defaultdict(list)
    unit = {}
    for track, counts in tf.items():
        weights = {t: c * idf[t] for t, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        unit[track] = {t: w / norm for t, w in weights.items()}
        for t, w in unit[track].items():
            postings[t].append((track, w))
    scores = defaultdict(float)
    for t, wq in unit[query].items():
        for track, w in postings[t]:
            scores[track] += wq * w
    scores.pop(query, None)
    candidates = [(track, s) for track, s in scores.items() if s > 0]
    return heapq.nsmallest(k, candidates, key=lambda item: (-item[1], item[0]))
