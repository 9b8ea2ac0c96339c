"""Expected: Runtime Error where the kernel has Landlock (tries to write 200 MiB of files
into /tmp, outside its own folder; the first write is refused)."""


def most_played_track(plays):
    block = b"x" * (1 << 20)
    for i in range(20):
        with open(f"/tmp/judge-hostile-fill-{i}.bin", "wb") as handle:
            for _ in range(10):
                handle.write(block)
    return plays[0]
