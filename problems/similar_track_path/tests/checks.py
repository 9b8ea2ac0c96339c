"""The one check of an answer (many paths are right): valid and as light as the
reference's, never equal to its path; the reference only supplies the distance."""

import itertools
import math
from functools import partial

from judge.testing import ABS_TOL, REL_TOL, WrongAnswer, call_reference, returned

_close = partial(math.isclose, rel_tol=REL_TOL, abs_tol=ABS_TOL)  # inf is close only to itself


def _lightest(edges):
    """{(a, b) with a < b: (lightest weight, how many edges)}; self-loops left out."""
    found = {}
    for u, v, w in edges:
        if u != v:
            key = (min(u, v), max(u, v))
            best, count = found.get(key, (w, 0))
            found[key] = (min(best, w), count + 1)
    return found


def check_path(solution, reference, n, edges, src, dst):
    """The submission's answer must be a valid path from src to dst, as light as
    the reference's, and its distance must be the path's own weight."""
    expected = call_reference(reference, n, edges, src, dst)
    got = returned(solution, n, edges, src, dst)
    call = solution.last_call
    shortest = expected[0]
    distance, path = got

    def wrong(reason):
        raise WrongAnswer(reason, call=call, expected=expected, actual=got)

    if math.isinf(shortest):
        if distance != math.inf:
            wrong(f"dst={dst} cannot be reached from src={src}, so the distance must be"
                  f" inf (math.inf), not {distance!r}")
        if path:
            wrong(f"dst={dst} cannot be reached from src={src}, so the path must be [],"
                  f" not {path!r}")
        return
    if not path:
        wrong(f"the path is empty, but dst={dst} can be reached from src={src}"
              f" (the shortest distance is {shortest!r})")
    if path[0] != src:
        wrong(f"the path does not start at src={src}: it starts at {path[0]}")
    if path[-1] != dst:
        wrong(f"the path does not end at dst={dst}: it ends at {path[-1]}")
    seen = set()
    for node in path:
        if not 0 <= node < n:
            wrong(f"the path visits {node}, which is not a track (tracks are 0..{n - 1})")
        if node in seen:
            wrong(f"the path visits track {node} twice; a path must not repeat a track")
        seen.add(node)
    lightest = _lightest(edges)
    length = 0.0
    parallel = ""
    for a, b in itertools.pairwise(path):
        found = lightest.get((min(a, b), max(a, b)))
        if found is None:
            wrong(f"the path uses {a}-{b}, which is not an edge")
        weight, count = found
        length += weight
        if count > 1 and not parallel:
            parallel = (f" ({a}-{b} is joined by {count} edges and only the lightest,"
                        f" {weight!r}, counts)")
    if not _close(distance, shortest):
        if _close(length, distance):
            wrong(f"the path's length is {distance!r} but the shortest is {shortest!r}")
        wrong(f"the returned distance is {distance!r} but the shortest is {shortest!r};"
              f" the returned path weighs {length!r}{parallel}")
    if not _close(length, distance):
        wrong(f"the path's edges add up to {length!r}, not to the returned distance"
              f" {distance!r}{parallel}")
