def fill_playlist(durations, target_s):
    """Correct and much faster than the reference, with a different answer on ties:
    the reachable totals are the bits of one Python int (reach |= reach << d is
    a whole DP row in one operation). Sets are built from the LAST track
    backwards (suffix[i] = totals reachable with tracks i..n-1), and the walk
    forwards skips a track whenever the rest can still reach the total, so it
    prefers later tracks where the reference prefers earlier ones."""
    if target_s < 0 or any(d < 1 for d in durations):
        raise ValueError("bad arguments")
    n = len(durations)
    mask = (1 << (target_s + 1)) - 1
    suffix = [0] * (n + 1)
    suffix[n] = 1
    for i in range(n - 1, -1, -1):
        suffix[i] = suffix[i + 1] | ((suffix[i + 1] << durations[i]) & mask)
    total = suffix[0].bit_length() - 1
    chosen = []
    for i in range(n):
        if not (suffix[i + 1] >> total) & 1:
            chosen.append(i)
            total -= durations[i]
    return chosen
