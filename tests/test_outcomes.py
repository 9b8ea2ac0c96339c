"""A worker's failed reply -> outcome kind and reason: the one function both the
correctness side (judge.testing.proxy) and the speed side (judge.speed.measure)
use, on its own."""

from __future__ import annotations

import pytest

from judge.grading.outcomes import Kind, ReplyOutcome, reply_outcome
from judge.grading.verdicts import KIND_TO_VERDICT, Verdict
from judge.isolation.client import Died, Output, Raised


def raised(name: str, *ancestors: str, message: str = "boom") -> Raised:
    return Raised(name, (*ancestors, "Exception", "BaseException", "object"), message,
                  ("line 3, in f: x = 1 / 0",), Output("printed", 7))


@pytest.mark.parametrize("reply, kind, reason", [
    (raised("ZeroDivisionError", "ArithmeticError", message="division by zero"),
     Kind.RUNTIME_ERROR, "raised ZeroDivisionError: division by zero"),
    (raised("KeyError", "LookupError", message=""), Kind.RUNTIME_ERROR, "raised KeyError"),
    (raised("NotImplementedError", "RuntimeError"), Kind.NOT_IMPLEMENTED,
     "still raises NotImplementedError"),
    (raised("MyStub", "NotImplementedError", "RuntimeError"), Kind.NOT_IMPLEMENTED,
     "still raises NotImplementedError"),
    (raised("MemoryError"), Kind.MEMORY_LIMIT, "ran out of memory"),
    (Died("timeout", "no answer within 2 s"), Kind.TIME_LIMIT,
     "did not finish: no answer within 2 s"),
    (Died("cpu", "used up its 10 s of CPU time"), Kind.TIME_LIMIT,
     "did not finish: used up its 10 s of CPU time"),
    (Died("memory", "was killed by the system (SIGKILL)"), Kind.MEMORY_LIMIT,
     "was killed by the system (SIGKILL)"),
    (Died("signal", "crashed with SIGSEGV"), Kind.RUNTIME_ERROR, "crashed with SIGSEGV"),
    (Died("exit", "ended the process with exit code 3"), Kind.RUNTIME_ERROR,
     "ended the process with exit code 3"),
    (Died("protocol", "the worker sent a malformed reply"), Kind.RUNTIME_ERROR,
     "the worker sent a malformed reply"),
], ids=lambda v: v.type if isinstance(v, Raised) else v.how if isinstance(v, Died) else None)
def test_reply_outcome(reply: Raised | Died, kind: Kind, reason: str) -> None:
    assert reply_outcome(reply) == ReplyOutcome(kind, reason)


def test_every_kind_has_a_verdict_and_is_its_plain_name() -> None:
    assert set(KIND_TO_VERDICT) == set(Kind)
    assert KIND_TO_VERDICT[Kind.NOT_IMPLEMENTED] is Verdict.RUNTIME_ERROR
    assert Kind.TIME_LIMIT == "time_limit" and f"{Kind.TIME_LIMIT}" == "time_limit"


def test_both_sides_use_it() -> None:
    """The speed side's message says what the correctness side's says."""
    from judge.speed.measure import SpeedFailure, _ok

    with pytest.raises(SpeedFailure) as caught:
        _ok(Died("timeout", "no answer within 10 s"), 1000, "yours")
    assert caught.value.kind is Kind.TIME_LIMIT
    assert caught.value.reason == "at n=1,000 your code did not finish: no answer within 10 s"
    with pytest.raises(SpeedFailure) as caught:
        _ok(raised("MemoryError"), 10, "yours")
    assert caught.value.kind is Kind.MEMORY_LIMIT
