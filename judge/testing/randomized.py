"""Judging randomized algorithms by statistics, not by one answer.

A randomized solution (a reservoir sample, a sketch's hashing) has many right
answers, so the hidden tests run it many times with seeded generators and test
the counts. Two tests, each exact for a correct solution:

    expect_frequencies   each outcome's count is Binomial(runs, p): an exact
                         two-sided binomial test per outcome, Bonferroni over
                         the outcomes ("the last item is kept with probability
                         0.41; it should be 0.25")
    expect_uniform       categories that must be equally likely (the possible
                         samples): Pearson's chi-square goodness of fit

``alpha`` is the chance that a correct solution is rejected by one call
(default 10^-5, so a handful of such tests stays far below the catalog's
1 in 10^4). The runs are seeded, so a verdict is the same on every check.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any

from judge.grading.outcomes import WrongAnswer
from judge.isolation.wire import safe_repr

ALPHA = 1e-5


def _name(item: Any) -> str:
    return safe_repr(item, 60)


def expect_frequencies(counts: Mapping[Hashable, int], runs: int,
                       probability: Mapping[Hashable, float] | float, *,
                       call: object | None = None, alpha: float = ALPHA,
                       what: str = "is kept", name: Callable[[Any], str] = _name,
                       context: str = "") -> None:
    """Each outcome happened ``counts[o]`` times in ``runs`` independent runs; it
    must be consistent with its probability (one number for all, or per outcome).

    Outcomes missing from ``counts`` count 0. The outcome with the smallest
    p-value is reported when any is below ``alpha / number of outcomes``.
    """
    from scipy.stats import binomtest

    outcomes = list(probability) if isinstance(probability, Mapping) else list(counts)
    if not outcomes:
        return
    worst: tuple[float, Hashable, int, float] | None = None
    for outcome in outcomes:
        p = probability[outcome] if isinstance(probability, Mapping) else float(probability)
        seen = int(counts.get(outcome, 0))
        p_value = float(binomtest(seen, runs, p).pvalue)
        if worst is None or p_value < worst[0]:
            worst = (p_value, outcome, seen, p)
    assert worst is not None
    p_value, outcome, seen, p = worst
    if p_value >= alpha / len(outcomes):
        return
    where = f" {context}" if context else ""
    chance = f"{p_value:.1e}" if p_value > 0 else "below 1e-300"
    raise WrongAnswer(
        f"{name(outcome)} {what} with probability {seen / runs:.3f}; it should be {p:.3f}"
        f"{where} ({seen:,} of {runs:,} seeded runs; a correct solution is this far off"
        f" with probability {chance})", call=call, show_values=False)


def expect_uniform(counts: Mapping[Hashable, int], categories: Sequence[Hashable], *,
                   call: object | None = None, alpha: float = ALPHA,
                   what: str = "outcomes", name: Callable[[Any], str] = _name,
                   context: str = "") -> None:
    """Every category must be equally likely (chi-square goodness of fit); an
    outcome outside ``categories`` is a Wrong Answer by itself."""
    from scipy.stats import chisquare

    known = set(categories)
    stray = [c for c in counts if c not in known and counts[c]]
    where = f" {context}" if context else ""
    if stray:
        raise WrongAnswer(f"{name(stray[0])} is not one of the possible {what}{where}",
                          call=call, show_values=False)
    observed = [int(counts.get(c, 0)) for c in categories]
    runs = sum(observed)
    if runs == 0 or len(categories) < 2:
        return
    result = chisquare(observed)
    p_value = float(result.pvalue)
    if p_value >= alpha:
        return
    expected = runs / len(categories)
    most = max(categories, key=lambda c: counts.get(c, 0))
    least = min(categories, key=lambda c: counts.get(c, 0))
    raise WrongAnswer(
        f"the {len(categories)} possible {what}{where} are not equally likely: in {runs:,}"
        f" seeded runs {name(most)} came {counts.get(most, 0):,} times and {name(least)}"
        f" {counts.get(least, 0):,} times, where each should come about {expected:,.0f}"
        f" times (chi-square p = {p_value:.1e} for a correct solution)", call=call,
        show_values=False)
