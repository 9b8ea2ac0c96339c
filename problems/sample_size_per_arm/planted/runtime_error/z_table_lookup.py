import math

from scipy.stats import norm

# The z-values an experimenter "knows by heart", kept exact.
Z_TWO_SIDED = {a: norm.ppf(1 - a / 2) for a in (0.05, 0.01, 0.1)}
Z_ONE_SIDED = {a: norm.ppf(1 - a) for a in (0.05, 0.01, 0.1)}
Z_POWER = {p: norm.ppf(p) for p in (0.8, 0.9)}


def sample_size_per_arm(p_base, mde_abs, alpha=0.05, power=0.8, two_sided=True):
    """Looks the z-values up in a table of the usual alphas and powers: any
    other alpha or power raises KeyError."""
    p1, p2 = p_base, p_base + mde_abs
    if not (0 < p1 < 1 and 0 < p2 < 1) or mde_abs == 0:
        raise ValueError("bad rates")
    if not (0 < alpha < 1 and 0 < power < 1):
        raise ValueError("bad alpha or power")
    z_alpha = Z_TWO_SIDED[alpha] if two_sided else Z_ONE_SIDED[alpha]
    z_beta = Z_POWER[power]
    p_bar = (p1 + p2) / 2
    numerator = (z_alpha * math.sqrt(2 * p_bar * (1 - p_bar))
                 + z_beta * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2
    return math.ceil(numerator / mde_abs ** 2)
