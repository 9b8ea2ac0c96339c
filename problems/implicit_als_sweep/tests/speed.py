"""Speed inputs: n tracks, 2n listeners who play 50 tracks each (Zipf-like
popularity, geometric play counts), f = 32 random factors, reg = 0.1,
alpha = 40: 10^4 x 5*10^3 with nnz ~ 5*10^5 at the largest size.

nnz and the number of rows grow like n, and so does the reference
(O(nnz f^2 + (U + I) f^3)). A dense confidence matrix or vector per row costs
O(U I f^2), which grows like n^2 and shows it.
"""

import random

import numpy as np
from scipy.sparse import csr_matrix

FACTORS = 32
PLAYS_PER_LISTENER = 50


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
