"""Speed inputs: n tracks, 4n listeners with 25 plays each (Zipf-like popularity,
geometric counts): 2*10^4 x 5*10^3 at 0.5% density at the largest size; 50 recs.
nnz grows like n, and so does the reference (two sparse mat-vecs); a dense track x
track similarity matrix (n^2) or a dense copy of R (4 n^2) shows its worse growth."""

import random

import numpy as np
from scipy.sparse import csr_matrix

PLAYS_PER_LISTENER = 25


def generate(n: int, rng: random.Random) -> tuple[csr_matrix, int, int]:
    gen = np.random.default_rng(rng.getrandbits(64))
    tracks, listeners = n, 4 * n
    popularity = 1 / np.arange(1, tracks + 1) ** 0.7
    rows = np.repeat(np.arange(listeners), PLAYS_PER_LISTENER)
    cols = gen.choice(tracks, size=rows.size, p=popularity / popularity.sum())
    counts = gen.geometric(0.2, size=rows.size)
    R = csr_matrix((counts, (rows, cols)), shape=(listeners, tracks))
    R.sum_duplicates()  # canonical: sorted indices, repeated plays added up
    return R, int(gen.integers(listeners)), 50
