"""Expected: Runtime Error (writes a 300 MiB file in its folder, over the 64 MiB file limit)."""


def most_played_track(plays):
    block = b"x" * (1 << 20)
    with open("big.bin", "wb") as handle:
        for _ in range(300):
            handle.write(block)
    return plays[0]
