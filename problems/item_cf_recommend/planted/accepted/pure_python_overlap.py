import math


def item_cf_recommend(R, user, n):
    """Pure Python, the way item-based CF is written without numpy: the
    columns' norms from one pass over the stored plays, then the user's
    scores through the listeners who share a track with them:
    w[v] = sum over the user's tracks i of r_ui R[v, i] / |i|, and
    score[j] = sum over those listeners v of w[v] R[v, j] / |j|.
    Only stored entries are touched: O(nnz) at most, with dicts."""
    if n < 0:
        raise ValueError("n must be >= 0")
    listeners, tracks = R.shape
    if not 0 <= user < listeners:
        raise ValueError("user is not a row of R")
    indptr = R.indptr.tolist()
    indices = R.indices.tolist()
    data = [float(v) for v in R.data.tolist()]
    square = [0.0] * tracks
    for j, value in zip(indices, data):
        square[j] += value * value
    norm = [math.sqrt(s) for s in square]

    mine = {}
    for k in range(indptr[user], indptr[user + 1]):
        if data[k] > 0:
            mine[indices[k]] = data[k]
    if not mine or n == 0:
        return []
    # listeners of each of the user's tracks: one pass over the rows
    weight = {}
    for v in range(listeners):
        total = 0.0
        for k in range(indptr[v], indptr[v + 1]):
            i = indices[k]
            if i in mine and data[k] > 0:
                total += mine[i] * data[k] / norm[i]
        if total:
            weight[v] = total
    scores = {}
    for v, w in weight.items():
        for k in range(indptr[v], indptr[v + 1]):
            j = indices[k]
            if j not in mine and data[k] > 0:
                scores[j] = scores.get(j, 0.0) + w * data[k] / norm[j]
    ranked = sorted((-s, j) for j, s in scores.items() if s > 0)
    return [j for _, j in ranked[:n]]
