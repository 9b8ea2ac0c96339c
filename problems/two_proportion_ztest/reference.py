import math

ALTERNATIVES = ("two-sided", "larger", "smaller")


def upper_tail(x: float) -> float:
    """P(Z >= x) for a standard normal Z, accurate far into the tail (unlike 1 - cdf)."""
    return math.erfc(x / math.sqrt(2)) / 2


def two_proportion_ztest(conv_a: int, n_a: int, conv_b: int, n_b: int,
                         alternative: str = "two-sided") -> tuple[float, float]:
    """Two-proportion z-test with the pooled standard error.

    Under the null hypothesis both arms share one conversion rate, best
    estimated by pooling the counts: p = (conv_a + conv_b) / (n_a + n_b), so
    SE = sqrt(p (1 - p) (1/n_a + 1/n_b)) and z = (p_a - p_b) / SE. The
    p-value is the normal tail beyond z on the side(s) the alternative names
    (scipy.stats.norm.sf would do as well as erfc). SE = 0 (no conversions
    at all, or all converted) is no evidence: (0.0, 1.0). O(1).
    """
    if alternative not in ALTERNATIVES:
        raise ValueError(f"alternative must be one of {ALTERNATIVES}, got {alternative!r}")
    for conv, n in ((conv_a, n_a), (conv_b, n_b)):
        if n <= 0 or not 0 <= conv <= n:
            raise ValueError(f"need n > 0 and 0 <= conversions <= n, got {conv} of {n}")
    pooled = (conv_a + conv_b) / (n_a + n_b)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    if se == 0:
        return 0.0, 1.0
    z = (conv_a / n_a - conv_b / n_b) / se
    if alternative == "larger":
        return z, upper_tail(z)
    if alternative == "smaller":
        return z, upper_tail(-z)
    return z, 2 * upper_tail(abs(z))
