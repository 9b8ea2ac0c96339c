def two_proportion_ztest(conv_a: int, n_a: int, conv_b: int, n_b: int,
                         alternative: str = "two-sided") -> tuple[float, float]:
    """Return (z, p_value) of the two-proportion z-test of arm A against arm B.

    Pooled standard error: p = (conv_a + conv_b) / (n_a + n_b),
    SE = sqrt(p (1 - p) (1/n_a + 1/n_b)), z = (conv_a/n_a - conv_b/n_b) / SE.
    alternative is "two-sided", "larger" (A converts more than B) or
    "smaller" (A converts less); SE = 0 gives (0.0, 1.0). Counts with n <= 0
    or conv outside 0..n, or another alternative, raise ValueError.
    """
    raise NotImplementedError
