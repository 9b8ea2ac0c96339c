"""Expected: Runtime Error (writes 200 MB straight to file descriptor 1, over the file limit)."""
import os


def most_played_track(plays):
    block = b"x" * (1 << 20)
    for _ in range(200):
        os.write(1, block)
    return plays[0]
