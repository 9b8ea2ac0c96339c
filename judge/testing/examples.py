"""The ``>>>`` examples of a problem's statement, as calls and expected answers."""

from __future__ import annotations

import doctest
import math
import re
import types
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.isolation.wire import SeededRandom
from judge.packages.format import load_problem


@dataclass(frozen=True)
class Example:
    """One ``>>>`` example of a statement: its call and its printed answer."""

    number: int
    source: str
    want: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    @property
    def expected(self) -> Any:
        names: dict[str, Any] = {"inf": math.inf, "nan": math.nan}
        if re.search(r"\b(array|float64|int64)\b", self.want):  # numpy only when shown
            import numpy

            names.update(array=numpy.array, float64=numpy.float64, int64=numpy.int64)
        return eval(self.want, names)

    def __str__(self) -> str:
        return f"example{self.number}"


def _recorder(calls: list[tuple[tuple[Any, ...], dict[str, Any]]]) -> Callable[..., None]:
    def record(*args: Any, **kwargs: Any) -> None:
        calls.append((args, kwargs))

    return record


def _array_names(source: str) -> dict[str, Any]:
    """``np``, ``array`` and ``csr_matrix`` for an example that uses them; numpy and
    scipy are imported only then, not at the collection of every grading run."""
    names: dict[str, Any] = {}
    if "np." in source or "array(" in source:
        import numpy

        names.update(np=numpy, array=numpy.array)
    if "csr_matrix" in source:
        import scipy.sparse

        names["csr_matrix"] = scipy.sparse.csr_matrix
    return names


def statement_examples(anchor: str | Path, entry: str | None = None) -> list[Example]:
    """The ``>>> entry(...)`` examples of the statement of the problem ``anchor`` lies in.

    ``anchor`` is a path inside the package (a test's ``__file__`` will do).
    """
    folder = Path(anchor).resolve()
    while not (folder / "problem.toml").is_file():
        if folder.parent == folder:
            raise FileNotFoundError(f"no problem.toml above {anchor}")
        folder = folder.parent
    if entry is None:
        entry = load_problem(folder).entry
    text = (folder / "statement.md").read_text(encoding="utf-8")
    examples = []
    for number, ex in enumerate(doctest.DocTestParser().get_examples(text), start=1):
        captured: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
        # `random.Random(seed)` in an example is a SeededRandom: it prints as that call
        names = {entry: _recorder(captured), "inf": math.inf, "nan": math.nan,
                 "random": types.SimpleNamespace(Random=SeededRandom),
                 **_array_names(ex.source)}
        eval(ex.source, names)
        if len(captured) != 1:
            raise ValueError(f"{folder / 'statement.md'}: example {number} must be one call"
                             f" of {entry}")
        args, kwargs = captured[0]
        # doctest ends an answer only at a blank line: cut the closing fence and any prose
        want = ex.want.split("```")[0].strip()
        examples.append(Example(number, ex.source.strip(), want, args, kwargs))
    return examples
