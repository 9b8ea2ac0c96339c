"""check_size, the one check of an answer: n = ceil(x) for the exact value x of the
formula, and within 1e-9 * max(1, x) of an integer k both k and k + 1 are right (two
correct ways of computing x may land on either side of k)."""

import math

from scipy.special import ndtri

from judge.testing import WrongAnswer, call_reference, returned

REL = 1e-9


def exact_value(p_base, mde_abs, alpha=0.05, power=0.8, two_sided=True):
    """x = (z_crit sqrt(2 pbar qbar) + z_power sqrt(p1 q1 + p2 q2))^2 / delta^2, unrounded."""
    p1, p2 = p_base, p_base + mde_abs
    p_bar = (p1 + p2) / 2
    z_crit = -ndtri(alpha / 2 if two_sided else alpha)  # z_{1 - a} = -z_a, exactly
    z_power = ndtri(power)
    spread = (z_crit * math.sqrt(2 * p_bar * (1 - p_bar))
              + z_power * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))
    return float(spread ** 2 / mde_abs ** 2)


def accepted_answers(x):
    """The integers a correct solution may return for the exact value x."""
    tol = REL * max(1.0, x)
    return list(range(math.ceil(x - tol), math.ceil(x + tol) + 1))


def check_size(solution, reference, *args, **kwargs):
    """The submission's int must be ceil of the formula (either neighbour near an integer)."""
    x = exact_value(*args, **kwargs)
    ok = accepted_answers(x)
    expected = call_reference(reference, *args, **kwargs)
    if expected not in ok:  # the judge's own bug: a Judge Error, never blamed on the user
        raise RuntimeError(f"the reference returned {expected} for x = {x!r}")
    got = returned(solution, *args, **kwargs)
    call = solution.last_call
    if got in ok:
        return
    shown = " or ".join(str(k) for k in ok)
    reason = f"the formula gives x = {x!r} listeners, so the answer is ceil(x) = {shown}"
    if got == math.floor(x) or got == round(x):
        reason += f", not {got} (round up: {got} listeners fall short of the power)"
    else:
        reason += f", not {got}"
    raise WrongAnswer(reason, call=call, expected=expected, actual=got)
