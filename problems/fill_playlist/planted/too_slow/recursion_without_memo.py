def fill_playlist(durations, target_s):
    """Correct but naive: for each track, recursively tries taking it and leaving
    it, without remembering results: the same (track, room left) questions are
    answered again and again, up to 2^n calls."""
    if target_s < 0 or any(d < 1 for d in durations):
        raise ValueError("bad arguments")

    def best(i, room):
        """(largest total <= room using tracks i.., the indices)."""
        if i == len(durations):
            return 0, []
        skip = best(i + 1, room)
        if durations[i] <= room:
            total, rest = best(i + 1, room - durations[i])
            if total + durations[i] > skip[0]:
                return total + durations[i], [i] + rest
        return skip

    return best(0, target_s)[1]
