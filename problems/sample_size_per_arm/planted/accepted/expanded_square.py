import math

from scipy.special import ndtri


def sample_size_per_arm(p_base, mde_abs, alpha=0.05, power=0.8, two_sided=True):
    """Correct, the square expanded term by term with scipy.special.ndtri (the
    standard normal quantile); the last bits differ from the reference's,
    which the statement's 1e-9 allowance near an integer absorbs."""
    p1, p2 = p_base, p_base + mde_abs
    for name, value in (("p_base", p1), ("p_base + mde_abs", p2), ("alpha", alpha),
                        ("power", power)):
        if not 0 < value < 1:
            raise ValueError(f"{name} must be in (0, 1)")
    if mde_abs == 0:
        raise ValueError("mde_abs must not be 0")
    a = ndtri(1 - alpha / 2) if two_sided else ndtri(1 - alpha)
    b = ndtri(power)
    p_bar = (p1 + p2) / 2
    null_var = 2 * p_bar * (1 - p_bar)
    alt_var = p1 * (1 - p1) + p2 * (1 - p2)
    total = a * a * null_var + 2 * a * b * math.sqrt(null_var * alt_var) + b * b * alt_var
    return int(math.ceil(total / (mde_abs * mde_abs)))
