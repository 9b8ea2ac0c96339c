import numpy as np


def personalized_pagerank(n: int, edges: list[tuple[int, int, float]], seeds: dict[int, float],
                          alpha: float = 0.85, tol: float = 1e-10,
                          max_iter: int = 1000) -> np.ndarray:
    """Return the personalized PageRank of the nodes 0..n-1 as a float array of length n.

    edges are directed (u, v, w): parallel edges' weights add up, each row is
    normalized by its node's out-weight; p is seeds normalized to sum 1; a
    node with out-weight 0 is dangling and its mass goes to p. Start from
    x = p and repeat x <- alpha (x P + (x . d) p) + (1 - alpha) p; return the
    first iterate whose L1 change is < tol, or the last one after max_iter
    iterations. Invalid arguments raise ValueError (see the statement).
    Do not modify the arguments.
    """
    raise NotImplementedError
