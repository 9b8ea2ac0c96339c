"""LRUTrackCache against an OrderedDict model, in a Hypothesis state machine."""

from __future__ import annotations

from collections import OrderedDict

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from .oracles import reference

LRUTrackCache = reference("LRUTrackCache")
IDS = st.sampled_from(["a", "b", "c", "d"])


class AgainstOrderedDict(RuleBasedStateMachine):
    @initialize(capacity=st.integers(1, 3))
    def make(self, capacity: int) -> None:
        self.cache = LRUTrackCache(capacity)
        self.capacity = capacity
        self.model: OrderedDict[str, bytes] = OrderedDict()

    @rule(key=IDS)
    def get(self, key: str) -> None:
        expected = self.model.get(key)
        if key in self.model:
            self.model.move_to_end(key)
        assert self.cache.get(key) == expected

    @rule(key=IDS, audio=st.binary(max_size=2))
    def put(self, key: str, audio: bytes) -> None:
        self.model[key] = audio
        self.model.move_to_end(key)
        if len(self.model) > self.capacity:
            self.model.popitem(last=False)
        assert self.cache.put(key, audio) is None
        assert len(self.cache) == len(self.model)


AgainstOrderedDict.TestCase.settings = settings(max_examples=200, derandomize=True,
                                                database=None)
test_against_ordered_dict = AgainstOrderedDict.TestCase
