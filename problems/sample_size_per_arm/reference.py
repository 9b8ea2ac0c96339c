import math
from statistics import NormalDist

QUANTILE = NormalDist().inv_cdf  # z_x with P(Z <= z_x) = x, like scipy.stats.norm.ppf


def sample_size_per_arm(p_base: float, mde_abs: float, alpha: float = 0.05,
                        power: float = 0.8, two_sided: bool = True) -> int:
    """Listeners per arm for a two-proportion z-test to detect p_base -> p_base + mde_abs.

    The test rejects when |z| > z_crit; under the alternative the difference
    is centred on delta with the alternative's variance p1 q1 + p2 q2, while
    the threshold is set with the null's pooled variance 2 pbar qbar. Power
    is reached when sqrt(n) |delta| = z_crit sqrt(2 pbar qbar) + z_power
    sqrt(p1 q1 + p2 q2); n is that squared over delta^2, rounded UP because
    any smaller n falls short. O(1).
    """
    p1, p2 = p_base, p_base + mde_abs
    if not 0 < p1 < 1:  # also rejects NaN
        raise ValueError(f"p_base must be in (0, 1), got {p_base}")
    if mde_abs == 0 or not 0 < p2 < 1:
        raise ValueError(f"p_base + mde_abs must be in (0, 1) and differ from p_base, got {p2}")
    if not 0 < alpha < 1 or not 0 < power < 1:
        raise ValueError(f"alpha and power must be in (0, 1), got {alpha} and {power}")
    z_crit = QUANTILE(1 - alpha / 2) if two_sided else QUANTILE(1 - alpha)
    z_power = QUANTILE(power)
    p_bar = (p1 + p2) / 2
    spread = (z_crit * math.sqrt(2 * p_bar * (1 - p_bar))
              + z_power * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))
    return math.ceil(spread ** 2 / mde_abs ** 2)
