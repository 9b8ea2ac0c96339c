import math
from collections import Counter, defaultdict


def tfidf_similar_tracks(tags, query, k):
    """The straightforward inverted-index version: Counter for tf and df, a
    dict tag -> set of tracks, each candidate's cosine computed in full from the
    two tf-idf dicts, and sorted() with a (-sim, id) key for the top k."""
    if k < 0:
        raise ValueError("k must be >= 0")
    if query not in tags:
        raise KeyError(query)
    n = len(tags)
    tf = {track: Counter(names) for track, names in tags.items()}
    df = Counter()
    index = defaultdict(set)
    for track, counts in tf.items():
        df.update(counts.keys())
        for tag in counts:
            index[tag].add(track)

    def vector(track):
        return {tag: c * (math.log((1 + n) / (1 + df[tag])) + 1) for tag, c in tf[track].items()}

    q = vector(query)
    q_norm = math.sqrt(sum(w * w for w in q.values()))
    candidates = set()
    for tag in q:
        candidates |= index[tag]
    candidates.discard(query)
    scored = []
    for track in candidates:
        d = vector(track)
        dot = sum(w * d[tag] for tag, w in q.items() if tag in d)
        if dot > 0:
            scored.append((track, dot / (q_norm * math.sqrt(sum(w * w for w in d.values())))))
    scored.sort(key=lambda item: (-item[1], item[0]))
    return scored[:k]
