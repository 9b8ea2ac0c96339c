"""The one check of an answer, shared by both test files: the answer is unique, so
it must equal the reference's; when it does not, the reason names the broken rule,
from scores recomputed here from the spec."""

from itertools import pairwise

from judge.testing import WrongAnswer, call_reference, first_difference, returned, safe_repr


def check_recs(solution, reference, friends, follows, user, k):
    """The submission's list must equal the reference's, and say why when it does not."""
    expected = call_reference(reference, friends, follows, user, k)
    got = returned(solution, friends, follows, user, k)
    if got == expected:
        return

    def wrong(reason):
        raise WrongAnswer(reason, call=solution.last_call, expected=expected, actual=got)

    # {artist: sorted distinct friends who follow it}, from the spec
    mine = {b if a == user else a for a, b in friends if a != b and user in (a, b)}
    own = {artist for who, artist in follows if who == user}
    fans = {}
    for who, artist in follows:
        if who in mine and artist not in own:
            fans.setdefault(artist, set()).add(who)
    fans = {artist: sorted(who) for artist, who in fans.items()}
    for artist, score in got:
        if artist in own:
            wrong(f"{user!r} already follows {artist!r}: artists the user follows are never"
                  " recommended")
        if artist not in fans:
            wrong(f"{artist!r} has score 0 (no friend of {user!r} follows it, counting"
                  " friendships both ways); only artists with score >= 1 are recommended")
        if score != len(fans[artist]):
            wrong(f"{artist!r} is followed by {len(fans[artist])} distinct friend(s) of"
                  f" {user!r} ({safe_repr(fans[artist], 120)}), so its score is"
                  f" {len(fans[artist])}, not {score} (friendship goes both ways; a"
                  " repeated row counts once)")
    artists = [artist for artist, _ in got]
    if len(set(artists)) != len(artists):
        wrong("an artist appears more than once in the result")
    want = min(k, len(fans))
    if len(got) < want:
        best = sorted(fans, key=lambda artist: (-len(fans[artist]), artist))
        missing = next(artist for artist in best[:want] if artist not in set(artists))
        wrong(f"{missing!r} is missing: it is followed by {len(fans[missing])} distinct"
              f" friend(s) of {user!r} ({safe_repr(fans[missing], 120)}; friendship goes"
              f" both ways) and {user!r} does not follow it, so it belongs among the top"
              f" min(k, candidates) = {want}")
    if len(got) != want:
        wrong(f"{len(fans)} artist(s) have score >= 1 and k = {k}, so the result must have"
              f" min(k, candidates) = {want} item(s), not {len(got)}")
    for (a, sa), (b, sb) in pairwise(got):
        if sa < sb:
            wrong(f"{a!r} (score {sa}) comes before {b!r} (score {sb}): the highest score"
                  " must come first")
        if sa == sb and a > b:
            wrong(f"{a!r} and {b!r} both score {sa}, so they must be in ascending id order:"
                  f" {b!r} < {a!r}")
    if got:
        last, last_score = got[-1]
        for artist, who in fans.items():
            if artist not in artists and (-len(who), artist) < (-last_score, last):
                wrong(f"{artist!r} (score {len(who)}) is left out, but it ranks above"
                      f" {last!r} (score {last_score}), which is in the result")
    wrong(first_difference(got, expected) or "the result differs from the expected one")
