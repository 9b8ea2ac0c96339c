import math


def tfidf_similar_tracks(tags, query, k):
    """Correct but naive: a dense N x V matrix of tf-idf weights, normalized row
    by row, then the query row against every row over the whole vocabulary:
    O(N V) time and memory (2 * 10^9 cells at full size)."""
    if k < 0:
        raise ValueError("negative k")
    if query not in tags:
        raise KeyError(query)
    vocabulary = sorted({t for names in tags.values() for t in names})
    col = {t: j for j, t in enumerate(vocabulary)}
    tracks = list(tags)
    matrix = []
    for track in tracks:
        row = [0.0] * len(vocabulary)
        for t in tags[track]:
            row[col[t]] += 1.0
        matrix.append(row)
    n = len(tracks)
    for j in range(len(vocabulary)):
        df = sum(1 for row in matrix if row[j] > 0)
        idf = math.log((1 + n) / (1 + df)) + 1
        for row in matrix:
            row[j] *= idf
    for row in matrix:
        norm = math.sqrt(sum(w * w for w in row))
        if norm:
            for j in range(len(row)):
                row[j] /= norm
    q = matrix[tracks.index(query)]
    result = []
    for track, row in zip(tracks, matrix):
        if track != query:
            s = sum(a * b for a, b in zip(q, row))
            if s > 0:
                result.append((track, s))
    result.sort(key=lambda item: (-item[1], item[0]))
    return result[:k]
