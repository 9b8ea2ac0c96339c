"""The one check of an epoch: the reference's arrays within the statement's
tolerance; when they differ, the reason also names the common mistake that
reproduces the submission's answer, if one does."""

from functools import partial

import numpy as np

from judge.testing import WrongAnswer, as_array, call_reference, first_difference, returned


def _epoch(ratings, P, Q, lr, reg, *, sequential=False, reg_lr=True, bias=False, order=None):
    """The spec's epoch, or one of its common misreadings."""
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    mean = sum(r for _, _, r in ratings) / len(ratings) if bias and ratings else 0.0
    for u, i, r in sorted(ratings, key=order) if order else ratings:
        p, q = P[u].copy(), Q[i].copy()
        e = r - (mean + p @ q)
        shrink = lr * reg if reg_lr else reg
        P[u] = p + lr * e * q - shrink * p
        Q[i] = q + lr * e * (P[u] if sequential else p) - shrink * q
    return P, Q


def _full_batch(ratings, P, Q, lr, reg):
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    if ratings:
        u, i, r = (list(x) for x in zip(*ratings, strict=True))
        e = np.array(r, dtype=float) - np.einsum("nf,nf->n", P[u], Q[i])
        dP, dQ = lr * (e[:, None] * Q[i] - reg * P[u]), lr * (e[:, None] * P[u] - reg * Q[i])
        np.add.at(P, u, dP)
        np.add.at(Q, i, dQ)
    return P, Q


MISTAKES = [  # what the submission did, and the epoch that does it
    ("update Q[i] with the NEW P[u]: both steps must use the old rows (copy p first, or"
     " compute both new rows before storing either)", partial(_epoch, sequential=True)),
    ("process the ratings sorted, not in the order given", partial(_epoch, order=tuple)),
    ("process the ratings grouped by listener, not in the order given",
     partial(_epoch, order=lambda x: x[0])),
    ("compute every error from the original P and Q (one full-batch gradient step): each"
     " rating must see the rows as the earlier ratings left them", _full_batch),
    ("subtract reg * p without the learning rate: the step is lr * (e q - reg p)",
     partial(_epoch, reg_lr=False)),
    ("apply the regularization once per epoch instead of in every step",
     lambda rs, P, Q, lr, reg: tuple(M * (1 - lr * reg) for M in _epoch(rs, P, Q, lr, 0.0))),
    ("leave out the regularization", lambda rs, P, Q, lr, reg: _epoch(rs, P, Q, lr, 0.0)),
    ("predict with the global mean added to p . q: this model has no bias term",
     partial(_epoch, bias=True)),
]


def _same(a, b):
    return all(x.shape == y.shape and np.allclose(x, y, rtol=1e-9, atol=1e-12)
               for x, y in zip(a, b, strict=True))


def check_epoch(solution, reference, ratings, P, Q, lr, reg):
    """The submission's (P_new, Q_new) must match the reference's (the statement's
    examples write P and Q as lists: they are passed as arrays)."""
    P, Q = np.asarray(P, dtype=float), np.asarray(Q, dtype=float)
    expected = call_reference(reference, ratings, P, Q, lr, reg)
    got = returned(solution, ratings, P, Q, lr, reg)
    difference = first_difference(got, expected)
    if difference is None:
        return
    mine = tuple(as_array(m) for m in got)
    for mistake, variant in MISTAKES:
        alternative = variant(ratings, P, Q, lr, reg)
        if _same(mine, alternative) and not _same(alternative, expected):
            difference += f"; that is what you get if you {mistake}"
            break
    raise WrongAnswer(difference, call=solution.last_call, expected=expected, actual=got)


check_example = check_epoch
