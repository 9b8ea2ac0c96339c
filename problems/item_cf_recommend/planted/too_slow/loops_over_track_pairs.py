import math


def item_cf_recommend(R, user, n):
    """Correct but naive: every track's column as a dict, then a Python loop over
    every (played track, other track) pair computing its cosine: O(tracks * k
    * column length) dict operations."""
    if n < 0 or not 0 <= user < R.shape[0]:
        raise ValueError("bad n or user")
    tracks = R.shape[1]
    columns = [{} for _ in range(tracks)]
    indptr, indices, data = R.indptr.tolist(), R.indices.tolist(), R.data.tolist()
    for u in range(R.shape[0]):
        for k in range(indptr[u], indptr[u + 1]):
            if data[k] > 0:
                columns[indices[k]][u] = float(data[k])
    norms = [math.sqrt(sum(v * v for v in col.values())) for col in columns]
    mine = {indices[k]: float(data[k])
            for k in range(indptr[user], indptr[user + 1]) if data[k] > 0}
    scores = []
    for j in range(tracks):
        if j in mine or norms[j] == 0:
            continue
        score = 0.0
        for i, plays in mine.items():
            dot = sum(v * columns[j].get(u, 0.0) for u, v in columns[i].items())
            score += plays * dot / (norms[i] * norms[j])
        if score > 0:
            scores.append((-score, j))
    scores.sort()
    return [j for _, j in scores[:n]]
