"""The one check of a row, shared by the test files. The answer is unique (the scores
are given, ties go by id), so it must equal the reference's; when it does not, the
reason names the broken rule, found with a plain model of the statement: every tier
fully sorted, then merged."""

from judge.testing import WrongAnswer, call_reference, first_difference, returned, safe_repr

TIERS = ("the CF tier", "the genre tier", "the global tier")


class Model:
    """The statement's row, computed the obvious way; cf_tier=True/False forces the CF
    tier on or off."""

    def __init__(self, user, history, cf_scores, signup_genres, track_genre, popularity, n,
                 min_history=5, cf_tier=None):
        self.user, self.track_genre, self.popularity = user, track_genre, popularity
        self.plays, self.heard = len(history.get(user, [])), set(history.get(user, []))
        self.min_history, self.all_cf = min_history, cf_scores.get(user, {})
        cf = self.cf = {t: s for t, s in self.all_cf.items() if s > 0}  # the user's scores > 0
        self.cf_on = len(self.heard) >= min_history and bool(cf) if cf_tier is None else cf_tier
        self.genres = set(signup_genres.get(user, []))
        tiers = [
            sorted(cf, key=lambda t: (-cf[t], t)) if self.cf_on else [],
            sorted((t for t in popularity if t in track_genre and track_genre[t] in self.genres),
                   key=lambda t: (-popularity[t], t)),
            sorted(popularity, key=lambda t: (-popularity[t], t)),
        ]
        self.order, self.tier = [], {}  # every recommendable track in row order; its tier
        for index, tracks in enumerate(tiers):
            for t in tracks:
                if t not in self.heard and t not in self.tier:
                    self.tier[t] = index
                    self.order.append(t)

    def score(self, track):
        return self.cf[track] if self.tier[track] == 0 else self.popularity[track]

    def describe(self, track):
        t = self.tier[track]
        if t == 0:
            return f"{TIERS[0]}, score {self.cf[track]!r}"
        genre = f"genre {self.track_genre[track]!r}, " if t == 1 else ""
        return f"{TIERS[t]}, {genre}{self.popularity[track]!r} plays"

    def not_a_candidate(self, track):
        """Why track cannot be in the row at all, or None when it can."""
        if track in self.heard:
            return (f"{track!r} is in {self.user!r}'s history: a heard track is never"
                    " recommended, in any tier")
        if track in self.tier:
            return None
        if track in self.cf:
            return (f"{track!r} has the CF score {self.cf[track]!r}, but {self.cf_state()}; and"
                    " it is not in popularity, so no other tier has it")
        if track in self.all_cf:
            return (f"{track!r} has the CF score {self.all_cf[track]!r}: only scores > 0 are"
                    " candidates (and it is not in popularity)")
        return f"{track!r} is neither a CF candidate of {self.user!r} nor a track of popularity"

    def cf_state(self):
        if self.cf_on:
            return "the CF tier is on"
        if len(self.heard) < self.min_history:
            return (f"the CF tier is off: {self.user!r} has {len(self.heard)} distinct heard"
                    f" track(s) ({self.plays} plays), fewer than min_history ="
                    f" {self.min_history}; duplicates count once")
        return f"the CF tier is off: {self.user!r} has no CF score > 0"


def check_row(solution, reference, *args, **kwargs):
    """The submission's row must equal the reference's, and say why when it does not."""
    expected = call_reference(reference, *args, **kwargs)
    got = returned(solution, *args, **kwargs)
    call = solution.last_call
    if got == expected:
        return

    def wrong(reason):
        raise WrongAnswer(reason, call=call, expected=expected, actual=got)

    m = Model(*args, **kwargs)
    n = args[6]
    seen = set()
    for track in got:
        if track in seen:
            wrong(f"{track!r} appears twice in the row: a track is never repeated, even when"
                  " two tiers offer it")
        seen.add(track)
        reason = m.not_a_candidate(track)
        if reason:
            wrong(reason)
    if len(got) > n:
        wrong(f"the row has {len(got)} tracks, more than n = {n}")
    if m.cf and got == Model(*args, **kwargs, cf_tier=not m.cf_on).order[:n]:
        if m.cf_on:
            wrong(f"the row skips the CF tier, but it applies: {m.user!r} has {len(m.heard)}"
                  f" distinct heard track(s), at least min_history = {m.min_history}, and"
                  " CF scores > 0")
        wrong(f"the row starts with the CF tier, but {m.cf_state()}")
    for i, want in enumerate(expected):
        if i == len(got):
            wrong(f"the row stops after {len(got)} track(s), but {want!r} ({m.describe(want)})"
                  f" is still available: back-fill from the next tiers up to n = {n}"
                  f" ({m.cf_state()})")
        have = got[i]
        if have == want:
            continue
        a, b = m.tier[want], m.tier[have]
        if b > 0 and m.all_cf.get(have, 1) <= 0:
            why = (f"{have!r} has the CF score {m.all_cf[have]!r}, and only scores > 0 are CF"
                   " candidates, so it is not placed by the CF tier")
        elif b > 0 and have in m.cf and not m.cf_on:
            why = f"{have!r} has a CF score > 0, but {m.cf_state()}"
        elif a < b:
            why = f"{TIERS[a]} comes before {TIERS[b]}"
            if a == 0:
                why += f" ({m.cf_state()})"
            else:
                why += (f" (the genre tier holds the tracks of popularity whose genre is one of"
                        f" {safe_repr(sorted(m.genres), 80)}; a track missing from track_genre"
                        " has no genre)")
        elif m.score(want) != m.score(have):
            why = "within a tier the higher score comes first"
        else:
            why = f"within a tier equal scores go by ascending id: {want!r} < {have!r}"
        wrong(f"place {i} holds {have!r} ({m.describe(have)}), but {want!r}"
              f" ({m.describe(want)}) comes first: {why}")
    if len(got) != len(expected):
        wrong(f"only {len(m.order)} track(s) can be recommended (not heard, no repeats), and"
              f" n = {n}: the row must have {len(expected)}, not {len(got)}")
    wrong(first_difference(got, expected) or "the row differs from the expected one")


check_example = check_row  # the statement's examples too
