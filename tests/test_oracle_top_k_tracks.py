"""top_k_tracks against a full sort of Counter.items() by (-count, id)."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from .oracles import reference

top_k_tracks = reference("top_k_tracks")


@settings(max_examples=300, derandomize=True, database=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "B", "", "t10", "t9"]), max_size=40),
       st.integers(0, 9))
def test_agrees_with_sorted_counter(plays: list[str], k: int) -> None:
    ranked = sorted(Counter(plays).items(), key=lambda kv: (-kv[1], kv[0]))
    assert top_k_tracks(plays, k) == [track for track, _ in ranked[:k]]
