"""Helpers of both test files: ``play_matrix`` builds R as the spec promises, and
``check_recs`` says which rule an answer breaks, from the scores of ``spec_scores``."""

from functools import partial

import numpy as np
from scipy.sparse import csr_matrix

from judge.testing import (
    WrongAnswer,
    as_code,
    call_reference,
    check_type,
    expect_raises,
    expect_ranking,
    pasteable,
    stub_returns,
)


def play_matrix(rows, tracks=None, *, dtype=None, stored_zeros=()):
    """A canonical CSR matrix from dense rows (int64, or float64 when a value is
    fractional); ``stored_zeros`` are (row, column) places of an explicitly stored 0."""
    if dtype is None:
        dtype = np.float64 if any(v % 1 for row in rows for v in row) else np.int64
    dense = np.zeros((len(rows), tracks if tracks is not None else len(rows[0])), dtype=dtype)
    for u, row in enumerate(rows):
        dense[u, :len(row)] = row
    keep = dense != 0
    for u, j in stored_zeros:
        keep[u, j] = True
    indptr = np.concatenate([[0], np.cumsum(keep.sum(axis=1))]).astype(np.int32)
    indices = np.nonzero(keep)[1].astype(np.int32)
    return settled(csr_matrix((dense[keep], indices, indptr), shape=dense.shape))


def settled(R):
    """R with scipy's lazily cached format flags computed before the call: the judge
    detects a mutation by comparing the pickled arguments before and after, and
    scipy caches has_canonical_format the first time anything asks."""
    assert R.has_canonical_format
    return R


def spec_scores(R, user):
    """({track: score} of every candidate (unplayed, score > 0), the played tracks),
    computed densely from the spec's formula."""
    dense = R.toarray().astype(np.float64)
    norms = np.sqrt((dense * dense).sum(axis=0))
    unit = dense / np.where(norms > 0, norms, 1.0)
    scores = unit.T @ (unit @ dense[user])
    played = {int(j) for j in np.flatnonzero(dense[user] > 0)}
    return {int(j): float(scores[j]) for j in np.flatnonzero(scores > 0)
            if int(j) not in played}, played


def check_recs(solution, reference, R, user, n, *, exact=False):
    """The answer must be the reference's ranking (near-ties within 1e-9 relative may
    swap); with ``exact`` (inputs whose scores every correct arithmetic gets exactly)
    ties must also go by ascending id."""
    R = settled(R)  # the statement's examples build R themselves
    expected = call_reference(reference, R, user, n)
    with pasteable(solution):
        got = solution(R, user, n)
    call = as_code(solution.last_call)
    check_type(got, stub_returns(solution.problem), call)
    scores, played = spec_scores(R, user)
    tracks = R.shape[1]

    def wrong(reason):
        raise WrongAnswer(reason, call=call, expected=expected, actual=got)

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


# inputs whose scores are exact binary fractions (as the statement's): ties go by id
check_exact = partial(check_recs, exact=True)


def check_raises(solution, reference, R, user, n, *, reason):
    """ValueError, the "Reproduce" line pasteable."""
    with pasteable(solution):
        expect_raises(solution, ValueError, R, user, n, reason=reason)
