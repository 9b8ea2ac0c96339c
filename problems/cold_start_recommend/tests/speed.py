"""Speed inputs: n tracks (Zipf-like popularity, 40 genres), a listener whose n/100
plays, CF scores and niche signup genres need all three tiers; n = 100. The history
grows with n, so membership tests in the history list grow like n^2 and show it."""

import random

import numpy as np


def generate(n: int, rng: random.Random) -> tuple:  # (user, history, ..., n)
    gen = np.random.default_rng(rng.getrandbits(64))
    tracks = [f"track-{i:07d}" for i in gen.permutation(n).tolist()]
    plays = (10**6 / np.arange(1, n + 1) ** 1.1).astype(np.int64)
    plays[gen.random(n) < 0.05] = 0
    popularity = dict(zip(tracks, plays.tolist(), strict=True))
    genres = [f"genre-{g:02d}" for g in range(40)]
    sizes = 1 / np.arange(1, 41)
    which = gen.choice(40, n, p=sizes / sizes.sum()).tolist()
    keep = (gen.random(n) < 0.95).tolist()
    track_genre = {t: genres[g] for t, g, kept in zip(tracks, which, keep, strict=True) if kept}
    niche = gen.permutation(n)[: min(n, 30)].tolist()
    for i in niche:
        track_genre[tracks[i]] = "polka" if i % 3 else "sea-shanty"
    weights = plays + 1.0
    me = "user-0000"
    heard = gen.choice(n, max(10, n // 100), p=weights / weights.sum()).tolist()
    history = {me: [tracks[i] for i in heard]}
    scored = gen.permutation(n)[: max(50, n // 100)].tolist()
    scores = np.round(-gen.random(len(scored)), 3)
    scores[:40] = np.round(gen.random(40) + 0.001, 2)
    cf_scores = {me: dict(zip((tracks[i] for i in scored), scores.tolist(), strict=True))}
    signup_genres = {me: ["polka", "sea-shanty", "vaporwave"]}
    for u in range(1, 50):
        other = f"user-{u:04d}"
        history[other] = [tracks[i] for i in gen.integers(0, n, 8).tolist()]
        cf_scores[other] = {tracks[i]: 0.5 for i in gen.integers(0, n, 8).tolist()}
        signup_genres[other] = [genres[u % 40]]
    return me, history, cf_scores, signup_genres, track_genre, popularity, 100
