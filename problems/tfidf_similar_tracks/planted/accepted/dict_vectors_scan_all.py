import math
from collections import Counter


def tfidf_similar_tracks(tags, query, k):
    """A unit vector (a dict) per track, then a dot product of the query with
    every track over the smaller of the two dicts; a full sort at the end.
    No inverted index, but still O(nnz + N log N): accepted."""
    if k < 0:
        raise ValueError("negative k")
    if query not in tags:
        raise KeyError(query)
    n = len(tags)
    df = Counter()
    for names in tags.values():
        df.update(set(names))
    vectors = {}
    for track, names in tags.items():
        vec = {t: c * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in Counter(names).items()}
        norm = math.sqrt(sum(w * w for w in vec.values()))
        vectors[track] = {t: w / norm for t, w in vec.items()} if norm else {}
    q = vectors[query]
    result = []
    for track, vec in vectors.items():
        if track == query:
            continue
        small, big = (vec, q) if len(vec) < len(q) else (q, vec)
        s = sum(w * big[t] for t, w in small.items() if t in big)
        if s > 0:
            result.append((track, s))
    result.sort(key=lambda item: (-item[1], item[0]))
    return result[:k]
