"""The trust boundary in the code: the worker side (the zygote, the worker loop, the
wire format, the confinement) imports nothing of the grading side, so a worker
forked from the zygote cannot hold the reference, the hidden tests or an
expected value; and judge/ is laid out by process, as the README says."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import judge

JUDGE = Path(judge.__file__).parent
WORKER_SIDE = ["isolation/zygote.py", "isolation/worker.py", "isolation/wire.py",
               "isolation/confine.py"]
GRADING_SIDE = ("judge.grading", "judge.testing", "judge.packages", "judge.speed",
                "judge.practice", "judge.ui", "judge.batch", "pytest", "_pytest", "hypothesis")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_worker_side_imports_nothing_of_the_grading_side() -> None:
    for relative in WORKER_SIDE:
        bad = sorted(m for m in imported_modules(JUDGE / relative) if m.startswith(GRADING_SIDE))
        assert bad == [], f"{relative} imports {bad}"


def test_a_zygote_process_holds_no_grading_module() -> None:
    """What the zygote imports at run time, followed through every import."""
    code = ("import sys; import judge.isolation.zygote, judge.isolation.worker;"
            " import judge.isolation.wire as w; w.dumps_args(()); w._dispatch_table();"
            " print('\\n'.join(sorted(sys.modules)))")
    modules = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True).stdout.split()
    assert [m for m in modules if m.startswith(GRADING_SIDE)] == []


def test_the_package_is_laid_out_by_process() -> None:
    folders = sorted(p.name for p in JUDGE.iterdir() if (p / "__init__.py").is_file())
    assert set(folders) >= {"isolation", "grading", "testing", "speed", "packages",
                            "practice", "ui"}
    loose = sorted(p.name for p in JUDGE.glob("*.py"))
    assert loose == ["__init__.py", "__main__.py", "cli.py", "errors.py"]


def test_problem_packages_import_only_judge_testing() -> None:
    """A package's hidden tests see the judge through its public testing API only."""
    problems = JUDGE.parent / "problems"
    for path in sorted(problems.glob("*/tests/*.py")):
        judge_imports = {m for m in imported_modules(path) if m.split(".")[0] == "judge"}
        assert judge_imports <= {"judge.testing"}, f"{path.relative_to(problems)}"
