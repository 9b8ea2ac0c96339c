"""Helpers shared by the test files (not a test file: pytest collects only test_*.py;
the judge puts this folder on sys.path, so the tests `from checks import ...`).

- ``play_matrix`` builds R the way the spec promises (canonical CSR, values >= 0,
  optionally with stored zeros);
- ``spec_scores`` recomputes every candidate's score from the spec, densely;
- ``check_recs`` compares an answer with the reference's and says which rule
  broke; ``judge.testing.pasteable`` makes the "Reproduce" line code that can be pasted.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix

from judge.testing import (
    WrongAnswer,
    as_code,
    call_reference,
    check_type,
    expect_ranking,
    pasteable,
    stub_returns,
)


def play_matrix(rows: Sequence[Sequence[float]], tracks: int | None = None, *,
                dtype: Any = np.int64, stored_zeros: Sequence[tuple[int, int]] = ()
                ) -> csr_matrix:
    """A canonical CSR matrix from dense rows; ``stored_zeros`` are (row, column)
    places of a 0 that is stored explicitly (a stored 0 is not a play)."""
    dense = np.zeros((len(rows), tracks if tracks is not None else len(rows[0])), dtype=dtype)
    for u, row in enumerate(rows):
        dense[u, :len(row)] = row
    keep = dense != 0
    for u, j in stored_zeros:
        keep[u, j] = True
    indptr = np.concatenate([[0], np.cumsum(keep.sum(axis=1))]).astype(np.int32)
    indices = np.nonzero(keep)[1].astype(np.int32)
    R = csr_matrix((dense[keep], indices, indptr), shape=dense.shape)
    return settled(R)


def settled(R: csr_matrix) -> csr_matrix:
    """R with scipy's lazily cached format flags already computed.

    The judge detects a mutation by comparing the pickled arguments before and
    after the call; scipy caches has_sorted_indices / has_canonical_format in
    the object the first time anything (R.power, R.has_canonical_format, ...)
    asks, which would look like a change. Asking here, before the call, keeps
    that harmless caching from being reported.
    """
    assert R.has_canonical_format
    return R


def spec_scores(R: csr_matrix, user: int) -> tuple[dict[int, float], set[int]]:
    """({track: score} of every candidate (unplayed, score > 0), the played tracks),
    computed densely from the spec's formula."""
    dense = R.toarray().astype(np.float64)
    norms = np.sqrt((dense * dense).sum(axis=0))
    unit = dense / np.where(norms > 0, norms, 1.0)
    scores = unit.T @ (unit @ dense[user])
    played = {int(j) for j in np.flatnonzero(dense[user] > 0)}
    return {int(j): float(scores[j]) for j in np.flatnonzero(scores > 0)
            if int(j) not in played}, played


def check_recs(solution: Any, reference: Any, R: csr_matrix, user: int, n: int, *,
               exact: bool = False, note: str = "") -> None:
    """The answer must be the reference's ranking (near-ties within 1e-9 relative may
    swap); with ``exact`` (inputs whose scores every correct arithmetic gets exactly)
    ties must also go by ascending id."""
    expected = call_reference(reference, R, user, n)
    with pasteable(solution):
        got = solution(R, user, n)
    call = as_code(solution.last_call)
    check_type(got, stub_returns(solution.problem), call)
    scores, played = spec_scores(R, user)
    tracks = R.shape[1]

    def wrong(reason: str) -> None:
        raise WrongAnswer(f"{note}{reason}", call=call, expected=expected, actual=got)

    for i, track in enumerate(got):
        if not 0 <= track < tracks:
            wrong(f"the result[{i}] is {track}, which is not a track (columns 0..{tracks - 1})")
        if track in played:
            wrong(f"user {user} already played track {track} ({R[user, track].item()!r} plays):"
                  " played tracks are never recommended")
        if track not in scores:
            wrong(f"track {track} has score 0 (no listener played it together with a track"
                  f" of user {user}): only tracks with score > 0 are recommended")
    if len(set(got)) != len(got):
        wrong("a track appears more than once in the result")
    want = min(n, len(scores))
    if len(got) != want:
        why = (f"{len(scores)} unplayed track(s) have score > 0 and n = {n}, so the result"
               f" must have min(n, candidates) = {want} track(s), not {len(got)}")
        missing = [t for t in expected if t not in got]
        if len(got) < want and missing:
            why += f"; track {missing[0]} (score {scores[missing[0]]:.6g}) is missing"
            row = slice(R.indptr[user], R.indptr[user + 1])
            if missing[0] in set(R.indices[row][R.data[row] == 0].tolist()):
                why += f": R[{user}, {missing[0]}] is a stored 0, which is not a play"
        empty = np.flatnonzero(np.bincount(R.indices, weights=R.data.astype(float) ** 2,
                                           minlength=tracks) == 0)
        if len(got) < want and len(empty):
            why += (f"; note that track(s) {empty[:5].tolist()} have an all-zero column:"
                    " their similarity is 0 by the spec, and a 0/0 = nan there must not"
                    " spoil other scores")
        wrong(why)
    expect_ranking(got, expected, scores, call=call, item="track")
    if exact and got != expected:
        a, b = next((x, y) for x, y in zip(got, expected, strict=True) if x != y)
        wrong(f"tracks {a} and {b} have exactly the same score {scores[a]!r}: ties go by"
              f" ascending id, so {min(a, b)} comes first")


def check_sorted_by_spec(solution: Any, R: csr_matrix, user: int, n: int) -> None:
    """Reference-free: distinct candidates, best first, none better left out."""
    with pasteable(solution):
        got = solution(R, user, n)
    call = as_code(solution.last_call)
    check_type(got, stub_returns(solution.problem), call)
    scores, played = spec_scores(R, user)

    def wrong(reason: str) -> None:
        raise WrongAnswer(reason, call=call, actual=got)

    for track in got:
        if track in played or track not in scores:
            wrong(f"track {track} is not a candidate (played by user {user}, or score 0)")
    if len(set(got)) != len(got):
        wrong("a track appears more than once in the result")
    if len(got) != min(n, len(scores)):
        wrong(f"the result has {len(got)} track(s); expected min(n, candidates) ="
              f" {min(n, len(scores))}")
    for a, b in pairwise(got):
        if scores[a] < scores[b] * (1 - 1e-9):
            wrong(f"track {a} (score {scores[a]:.12g}) comes before track {b} (score"
                  f" {scores[b]:.12g}): the highest score comes first")
    if got:
        floor = min(scores[t] for t in got)
        for track, score in scores.items():
            if track not in got and score > floor * (1 + 1e-9):
                wrong(f"track {track} (score {score:.12g}) is left out, but a track of"
                      f" score {floor:.12g} is in the result")
