"""Expected: Memory Limit Exceeded (grows to at most 4 GiB, in 64 MiB steps)."""


def most_played_track(plays):
    hoard = []
    for _ in range(64):
        hoard.append(bytearray(64 << 20))
    return plays[0]
