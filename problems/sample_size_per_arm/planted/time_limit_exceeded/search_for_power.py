import math
from statistics import NormalDist


def sample_size_per_arm(p_base, mde_abs, alpha=0.05, power=0.8, two_sided=True):
    """Tries n = 1, 2, 3, ... until the power of the test reaches the target:
    the right answer, but one step per listener, and a small effect needs
    hundreds of millions of them."""
    p1, p2 = p_base, p_base + mde_abs
    if not (0 < p1 < 1 and 0 < p2 < 1) or mde_abs == 0:
        raise ValueError("bad rates")
    if not (0 < alpha < 1 and 0 < power < 1):
        raise ValueError("bad alpha or power")
    normal = NormalDist()
    z_alpha = normal.inv_cdf(1 - alpha / 2 if two_sided else 1 - alpha)
    p_bar = (p1 + p2) / 2
    null_sd = math.sqrt(2 * p_bar * (1 - p_bar))
    alt_sd = math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    n = 1
    while normal.cdf((abs(mde_abs) * math.sqrt(n) - z_alpha * null_sd) / alt_sd) < power:
        n += 1
    return n
