import math


def upper_tail(x):
    """P(Z >= x) from erf(t) ~ 1 - (a1 s + ... + a5 s^5) exp(-t^2), s = 1/(1 + p t)."""
    t = abs(x) / math.sqrt(2)
    s = 1 / (1 + 0.3275911 * t)
    poly = s * (0.254829592 + s * (-0.284496736 + s * (1.421413741
                + s * (-1.453152027 + s * 1.061405429))))
    erf = 1 - poly * math.exp(-t * t)
    return (1 - erf) / 2 if x >= 0 else (1 + erf) / 2


def two_proportion_ztest(conv_a, n_a, conv_b, n_b, alternative="two-sided"):
    """Writes its own normal tail with the Abramowitz-Stegun polynomial for erf
    (7.1.26), good to about 1e-7 only: the p-values are off beyond the tolerance."""
    if n_a <= 0 or n_b <= 0 or not 0 <= conv_a <= n_a or not 0 <= conv_b <= n_b:
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
        return z, upper_tail(z)
    if alternative == "smaller":
        return z, upper_tail(-z)
    return z, 2 * upper_tail(abs(z))
