import math

from scipy.stats import norm


def sample_size_per_arm(p_base, mde_abs, alpha=0.05, power=0.8, two_sided=True):
    """Never checks that p_base + mde_abs is inside (0, 1): a target rate of 1
    or more gives a number instead of ValueError."""
    p1 = p_base
    p2 = p_base + mde_abs
    if not 0 < p1 < 1 or mde_abs == 0:
        raise ValueError("bad rates")
    if not (0 < alpha < 1 and 0 < power < 1):
        raise ValueError("bad alpha or power")
    z_alpha = norm.ppf(1 - alpha / 2) if two_sided else norm.ppf(1 - alpha)
    z_beta = norm.ppf(power)
    p_bar = (p1 + p2) / 2
    numerator = (z_alpha * math.sqrt(abs(2 * p_bar * (1 - p_bar)))
                 + z_beta * math.sqrt(abs(p1 * (1 - p1) + p2 * (1 - p2)))) ** 2
    return math.ceil(numerator / mde_abs ** 2)
