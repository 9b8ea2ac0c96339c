import math

from scipy.stats import norm


def two_proportion_ztest(conv_a, n_a, conv_b, n_b, alternative="two-sided"):
    """Checks only that n > 0: conversions above n or below 0 are not rejected."""
    if n_a <= 0 or n_b <= 0:
        raise ValueError("bad counts")
    if alternative not in ("two-sided", "larger", "smaller"):
        raise ValueError("bad alternative")
    p_a, p_b = conv_a / n_a, conv_b / n_b
    p = (conv_a + conv_b) / (n_a + n_b)
    se = math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    if se == 0:
        return 0.0, 1.0
    z = (p_a - p_b) / se
    if alternative == "larger":
        return z, float(norm.sf(z))
    if alternative == "smaller":
        return z, float(norm.cdf(z))
    return z, float(2 * norm.sf(abs(z)))
