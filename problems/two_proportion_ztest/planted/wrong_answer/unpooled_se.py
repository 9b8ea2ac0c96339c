import math

from scipy.stats import norm


def two_proportion_ztest(conv_a, n_a, conv_b, n_b, alternative="two-sided"):
    """Uses the unpooled standard error sqrt(p_a(1-p_a)/n_a + p_b(1-p_b)/n_b),
    the one of a confidence interval, instead of the pooled one of the test."""
    if n_a <= 0 or n_b <= 0 or not 0 <= conv_a <= n_a or not 0 <= conv_b <= n_b:
        raise ValueError("bad counts")
    if alternative not in ("two-sided", "larger", "smaller"):
        raise ValueError("bad alternative")
    p_a, p_b = conv_a / n_a, conv_b / n_b
    se = math.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b)
    if se == 0:
        return 0.0, 1.0
    z = (p_a - p_b) / se
    if alternative == "larger":
        return z, float(norm.sf(z))
    if alternative == "smaller":
        return z, float(norm.cdf(z))
    return z, float(2 * norm.sf(abs(z)))
