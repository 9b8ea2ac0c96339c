"""Speed inputs: n tracks, 2n listeners with 20 plays each, f = 32, reg = 0.1,
alpha = 40. nnz and the rows grow like n, and so does the reference; a dense
confidence matrix or vector per row costs O(U I f^2), which grows like n^2."""

import random

import numpy as np
from scipy.sparse import csr_matrix

FACTORS = 32
PLAYS_PER_LISTENER = 20


def generate(n: int, rng: random.Random) -> tuple[csr_matrix, np.ndarray, np.ndarray, float,
                                                  float]:
    gen = np.random.default_rng(rng.getrandbits(64))
    tracks, listeners = n, 2 * n
    popularity = 1 / np.arange(1, tracks + 1) ** 0.7
    rows = np.repeat(np.arange(listeners), PLAYS_PER_LISTENER)
    cols = gen.choice(tracks, size=rows.size, p=popularity / popularity.sum())
    counts = gen.geometric(0.3, size=rows.size)
    R = csr_matrix((counts, (rows, cols)), shape=(listeners, tracks))
    R.sum_duplicates()  # canonical, repeated plays added up
    X = gen.normal(0.0, 0.1, (listeners, FACTORS))
    Y = gen.normal(0.0, 0.1, (tracks, FACTORS))
    return R, X, Y, 0.1, 40.0
