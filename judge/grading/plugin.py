"""The pytest plugin of a grading run; loaded explicitly with ``-p judge.grading.plugin``.

Inert unless ``--judge-problem`` is given. Then it:

- provides the session fixtures ``solution`` (the submission in a worker,
  :class:`judge.testing.Solution`) and ``reference`` (the reference's entry
  point, imported here);
- collects the statement's ``>>>`` examples as test items of their own,
  ``test_statement_example[exampleN]`` before the package's tests, each
  checked by the package's ``check_example`` or else by
  :func:`judge.testing.agree` (so no package repeats that test);
- loads a Hypothesis profile that makes every run find the same minimal
  counterexample (derandomized, no example database, no deadline: time is
  the worker's watchdog's business);
- records each test's raw outcome with its evidence as a frozen
  :class:`judge.grading.report.TestRecord`; the :class:`Recorder` gives them
  as a :class:`judge.grading.report.Report`, and writes it as JSON to
  ``--judge-report`` at the end. The judge's process reads only that report:
  pytest's exit code proves nothing.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import sys
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from judge.grading.outcomes import Kind, Outcome
from judge.grading.report import Report, TestRecord
from judge.packages.format import Problem, load_problem, load_reference, load_reference_names
from judge.testing import Solution
from judge.testing.proxy import ReferenceClock

HUNT_EXAMPLES = 30
HUNT_STEPS = 8  # a state machine hunting for a shorter sequence than a known one
FIXTURE_ARGS = ("solution", "reference", "reference_module", "data")
NONDETERMINISTIC = ("your code gave different results for the same input on two runs"
                    " (non-deterministic: does it depend on set or dict order, or randomness?)")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("judge", "grading a submission")
    group.addoption("--judge-problem", help="problem package folder")
    group.addoption("--judge-submission", help="the submission file to grade")
    group.addoption("--judge-report", help="where to write the JSON report")
    group.addoption("--judge-workdir", help="private folder for the worker")
    group.addoption("--judge-hash-seed", default="0", help="PYTHONHASHSEED of the worker")
    group.addoption("--judge-recheck", action="store_true",
                    help="the short second run under another hash seed: fewer examples,"
                         " no big inputs")


def _require(config: pytest.Config, name: str) -> str:
    value = config.getoption(name)
    if not value:
        raise pytest.UsageError(f"--{name.replace('_', '-')} is required by judge.grading.plugin")
    return str(value)


class Recorder:
    """Collects raw outcomes; one per test, plus collection errors."""

    def __init__(self, problem: Problem, report: Path | None) -> None:
        self.problem = problem
        self.report = report
        self.tests: list[TestRecord] = []
        self.collected = 0

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item,
                                  call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
        report = yield
        if report.when == "call" and report.passed:
            self.tests.append(_entry(item, "passed", None))
        elif report.skipped:  # a big input skipped while hunting or rechecking
            self.tests.append(_entry(item, "skipped", None))
        elif report.failed:
            exc = call.excinfo.value if call.excinfo else None
            solution = getattr(item, "funcargs", {}).get("solution")
            output = solution.last_output if isinstance(solution, Solution) else None
            entry = _entry(item, "failed", exc, report.longreprtext, output)
            shrunk = entry.input  # Hypothesis' minimal example, if this is a property
            if isinstance(solution, Solution):
                entry = checked_evidence(entry, solution, _unwrap(exc))
            self.tests.append(entry)
            if entry.kind is Kind.JUDGE_ERROR or getattr(_unwrap(exc), "stops_run", False):
                # Input-independent: further tests would only repeat it, slowly.
                item.session.shouldstop = f"judge: {entry.kind}"
            elif shrunk:
                # Hypothesis has shrunk a minimal counterexample: that is the
                # evidence we want; shrinking more properties only costs time.
                item.session.shouldstop = "judge: minimal counterexample found"
            else:
                # The verdict is known; the properties still run, but only to
                # look for a smaller input, so with fewer examples each.
                use_profile(item.session, "judge-hunt")
                if isinstance(solution, Solution):
                    solution.hunting = True
        return report

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_call(self, item: pytest.Item) -> None:
        solution = getattr(item, "funcargs", {}).get("solution")
        if isinstance(solution, Solution):
            solution.begin_example()

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            self.tests.append(TestRecord(
                nodeid=report.nodeid, name=report.nodeid, doc="", outcome="failed",
                kind=Kind.JUDGE_ERROR, details={"reason": "a hidden test file failed to load"},
                longrepr=report.longreprtext[-4000:]))

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        self.collected = len(items)
        for item in items:
            _mark_examples(item)
            _brief_failures(item)

    def data(self, session: pytest.Session, exitstatus: int) -> Report:
        """The report of the tests run so far."""
        return Report(exitstatus=int(exitstatus), collected=self.collected,
                      tests=tuple(self.tests),
                      confinement=session.config.stash.get(CONFINEMENT_KEY, "unknown"))

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        if self.report is None:
            return
        self.report.write_text(self.data(session, exitstatus).to_json(), encoding="utf-8")


def _unwrap(exc: BaseException | None) -> BaseException | None:
    """The exception that decides: the first outcome inside a group, else itself."""
    if isinstance(exc, BaseExceptionGroup):
        for inner in exc.exceptions:
            found = _unwrap(inner)
            if isinstance(found, Outcome):
                return found
        return exc.exceptions[0] if exc.exceptions else exc
    return exc


def _brief_failures(item: pytest.Item) -> None:
    """A failure that is the submission's is reported in one line: its record carries
    the evidence. pytest's own report of a failure, which both pytest and Hypothesis
    (for a property's falsifying example) ask the item for, parses the source of
    every frame: about 0.05 s a failed test, a quarter to a third of a warm Wrong
    Answer check. A Judge Error keeps it, for its log."""
    whole = item.repr_failure

    def repr_failure(excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        value = excinfo.value
        if isinstance(value, Exception) and classify(value)[0] is not Kind.JUDGE_ERROR:
            return f"{excinfo.typename}: {value}"[:2000]
        return whole(excinfo) if style is None else whole(excinfo, style)

    item.repr_failure = repr_failure  # type: ignore[method-assign]


def _mark_examples(item: pytest.Item) -> None:
    """Each Hypothesis example of ``item`` starts the submission's call history afresh
    (judge.testing.reproduce shows the calls of the failing example, never earlier
    ones). Hypothesis calls ``inner_test`` once per example; plugins may wrap it."""
    handle: Any = getattr(getattr(item, "obj", None), "hypothesis", None)
    inner = getattr(handle, "inner_test", None)
    if handle is None or inner is None or getattr(inner, "_judge_examples", False):
        return

    def example(*args: Any, **kwargs: Any) -> Any:
        solution = kwargs.get("solution")
        if isinstance(solution, Solution):
            solution.begin_example()
        return inner(*args, **kwargs)

    example._judge_examples = True  # type: ignore[attr-defined]
    handle.inner_test = example


REPRODUCIBLE = (Kind.WRONG_ANSWER, Kind.RUNTIME_ERROR)


def checked_evidence(entry: TestRecord, solution: Solution, exc: BaseException | None
                     ) -> TestRecord:
    """The record with its reproduce code checked by re-running it in a fresh worker
    (judge.testing.reproduce), and its input as the function's own arguments."""
    if entry.kind not in REPRODUCIBLE or not isinstance(exc, Outcome) or entry.details is None:
        return entry
    from judge.testing.reproduce import reproduce

    try:
        found = reproduce(solution, exc)
    except Exception as error:  # the check is ours: never let it decide a verdict
        return dataclasses.replace(entry, details={
            **entry.details, "reproduced": None,
            "note": f"the judge could not re-run this call ({type(error).__name__})"})
    if found is None:
        return entry
    return dataclasses.replace(entry, details={**entry.details, **found.details()},
                               input=found.input if found.named else entry.input)


def classify(exc: BaseException | None) -> tuple[Kind, dict[str, Any]]:
    """A failed test's exception -> (raw outcome kind, evidence). Pure."""
    if type(exc).__name__ in ("Flaky", "FlakyFailure", "FlakyReplay"):
        inner = _unwrap(exc)
        kind = inner.kind if isinstance(inner, Outcome) else Kind.WRONG_ANSWER
        details: dict[str, Any] = inner.details() if isinstance(inner, Outcome) else {}
        return kind, {**details, "reason": NONDETERMINISTIC}
    exc = _unwrap(exc)
    if isinstance(exc, Outcome):
        return exc.kind, exc.details()
    if isinstance(exc, AssertionError):
        return Kind.WRONG_ANSWER, {"reason": str(exc) or "a check of the hidden tests failed"}
    name = type(exc).__name__ if exc else "unknown"
    return Kind.JUDGE_ERROR, {"reason": f"the hidden tests broke: {name}: {exc}"}


ARGUMENT = re.compile(r"^    (\w+)=")


def falsifying_input(exc: BaseException | None, fixtures: Iterable[str] = ()) -> str | None:
    """The generated arguments of Hypothesis' minimal example, without the fixtures.

    Hypothesis prints ``test(\n    name=value,\n    ...)`` with nested values
    spread over more-indented lines and a comment after some arguments.
    """
    skip = set(fixtures) | set(FIXTURE_ARGS)
    notes = [n for n in getattr(exc, "__notes__", []) if isinstance(n, str)]
    for note in notes:
        if not note.startswith(("Falsifying example", "Failing test case")):
            continue
        arguments: list[tuple[str, list[str]]] = []
        for line in note.splitlines()[1:]:
            start = ARGUMENT.match(line)
            if start:
                arguments.append((start.group(1), [line.strip()]))
            elif arguments and line.startswith("     "):
                arguments[-1][1].append(line.strip())
        shown = []
        for name, parts in arguments:
            if name in skip:
                continue
            text = " ".join(p.split("  # ")[0] for p in parts).strip().rstrip(",")
            shown.append(re.sub(r"([(\[{]) | ([)\]}])", r"\1\2", text))
        return ", ".join(shown) or None
    return None


def _entry(item: pytest.Item, outcome: str, exc: BaseException | None,
           longrepr: str = "", output: str | None = None) -> TestRecord:
    """A test's record; a failure's evidence gets what the submission printed last
    (``output``) unless the outcome already carries its own."""
    doc = inspect.getdoc(getattr(item, "function", None)) or ""
    record = TestRecord(nodeid=item.nodeid, name=item.name,
                        doc=doc.splitlines()[0] if doc else "", outcome=outcome)
    if outcome != "failed":
        return record
    kind, details = classify(exc)
    if output is not None:
        details.setdefault("output", output)
    return dataclasses.replace(
        record, kind=kind, details=details,
        input=falsifying_input(exc, getattr(item, "fixturenames", ())),
        longrepr=longrepr[-4000:] if kind is Kind.JUDGE_ERROR else "")


def pytest_configure(config: pytest.Config) -> None:
    folder = config.getoption("judge_problem")
    if not folder:
        return  # inert: not a grading run
    from hypothesis import HealthCheck, Phase, settings

    problem = load_problem(Path(folder))
    # Test modules of a package may share helpers (tests/checks.py): `import checks`.
    sys.path.insert(0, str(problem.tests))
    report = config.getoption("judge_report")
    config.stash[PROBLEM_KEY] = problem
    config.pluginmanager.register(Recorder(problem, Path(report) if report else None),
                                  "judge-recorder")
    settings.register_profile(
        "judge", derandomize=True, database=None, deadline=None, print_blob=False,
        max_examples=problem.max_examples, report_multiple_bugs=False, stateful_step_count=15,
        # no explain phase: it re-runs every step of the minimal example to
        # annotate the report, seconds for a state machine, for notes we drop
        phases=[p for p in Phase if p.name != "explain"],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.large_base_example],
    )
    settings.register_profile("judge-hunt", parent=settings.get_profile("judge"),
                              max_examples=HUNT_EXAMPLES, stateful_step_count=HUNT_STEPS)
    settings.load_profile("judge-hunt" if config.getoption("judge_recheck") else "judge")


EXAMPLE_TEST = "test_statement_example"
EXAMPLE_CHECK = "check_example"


def _example_check(problem: Problem, modules: list[Any]) -> Callable[..., Any]:
    """The package's ``check_example(solution, reference, *args, **kwargs)``, from a
    test module or tests/checks.py; else :func:`judge.testing.agree`."""
    from judge.testing import agree

    checks = sys.modules.get("checks")
    if Path(getattr(checks, "__file__", None) or "/").parent != problem.tests:
        checks = None  # not this package's
    for module in [*modules, checks]:
        found = getattr(module, EXAMPLE_CHECK, None)
        if callable(found):
            return found  # type: ignore[no-any-return]
    return agree


def _example_test(example: Any, check: Callable[..., Any]) -> Callable[..., None]:
    def test_statement_example(solution: Solution, reference: Callable[..., Any]) -> None:
        """The examples in the statement."""
        check(solution, reference, *example.args, **example.kwargs)

    return test_statement_example


def _broken_examples(error: Exception) -> Callable[..., None]:
    def test_statement_example() -> None:
        """The examples in the statement."""
        raise RuntimeError(f"the statement's examples cannot be read: {error}")

    return test_statement_example


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config,
                                  items: list[pytest.Item]) -> None:
    """The statement's examples, as the first items of the first test module."""
    problem = config.stash.get(PROBLEM_KEY, None)
    modules = [item.parent for item in items if isinstance(item.parent, pytest.Module)]
    if problem is None or problem.kind != "function" or not modules:
        return
    from judge.testing import statement_examples

    module = modules[0]
    try:
        examples = statement_examples(problem.statement, problem.entry)
        check = _example_check(problem, list(dict.fromkeys(m.obj for m in modules)))
        tests = [(f"{EXAMPLE_TEST}[{example}]", _example_test(example, check))
                 for example in examples]
    except Exception as exc:
        tests = [(EXAMPLE_TEST, _broken_examples(exc))]
    items[:0] = [pytest.Function.from_parent(module, name=name, callobj=test)
                 for name, test in tests]


def use_profile(session: pytest.Session, name: str) -> None:
    """Run the collected properties under the Hypothesis profile ``name`` from now on.

    ``@given`` keeps the default settings of the moment its test was decorated,
    that is, collected (``run_machine`` reads them when it runs): so loading a
    profile is not enough for tests already collected. Each test that kept the
    full profile gets ``name`` instead; one with settings of its own keeps them.
    """
    from hypothesis import settings

    settings.load_profile(name)
    full, wanted = settings.get_profile("judge"), settings.get_profile(name)
    for item in session.items:
        test = getattr(item, "obj", None)
        if getattr(test, "_hypothesis_internal_use_settings", None) in (full, wanted):
            test._hypothesis_internal_use_settings = wanted  # type: ignore[union-attr]


@dataclass(frozen=True)
class RunOptions:
    """What one grading run grades, and how. From the command line, or set by
    judge.grading.loader in each grading child it forks."""

    submission: Path
    workdir: Path
    hash_seed: int = 0
    short: bool = False  # fewer examples and no big inputs: a recheck, or `judge run`


PROBLEM_KEY = pytest.StashKey[Problem]()
CONFINEMENT_KEY = pytest.StashKey[str]()
RUN_KEY = pytest.StashKey[RunOptions]()


def run_options(config: pytest.Config) -> RunOptions:
    if RUN_KEY in config.stash:
        return config.stash[RUN_KEY]
    return RunOptions(Path(_require(config, "judge_submission")),
                      Path(_require(config, "judge_workdir")),
                      int(config.getoption("judge_hash_seed")),
                      bool(config.getoption("judge_recheck")))


CLOCK_KEY = pytest.StashKey[ReferenceClock]()


@pytest.fixture(scope="session")
def reference(pytestconfig: pytest.Config) -> Callable[..., Any]:
    """The reference's entry point, run in this (trusted) process; a function is
    timed, so that a large input's call limit can follow its time (ReferenceClock)."""
    problem = pytestconfig.stash[PROBLEM_KEY]
    found = load_reference(problem)
    if problem.kind != "function":
        return found  # type: ignore[no-any-return]
    return _clock(pytestconfig).timed(found)


def _clock(config: pytest.Config) -> ReferenceClock:
    problem = config.stash[PROBLEM_KEY]
    return config.stash.setdefault(CLOCK_KEY, ReferenceClock(
        problem.speed.factor if problem.speed is not None else 0.0))


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Each test's large-input limits follow its own reference calls."""
    clock = item.config.stash.get(CLOCK_KEY, None)
    if clock is not None:
        clock.reset()


@pytest.fixture(scope="session")
def reference_module(pytestconfig: pytest.Config) -> Any:
    """The reference's entry point and its ``also`` functions, as attributes."""
    import types

    problem = pytestconfig.stash[PROBLEM_KEY]
    return types.SimpleNamespace(**load_reference_names(problem, "judge_reference_names"))


@pytest.fixture(scope="session")
def solution(pytestconfig: pytest.Config, reference: Callable[..., Any]) -> Iterator[Solution]:
    """The submission, loaded in a worker process; calls go over a pipe."""
    problem = pytestconfig.stash[PROBLEM_KEY]
    options = run_options(pytestconfig)
    try:
        params = tuple(inspect.signature(reference).parameters)
    except (TypeError, ValueError):
        params = ()
    sol = Solution(problem, options.submission, options.workdir, params, options.hash_seed)
    sol.clock = _clock(pytestconfig)
    try:
        names = load_reference_names(problem, "judge_reference_names")
    except Exception:
        names = {}
    sol.reference_names = dict(names)
    for name in problem.also:
        try:
            sol.signatures[name] = tuple(inspect.signature(names[name]).parameters)
        except (KeyError, TypeError, ValueError):
            pass
    # A recheck looks for order-dependence, not for speed: big inputs are skipped.
    sol.hunting = options.short
    try:
        sol.ensure_started()
        pytestconfig.stash[CONFINEMENT_KEY] = sol.worker.confinement
        yield sol
    finally:
        sol.close()
