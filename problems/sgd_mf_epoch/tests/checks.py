"""The one check of an epoch, shared by both test files.

The answer is unique: it must match the reference's arrays within the
statement's tolerance. When it does not, the reason also says which common
mistake reproduces the submission's answer, if one does.
"""


import numpy as np

from judge.testing import (
    WrongAnswer,
    as_array,
    call_reference,
    first_difference,
    returned,
)


def _epoch(ratings, P, Q, lr, reg, *, sequential=False, reg_lr=True, bias=0.0):
    """The spec's epoch, or one of its common misreadings."""
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    for u, i, r in ratings:
        p, q = P[u].copy(), Q[i].copy()
        e = r - (bias + p @ q)
        shrink = lr * reg if reg_lr else reg
        P[u] = p + lr * e * q - shrink * p
        Q[i] = q + lr * e * (P[u] if sequential else p) - shrink * q
    return P, Q


def _once_per_epoch(ratings, P, Q, lr, reg):
    P, Q = _epoch(ratings, P, Q, lr, 0.0)
    return P * (1 - lr * reg), Q * (1 - lr * reg)


def _full_batch(ratings, P, Q, lr, reg):
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    if not ratings:
        return P, Q
    u, i = [x[0] for x in ratings], [x[1] for x in ratings]
    e = np.array([x[2] for x in ratings], dtype=float) - np.einsum("nf,nf->n", P[u], Q[i])
    dP = lr * (e[:, None] * Q[i] - reg * P[u])
    dQ = lr * (e[:, None] * P[u] - reg * Q[i])
    np.add.at(P, u, dP)
    np.add.at(Q, i, dQ)
    return P, Q


def _mean(ratings):
    return sum(r for _, _, r in ratings) / len(ratings) if ratings else 0.0


MISTAKES = [
    ("update Q[i] with the NEW P[u]: both steps must use the old rows (copy p first, or"
     " compute both new rows before storing either)",
     lambda rs, P, Q, lr, reg: _epoch(rs, P, Q, lr, reg, sequential=True)),
    ("process the ratings sorted, not in the order given",
     lambda rs, P, Q, lr, reg: _epoch(sorted(rs), P, Q, lr, reg)),
    ("process the ratings grouped by listener, not in the order given",
     lambda rs, P, Q, lr, reg: _epoch(sorted(rs, key=lambda x: x[0]), P, Q, lr, reg)),
    ("compute every error from the original P and Q (one full-batch gradient step): each"
     " rating must see the rows as the earlier ratings left them", _full_batch),
    ("subtract reg * p without the learning rate: the step is lr * (e q - reg p)",
     lambda rs, P, Q, lr, reg: _epoch(rs, P, Q, lr, reg, reg_lr=False)),
    ("apply the regularization once per epoch instead of in every step",
     _once_per_epoch),
    ("leave out the regularization",
     lambda rs, P, Q, lr, reg: _epoch(rs, P, Q, lr, 0.0)),
    ("predict with the global mean added to p . q: this model has no bias term",
     lambda rs, P, Q, lr, reg: _epoch(rs, P, Q, lr, reg, bias=_mean(rs))),
]


def _same(a, b):
    return all(x.shape == y.shape and np.allclose(x, y, rtol=1e-9, atol=1e-12)
               for x, y in zip(a, b, strict=True))


def check_epoch(solution, reference, ratings, P, Q, lr, reg):
    """The submission's (P_new, Q_new) must match the reference's; returns them."""
    P, Q = np.asarray(P, dtype=float), np.asarray(Q, dtype=float)
    expected = call_reference(reference, ratings, P, Q, lr, reg)
    got = returned(solution, ratings, P, Q, lr, reg)
    call = solution.last_call
    difference = first_difference(got, expected)
    if difference is None:
        return got
    mine = tuple(as_array(m) for m in got)
    for mistake, variant in MISTAKES:
        alternative = variant(ratings, P, Q, lr, reg)
        if _same(mine, alternative) and not _same(alternative, expected):
            difference += f"; that is what you get if you {mistake}"
            break
    raise WrongAnswer(difference, call=call, expected=expected, actual=got)
