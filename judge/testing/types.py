"""Type checks of returned values, with the hint a candidate needs to fix them."""

from __future__ import annotations

import functools
import types
import typing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from judge.grading.outcomes import WrongAnswer
from judge.isolation.wire import Array, Opaque, Sparse, safe_repr

if TYPE_CHECKING:
    from judge.packages.format import Problem


def _type_name(tp: Any) -> str:
    if tp is type(None):
        return "None"
    return getattr(tp, "__name__", None) or str(tp).replace("typing.", "")


def _conversion_hint(value: Any, tp: Any) -> str:
    if isinstance(value, Opaque):
        if value.type_name == "generator":
            return "; a generator is not a list: return list(...)"
        if value.type_name.startswith("numpy.") and tp in (int, float, bool):
            return f"; convert it with {tp.__name__}(...)"
        return ""
    if tp is int and isinstance(value, float):
        return "; a float is not an int even when it is whole: convert with int(...)"
    if tp is list and isinstance(value, tuple):
        return "; return list(...)"
    if tp is tuple and isinstance(value, list):
        return "; return a tuple"
    return ""


def _describe(value: Any) -> str:
    if isinstance(value, Opaque):
        return value.type_name
    if isinstance(value, Array):
        return "numpy.ndarray"
    if isinstance(value, Sparse):
        return f"scipy.sparse.{value.kind}"
    return type(value).__name__



def _is_sparse_type(tp: Any) -> bool:
    return str(getattr(tp, "__module__", "")).startswith("scipy.sparse") and isinstance(tp, type)



def type_problem(value: Any, tp: Any, where: str = "the result") -> str | None:
    """Why ``value`` is not an instance of ``tp`` (a type or typing form), or None."""
    if tp is Any or isinstance(tp, typing.TypeVar):
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if any(type_problem(value, option, where) is None for option in typing.get_args(tp)):
            return None
        return f"{where} is {_describe(value)}, expected {_type_name(tp)}"
    if tp is None or tp is type(None):
        return None if value is None else f"{where} is {_describe(value)}, expected None"
    if _is_sparse_type(tp):
        if isinstance(value, Sparse) and value.kind == tp.__name__:
            return None
        hint = ""
        if isinstance(value, Sparse) and tp.__name__.endswith("_matrix"):
            hint = f"; convert it with scipy.sparse.{tp.__name__}(...)"
        elif isinstance(value, Array):
            hint = f"; build it with scipy.sparse.{tp.__name__}(...)"
        return f"{where} is {_describe(value)}, expected scipy.sparse.{tp.__name__}{hint}"
    if getattr(tp, "__module__", "") == "numpy" and getattr(tp, "__name__", "") == "ndarray":
        return None if isinstance(value, Array) else (
            f"{where} is {_describe(value)}, expected numpy.ndarray")
    base = origin or tp
    ok = isinstance(value, base)
    if base is int and isinstance(value, bool):
        ok = False
    if base is float and isinstance(value, int) and not isinstance(value, bool):
        ok = True  # an int is acceptable where a float is asked (the numeric tower)
    if not ok:
        return (f"{where} is {_describe(value)} {safe_repr(value, 60)}, expected "
                f"{_type_name(base)}{_conversion_hint(value, base)}")
    args = typing.get_args(tp)
    if not args:
        return None
    if base in (list, set, frozenset):
        for i, item in enumerate(value):
            problem = type_problem(item, args[0], f"{where}[{i}]" if base is list else
                                   f"an item of {where}")
            if problem:
                return problem
    elif base is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            items = [(v, args[0]) for v in value]
        else:
            if len(value) != len(args):
                return f"{where} has {_items(len(value))}, expected a tuple of {len(args)}"
            items = list(zip(value, args, strict=True))
        for i, (item, item_tp) in enumerate(items):
            problem = type_problem(item, item_tp, f"{where}[{i}]")
            if problem:
                return problem
    elif base is dict:
        for key, item in value.items():
            problem = type_problem(key, args[0], f"a key of {where}") or type_problem(
                item, args[1], f"{where}[{safe_repr(key, 40)}]")
            if problem:
                return problem
    return None


class _TypeName:
    """Shows a type as its name in the report's "Expected:" line (not as a string)."""

    def __init__(self, tp: Any) -> None:
        self.text = f"a value of type {_type_name(tp)}"

    def __repr__(self) -> str:
        return self.text


def check_type(value: Any, tp: Any, call: object | None) -> None:
    problem = type_problem(value, tp)
    if problem:
        raise WrongAnswer(f"wrong return type: {problem}", call=call,
                          expected=_TypeName(tp), actual=value)


def _items(n: int) -> str:
    return f"{n} item" if n == 1 else f"{n} items"



@functools.cache
def _stub_returns(stub: str, entry: str, method: str | None) -> Any:
    from judge.packages.format import load_module

    module = load_module(Path(stub), f"judge_stub_{Path(stub).parent.name}")
    target = getattr(module, entry)
    if method is not None:
        target = getattr(target, method)
    return typing.get_type_hints(target).get("return", Any)


def stub_returns(problem: Problem, method: str | None = None) -> Any:
    """The return type the stub declares for the entry point (``-> list[int]``),
    the type every result is checked against; for a class problem, that of its
    ``method`` (Any without one)."""
    if problem.kind != "function" and method is None:
        return Any
    return _stub_returns(str(problem.stub), problem.entry, method)
