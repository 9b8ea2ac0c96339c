"""Speed inputs: n tracks over n/5 Zipf-like tags (0 to 10 per track, some
untagged), a well-tagged query, k = 50. The vocabulary grows with n, so a dense
N x V matrix grows like n^2 and shows it."""

import random

import numpy as np


def generate(n: int, rng: random.Random) -> tuple[dict[str, list[str]], str, int]:
    gen = np.random.default_rng(rng.getrandbits(64))
    vocabulary = [f"tag-{i:05d}" for i in range(max(10, n // 5))]
    weights = 1 / np.arange(1, len(vocabulary) + 1) ** 0.9
    lengths = gen.integers(0, 11, n)
    lengths[gen.random(n) < 0.02] = 0
    picks = gen.choice(len(vocabulary), int(lengths.sum()), p=weights / weights.sum()).tolist()
    tracks = [f"track-{i:06d}" for i in range(n)]
    tags, start = {}, 0
    for track, length in zip(tracks, lengths.tolist(), strict=True):
        tags[track] = [vocabulary[j] for j in picks[start:start + length]]
        start += length
    query = next(t for t in tracks[n // 2:] + tracks if len(tags[t]) >= 6)
    return tags, query, 50
