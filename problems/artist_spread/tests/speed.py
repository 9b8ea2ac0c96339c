"""Speed inputs: n tracks over about n/64 artists (at least 8) with Zipf-like popularity (the
top artist has under a tenth of the tracks, so an order always exists).

The number of artists grows with n, so an approach that scans every artist's
count for each track it places grows like n^2 and shows it.
"""

import random

import numpy as np


def generate(n: int, rng: random.Random) -> tuple[list[tuple[str, str]]]:
    gen = np.random.default_rng(rng.getrandbits(64))
    # at least 8 artists: tiny playlists stay possible, so reshuffling until valid
    # is measured at a few sizes (its cost explodes, roughly like e^(0.2 n))
    artists = [f"artist{i}" for i in range(max(8, n // 64))]
    popularity = 1 / np.arange(1, len(artists) + 1)
    picks = gen.choice(len(artists), size=n, p=popularity / popularity.sum())
    return (list(zip([f"t{i}" for i in range(n)], [artists[k] for k in picks.tolist()],
                     strict=True)),)
