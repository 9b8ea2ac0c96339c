"""Oracle cross-check of the artist_spread reference against brute force over
permutations (n <= 8).

Whether an order exists depends only on the artists' counts, so every multiset
of counts with n <= 8 is tried exhaustively, plus random playlists with
duplicate pairs; the brute force looks for any permutation with no two adjacent
tracks by one artist. The reference's order is checked for validity (many
orders are right, so it is never compared with one particular answer).
"""

import itertools
import random
from collections import Counter

import pytest

from tests.oracles import reference as load_reference

artist_spread = load_reference("artist_spread")


def brute_force_exists(artists: list[str]) -> bool:
    """Some permutation of the artists has no two equal neighbours."""
    return any(all(a != b for a, b in itertools.pairwise(order))
               for order in set(itertools.permutations(artists)))


def partitions(n: int, largest: int | None = None):
    """Every multiset of positive counts adding up to n, biggest first."""
    if n == 0:
        yield []
        return
    for first in range(min(n, largest or n), 0, -1):
        for rest in partitions(n - first, first):
            yield [first, *rest]


def check(tracks: list[tuple[str, str]]) -> None:
    got = artist_spread(list(tracks))
    exists = bool(tracks) and brute_force_exists([artist for _, artist in tracks])
    if not exists:
        assert got == []
        return
    assert Counter(got) == Counter(tracks), "not a permutation of the input"
    assert all(a[1] != b[1] for a, b in itertools.pairwise(got)), "adjacent artists repeat"


SHAPES = [counts for n in range(9) for counts in partitions(n)]


@pytest.mark.parametrize("counts", SHAPES, ids=lambda c: "-".join(map(str, c)) or "empty")
def test_every_count_shape(counts: list[int]) -> None:
    rng = random.Random(sum(counts) * 1000 + len(counts))
    artists = [name for name, k in zip("ABCDEFGH", counts, strict=False) for _ in range(k)]
    rng.shuffle(artists)
    check([(f"t{i}", artist) for i, artist in enumerate(artists)])


def _random_playlists() -> list[list[tuple[str, str]]]:
    rng = random.Random(7)
    playlists = []
    for _ in range(80):
        n = rng.randint(0, 8)
        artists = rng.sample(["A", "B", "C", "", "Nova"], rng.randint(1, 5))
        playlists.append([(rng.choice(["x", "y", "z"]), rng.choice(artists)) for _ in range(n)])
    return playlists


@pytest.mark.parametrize("tracks", _random_playlists())
def test_random_playlists_with_duplicates(tracks: list[tuple[str, str]]) -> None:
    check(tracks)


def test_ceil_half_rule_matches_brute_force() -> None:
    """The rule in the spec: an order exists exactly when max count <= ceil(n/2)."""
    for counts in SHAPES[1:]:
        artists = [name for name, k in zip("ABCDEFGH", counts, strict=False) for _ in range(k)]
        n = len(artists)
        assert brute_force_exists(artists) == (max(counts) <= (n + 1) // 2), counts


def test_larger_playlists_follow_the_rule() -> None:
    """Beyond brute force: on larger playlists the reference returns a valid order
    exactly when the ceil(n/2) rule (checked above for n <= 8) says one exists."""
    rng = random.Random(11)
    for _ in range(60):
        n = rng.randint(9, 300)
        top = rng.choice([(n + 1) // 2, (n + 1) // 2 + 1, rng.randint(1, n)])
        artists = ["A"] * top + [rng.choice("BCDEFG") for _ in range(n - top)]
        rng.shuffle(artists)
        tracks = [(f"t{rng.randint(0, 20)}", artist) for artist in artists]
        got = artist_spread(list(tracks))
        if max(Counter(artists).values()) > (n + 1) // 2:
            assert got == []
        else:
            assert Counter(got) == Counter(tracks)
            assert all(a[1] != b[1] for a, b in itertools.pairwise(got))
