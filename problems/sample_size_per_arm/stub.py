def sample_size_per_arm(p_base: float, mde_abs: float, alpha: float = 0.05,
                        power: float = 0.8, two_sided: bool = True) -> int:
    """Return the number of listeners each arm needs, as an int.

    n = ceil((z_crit sqrt(2 pbar qbar) + z_power sqrt(p1 q1 + p2 q2))^2 / mde_abs^2)
    with p1 = p_base, p2 = p_base + mde_abs, pbar = (p1 + p2) / 2, q = 1 - p,
    z_crit = z_{1 - alpha/2} (two-sided) or z_{1 - alpha} (one-sided), and
    z_power = z_{power}. mde_abs may be negative. p_base or p_base + mde_abs
    outside (0, 1), mde_abs = 0, alpha or power outside (0, 1) raise ValueError.
    """
    raise NotImplementedError
