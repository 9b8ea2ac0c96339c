"""Fingerprints of timed results, made in the worker after the timed calls.

A timed call's result never travels whole (a 10^6-entry array would cost more
to send than to compute): the worker reduces it to a :class:`Print`, and the
judge compares the submission's print with the reference's on the same input
(:func:`same`). Everything that is not a float goes into an exact digest, with
its structure (types, lengths, shapes, keys); floats go into weighted sums, so
that two correct float64 methods that differ in the last bits still agree while a
different value, or the same values in another order, does not. Sets and dicts
are printed in a canonical order (their iteration order is hash-seed luck).

Runs in the worker: imports nothing from the judge's grading side, and numpy or
scipy only if the result is one of theirs (they are then already imported).
"""

from __future__ import annotations

import array
import hashlib
import marshal
import math
import operator
from typing import Any

# A float result agrees within this relative tolerance of the weighted sums
# (scaled by the sum of absolute values). Far above float64 reordering error,
# far below a value that is wrong in any way a test would notice.
RELATIVE = 1e-6
ABSOLUTE = 1e-9
FAST = 64  # a list or dict this long takes the column fast paths (C-speed checks)
EXACT = {int, str, bool, bytes, type(None)}  # scalars printed exactly, as a column
GOLDEN = 0.6180339887498949  # weights 1 + frac(i * golden ratio): every position differs

Print = tuple[bytes, int, float, float, float]  # digest, floats, sum, weighted sum, scale


class _Printer:
    def __init__(self) -> None:
        self.digest = hashlib.blake2b(digest_size=16)
        self.count = 0
        self.total = 0.0
        self.weighted = 0.0
        self.scale = 0.0

    def token(self, text: str) -> None:
        self.digest.update(text.encode("utf-8", "backslashreplace") + b"\x00")

    def number(self, value: float) -> None:
        if math.isnan(value) or math.isinf(value):
            self.token(repr(value))
            return
        self.count += 1
        weight = _weight(self.count)
        self.total += value
        self.weighted += weight * value
        self.scale += weight * abs(value)

    def floats(self, values: Any) -> None:
        """A flat sequence of floats (a list, or a numpy array of any float type)."""
        self.token(f"fvec[{len(values)}]")
        if _module(values).startswith("numpy"):
            import numpy as np

            flat = np.asarray(values, dtype=np.float64).ravel()
            finite = np.isfinite(flat)
            if not finite.all():
                self.token(repr([(int(i), float(flat[i])) for i in np.flatnonzero(~finite)]))
            index = np.arange(self.count + 1, self.count + flat.size + 1, dtype=np.float64)
            weights = 1.0 + np.mod(index * GOLDEN, 1.0)
            clean = np.where(finite, flat, 0.0)
            self.count += int(flat.size)
            self.total += float(clean.sum())
            self.weighted += float((weights * clean).sum())
            self.scale += float((weights * np.abs(clean)).sum())
            return
        for position, value in enumerate(values):
            value = float(value)
            if math.isnan(value) or math.isinf(value):
                self.token(repr((position, value)))
            else:
                self.number(value)

    def ints(self, values: Any) -> None:
        """A flat sequence of integers, exactly."""
        if _module(values).startswith("numpy"):
            import numpy as np

            self.token(f"ivec[{len(values)}]")
            self.digest.update(np.ascontiguousarray(values, dtype=np.int64).tobytes())
            return
        column = array.array("q", values)  # OverflowError beyond 64 bits, before any token
        self.token(f"ivec[{len(values)}]")
        self.digest.update(column.tobytes())

    def flat(self, values: list[Any]) -> bool:
        """A fast path for a big flat column (C-speed type checks, one digest update):
        all floats, or all scalars that are not floats. False: take the slow walk."""
        kinds = set(map(type, values))
        if kinds == {int}:
            try:
                self.ints(values)  # as a numpy integer array prints
                return True
            except OverflowError:  # beyond 64 bits: the exact column below
                pass
        if kinds == {str}:
            # the lengths, then the text: one C pass each, and together unambiguous
            self.token(f"scol[{len(values)}")
            self.digest.update(array.array("q", list(map(len, values))).tobytes())
            self.digest.update("".join(values).encode("utf-8", "surrogatepass"))
            return True
        if kinds <= EXACT:
            self.token(f"col[{len(values)}")
            self.digest.update(marshal.dumps(values))
            return True
        if kinds == {float}:
            self.floats(values)
            return True
        return False

    def rows(self, values: list[Any]) -> bool:
        """A big list of equal-length tuples or lists (pairs, triples): column by column."""
        if not values or not set(map(type, values)) <= {tuple, list}:
            return False
        width = len(values[0])
        if width == 0 or set(map(len, values)) != {width}:
            return False
        self.token(f"rows[{len(values)}x{width}")
        for index in range(width):
            column = list(map(operator.itemgetter(index), values))
            if not self.flat(column):
                for item in column:
                    self.walk(item, 1)
        self.token("]")
        return True

    def walk(self, value: Any, depth: int = 0) -> None:
        if depth > 50:
            self.token("deep")
            return
        kind = type(value)
        if value is None or kind in (bool, int, str, bytes):
            self.token(f"{kind.__name__}:{value!r}")
        elif kind is float:
            self.token("f")
            self.number(value)
        elif kind in (list, tuple):
            # A list and a tuple print alike (a test that cares checks the type).
            items = list(value)
            if len(items) >= FAST and (self.rows(items) if type(items[0]) in (tuple, list)
                                       else self.flat(items)):
                return
            if value and all(type(item) is float for item in value):
                self.floats(value)
            elif value and all(type(item) is int for item in value) and all(
                    -(2 ** 63) <= item < 2 ** 63 for item in value):
                self.ints(value)
            else:
                self.token(f"seq[{len(value)}")
                for item in value:
                    self.walk(item, depth + 1)
                self.token("]")
        elif kind in (set, frozenset):
            self.token(f"set[{len(value)}")
            for item in sorted(value, key=_order):
                self.walk(item, depth + 1)
            self.token("]")
        elif isinstance(value, dict) and len(value) >= FAST and self.table(value):
            return
        elif isinstance(value, dict):
            self.token(f"dict[{len(value)}")
            for key in sorted(value, key=_order):
                self.walk(key, depth + 1)
                self.walk(value[key], depth + 1)
            self.token("]")
        elif _module(value).startswith("numpy"):
            self.array(value, depth)
        elif _module(value).startswith("scipy.sparse") and hasattr(value, "tocsr"):
            matrix = value.tocsr(copy=True)
            matrix.sum_duplicates()
            matrix.eliminate_zeros()  # an explicit zero is storage, not a value
            matrix.sort_indices()
            self.token(f"sparse{matrix.shape}")
            self.ints(matrix.indptr)
            self.ints(matrix.indices)
            self.array(matrix.data, depth)
        elif isinstance(value, float):  # a float subclass
            self.token("f")
            self.number(float(value))
        elif isinstance(value, (int, str)):
            self.walk(int(value) if isinstance(value, int) else str(value), depth + 1)
        else:
            # Objects of the submission's own classes: only their type can be
            # compared, by name, with the reference's.
            self.token(f"object:{kind.__name__}")

    def table(self, value: dict[Any, Any]) -> bool:
        """A big dict whose keys sort (one type of str or int): keys, then values, as
        columns."""
        if len(set(map(type, value))) != 1 or type(next(iter(value))) not in (str, int):
            return False
        keys = sorted(value)
        self.token(f"table[{len(keys)}")
        self.flat(keys)
        values = [value[key] for key in keys]
        if not self.flat(values):
            for item in values:
                self.walk(item, 1)
        self.token("]")
        return True

    def array(self, value: Any, depth: int) -> None:
        """A numpy array prints like the nested lists it would be (``tolist()``)."""
        import numpy as np

        if isinstance(value, np.generic):
            if isinstance(value, np.floating):
                self.token("f")
                self.number(float(value))
            else:
                self.walk(value.item(), depth + 1)
            return
        if not isinstance(value, np.ndarray):
            self.token(f"object:{type(value).__name__}")
            return
        if value.ndim == 0:
            self.array(value[()], depth)
        elif value.ndim > 1 and len(value) >= FAST:
            self.walk(value.tolist(), depth + 1)  # as the same rows in a list print
        elif value.ndim > 1:
            self.token(f"seq[{len(value)}")
            for row in value:
                self.array(row, depth + 1)
            self.token("]")
        elif value.size and value.dtype.kind == "f":
            self.floats(value)
        elif value.size and value.dtype.kind in "iu":
            self.ints(value)
        else:
            self.walk(value.tolist(), depth + 1)


def _weight(index: int) -> float:
    return 1.0 + (index * GOLDEN) % 1.0


def _module(value: Any) -> str:
    return type(value).__module__ or ""


def _order(value: Any) -> tuple[str, str]:
    return (type(value).__name__, repr(value))


def result_print(value: Any) -> Print:
    """The fingerprint of one timed call's result."""
    printer = _Printer()
    try:
        printer.walk(value)
    except Exception as exc:  # a result the printer cannot read: its type stands for it
        printer = _Printer()
        printer.token(f"unprintable:{type(value).__name__}:{type(exc).__name__}")
    return (printer.digest.digest(), printer.count, printer.total, printer.weighted,
            printer.scale)


def same(yours: Print, reference: Print) -> bool:
    """Whether two prints show the same result (floats within RELATIVE)."""
    if yours[0] != reference[0] or yours[1] != reference[1]:
        return False
    scale = max(reference[4], yours[4])
    allowed = RELATIVE * scale + ABSOLUTE
    return (abs(yours[2] - reference[2]) <= allowed
            and abs(yours[3] - reference[3]) <= allowed)


def mismatch_hint(yours: Print, reference: Print) -> str:
    """A short, harness-free description of how two prints differ."""
    if yours[0] != reference[0]:
        return "a different value"
    if yours[1] != reference[1]:
        return f"{yours[1]} numbers where the reference has {reference[1]}"
    return "different numbers"


