import random


def artist_spread(tracks):
    """Reshuffles until no two neighbours share an artist, but never checks first
    whether an order exists: on an impossible playlist it shuffles forever."""
    rng = random.Random(0)
    order = list(tracks)
    while any(order[i][1] == order[i + 1][1] for i in range(len(order) - 1)):
        rng.shuffle(order)
    return order
