from statistics import NormalDist


def two_proportion_ztest(conv_a, n_a, conv_b, n_b, alternative="two-sided"):
    """Correct with the standard library's NormalDist; the upper tail as
    1 - cdf loses relative precision far out, but stays within 1e-12
    absolute, which is the tolerance."""
    for conv, n in ((conv_a, n_a), (conv_b, n_b)):
        if n < 1 or conv < 0 or conv > n:
            raise ValueError("bad counts")
    if alternative not in ("two-sided", "larger", "smaller"):
        raise ValueError("bad alternative")
    p_a, p_b = conv_a / n_a, conv_b / n_b
    pooled = (conv_a + conv_b) / (n_a + n_b)
    variance = pooled * (1 - pooled) * (1 / n_a + 1 / n_b)
    if variance == 0:
        return (0.0, 1.0)
    z = (p_a - p_b) / variance ** 0.5
    cdf = NormalDist().cdf
    if alternative == "larger":
        return (z, 1 - cdf(z))
    if alternative == "smaller":
        return (z, cdf(z))
    return (z, 2 * (1 - cdf(abs(z))))
