"""What crosses the worker boundary: plain data, never the submission's objects.

Judge -> worker: the judge's own arguments, pickled (the judge's data is trusted).
Worker -> judge: the submission's return value after :func:`to_plain` turned it
into builtin values only::

    None bool int float str bytes        exact builtin types (subclasses are
    list tuple dict set frozenset        unwrapped to their builtin value, so a
                                         str subclass with a lying __eq__ is
                                         just its characters)
    Array(dtype, shape, data)            a numpy array, as raw bytes
    Sparse(kind, shape, data, indices,   a scipy sparse matrix, as its CSR
           indptr)                       arrays (each an Array)
    Opaque(type_name, text)              anything else (a generator, a
                                         numpy.int64, a custom object): its type
                                         name and a capped repr, for the report

The judge unpickles replies with :class:`PlainUnpickler`, which refuses every
global except the classes above, so no code of the submission can run in the
judge's process, whatever bytes the worker sends.

Judge -> worker goes the same way (:func:`dumps_args`): numpy arrays, scipy
sparse matrices and ``random.Random`` objects are pickled as plain records
(dtype, shape and bytes; CSR arrays; the generator's state), and the worker's
:class:`ArgUnpickler` allows only the few constructors that rebuild them, so
neither side ever unpickles a reference to arbitrary code. Two recipes let a
test hand the worker what cannot travel as data: :class:`Stream`, an iterable
the worker turns into a one-shot generator (lazily made items, for streaming
problems and their memory check), and a ``random.Random`` (its state), which
the worker rebuilds fresh for every call and every timed batch. An object
the worker made earlier crosses back as a :class:`Handle` (its number), which
the worker resolves to the object itself.
"""

from __future__ import annotations

import io
import math
import pickle
import random
import re
import sys
from typing import Any, ClassVar

PROTOCOL = 5
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
DEFAULT_REPR = re.compile(r"<[\w.]+ object>")
MAX_DEPTH = 60
REPR_LIMIT = 300


class Opaque:
    """A value the judge cannot take as data: its type name and a short repr."""

    __slots__ = ("text", "type_name")

    def __init__(self, type_name: str, text: str) -> None:
        self.type_name = type_name
        # an address means nothing to the reader (and differs on every run)
        self.text = ADDRESS.sub("", text)

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
        if DEFAULT_REPR.fullmatch(self.text):  # object.__repr__: nothing but the type
            return f"<{self.type_name} object>"
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
        size = 1
        for d in self.shape:
            size *= d
        if size <= 60:  # small enough to read: show the values
            try:
                return f"array({self.to_numpy().tolist()!r})"
            except (ValueError, TypeError):
                pass
        return f"<array {self.dtype} shape={self.shape}>"


class Sparse:
    """A scipy sparse matrix as plain CSR arrays; :meth:`to_scipy` rebuilds it.

    ``kind`` is the scipy class name it came from (``csr_matrix``,
    ``csr_array``, ``coo_matrix`` ...), so a type check can tell them apart.
    """

    __slots__ = ("data", "indices", "indptr", "kind", "shape")

    def __init__(self, kind: str, shape: tuple[int, ...], data: Array, indices: Array,
                 indptr: Array) -> None:
        self.kind = kind
        self.shape = tuple(shape)
        self.data = data
        self.indices = indices
        self.indptr = indptr

    def __reduce__(self) -> tuple[Any, ...]:
        return (Sparse, (self.kind, self.shape, self.data, self.indices, self.indptr))

    @property
    def nnz(self) -> int:
        return len(self.indices.data) // max(1, _itemsize(self.indices.dtype))

    def to_scipy(self) -> Any:
        """The CSR matrix (as csr_matrix; the original class name is in ``kind``)."""
        from scipy.sparse import csr_matrix

        return csr_matrix((self.data.to_numpy(), self.indices.to_numpy(),
                           self.indptr.to_numpy()), shape=self.shape)

    def __repr__(self) -> str:
        return (f"<{self.kind} shape={self.shape} dtype={self.data.dtype} "
                f"nnz={self.nnz:,}>")


def _itemsize(dtype: str) -> int:
    import numpy as np

    return int(np.dtype(dtype).itemsize)


def _sparse_to_plain(value: Any) -> Sparse | Opaque:
    """Any scipy sparse matrix or array, through its CSR form (a copy when it is not CSR)."""
    kind = type(value).__name__
    try:
        csr = value if getattr(value, "format", "") == "csr" else value.tocsr()
        if csr.dtype.hasobject:
            return Opaque(f"scipy.sparse.{kind}[object]", safe_repr(value))
        parts = [_numpy_to_plain(getattr(csr, name)) for name in ("data", "indices", "indptr")]
        shape = tuple(int(d) for d in csr.shape)
    except Exception as exc:  # a broken subclass: report it, do not crash the worker
        return Opaque(f"scipy.sparse.{kind}", f"unreadable sparse matrix ({exc})"[:REPR_LIMIT])
    if not all(isinstance(part, Array) for part in parts):
        return Opaque(f"scipy.sparse.{kind}", safe_repr(value))
    data, indices, indptr = parts
    assert isinstance(data, Array) and isinstance(indices, Array) and isinstance(indptr, Array)
    return Sparse(kind, shape, data, indices, indptr)


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
    root = getattr(cls, "__module__", "").split(".")[0]
    if root == "scipy" and hasattr(value, "tocsr") and hasattr(value, "nnz"):
        return _sparse_to_plain(value)
    if root == "numpy":
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
    """Loads builtin data plus :class:`Opaque`, :class:`Array` and :class:`Sparse`;
    refuses any other global."""

    ALLOWED: ClassVar[dict[str, Any]] = {"Opaque": Opaque, "Array": Array, "Sparse": Sparse}

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name in self.ALLOWED:
            return self.ALLOWED[name]
        raise pickle.UnpicklingError(f"refused global {module}.{name}")


def loads_plain(data: bytes) -> Any:
    return PlainUnpickler(io.BytesIO(data)).load()


# -- judge -> worker -----------------------------------------------------------

class Stream:
    """An iterable argument that the worker turns into a one-shot generator.

    ``Stream(items=[...])`` yields the given items; ``Stream(n=10**6)`` yields
    ``0 .. n-1`` made one at a time (nothing is stored: a solution that keeps
    them all shows it in its memory); ``fmt`` turns each number into a string
    (``fmt="t{}"`` yields ``"t0", "t1", ...``). In the judge's process the
    same object is an ordinary iterable, so the reference can take it too.
    """

    __slots__ = ("fmt", "items", "n")

    def __init__(self, items: list[Any] | tuple[Any, ...] | None = None, *,
                 n: int | None = None, fmt: str | None = None) -> None:
        if (items is None) == (n is None):
            raise ValueError("Stream takes items or n, not both")
        self.items = None if items is None else list(items)
        self.n = n
        self.fmt = fmt

    def __iter__(self) -> Any:
        return make_stream(self.items, self.n, self.fmt)

    def __len__(self) -> int:
        return len(self.items) if self.items is not None else int(self.n or 0)

    def __deepcopy__(self, memo: dict[int, Any]) -> Stream:
        return self  # it is never changed: iteration makes a new generator

    def __repr__(self) -> str:
        if self.items is not None:
            return f"iter({safe_repr(self.items, 200)})"
        made = f"{self.fmt!r}.format(i)" if self.fmt else "i"
        return f"({made} for i in range({self.n}))"


def make_stream(items: list[Any] | None, n: int | None, fmt: str | None) -> Any:
    """A one-shot generator (a solution that iterates twice sees nothing the second time)."""
    if items is not None:
        return (item for item in items)
    if fmt is None:
        return (i for i in range(int(n or 0)))
    return (fmt.format(i) for i in range(int(n or 0)))


class Recipe:
    """In the worker: an argument made afresh for each call (a Stream or a Random)."""

    __slots__ = ("args", "kind")

    def __init__(self, kind: str, args: tuple[Any, ...]) -> None:
        self.kind = kind
        self.args = args

    def make(self) -> Any:
        if self.kind == "stream":
            return make_stream(*self.args)
        import random

        rng = random.Random()
        rng.setstate(self.args[0])
        return rng


def _rebuild_array(dtype: str, shape: tuple[int, ...], data: bytes) -> Any:
    return Array(dtype, shape, data).to_numpy()


def _rebuild_sparse(kind: str, shape: tuple[int, ...], data: Any, indices: Any,
                    indptr: Any) -> Any:
    import scipy.sparse

    matrix = scipy.sparse.csr_matrix((data, indices, indptr), shape=shape)
    cls = getattr(scipy.sparse, kind, None)
    if kind != "csr_matrix" and isinstance(cls, type):
        matrix = cls(matrix)  # the argument's own class and format, e.g. csc_matrix
    return matrix


def _rebuild_recipe(kind: str, args: tuple[Any, ...]) -> Recipe:
    return Recipe(kind, args)


class Handle:
    """An object living in the worker (an instance the entry class made earlier), sent
    as an argument: the grading side's proxy of it pickles as this record, and the
    worker puts its own object in its place before the call (``sketch.merge(other)``
    with two proxies runs as ``sketch.merge(other)`` on the two real objects)."""

    __slots__ = ("id",)

    def __init__(self, id: int) -> None:
        self.id = id

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_handle, (self.id,))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Handle) and other.id == self.id

    def __hash__(self) -> int:
        return hash(("Handle", self.id))

    def __repr__(self) -> str:
        return f"Handle({self.id})"


def _rebuild_handle(id: int) -> Handle:
    return Handle(int(id))


def _reduce_array(value: Any) -> tuple[Any, ...]:
    if value.dtype.hasobject:
        raise pickle.PicklingError("object arrays do not cross the worker boundary")
    import numpy as np

    arr = np.ascontiguousarray(value)
    return (_rebuild_array, (arr.dtype.str, tuple(int(d) for d in arr.shape), arr.tobytes()))


def _reduce_sparse(value: Any) -> tuple[Any, ...]:
    csr = value.tocsr()
    return (_rebuild_sparse, (type(value).__name__, tuple(int(d) for d in csr.shape),
                              csr.data, csr.indices, csr.indptr))


def _reduce_random(value: Any) -> tuple[Any, ...]:
    return (_rebuild_recipe, ("random", (value.getstate(),)))


def _reduce_stream(value: Stream) -> tuple[Any, ...]:
    return (_rebuild_recipe, ("stream", (value.items, value.n, value.fmt)))


class SeededRandom(random.Random):
    """``random.Random(seed)`` that shows itself as that call, so a failing call
    prints as code to paste; it crosses to the worker as its state."""

    def __init__(self, seed: int | None = None) -> None:
        super().__init__(seed)
        self.seed_value = seed

    def __repr__(self) -> str:
        return f"random.Random({self.seed_value!r})"

    def __deepcopy__(self, memo: dict[int, Any]) -> SeededRandom:
        twin = SeededRandom(self.seed_value)
        twin.setstate(self.getstate())
        return twin


def code_repr(value: Any, limit: int = REPR_LIMIT) -> str:
    """Like :func:`safe_repr`, but numpy arrays and sparse matrices whose code fits in
    ``limit`` print as code that rebuilds them: ``np.array([...])``,
    ``csr_matrix(np.array([...]))``, or for a CSR/CSC matrix with stored zeros or
    no rows or columns, its exact arrays ``csr_matrix((data, indices, indptr),
    shape=...)``. The names are ``np`` (numpy) and the matrix's scipy.sparse class."""
    module = str(type(value).__module__)
    try:
        if module.startswith("numpy") and type(value).__name__ == "ndarray":
            if value.size <= limit:
                text = _array_code(value)
                if len(text) <= limit:
                    return text
        if module.startswith("scipy.sparse") and hasattr(value, "toarray"):
            rows, cols = value.shape
            code = _sparse_code(value, limit)
            if code is not None and len(code) <= limit:
                return code
            return f"<{type(value).__name__} {rows}x{cols}, {value.nnz:,} stored>"
    except Exception:  # fall back to the plain repr
        pass
    return safe_repr(value, limit)


def _dtype_code(dtype: Any, inferred: tuple[str, ...]) -> str:
    return "" if dtype.name in inferred else f", dtype=np.{dtype.name}"


def _array_code(value: Any) -> str:
    if value.size == 0:  # an empty list would lose the shape, and infer float64
        return f"np.zeros({tuple(value.shape)!r}{_dtype_code(value.dtype, ('float64',))})"
    return f"np.array({value.tolist()!r}{_dtype_code(value.dtype, ('float64', 'int64', 'bool'))})"


def _sparse_code(value: Any, limit: int) -> str | None:
    """The dense form; the exact arrays where the dense form would lose stored zeros
    or the shape; None when either would be far too long."""
    kind = type(value).__name__
    rows, cols = value.shape
    exact = getattr(value, "format", "") in ("csr", "csc") and (
        min(rows, cols) == 0 or bool((value.data == 0).any()))
    if not exact:
        if rows * cols > limit:
            return None
        dense = value.toarray()
        dtype = _dtype_code(dense.dtype, ("float64", "int64"))
        return f"{kind}(np.array({dense.tolist()!r}{dtype}))"
    if value.nnz + len(value.indptr) > limit:
        return None
    parts = ", ".join(repr(part.tolist()) for part in (value.data, value.indices, value.indptr))
    # scipy infers int64 from a list of ints, float64 from an empty one
    dtype = _dtype_code(value.dtype, ("float64", "int64") if value.nnz else ("float64",))
    return f"{kind}(({parts}), shape={tuple(value.shape)!r}{dtype})"


def _dispatch_table() -> dict[type, Any]:
    """Reductions by exact type (looked up in C: no Python call per list item)."""
    import copyreg

    table: dict[type, Any] = dict(copyreg.dispatch_table)
    table[Stream] = _reduce_stream
    table[random.Random] = _reduce_random
    table[SeededRandom] = _reduce_random
    # An array or a sparse matrix can only be an argument once its library is
    # imported: the table covers the libraries loaded now, and is made again
    # when one more is (so a problem without numpy never pays for importing it).
    numpy = sys.modules.get("numpy")
    if numpy is not None:
        table[numpy.ndarray] = _reduce_array
    sparse = sys.modules.get("scipy.sparse")
    if sparse is not None:
        for name in dir(sparse):
            cls = getattr(sparse, name)
            if (name.endswith(("_matrix", "_array")) and isinstance(cls, type)
                    and hasattr(cls, "tocsr")):
                table[cls] = _reduce_sparse
    return table


_DISPATCH: dict[type, Any] | None = None
_DISPATCH_FOR: tuple[bool, bool] = (False, False)


def dumps_args(value: Any) -> bytes:
    """Pickle the judge's arguments for the worker: arrays, sparse matrices, Randoms
    and Streams as plain records (see the module docstring)."""
    global _DISPATCH, _DISPATCH_FOR
    loaded = ("numpy" in sys.modules, "scipy.sparse" in sys.modules)
    if _DISPATCH is None or loaded != _DISPATCH_FOR:
        _DISPATCH, _DISPATCH_FOR = _dispatch_table(), loaded
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=PROTOCOL)
    pickler.dispatch_table = _DISPATCH
    pickler.dump(value)
    return buffer.getvalue()


class ArgUnpickler(pickle.Unpickler):
    """The worker's unpickler: builtin data and the judge's own rebuilders, nothing else."""

    ALLOWED: ClassVar[dict[str, Any]] = {"_rebuild_array": _rebuild_array,
                                         "_rebuild_sparse": _rebuild_sparse,
                                         "_rebuild_recipe": _rebuild_recipe,
                                         "_rebuild_handle": _rebuild_handle}

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name in self.ALLOWED:
            return self.ALLOWED[name]
        raise pickle.UnpicklingError(f"refused global {module}.{name}")


def loads_args(data: bytes) -> Any:
    return ArgUnpickler(io.BytesIO(data)).load()


def is_nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)
