import math
from collections import Counter


def tfidf_similar_tracks(tags, query, k):
    """Scales every vector by 1 / norm without checking the norm: a track with an
    empty tag list divides by zero (ZeroDivisionError)."""
    if k < 0:
        raise ValueError("negative k")
    if query not in tags:
        raise KeyError(query)
    n = len(tags)
    df = Counter(t for names in tags.values() for t in set(names))
    vectors = {}
    for track, names in tags.items():
        vec = {t: c * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in Counter(names).items()}
        inverse = 1 / math.sqrt(sum(w * w for w in vec.values()))
        vectors[track] = {t: w * inverse for t, w in vec.items()}
    q = vectors[query]
    result = []
    for track, vec in vectors.items():
        s = sum(w * vec.get(t, 0.0) for t, w in q.items())
        if track != query and s > 0:
            result.append((track, s))
    result.sort(key=lambda item: (-item[1], item[0]))
    return result[:k]
