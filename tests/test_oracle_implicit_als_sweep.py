"""Cross-check implicit_als_sweep's reference against the implicit library (0.7.3).

``implicit.cpu.als.AlternatingLeastSquares(factors=f, iterations=1,
use_cg=False, regularization=reg, alpha=alpha)`` fitted on R with
``user_factors`` and ``item_factors`` preset. What its source (cpu/als.py)
does, and what is minded here:

- preset factors are used as they are: ``fit`` draws random ones only when
  they are None, and then solves in place into those arrays (so copies go in);
  their dtype is kept, so float64 presets give a float64 solve;
- one iteration is the users' half (``solver(Cui, user_factors,
  item_factors)``) followed by the items' half on the transpose with the NEW
  user factors, exactly our order;
- the confidence of a stored entry is ``alpha * r`` (``Cui = alpha * Cui``,
  skipped when alpha == 1) and 1 elsewhere, p = 1 on stored entries: our
  c = alpha r, not the paper's 1 + alpha r. Its normal equations are
  ``A = YtY + reg I + sum (c - 1) y y^T`` and ``b = sum c y``: regularization
  not scaled by the number of plays;
- ``use_cg=False`` solves each system exactly (Cholesky in the native code,
  numpy.linalg.solve in the pure-Python ``use_native=False`` path); the
  default conjugate gradient takes only 3 steps and is not exact;
- ``fit`` casts R to float32 BEFORE multiplying by alpha, so c = alpha r is
  exact only when it is representable in float32: integer counts and
  power-of-two (or small integer) alphas give float64 agreement within
  1e-10; other alphas (0.3) are compared within 1e-5 relative;
- with the library's default dtype=float32 the factors themselves are
  float32: compared within float32 accuracy (1e-3 relative to the scale).
"""

from __future__ import annotations

import random

import numpy as np
import pytest
from implicit.cpu.als import AlternatingLeastSquares
from scipy.sparse import csr_matrix

from tests.oracles import reference as load_reference

implicit_als_sweep = load_reference("implicit_als_sweep")

# implicit warns once that the BLAS library may use several threads: noise here.
pytestmark = pytest.mark.filterwarnings("ignore:.*configured to use .* threads:RuntimeWarning")


def random_case(rng: random.Random) -> tuple[csr_matrix, np.ndarray, np.ndarray, float]:
    users, items, f = rng.randrange(1, 30), rng.randrange(1, 20), rng.randrange(1, 6)
    density = rng.choice([0.05, 0.2, 0.5])
    gen = np.random.default_rng(rng.getrandbits(32))
    counts = (gen.random((users, items)) < density) * gen.integers(1, 8, (users, items))
    R = csr_matrix(counts)
    X = gen.normal(0, rng.choice([0.1, 0.5, 1.0]), (users, f))
    Y = gen.normal(0, rng.choice([0.1, 0.5, 1.0]), (items, f))
    return R, X, Y, rng.choice([0.01, 0.1, 1.0, 5.0])


def implicit_sweep(R: csr_matrix, X: np.ndarray, Y: np.ndarray, reg: float, alpha: float,
                   dtype: type = np.float64, native: bool = True
                   ) -> tuple[np.ndarray, np.ndarray]:
    model = AlternatingLeastSquares(factors=X.shape[1], regularization=reg, alpha=alpha,
                                    dtype=dtype, use_native=native, use_cg=False,
                                    iterations=1, num_threads=1, random_state=0)
    model.user_factors = X.astype(dtype)  # copies: implicit solves into them
    model.item_factors = Y.astype(dtype)
    model.fit(R, show_progress=False)
    return model.user_factors, model.item_factors


def close(got: np.ndarray, want: np.ndarray, rel: float) -> None:
    scale = max(1.0, float(np.abs(want).max(initial=0.0)))
    np.testing.assert_allclose(got, want, rtol=rel, atol=rel * scale)


@pytest.mark.parametrize("seed", range(60))
@pytest.mark.parametrize("native", [True, False], ids=["native", "python"])
def test_matches_implicit_float64(seed: int, native: bool) -> None:
    rng = random.Random(seed)
    R, X, Y, reg = random_case(rng)
    alpha = rng.choice([1.0, 2.0, 0.5, 40.0, 15.0, 0.25])  # alpha * r exact in float32
    X_in, Y_in = X.copy(), Y.copy()
    got = implicit_als_sweep(R, X, Y, reg, alpha)
    assert np.array_equal(X, X_in) and np.array_equal(Y, Y_in)
    want = implicit_sweep(R, X, Y, reg, alpha, native=native)
    for mine, theirs in zip(got, want, strict=True):
        assert mine.dtype == np.float64 and mine.shape == theirs.shape
        close(mine, theirs, 1e-10)


@pytest.mark.parametrize("seed", range(30))
def test_inexact_alpha_within_float32_rounding_of_c(seed: int) -> None:
    rng = random.Random(1000 + seed)
    R, X, Y, reg = random_case(rng)
    reg = max(reg, 0.1)  # keep the systems well conditioned
    alpha = rng.choice([0.3, 2.7, 40.1])
    got = implicit_als_sweep(R, X, Y, reg, alpha)
    want = implicit_sweep(R, X, Y, reg, alpha)
    for mine, theirs in zip(got, want, strict=True):
        close(mine, theirs, 1e-5)


@pytest.mark.parametrize("seed", range(20))
def test_matches_implicit_default_float32(seed: int) -> None:
    rng = random.Random(2000 + seed)
    R, X, Y, _ = random_case(rng)
    got = implicit_als_sweep(R, X, Y, 1.0, 2.0)
    want = implicit_sweep(R, X, Y, 1.0, 2.0, dtype=np.float32)
    for mine, theirs in zip(got, want, strict=True):
        close(mine, theirs.astype(np.float64), 1e-3)


def test_speed_sized_input_against_implicit() -> None:
    gen = np.random.default_rng(4)
    users, items, f = 1000, 500, 16
    counts = (gen.random((users, items)) < 0.02) * gen.geometric(0.3, (users, items))
    counts[7] = 0  # a listener without plays
    counts[:, 11] = 0  # a track nobody played
    R = csr_matrix(counts)
    X, Y = gen.normal(0, 0.1, (users, f)), gen.normal(0, 0.1, (items, f))
    got = implicit_als_sweep(R, X, Y, 0.1, 40.0)
    want = implicit_sweep(R, X, Y, 0.1, 40.0)
    for mine, theirs in zip(got, want, strict=True):
        close(mine, theirs, 1e-9)
    assert not got[0][7].any() and not got[1][11].any()
