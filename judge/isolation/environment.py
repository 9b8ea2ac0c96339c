"""What a submission runs with, in words for the candidate: the worker's Python and
libraries (their versions), what it may import, the APIs those versions removed that
common snippets still use, and how to install a library a pad would have.

Judge side only (the worker imports nothing from here). The worker is this
interpreter (``sys.executable``, run with ``-s``: no user site-packages), so the
versions are read from this interpreter's package metadata without importing
the libraries: ``judge show`` stays fast and cannot disagree with the worker.
"""

from __future__ import annotations

import os
import re
import site
import sys
from dataclasses import dataclass
from pathlib import Path

# The optional dependency (pyproject.toml) that adds what a CoderPad Python pad has.
PAD_EXTRA = "pad"
# import name -> distribution name, for the libraries of the pad extra
PAD_LIBRARIES = {"pandas": "pandas", "networkx": "networkx", "sklearn": "scikit-learn"}
# always installed with the judge
CORE_LIBRARIES = {"numpy": "numpy", "scipy": "scipy"}


@dataclass(frozen=True)
class Library:
    module: str  # what you import
    distribution: str  # what pip installs
    version: str | None  # None: not installed

    def __str__(self) -> str:
        return f"{self.distribution} {self.version or '(not installed)'}"


@dataclass(frozen=True)
class Removed:
    """An API a candidate may still reach for, gone from ``library`` since ``since``."""

    library: str  # distribution name
    since: str  # the version that removed it (or changed it so)
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.old} (gone in {self.library} {self.since}): {self.new}"


# Each entry is checked against the installed versions by tests/test_environment.py.
REMOVED: tuple[Removed, ...] = (
    Removed("numpy", "1.24", "`np.float`, `np.int`",
            "`float`, `int` (or `np.float64`, `np.int64`)"),
    Removed("numpy", "2.0", "`np.asfarray(x)`", "`np.asarray(x, dtype=float)`"),
    Removed("numpy", "2.0", "`np.product`, `np.cumproduct`, `np.alltrue`, `np.sometrue`",
            "`np.prod`, `np.cumprod`, `np.all`, `np.any`"),
    Removed("numpy", "2.0", "`np.NaN`, `np.Inf`, `np.float_`", "`np.nan`, `np.inf`, `np.float64`"),
    Removed("numpy", "2.4", "`np.in1d(a, b)`", "`np.isin(a, b)`"),
    Removed("numpy", "2.4", "`float(a)` of a one-element 1-D array", "`float(a[0])` or `a.item()`"),
    Removed("numpy", "2.4", "`np.sum(x for x in ...)` (a generator)",
            "`sum(...)`, or `np.sum` of a list"),
    Removed("scipy", "1.14", "sparse `m.A`, `m.H`", "`m.toarray()`, `m.conj().T`"),
    Removed("scipy", "1.12", "`scipy.stats.binom_test`", "`scipy.stats.binomtest(k, n).pvalue`"),
    Removed("pandas", "2.0", "`df.append(row)`, `s.append(t)`", "`pd.concat([df, more])`"),
    Removed("pandas", "3.0", "`df.applymap(f)`, `df.swapaxes(0, 1)`", "`df.map(f)`, `df.T`"),
    Removed("pandas", "3.0", "`s[0]` on a labelled index",
            "`s.iloc[0]` (a label lookup now: KeyError)"),
    Removed("pandas", "3.0", "`df[col][i] = v` (chained assignment)",
            "`df.loc[i, col] = v` (copy-on-write: the chain never writes)"),
    Removed("pandas", "3.0", "`df.groupby(k).apply(f)` seeing column `k`",
            "`f` no longer sees `k`: use `agg`/`transform`, or select the columns"),
)


MAX_PRELOADED = 12  # modules a cold check's zygote imports for one submission
MAX_PARSED = 1 << 20  # bytes: a larger file is not parsed for its imports here


def library_imports(source: bytes) -> tuple[str, ...]:
    """The modules of the core and pad libraries that ``source`` imports
    (``import numpy as np`` -> numpy, ``from scipy.stats import norm`` ->
    scipy.stats, ``from scipy import stats`` -> scipy and scipy.stats), in
    order. A cold check's zygote imports them once, while the hidden tests load,
    so each worker it forks starts without them (judge.grading.runner). Only
    library names come out: the submission's own code never runs here, and a
    file that does not parse preloads nothing (its check says why)."""
    import ast

    if len(source) > MAX_PARSED:  # no solution is this long; its worker still loads it
        return ()
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return ()
    allowed = {*CORE_LIBRARIES, *PAD_LIBRARIES}
    found: dict[str, None] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names
                                    if alias.name != "*")]
        else:
            continue
        for name in names:
            if name.split(".")[0] in allowed:
                found[name] = None
    return tuple(found)[:MAX_PRELOADED]


def _search_path() -> list[str]:
    """Where the worker finds packages: this interpreter's path, less the user
    site-packages (the worker runs with ``-s``)."""
    user = site.getusersitepackages() if site.ENABLE_USER_SITE else None
    return [p for p in sys.path if p and p != user]


def version(distribution: str) -> str | None:
    """The installed version of ``distribution`` the worker would import, or None."""
    from importlib import metadata  # here, not at the top: no command's start needs it

    for found in metadata.distributions(name=distribution, path=_search_path()):
        return str(found.version)
    return None


def python_version() -> str:
    return ".".join(str(part) for part in sys.version_info[:3])


def libraries() -> list[Library]:
    """numpy and scipy (always), then the pad extra's libraries, installed or not."""
    return [Library(module, dist, version(dist))
            for module, dist in (*CORE_LIBRARIES.items(), *PAD_LIBRARIES.items())]


def _at_least(installed: str | None, since: str) -> bool:
    from packaging.version import InvalidVersion, Version

    if installed is None:
        return False
    try:
        return Version(installed) >= Version(since)
    except InvalidVersion:
        return False


def removed_apis(found: list[Library] | None = None) -> list[Removed]:
    """The entries of REMOVED that apply to the installed versions."""
    versions = {lib.distribution: lib.version for lib in (found or libraries())}
    return [r for r in REMOVED if _at_least(versions.get(r.library), r.since)]


def install_command() -> str:
    """The command that adds the pad extra to the judge's own environment."""
    root = Path(__file__).resolve().parents[2]
    pip = Path(sys.prefix) / "bin" / "pip"
    if os.name == "nt":  # pragma: no cover - the worker is Linux-first
        pip = Path(sys.prefix) / "Scripts" / "pip"
    if (root / "pyproject.toml").is_file():  # a source checkout, installed with -e
        target = _relative(root) or "."
        return f"{_relative(pip) or pip} install -e '{target}[{PAD_EXTRA}]'"
    return f"{_relative(pip) or pip} install 'judge[{PAD_EXTRA}]'"


def _relative(path: Path) -> str | None:
    """``path`` relative to the working folder when it lies beneath it."""
    try:
        text = str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return None
    return "" if text == "." else text


MISSING = re.compile(r"No module named '([^']+)'")


def missing_module_advice(message: str) -> str | None:
    """For a ``ModuleNotFoundError`` message, what to do about it; None otherwise
    (or when the module's library is installed and only a submodule is missing)."""
    found = MISSING.search(message)
    if found is None:
        return None
    top = found.group(1).split(".")[0]
    if top in PAD_LIBRARIES:
        dist = PAD_LIBRARIES[top]
        if version(dist) is not None:
            return None
        names = ", ".join(PAD_LIBRARIES.values())
        return (f"{dist} is not installed here: it comes with the judge's '{PAD_EXTRA}' extra"
                f" ({names}, as in a CoderPad pad); install it with"
                f" `{install_command()}`, then check again")
    if top in CORE_LIBRARIES or top in sys.stdlib_module_names:
        return None
    extra = ", ".join(PAD_LIBRARIES) + f" (the '{PAD_EXTRA}' extra)"
    return (f"'{top}' is not available to a submission: it may import the standard library,"
            f" numpy, scipy and {extra}; a submission is one file")


def explain_load_error(message: str) -> str:
    """A load failure's message, with the advice for a missing module added."""
    advice = missing_module_advice(message)
    return f"{message}. {advice}" if advice else message


def markdown(found: list[Library] | None = None) -> str:
    """The environment as a Markdown section, appended to every statement."""
    found = found or libraries()
    core = [lib for lib in found if lib.module in CORE_LIBRARIES]
    pad = [lib for lib in found if lib.module in PAD_LIBRARIES]
    have = [lib for lib in pad if lib.version]
    lacking = [lib for lib in pad if not lib.version]
    versions = ", ".join(f"{lib.distribution} {lib.version}" for lib in core + have)
    lines = ["## Your environment", "",
             f"Your code runs in Python {python_version()} with {versions}."]
    allowed = ["the standard library", *(f"`{lib.module}`" for lib in core + have)]
    lines.append(f"It may import {', '.join(allowed[:-1])} and {allowed[-1]}.")
    if lacking:
        names = ", ".join(lib.distribution for lib in lacking)
        lines.append(f"Not installed: {names} (the '{PAD_EXTRA}' extra, as in a CoderPad pad):"
                     f" `{install_command()}` adds them.")
    lines += ["It runs confined where the kernel allows (Landlock): no network, it reads only"
              " Python's libraries and your file, and writes only in its own temporary folder.",
              "", "Gone in these versions, and what to write instead:", "",
              "| gone | since | instead |", "| --- | --- | --- |"]
    for entry in removed_apis(found):
        lines.append(f"| {entry.old} | {entry.library} {entry.since} | {entry.new} |")
    return "\n".join(lines) + "\n"


def with_statement(statement: str) -> str:
    """A problem's statement (Markdown), then the environment section."""
    return f"{statement.rstrip()}\n\n{markdown()}"
