"""What crosses the worker boundary: plain data, never the submission's objects.

Judge -> worker: the judge's own arguments, pickled (the judge's data is trusted).
Worker -> judge: the submission's return value after :func:`to_plain` turned it
into builtin values only::

    None bool int float str bytes        exact builtin types (subclasses are
    list tuple dict set frozenset        unwrapped to their builtin value, so a
                                         str subclass with a lying __eq__ is
                                         just its characters)
    Array(dtype, shape, data)            a numpy array, as raw bytes
    Opaque(type_name, text)              anything else (a generator, a
                                         numpy.int64, a custom object): its type
                                         name and a capped repr, for the report

The judge unpickles replies with :class:`PlainUnpickler`, which refuses every
global except the two classes above, so no code of the submission can run in
the judge's process, whatever bytes the worker sends.
"""

from __future__ import annotations

import io
import math
import pickle
from typing import Any

PROTOCOL = 5
MAX_DEPTH = 60
REPR_LIMIT = 300


class Opaque:
    """A value the judge cannot take as data: its type name and a short repr."""

    __slots__ = ("text", "type_name")

    def __init__(self, type_name: str, text: str) -> None:
        self.type_name = type_name
        self.text = text

    def __reduce__(self) -> tuple[Any, ...]:
        return (Opaque, (self.type_name, self.text))

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Opaque)
            and other.type_name == self.type_name
            and other.text == self.text
        )

    def __hash__(self) -> int:
        return hash((self.type_name, self.text))

    def __repr__(self) -> str:
        return f"<{self.type_name}: {self.text}>"


class Array:
    """A numpy array as plain bytes; :meth:`to_numpy` rebuilds it in the judge."""

    __slots__ = ("data", "dtype", "shape")

    def __init__(self, dtype: str, shape: tuple[int, ...], data: bytes) -> None:
        self.dtype = dtype
        self.shape = tuple(shape)
        self.data = data

    def __reduce__(self) -> tuple[Any, ...]:
        return (Array, (self.dtype, self.shape, self.data))

    def to_numpy(self) -> Any:
        import numpy as np

        dtype = np.dtype(self.dtype)
        if dtype.hasobject:
            raise ValueError("object arrays do not cross the worker boundary")
        return np.frombuffer(self.data, dtype=dtype).reshape(self.shape).copy()

    def __repr__(self) -> str:
        return f"<array {self.dtype} shape={self.shape}>"


def qualified_type_name(value: object) -> str:
    cls = type(value)
    module = getattr(cls, "__module__", "") or ""
    name = getattr(cls, "__qualname__", cls.__name__)
    if module in ("builtins", "__main__", "solution"):
        return str(name)
    return f"{module}.{name}"


def safe_repr(value: object, limit: int = REPR_LIMIT) -> str:
    """repr() that never raises and never returns more than ``limit`` characters."""
    try:
        text = repr(value)
    except BaseException as exc:  # a hostile __repr__ must not break the judge
        text = f"<unrepresentable {qualified_type_name(value)}: {type(exc).__name__}>"
    if not isinstance(text, str):
        text = f"<{qualified_type_name(value)}>"
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return text


def _numpy_to_plain(value: Any) -> Any:
    import numpy as np

    if isinstance(value, np.ndarray):
        if value.dtype.hasobject:
            return Opaque("numpy.ndarray[object]", safe_repr(value))
        arr = np.ascontiguousarray(value)
        return Array(arr.dtype.str, tuple(int(d) for d in arr.shape), arr.tobytes())
    return Opaque(qualified_type_name(value), safe_repr(value))


_SCALARS = (type(None), bool, int, float, str, bytes)


def to_plain(value: Any, depth: int = 0) -> Any:
    """Turn a submission's value into builtin data (runs in the worker).

    Builtin subclasses are reduced to their base value with the base class's
    own methods (``str.__str__`` and friends), so an override cannot lie.
    """
    if depth > MAX_DEPTH:
        return Opaque("too-deep", "nesting deeper than 60 levels")
    cls = type(value)
    if cls in _SCALARS:
        return value
    if cls is list or cls is tuple:
        if all(type(v) in _SCALARS for v in value):
            return value
        items = [to_plain(v, depth + 1) for v in value]
        return items if cls is list else tuple(items)
    if cls is dict:
        return {to_plain(k, depth + 1): to_plain(v, depth + 1) for k, v in value.items()}
    if cls is set or cls is frozenset:
        return cls(to_plain(v, depth + 1) for v in value)
    if getattr(cls, "__module__", "").split(".")[0] == "numpy":
        if isinstance(value, float):  # numpy.float64 is a float, by the catalog's rule
            return float.__float__(value)
        return _numpy_to_plain(value)
    # Subclasses of builtins: take the builtin value through the base class.
    if isinstance(value, bool):
        return bool(int.__int__(value))
    if isinstance(value, int):
        return int.__int__(value)
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, bytes):
        return bytes.__bytes__(value) if hasattr(bytes, "__bytes__") else bytes(value)
    if isinstance(value, tuple):
        return tuple(to_plain(v, depth + 1) for v in tuple.__iter__(value))
    if isinstance(value, list):
        return [to_plain(v, depth + 1) for v in list.__iter__(value)]
    if isinstance(value, dict):
        return {
            to_plain(k, depth + 1): to_plain(v, depth + 1)
            for k, v in dict.items(value)
        }
    if isinstance(value, (set, frozenset)):
        items = [to_plain(v, depth + 1) for v in (frozenset.__iter__(value) if isinstance(
            value, frozenset) else set.__iter__(value))]
        return frozenset(items) if isinstance(value, frozenset) else set(items)
    return Opaque(qualified_type_name(value), safe_repr(value))


def dumps(value: Any) -> bytes:
    return pickle.dumps(value, protocol=PROTOCOL)


class PlainUnpickler(pickle.Unpickler):
    """Loads builtin data plus :class:`Opaque` and :class:`Array`; refuses any other global."""

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name in ("Opaque", "Array"):
            return {"Opaque": Opaque, "Array": Array}[name]
        raise pickle.UnpicklingError(f"refused global {module}.{name}")


def loads_plain(data: bytes) -> Any:
    return PlainUnpickler(io.BytesIO(data)).load()


def is_nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)
