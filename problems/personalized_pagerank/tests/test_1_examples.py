"""The statement's examples and hand-picked edge cases.

Every answer is compared with the reference's entry by entry, within 1e-8
absolute (the statement's tolerance: [compare] in problem.toml).
"""

import math
import random

import pytest

from judge.testing import Call, agree, cases, raising

NAN, INF = math.nan, math.inf


def test_single_node(solution, reference):
    """One node and no edges: all the score is on it."""
    agree(solution, reference, 1, [], {0: 1.0})


@pytest.mark.parametrize("seeds", [{1: 1.0}, {0: 1.0, 2: 3.0}, {2: 0.5, 0: 0.0, 1: 0.5}])
def test_no_edges_gives_p(solution, reference, seeds):
    """Without edges every node is dangling, so the answer is p (seeds normalized)."""
    agree(solution, reference, 3, [], seeds)


@pytest.mark.parametrize("seeds", [{0: 3.0}, {0: 0.25, 1: 0.25}, {0: 2.0, 3: 6.0}])
def test_seeds_are_normalized(solution, reference, seeds):
    """p is the seeds divided by their total, whatever the total is."""
    agree(solution, reference, 4, [(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0), (3, 0, 1.0)], seeds,
          alpha=0.5)


@pytest.mark.parametrize("max_iter", [1, 2, 3])
def test_weights_normalize_rows(solution, reference, max_iter):
    """Each row is normalized by the out-weight (the sum of weights), not by the edge count."""
    agree(solution, reference, 3, [(0, 1, 1.0), (0, 2, 3.0), (1, 0, 2.0), (2, 0, 0.5)],
          {0: 1.0}, alpha=0.5, max_iter=max_iter)


@pytest.mark.parametrize("edges", [
    [(0, 1, 1.0), (0, 2, 1.0), (0, 2, 1.0)],
    [(0, 2, 0.5), (0, 1, 1.0), (0, 2, 0.25), (0, 2, 0.25)],
    [(0, 1, 2.0), (0, 1, 1.0), (0, 2, 1.0), (1, 0, 1.0), (1, 0, 3.0), (2, 0, 1.0)],
], ids=["twice-to-2", "three-to-2", "both-ways"])
def test_parallel_edges_add_up(solution, reference, edges):
    """Parallel edges act as one edge whose weight is the sum of theirs."""
    agree(solution, reference, 3, edges, {0: 1.0}, alpha=0.5, max_iter=1)
    agree(solution, reference, 3, edges, {0: 1.0})


@pytest.mark.parametrize("max_iter", [1, 2, 5, 1000])
def test_dangling_mass_goes_to_p(solution, reference, max_iter):
    """A dangling node hands its mass back to p, not to every node uniformly."""
    edges = [(0, 1, 1.0), (1, 2, 1.0), (3, 0, 1.0), (4, 0, 1.0)]  # 2 is dangling
    agree(solution, reference, 5, edges, {0: 1.0}, alpha=0.5, max_iter=max_iter)


def test_only_zero_weight_out_edges_is_dangling(solution, reference):
    """A node whose out-going edges all weigh 0 is dangling; weight-0 edges carry nothing."""
    edges = [(0, 1, 1.0), (1, 2, 0.0), (1, 0, 0.0), (2, 0, 1.0), (0, 2, 0.0)]
    agree(solution, reference, 3, edges, {0: 1.0}, alpha=0.5, max_iter=2)
    agree(solution, reference, 3, edges, {0: 1.0})


def test_teleport_goes_to_p(solution, reference):
    """The (1 - alpha) teleport goes to p, not to the uniform vector."""
    edges = [(i, (i + 1) % 6, 1.0) for i in range(6)]
    agree(solution, reference, 6, edges, {0: 1.0})
    agree(solution, reference, 6, edges, {2: 1.0, 3: 3.0}, alpha=0.6)


@pytest.mark.parametrize("max_iter", [0, 1, 2, 3])
def test_starts_from_p(solution, reference, max_iter):
    """Iteration starts from p: max_iter = k returns exactly k steps from p (0 gives p)."""
    edges = [(0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0), (2, 3, 1.0), (3, 3, 1.0)]
    agree(solution, reference, 4, edges, {0: 1.0}, max_iter=max_iter)
    agree(solution, reference, 4, edges, {1: 1.0, 3: 1.0}, alpha=0.5, max_iter=max_iter)


def test_self_loops_are_edges(solution, reference):
    """A self-loop is an ordinary edge: it counts in the out-weight and keeps mass in place."""
    edges = [(0, 0, 1.0), (0, 1, 1.0), (1, 1, 3.0), (1, 2, 1.0)]
    agree(solution, reference, 3, edges, {0: 1.0}, alpha=0.5, max_iter=1)
    agree(solution, reference, 3, edges, {0: 1.0})


@pytest.mark.parametrize("tol", [0.5, 0.2, 0.1, 0.05, 0.02, 0.01])
def test_l1_stopping_rule(solution, reference, tol):
    """Stops at the first iterate whose L1 change (the sum over all nodes) is < tol."""
    edges = [(i, (i + 1) % 8, 1.0) for i in range(8)] + [(i, (i + 3) % 8, 1.0) for i in range(8)]
    agree(solution, reference, 8, edges, {0: 1.0}, tol=tol)
    agree(solution, reference, 8, edges, {0: 1.0, 4: 1.0}, alpha=0.95, tol=tol)


def test_alpha_zero_gives_p(solution, reference):
    """alpha = 0 always jumps back to the seeds: the answer is p."""
    agree(solution, reference, 3, [(0, 1, 1.0), (1, 2, 1.0)], {0: 1.0, 1: 1.0}, alpha=0.0)


test_no_convergence_returns_last_iterate = cases(
    "When the change never drops below tol, the iterate after max_iter steps is returned.", {
    "5": Call(2, [(0, 1, 1.0), (1, 0, 1.0)], {0: 1.0}, alpha=1.0, max_iter=5),
    "6": Call(2, [(0, 1, 1.0), (1, 0, 1.0)], {0: 1.0}, alpha=1.0, max_iter=6),
    "1000": Call(2, [(0, 1, 1.0), (1, 0, 1.0)], {0: 1.0}, alpha=1.0, max_iter=1000),
})


def test_tol_zero_runs_every_iteration(solution, reference):
    """With tol = 0 no change is < tol: all max_iter iterations run."""
    edges = [(0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0)]
    agree(solution, reference, 3, edges, {0: 1.0}, alpha=0.9, tol=0.0, max_iter=7)


def test_medium_random_graph(solution, reference):
    """A random graph of 2,000 nodes and 20,000 edges with a few seeds."""
    rng = random.Random(2024)
    n = 2000
    edges = [(rng.randrange(n), rng.randrange(n), rng.choice([0.5, 1.0, 2.0, 0.0]))
             for _ in range(10 * n)]
    seeds = {rng.randrange(n): rng.choice([1.0, 2.0]) for _ in range(5)}
    with solution.time_limit(60):
        agree(solution, reference, n, edges, seeds)


RING = [(0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0)]
INVALID = {
    "n < 0": ((-1, [], {0: 1.0}), {}),
    "n == 0 (no node can be a seed)": ((0, [], {0: 1.0}), {}),
    "empty seeds": ((3, RING, {}), {}),
    "seeds adding up to 0": ((3, RING, {0: 0.0, 1: 0.0}), {}),
    "a seed node == n": ((3, RING, {3: 1.0}), {}),
    "a seed node == -1": ((3, RING, {-1: 1.0}), {}),
    "a negative seed weight": ((3, RING, {0: 2.0, 1: -1.0}), {}),
    "a seed weight of nan": ((3, RING, {0: NAN}), {}),
    "a seed weight of inf": ((3, RING, {0: INF}), {}),
    "an edge endpoint == n": ((3, [*RING, (0, 3, 1.0)], {0: 1.0}), {}),
    "an edge endpoint == -1": ((3, [(-1, 0, 1.0), *RING], {0: 1.0}), {}),
    "a negative edge weight": ((3, [*RING, (0, 2, -0.5)], {0: 1.0}), {}),
    "an edge weight of nan": ((3, [*RING, (0, 2, NAN)], {0: 1.0}), {}),
    "an edge weight of inf": ((3, [*RING, (0, 2, INF)], {0: 1.0}), {}),
    "alpha > 1": ((3, RING, {0: 1.0}), {"alpha": 1.5}),
    "alpha < 0": ((3, RING, {0: 1.0}), {"alpha": -0.1}),
    "alpha of nan": ((3, RING, {0: 1.0}), {"alpha": NAN}),
    "tol < 0": ((3, RING, {0: 1.0}), {"tol": -1e-9}),
    "max_iter < 0": ((3, RING, {0: 1.0}), {"max_iter": -1}),
}


test_invalid_arguments_raise = raising(
    "Invalid arguments raise ValueError (see the statement's list).",
    {k: Call(*a, **kw) for k, (a, kw) in INVALID.items()})
