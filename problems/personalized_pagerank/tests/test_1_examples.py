"""The statement's examples and hand-picked edge cases, compared with the reference."""

import math
import random

from judge.testing import Call, agree, cases, raising

NAN, INF = math.nan, math.inf
RING = [(0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0)]
DANGLING = [(0, 1, 1.0), (1, 2, 1.0), (3, 0, 1.0), (4, 0, 1.0)]  # 2 is dangling
TAIL = [(0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0), (2, 3, 1.0), (3, 3, 1.0)]
ZEROS = [(0, 1, 1.0), (1, 2, 0.0), (1, 0, 0.0), (2, 0, 1.0), (0, 2, 0.0)]
LOOPS = [(0, 0, 1.0), (0, 1, 1.0), (1, 1, 3.0), (1, 2, 1.0)]
SWING = [(0, 1, 1.0), (1, 0, 1.0)]
OCTO = [(i, (i + 1) % 8, 1.0) for i in range(8)] + [(i, (i + 3) % 8, 1.0) for i in range(8)]
PARALLEL = {"twice-to-2": [(0, 1, 1.0), (0, 2, 1.0), (0, 2, 1.0)],
            "three-to-2": [(0, 2, 0.5), (0, 1, 1.0), (0, 2, 0.25), (0, 2, 0.25)],
            "both-ways": [(0, 1, 2.0), (0, 1, 1.0), (0, 2, 1.0), (1, 0, 1.0), (1, 0, 3.0),
                          (2, 0, 1.0)]}

test_gives_p = cases("Without edges (all nodes dangling) or with alpha = 0 the answer is p.", {
    "single-node": (1, [], {0: 1.0}),
    "no-edges": (3, [], {1: 1.0}),
    "no-edges-two-seeds": (3, [], {0: 1.0, 2: 3.0}),
    "no-edges-zero-seed": (3, [], {2: 0.5, 0: 0.0, 1: 0.5}),
    "alpha-zero": Call(3, [(0, 1, 1.0), (1, 2, 1.0)], {0: 1.0, 1: 1.0}, alpha=0.0),
})

test_parallel_edges_add_up = cases(
    "Parallel edges act as one edge whose weight is the sum of theirs.",
    {**{f"{name}-one-step": Call(3, edges, {0: 1.0}, alpha=0.5, max_iter=1)
        for name, edges in PARALLEL.items()},
     **{name: (3, edges, {0: 1.0}) for name, edges in PARALLEL.items()}})

test_dangling_mass_goes_to_p = cases(
    "A dangling node hands its mass back to p, not to every node uniformly; so does a node"
    " whose out-going edges all weigh 0 (weight-0 edges carry nothing).", {
    **{f"{i}": Call(5, DANGLING, {0: 1.0}, alpha=0.5, max_iter=i) for i in (1, 2, 5, 1000)},
    "zero-weights-2": Call(3, ZEROS, {0: 1.0}, alpha=0.5, max_iter=2),
    "zero-weights": (3, ZEROS, {0: 1.0}),
})

test_starts_from_p = cases(
    "Iteration starts from p: max_iter = k returns exactly k steps from p (0 gives p).", {
    **{f"{i}": Call(4, TAIL, {0: 1.0}, max_iter=i) for i in range(4)},
    **{f"{i}-two-seeds": Call(4, TAIL, {1: 1.0, 3: 1.0}, alpha=0.5, max_iter=i) for i in range(4)},
})

test_self_loops_are_edges = cases(
    "A self-loop is an ordinary edge: it counts in the out-weight and keeps mass in place.",
    {"one-step": Call(3, LOOPS, {0: 1.0}, alpha=0.5, max_iter=1),
     "converged": (3, LOOPS, {0: 1.0})})

test_l1_stopping_rule = cases(
    "Stops at the first iterate whose L1 change (the sum over all nodes) is < tol.", {
    **{f"tol={t}": Call(8, OCTO, {0: 1.0}, tol=t) for t in (0.5, 0.2, 0.1, 0.05, 0.02, 0.01)},
    **{f"tol={t}-alpha=0.95": Call(8, OCTO, {0: 1.0, 4: 1.0}, alpha=0.95, tol=t)
       for t in (0.5, 0.2, 0.1, 0.05, 0.02, 0.01)},
})

test_runs_max_iter_steps = cases(
    "When the change never drops below tol (or tol = 0), the iterate after max_iter steps is"
    " returned.", {
    **{f"swing-{i}": Call(2, SWING, {0: 1.0}, alpha=1.0, max_iter=i) for i in (5, 6, 1000)},
    "tol-zero": Call(3, RING, {0: 1.0}, alpha=0.9, tol=0.0, max_iter=7),
})


def test_medium_random_graph(solution, reference):
    """A random graph of 2,000 nodes and 20,000 edges with a few seeds."""
    rng = random.Random(2024)
    n = 2000
    edges = [(rng.randrange(n), rng.randrange(n), rng.choice([0.5, 1.0, 2.0, 0.0]))
             for _ in range(10 * n)]
    seeds = {rng.randrange(n): rng.choice([1.0, 2.0]) for _ in range(5)}
    with solution.time_limit(60):
        agree(solution, reference, n, edges, seeds)


test_invalid_arguments_raise = raising("Invalid arguments raise ValueError (see the statement).", {
    "n < 0": (-1, [], {0: 1.0}),
    "n == 0 (no node can be a seed)": (0, [], {0: 1.0}),
    "empty seeds": (3, RING, {}),
    "seeds adding up to 0": (3, RING, {0: 0.0, 1: 0.0}),
    "a seed node == n": (3, RING, {3: 1.0}),
    "a seed node == -1": (3, RING, {-1: 1.0}),
    "a negative seed weight": (3, RING, {0: 2.0, 1: -1.0}),
    "a seed weight of nan": (3, RING, {0: NAN}),
    "a seed weight of inf": (3, RING, {0: INF}),
    "an edge endpoint == n": (3, [*RING, (0, 3, 1.0)], {0: 1.0}),
    "an edge source == n": (3, [(0, 1, 1.0), (3, 0, 1.0), *RING], {0: 1.0}),
    "an edge endpoint == -1": (3, [(-1, 0, 1.0), *RING], {0: 1.0}),
    "an edge target == -3": (3, [(0, 1, 1.0), (1, -3, 1.0), *RING], {0: 1.0}),
    "a negative edge weight": (3, [*RING, (0, 2, -0.5)], {0: 1.0}),
    "an edge weight of nan": (3, [*RING, (0, 2, NAN)], {0: 1.0}),
    "an edge weight of inf": (3, [*RING, (0, 2, INF)], {0: 1.0}),
    "a self-loop weight of -inf, first": (3, [(2, 2, -INF), *RING], {0: 1.0}),
    "a weight of nan between good edges": (3, [(0, 1, 1.0), (1, 0, NAN), *RING], {0: 1.0}),
    "alpha > 1": Call(3, RING, {0: 1.0}, alpha=1.5),
    "alpha < 0": Call(3, RING, {0: 1.0}, alpha=-0.1),
    "alpha of nan": Call(3, RING, {0: 1.0}, alpha=NAN),
    "tol < 0": Call(3, RING, {0: 1.0}, tol=-1e-9),
    "tol of nan": Call(3, RING, {0: 1.0}, tol=NAN),
    "max_iter < 0": Call(3, RING, {0: 1.0}, max_iter=-1),
})
