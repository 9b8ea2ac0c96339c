"""Problem packages: discovery and validation of ``problem.toml``.

A package is a folder ``problems/<slug>/``::

    problem.toml      metadata, validated here (every key below)
    statement.md      story, spec, examples as ``>>>`` doctest lines, constraints
    stub.py           the signature and docstring; raises NotImplementedError
    reference.py      the model answer (hidden from the candidate)
    hints.md          progressive hints, separated by lines of '---' (optional)
    tests/            hidden pytest tests, using the fixtures of judge.grading.plugin
    planted/<verdict>/*.py   submissions that must get that verdict

``problem.toml``::

    title = "Most played track"
    difficulty = "easy"            # easy | medium | hard
    set = "A"                      # A | B | C (catalog set)
    tags = ["hashing", "counting"]
    entry = "most_played_track"    # the name the submission must define
    kind = "function"              # function | class
    also = ["heavy_hitters"]       # optional: more functions the file must define

    [limits]                       # all optional
    call_timeout_s = 2.0           # wall time per call
    load_timeout_s = 10.0          # importing the submission
    cpu_s = 120                    # CPU seconds for the whole worker
    memory_mb = 1024               # address space
    file_mb = 64                   # largest file the worker may write
    nproc = 64                     # processes (not enforced for root)
    output_kb = 64                 # printed output kept per call

    [tests]
    max_examples = 100             # Hypothesis examples per property

    [speed]                        # optional: the speed check (judge.speed.measure)
    sizes = [1000, 2000, 4000, 8000]          # input sizes, ascending, >= 8x apart
    verify_sizes = [100, 200, 400, 800]       # small sizes for `judge verify`
    factor = 3.0                   # the limit: Too Slow above it (when certain)
    expected = 2.0                 # above it, Accepted with a note on the gap
    growth_margin = 0.6            # slope difference that is a worse class
    complexity = "O(n)"            # the reference's, for the report
    memory = false                 # also judge peak memory against the reference
    memory_slack_mb = 1.0          # peak growth allowed beyond the reference's
    compare_results = true         # timed results must match the reference's

    [speed.measured]               # ratio range per planted file (benchmarks/idiom_ratios.py)
    "accepted/counter.py" = [1.1, 1.6]

    [compare]                      # optional, the last table: how agree() compares
    order = "exact"                # exact | set (a list in any order) | ranking (by score)
    rel = 1e-9                     # relative tolerance on floats
    abs = 1e-12                    # absolute tolerance on floats
    measured_correct = 3.2e-7      # largest error measured among correct methods
    smallest_mistake = 1e-2        # smallest error measured among classic mistakes
"""

from __future__ import annotations

import difflib
import importlib.util
import os
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import ModuleType
from typing import Any

from judge.errors import ProblemFormatError, ProblemNotFound

DIFFICULTIES = ("easy", "medium", "hard")
SETS = ("A", "B", "C")
KINDS = ("function", "class")
VERDICT_DIRS = (
    "accepted", "wrong_answer", "too_slow", "time_limit_exceeded",
    "memory_limit_exceeded", "runtime_error", "compilation_error",
)
ENV_PROBLEMS = "JUDGE_PROBLEMS"


@dataclass(frozen=True)
class Limits:
    call_timeout_s: float = 2.0
    load_timeout_s: float = 10.0
    cpu_s: int = 120
    memory_mb: int = 1024
    file_mb: int = 64
    nproc: int = 64
    output_kb: int = 64


@dataclass(frozen=True)
class SpeedSpec:
    """The speed check of a package: ``[speed]`` in problem.toml plus tests/speed.py."""

    sizes: tuple[int, ...]
    verify_sizes: tuple[int, ...]
    factor: float = 3.0
    growth_margin: float = 0.6
    complexity: str = ""
    memory: bool = False  # judge peak memory too (CATALOG: reservoir_sample)
    memory_slack_mb: float = 1.0  # allowed peak growth beyond the reference's
    expected: float = 2.0  # above it (and within factor): Accepted, with a note
    # The measured ratio range of each planted file, by path under planted/:
    # the evidence the limit was set from (benchmarks/idiom_ratios.py).
    measured: tuple[tuple[str, float, float], ...] = ()
    # Each timed call's result is compared with the reference's on the same
    # input; false only where correct solutions differ (a random sample).
    compare_results: bool = True


ORDERS = ("exact", "set", "ranking")


@dataclass(frozen=True)
class CompareSpec:
    """How ``agree`` compares a submission's value with the reference's: the
    ``[compare]`` table of problem.toml (judge.testing.compare reads it)."""

    order: str = "exact"  # exact | set | ranking
    rel: float = 1e-9
    abs: float = 1e-12
    # the evidence a float tolerance was set from (optional, for the reader)
    measured_correct: float | None = None
    smallest_mistake: float | None = None


@dataclass(frozen=True)
class Problem:
    slug: str
    path: Path
    title: str
    difficulty: str
    set: str
    tags: tuple[str, ...]
    entry: str
    kind: str
    limits: Limits = field(default_factory=Limits)
    max_examples: int = 100
    speed: SpeedSpec | None = None
    also: tuple[str, ...] = ()
    compare: CompareSpec = field(default_factory=CompareSpec)

    @property
    def statement(self) -> Path:
        return self.path / "statement.md"

    @property
    def stub(self) -> Path:
        return self.path / "stub.py"

    @property
    def reference(self) -> Path:
        return self.path / "reference.py"

    @property
    def timed_planted(self) -> list[Path]:
        """The planted files the speed limit is set from: planted/accepted (the
        textbook idioms) and planted/too_slow (the naive algorithms)."""
        return sorted(path for folder in ("accepted", "too_slow")
                      for path in (self.path / "planted" / folder).glob("*.py"))

    @property
    def hints(self) -> Path:
        return self.path / "hints.md"

    @property
    def tests(self) -> Path:
        return self.path / "tests"

    @property
    def planted(self) -> Path:
        return self.path / "planted"

    def __str__(self) -> str:
        return f"{self.slug}: {self.title} ({self.difficulty})"


def _is_str(v: Any) -> bool:
    return isinstance(v, str) and bool(v.strip())


def _one_of(options: tuple[str, ...]) -> Callable[[Any], bool]:
    return lambda v: v in options


def _str_list(v: Any) -> bool:
    return isinstance(v, list) and all(_is_str(t) for t in v)


def _positive_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0


def _positive_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v > 0


# key -> (check, what a good value is, required)
TOP_KEYS: dict[str, tuple[Callable[[Any], bool], str, bool]] = {
    "title": (_is_str, "a non-empty string", True),
    "difficulty": (_one_of(DIFFICULTIES), "one of " + ", ".join(DIFFICULTIES), True),
    "set": (_one_of(SETS), "one of " + ", ".join(SETS), True),
    "tags": (_str_list, "a list of strings", True),
    "entry": (lambda v: isinstance(v, str) and v.isidentifier(), "a Python identifier", True),
    "kind": (_one_of(KINDS), "one of " + ", ".join(KINDS), True),
    "also": (lambda v: isinstance(v, list) and all(isinstance(x, str) and x.isidentifier()
                                                   for x in v),
             "a list of Python identifiers (more functions the file defines)", False),
}
LIMIT_KEYS = {f.name: f for f in fields(Limits)}
TEST_KEYS = {"max_examples"}
TABLES = {"limits", "tests", "speed", "compare"}


def _bad(path: Path, key: str, what: str, value: Any = None,
         missing: bool = False) -> ProblemFormatError:
    if missing:
        return ProblemFormatError(f"{path}: missing key '{key}' ({what})")
    return ProblemFormatError(f"{path}: key '{key}' must be {what}, got {value!r}")


def load_problem(folder: Path) -> Problem:
    """Read and validate one package; raise ProblemFormatError naming file and key."""
    toml_path = folder / "problem.toml"
    try:
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProblemFormatError(f"{toml_path}: file is missing") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProblemFormatError(f"{toml_path}: not valid TOML ({exc})") from None
    for key, value in data.items():
        if key not in TOP_KEYS and key not in TABLES:
            raise ProblemFormatError(f"{toml_path}: unknown key '{key}'")
        if key in TABLES and not isinstance(value, dict):
            raise _bad(toml_path, key, "a table", value)
    for key, (check, what, required) in TOP_KEYS.items():
        if key not in data:
            if required:
                raise _bad(toml_path, key, what, missing=True)
            continue
        if not check(data[key]):
            raise _bad(toml_path, key, what, data[key])
    limits: dict[str, Any] = {}
    for key, value in data.get("limits", {}).items():
        if key not in LIMIT_KEYS:
            raise ProblemFormatError(f"{toml_path}: unknown key 'limits.{key}'")
        want_int = LIMIT_KEYS[key].type in ("int", int)
        ok = _positive_int(value) if want_int else _positive_number(value)
        if not ok:
            raise _bad(toml_path, f"limits.{key}",
                       "a positive integer" if want_int else "a positive number", value)
        limits[key] = value
    tests = data.get("tests", {})
    for key, value in tests.items():
        if key not in TEST_KEYS:
            raise ProblemFormatError(f"{toml_path}: unknown key 'tests.{key}'")
        if not _positive_int(value):
            raise _bad(toml_path, f"tests.{key}", "a positive integer", value)
    speed = _speed_spec(toml_path, data.get("speed"))
    problem = Problem(
        slug=folder.name, path=folder.resolve(), title=data["title"],
        difficulty=data["difficulty"], set=data["set"], tags=tuple(data["tags"]),
        entry=data["entry"], kind=data["kind"], limits=Limits(**limits),
        max_examples=tests.get("max_examples", 100), speed=speed,
        also=tuple(data.get("also", ())),
        compare=_compare_spec(toml_path, data.get("compare", {})),
    )
    if speed is not None and not (problem.tests / "speed.py").is_file():
        raise ProblemFormatError(f"{problem.tests / 'speed.py'}: [speed] is set but the input"
                                 " generator is missing")
    for needed in (problem.statement, problem.stub, problem.reference):
        if not needed.is_file():
            raise ProblemFormatError(f"{needed}: file is missing from the package")
    if not problem.tests.is_dir():
        raise ProblemFormatError(f"{problem.tests}: the hidden tests folder is missing")
    return problem


SPEED_KEYS = {"sizes", "verify_sizes", "factor", "expected", "growth_margin", "complexity",
              "memory", "memory_slack_mb", "measured", "compare_results"}


def _sizes(path: Path, key: str, value: Any) -> tuple[int, ...]:
    ok = (isinstance(value, list) and len(value) >= 4 and all(_positive_int(v) for v in value)
          and value == sorted(set(value)) and value[-1] >= 8 * value[0])
    if not ok:
        raise _bad(path, f"speed.{key}", "at least 4 ascending sizes spanning a factor of 8 or"
                   " more", value)
    return tuple(value)


def _speed_spec(path: Path, table: dict[str, Any] | None) -> SpeedSpec | None:
    if table is None:
        return None
    for key in table:
        if key not in SPEED_KEYS:
            raise ProblemFormatError(f"{path}: unknown key 'speed.{key}'")
    for key in ("sizes", "verify_sizes"):
        if key not in table:
            raise _bad(path, f"speed.{key}", "a list of sizes", missing=True)
    factor = table.get("factor", 3.0)
    if not _positive_number(factor) or factor <= 1:
        raise _bad(path, "speed.factor", "a number above 1", factor)
    margin = table.get("growth_margin", 0.6)
    if not _positive_number(margin):
        raise _bad(path, "speed.growth_margin", "a positive number", margin)
    complexity = table.get("complexity", "")
    if not isinstance(complexity, str):
        raise _bad(path, "speed.complexity", "a string such as 'O(n log n)'", complexity)
    memory = table.get("memory", False)
    if not isinstance(memory, bool):
        raise _bad(path, "speed.memory", "true or false", memory)
    slack = table.get("memory_slack_mb", 1.0)
    if not _positive_number(slack):
        raise _bad(path, "speed.memory_slack_mb", "a positive number of MiB", slack)
    expected = table.get("expected", min(2.0, float(factor)))
    if not _positive_number(expected) or not 1 <= expected <= factor:
        raise _bad(path, "speed.expected", "a number from 1 up to speed.factor", expected)
    compare = table.get("compare_results", True)
    if not isinstance(compare, bool):
        raise _bad(path, "speed.compare_results", "true or false", compare)
    measured = table.get("measured", {})
    if not isinstance(measured, dict) or not all(
            isinstance(v, list) and len(v) == 2 and all(_positive_number(x) for x in v)
            and v[0] <= v[1] for v in measured.values()):
        raise _bad(path, "speed.measured", "a table of planted file = [lowest, highest] ratio",
                   measured)
    return SpeedSpec(_sizes(path, "sizes", table["sizes"]),
                     _sizes(path, "verify_sizes", table["verify_sizes"]),
                     float(factor), float(margin), complexity, memory, float(slack),
                     float(expected),
                     tuple((str(k), float(v[0]), float(v[1])) for k, v in measured.items()),
                     compare)


def _non_negative(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0


COMPARE_KEYS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "order": (_one_of(ORDERS), "one of " + ", ".join(ORDERS)),
    "rel": (_non_negative, "a number >= 0"),
    "abs": (_non_negative, "a number >= 0"),
    "measured_correct": (_non_negative, "a number >= 0"),
    "smallest_mistake": (_non_negative, "a number >= 0"),
}


def _compare_spec(path: Path, table: dict[str, Any]) -> CompareSpec:
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in COMPARE_KEYS:
            raise ProblemFormatError(f"{path}: unknown key 'compare.{key}' (known: "
                                     + ", ".join(COMPARE_KEYS) + ")")
        check, what = COMPARE_KEYS[key]
        if not check(value):
            raise _bad(path, f"compare.{key}", what, value)
        values[key] = value if key == "order" else float(value)
    return CompareSpec(**values)


def load_module(path: Path, name: str) -> ModuleType:
    """Import one file of a problem package (judge code: reference, speed generator)."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ProblemFormatError(f"{path}: cannot be imported")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickling look classes up here
    spec.loader.exec_module(module)
    return module


def load_reference(problem: Problem, prefix: str = "judge_reference") -> Any:
    """The reference's entry point, imported in the calling (trusted) process."""
    return getattr(load_module(problem.reference, f"{prefix}_{problem.slug}"), problem.entry)


def load_reference_names(problem: Problem, prefix: str = "judge_reference") -> dict[str, Any]:
    """The reference's entry point and its ``also`` functions, by name."""
    module = load_module(problem.reference, f"{prefix}_{problem.slug}")
    return {name: getattr(module, name) for name in (problem.entry, *problem.also)}


def problems_root(option: str | Path | None = None) -> Path:
    """Where problems live: --problems, then $JUDGE_PROBLEMS, then ./problems,
    then the problems/ folder beside this package (a source checkout)."""
    for candidate, source in ((option, "--problems"), (os.environ.get(ENV_PROBLEMS), ENV_PROBLEMS)):
        if candidate:
            path = Path(candidate).expanduser()
            if not path.is_dir():
                raise ProblemNotFound(f"{source}: {path} is not a folder of problems")
            return path
    local = Path("problems")
    if local.is_dir():
        return local
    beside = Path(__file__).resolve().parents[2] / "problems"
    if beside.is_dir():
        return beside
    raise ProblemNotFound(
        "no problems folder: run from the project folder, or pass --problems DIR "
        f"(or set {ENV_PROBLEMS})"
    )


def slugs(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if (p / "problem.toml").is_file())


def no_problems(root: Path, first: str = "no") -> str:
    """One line for a problems folder that holds no package."""
    return (f"{first} problems in {root}: a problem is a folder with a problem.toml (`judge"
            f" new <slug>` makes one), or point --problems DIR or ${ENV_PROBLEMS} at a folder"
            " of them")


def all_problems(root: Path) -> list[Problem]:
    found = [load_problem(root / slug) for slug in slugs(root)]
    return sorted(found, key=lambda p: (p.set, DIFFICULTIES.index(p.difficulty), p.slug))


def find_problem(root: Path, name: str) -> Problem:
    """The package for ``name``; an unknown name suggests the nearest slug."""
    folder = root / name
    if name and "/" not in name and (folder / "problem.toml").is_file():
        return load_problem(folder)
    known = slugs(root)
    if not known:
        raise ProblemNotFound(f"unknown problem '{name}': {no_problems(root)}")
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
    hint = f"; did you mean '{close[0]}'?" if close else "; run `judge list` to see them"
    raise ProblemNotFound(f"unknown problem '{name}' in {root}{hint}")
