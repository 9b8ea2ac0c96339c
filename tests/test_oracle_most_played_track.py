"""most_played_track against collections.Counter and statistics.mode."""

from __future__ import annotations

import statistics
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from .oracles import reference

most_played_track = reference("most_played_track")


@settings(max_examples=300, derandomize=True, database=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "", "t10", "t9"]), min_size=1, max_size=40))
def test_agrees_with_counter_and_mode(plays: list[str]) -> None:
    # Counter.most_common keeps first-encountered order among equal counts, and
    # statistics.mode returns the first mode encountered: both are the spec's tie rule.
    assert most_played_track(plays) == Counter(plays).most_common(1)[0][0]
    assert most_played_track(plays) == statistics.mode(plays)
