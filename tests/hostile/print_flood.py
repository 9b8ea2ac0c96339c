"""Expected: Wrong Answer, its 50 MB of printing captured and cut."""


def most_played_track(plays):
    chunk = "flood " * 1000 + "\n"
    for _ in range(50_000_000 // len(chunk)):
        print(chunk, end="")
    return "not-a-track"
