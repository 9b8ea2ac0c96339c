import math

from scipy.stats import norm


def sample_size_per_arm(p_base, mde_abs, alpha=0.05, power=0.8, two_sided=True):
    """Converts with int(), which truncates: always rounds down."""
    p1 = p_base
    p2 = p_base + mde_abs
    if not (0 < p1 < 1 and 0 < p2 < 1) or mde_abs == 0:
        raise ValueError("bad rates")
    if not (0 < alpha < 1 and 0 < power < 1):
        raise ValueError("bad alpha or power")
    z_alpha = norm.ppf(1 - alpha / 2) if two_sided else norm.ppf(1 - alpha)
    z_beta = norm.ppf(power)
    p_bar = (p1 + p2) / 2
    numerator = (z_alpha * math.sqrt(2 * p_bar * (1 - p_bar))
                 + z_beta * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2
    return int(numerator / mde_abs ** 2)
