"""A Hypothesis state machine: any sequence of calls, against the reference.

When a sequence fails, Hypothesis shrinks it to a shortest one; the report
prints that sequence as code.
"""

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from checks import step
from judge.testing import run_machine

IDS = st.sampled_from(["a", "b", "c", "d", "e"])
AUDIO = st.sampled_from([b"x", b"yy", b""])


def test_behaves_like_an_lru_cache(solution, reference):
    """Every get, put and len agrees with an LRU cache, after any sequence of calls."""

    class Cache(RuleBasedStateMachine):
        @initialize(capacity=st.integers(1, 3))
        def make(self, capacity):
            self.cache, self.model = solution(capacity), reference(capacity)

        @rule(track_id=IDS)
        def get(self, track_id):
            step(solution, self.cache, self.model, "get", track_id)

        @rule(track_id=IDS, audio=AUDIO)
        def put(self, track_id, audio):
            step(solution, self.cache, self.model, "put", track_id, audio)

        @rule()
        def length(self):
            step(solution, self.cache, self.model, "len")

    run_machine(Cache)
