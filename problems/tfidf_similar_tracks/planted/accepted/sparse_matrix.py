import numpy as np
from scipy.sparse import csr_matrix


def tfidf_similar_tracks(tags, query, k):
    """scipy.sparse: a track x tag count matrix (CSR sums repeated tags), idf as
    a vector, rows scaled to unit L2 norm, then one sparse mat-vec with the
    query's row. O(nnz)."""
    if k < 0:
        raise ValueError("negative k")
    if query not in tags:
        raise KeyError(query)
    tracks = list(tags)
    column = {}
    rows, cols = [], []
    for i, track in enumerate(tracks):
        for tag in tags[track]:
            rows.append(i)
            cols.append(column.setdefault(tag, len(column)))
    m = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(tracks), len(column)))
    m.sum_duplicates()
    df = np.bincount(m.indices, minlength=len(column))
    idf = np.log((1 + len(tracks)) / (1 + df)) + 1
    m.data *= idf[m.indices]
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    m = csr_matrix(m.multiply(1 / norms[:, None]))
    q = tracks.index(query)
    sims = (m @ m[q].T).tocoo()
    found = [(tracks[i], float(s)) for i, s in zip(sims.row, sims.data) if i != q and s > 0]
    found.sort(key=lambda item: (-item[1], item[0]))
    return found[:k]
