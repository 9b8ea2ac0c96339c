"""Tables of hand-picked cases, each a test item of its own.

A package's edge cases were a parametrized test each, all alike: unpack the
case, call ``agree`` (or ``expect_raises``). A table says only what differs::

    test_cut_at_k = cases("Only the first k slots count.", {
        "hit-after-k": (["x", "a"], {"a": 1}, 1),
        "exponential": Call(["a"], {"a": 2}, 1, gain="exponential"),
    })
    test_bad_k_raises = raising("k < 1 raises ValueError.", {"k = 0": (["a"], {}, 0)})

Each entry is a tuple of positional arguments or a :class:`Call`; its name is
the test's id (and, for :func:`raising`, the reason shown).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pytest

from judge.testing.compare import agree, expect_raises

if TYPE_CHECKING:
    from judge.testing.proxy import Solution


class Call:
    """The arguments of one call: ``Call(ranked, relevance, k, gain="linear")``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs

    def __repr__(self) -> str:
        shown = [repr(a) for a in self.args] + [f"{k}={v!r}" for k, v in self.kwargs.items()]
        return f"Call({', '.join(shown)})"


def _arguments(case: Any) -> tuple[tuple[Any, ...], dict[str, Any]]:
    if isinstance(case, Call):
        return case.args, case.kwargs
    if isinstance(case, tuple):
        return case, {}
    raise TypeError(f"a case is a tuple of arguments or a Call, not {case!r}")


def _table(table: Mapping[str, Any] | Sequence[Any],
           ids: Callable[[Any], str] | None = None) -> pytest.MarkDecorator:
    if not table:
        raise ValueError("a table of cases needs at least one case")
    if isinstance(table, Mapping):
        named = list(table.items())
    elif ids is None:
        raise TypeError("a list of cases needs ids=, a function that names a case")
    else:
        named = [(ids(case), case) for case in table]
    return pytest.mark.parametrize("case", named, ids=[name for name, _ in named])


def cases(doc: str, table: Mapping[str, Any] | Sequence[Any], *,
          check: Callable[..., Any] | None = None,
          ids: Callable[[Any], str] | None = None) -> Callable[..., None]:
    """A test over named calls, each checked by ``check(solution, reference, *args,
    **kwargs)`` (:func:`judge.testing.agree` by default); ``doc`` is its docstring,
    the line a report shows. ``table`` maps names to calls, or is a list of calls
    that ``ids`` names."""
    checker = check or agree

    def test(solution: Solution, reference: Callable[..., Any], case: tuple[str, Any]) -> None:
        args, kwargs = _arguments(case[1])
        checker(solution, reference, *args, **kwargs)

    test.__doc__ = doc
    return _table(table, ids)(test)  # type: ignore[no-any-return]


def raising(doc: str, table: Mapping[str, Any],
            error: type[BaseException] = ValueError) -> Callable[..., None]:
    """A test over named calls that must each raise ``error``; a case's name is
    the reason the report gives."""
    def test(solution: Solution, case: tuple[str, Any]) -> None:
        args, kwargs = _arguments(case[1])
        expect_raises(solution, error, *args, reason=case[0], **kwargs)

    test.__doc__ = doc
    return _table(table)(test)  # type: ignore[no-any-return]


def agrees(doc: str, *whole: Any, check: Callable[..., Any] | None = None,
           **strategies: Any) -> Callable[..., None]:
    """A Hypothesis property: on every drawn input the submission agrees with the
    reference (``check(solution, reference, *args)``, :func:`judge.testing.agree`
    by default). Either one strategy of whole calls (tuples or :class:`Call`), or
    one strategy per argument, by name, in the entry point's order::

        test_matches_reference = agrees("Ties go to the first play.", plays=PLAYS, k=KS)
    """
    from hypothesis import given

    checker = check or agree
    if whole:
        if len(whole) != 1 or strategies:
            raise TypeError("agrees takes one strategy of calls, or strategies by name")

        def test_calls(solution: Solution, reference: Callable[..., Any], case: Any) -> None:
            args, kwargs = _arguments(case)
            checker(solution, reference, *args, **kwargs)

        test_calls.__doc__ = doc
        return given(case=whole[0])(test_calls)
    names = list(strategies)

    def test_named(solution: Solution, reference: Callable[..., Any], **drawn: Any) -> None:
        checker(solution, reference, *(drawn[name] for name in names))

    test_named.__doc__ = doc
    return given(**strategies)(test_named)
