"""Cross-check of the sgd_mf_epoch reference against surprise.SVD.

surprise.SVD(biased=False, n_epochs=1, lr_all=lr, reg_all=reg) runs exactly
the spec's epoch: e = r - q_i . p_u, then p_u += lr (e q_i - reg p_u) and
q_i += lr (e p_u_old - reg q_i), both from the old values (its Cython loop
saves puf and qif before either update). Three things had to be aligned:

- initialization: SVD draws pu and qi with ``rng.normal(init_mean,
  init_std_dev, size)``, users first, from ``random_state``, which it accepts
  as a numpy RandomState. A RandomState subclass whose ``normal`` hands out
  preset arrays sets the factors exactly (init_mean and init_std_dev are
  then ignored); a second check uses the documented route instead,
  init_std_dev=0 and init_mean=c, which gives constant factors;
- ids: surprise numbers users and items by first appearance in the data
  (inner ids); the preset rows and the compared rows go through
  trainset.to_inner_uid / to_inner_iid. Users and items in no rating are not
  in the trainset at all: the reference must leave their rows unchanged;
- order: surprise does not walk the ratings in the data's order but user by
  user (trainset.all_ratings(): users in order of first appearance, each
  user's ratings in data order). The reference, which keeps the given order,
  is fed that same sequence, read back from all_ratings() in raw ids.

surprise sums the dot product factor by factor, numpy with SIMD partial
sums, so entries agree to rounding only: within rel 1e-9, abs 1e-12 (the
statement's tolerance).
"""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest
from surprise import SVD, Dataset, Reader

from tests.oracles import reference as load_reference

sgd_mf_epoch = load_reference("sgd_mf_epoch")


class PresetFactors(np.random.RandomState):
    """A RandomState whose normal() returns the given arrays, in order."""

    def __init__(self, *arrays: np.ndarray) -> None:
        super().__init__(0)
        self.arrays = list(arrays)

    def normal(self, loc=0.0, scale=1.0, size=None):
        array = self.arrays.pop(0)
        assert array.shape == size
        return np.ascontiguousarray(array, dtype=np.double)


def surprise_epoch(ratings, P, Q, lr, reg, *, preset=True):
    """surprise's epoch over `ratings`, as (the order it used, P_new, Q_new) in our ids."""
    frame = pd.DataFrame(ratings, columns=["user", "item", "rating"])
    trainset = Dataset.load_from_df(frame, Reader(rating_scale=(0.5, 5.0))).build_full_trainset()
    users = [trainset.to_raw_uid(inner) for inner in range(trainset.n_users)]
    items = [trainset.to_raw_iid(inner) for inner in range(trainset.n_items)]
    options = dict(n_factors=P.shape[1], biased=False, n_epochs=1, lr_all=lr, reg_all=reg)
    if preset:
        algo = SVD(**options, random_state=PresetFactors(P[users], Q[items]))
    else:  # P and Q constant: the documented init_std_dev=0 route
        algo = SVD(**options, init_mean=float(P[0, 0]), init_std_dev=0.0)
    algo.fit(trainset)
    order = [(users[u], items[i], r) for u, i, r in trainset.all_ratings()]
    P_new, Q_new = P.copy(), Q.copy()
    P_new[users], Q_new[items] = algo.pu, algo.qi
    return order, P_new, Q_new


def random_case(rng: random.Random, n_ratings: int) -> tuple:
    n_users, n_items, f = rng.randint(1, 12), rng.randint(1, 10), rng.randint(1, 8)
    gen = np.random.default_rng(rng.getrandbits(32))
    ratings = [(rng.randrange(n_users), rng.randrange(n_items),
                rng.choice([0.5, 1.0, 2.0, 3.0, 3.5, 4.0, 5.0]))
               for _ in range(rng.randint(1, n_ratings))]
    P, Q = gen.normal(0.1, 0.3, (n_users, f)), gen.normal(0.1, 0.3, (n_items, f))
    return ratings, P, Q, rng.choice([0.005, 0.01, 0.05, 0.1]), rng.choice([0.0, 0.02, 0.1, 0.5])


@pytest.mark.parametrize("seed", range(100))
def test_matches_surprise_svd(seed: int) -> None:
    ratings, P, Q, lr, reg = random_case(random.Random(seed), 40)
    order, want_P, want_Q = surprise_epoch(ratings, P, Q, lr, reg)
    P_in, Q_in = P.copy(), Q.copy()
    got_P, got_Q = sgd_mf_epoch(order, P, Q, lr, reg)
    np.testing.assert_allclose(got_P, want_P, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(got_Q, want_Q, rtol=1e-9, atol=1e-12)
    assert np.array_equal(P, P_in) and np.array_equal(Q, Q_in)  # inputs untouched


@pytest.mark.parametrize("seed", range(20))
def test_matches_surprise_constant_init(seed: int) -> None:
    rng = random.Random(500 + seed)
    ratings, P, Q, lr, reg = random_case(rng, 60)
    c = rng.choice([0.1, 0.3, -0.2])
    P, Q = np.full_like(P, c), np.full_like(Q, c)
    order, want_P, want_Q = surprise_epoch(ratings, P, Q, lr, reg, preset=False)
    got_P, got_Q = sgd_mf_epoch(order, P, Q, lr, reg)
    np.testing.assert_allclose(got_P, want_P, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(got_Q, want_Q, rtol=1e-9, atol=1e-12)


def test_larger_epoch_matches_surprise() -> None:
    rng = random.Random(99)
    gen = np.random.default_rng(99)
    ratings = [(rng.randrange(200), rng.randrange(150), float(rng.randint(1, 5)))
               for _ in range(5000)]
    P, Q = gen.normal(0, 0.1, (200, 32)), gen.normal(0, 0.1, (150, 32))
    order, want_P, want_Q = surprise_epoch(ratings, P, Q, 0.01, 0.02)
    got_P, got_Q = sgd_mf_epoch(order, P, Q, 0.01, 0.02)
    np.testing.assert_allclose(got_P, want_P, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(got_Q, want_Q, rtol=1e-9, atol=1e-12)


def test_surprise_order_is_by_user_not_the_data_order() -> None:
    """The alignment above matters: fed the data's own order, the answers differ."""
    ratings = [(0, 0, 5.0), (1, 1, 1.0), (0, 1, 4.0)]
    P, Q = np.full((2, 3), 0.2), np.full((2, 3), 0.3)
    order, _, want_Q = surprise_epoch(ratings, P, Q, 0.1, 0.02)
    assert order == [(0, 0, 5.0), (0, 1, 4.0), (1, 1, 1.0)]
    got_Q = sgd_mf_epoch(ratings, P, Q, 0.1, 0.02)[1]
    assert not np.allclose(got_Q, want_Q)
    np.testing.assert_allclose(sgd_mf_epoch(order, P, Q, 0.1, 0.02)[1], want_Q, rtol=1e-9)
