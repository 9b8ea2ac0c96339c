import math


def two_proportion_ztest(conv_a, n_a, conv_b, n_b, alternative="two-sided"):
    """Correct without scipy: the normal upper tail is erfc(x / sqrt(2)) / 2,
    accurate to the last digits even far in the tail; z comes from the counts
    directly, (conv_a n_b - conv_b n_a) / (n_a n_b)."""
    if n_a <= 0 or n_b <= 0 or not 0 <= conv_a <= n_a or not 0 <= conv_b <= n_b:
        raise ValueError("bad counts")
    tails = {
        "two-sided": lambda z: math.erfc(abs(z) / math.sqrt(2)),
        "larger": lambda z: math.erfc(z / math.sqrt(2)) / 2,
        "smaller": lambda z: math.erfc(-z / math.sqrt(2)) / 2,
    }
    if alternative not in tails:
        raise ValueError(f"unknown alternative {alternative!r}")
    total, listeners = conv_a + conv_b, n_a + n_b
    if total == 0 or total == listeners:
        return 0.0, 1.0
    p = total / listeners
    se = math.sqrt(p * (1 - p) * (n_a + n_b) / (n_a * n_b))
    z = (conv_a * n_b - conv_b * n_a) / (n_a * n_b) / se
    return z, tails[alternative](z)
