import random


def artist_spread(tracks):
    """Correct but naive: checks that an order exists, then reshuffles (with a fixed
    seed) until no two neighbours share an artist. Fine for a handful of tracks,
    but the chance that a random order is valid falls exponentially with the size
    of the artists, so big playlists never finish."""
    n = len(tracks)
    counts = {}
    for _, artist in tracks:
        counts[artist] = counts.get(artist, 0) + 1
    if not counts or max(counts.values()) > (n + 1) // 2:
        return []
    rng = random.Random(0)
    order = list(tracks)
    while any(order[i][1] == order[i + 1][1] for i in range(n - 1)):
        rng.shuffle(order)
    return order
