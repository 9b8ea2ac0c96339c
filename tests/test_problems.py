"""problem.toml validation and discovery: one error line naming file and key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from judge.errors import ProblemFormatError, ProblemNotFound
from judge.packages.format import (
    CompareSpec,
    all_problems,
    find_problem,
    load_problem,
    problems_root,
)

from .conftest import PROBLEMS

GOOD = """title = "T"
difficulty = "easy"
set = "A"
tags = ["x"]
entry = "f"
kind = "function"
"""


def package(tmp_path: Path, toml: str) -> Path:
    folder = tmp_path / "p"
    (folder / "tests").mkdir(parents=True)
    for name in ("statement.md", "stub.py", "reference.py"):
        (folder / name).write_text("")
    (folder / "problem.toml").write_text(toml)
    return folder


def test_a_good_package_loads(tmp_path: Path) -> None:
    problem = load_problem(package(tmp_path, GOOD + "[limits]\ncall_timeout_s = 0.5\n"))
    assert (problem.entry, problem.limits.call_timeout_s, problem.max_examples) == ("f", 0.5, 100)
    assert problem.compare.order == "exact" and problem.compare.measured_correct is None


def test_the_compare_table_loads(tmp_path: Path) -> None:
    toml = GOOD + "[compare]\nrel = 1e-9\nabs = 0\nmeasured_correct = 3e-16\norder = 'ranking'\n"
    compare = load_problem(package(tmp_path, toml)).compare
    assert compare is not None
    assert (compare.rel, compare.abs, compare.measured_correct, compare.smallest_mistake,
            compare.order) == (1e-9, 0.0, 3e-16, None, "ranking")


@pytest.mark.parametrize("toml, words", [
    (GOOD.replace('difficulty = "easy"\n', ""), "missing key 'difficulty'"),
    (GOOD.replace('"easy"', '"ez"'), "key 'difficulty' must be one of easy, medium, hard"),
    (GOOD.replace('entry = "f"', 'entry = "no such"'), "key 'entry' must be a Python identifier"),
    (GOOD + "colour = 1\n", "unknown key 'colour'"),
    (GOOD + "[limits]\ncpu_s = -1\n", "key 'limits.cpu_s' must be a positive integer"),
    (GOOD + "[limits]\nwall = 1\n", "unknown key 'limits.wall'"),
    (GOOD + "[tests]\nmax_examples = 'many'\n", "key 'tests.max_examples'"),
    (GOOD + "[compare]\norder = 'sorted'\n",
     "key 'compare.order' must be one of exact, set, ranking, got 'sorted'"),
    (GOOD + "[compare]\nrel = -1e-9\n", "key 'compare.rel' must be a number >= 0"),
    (GOOD + "[compare]\nabs = '1e-12'\n", "key 'compare.abs' must be a number >= 0"),
    (GOOD + "[compare]\nmeasured_correct = true\n", "key 'compare.measured_correct'"),
    (GOOD + "[compare]\ntolerance = 1e-9\n", "unknown key 'compare.tolerance'"),
    (GOOD + "compare = 1\n", "key 'compare' must be a table"),
    (GOOD + "[compare]\nsmallest_mistake = 'big'\n", "key 'compare.smallest_mistake'"),
    ("title = ", "not valid TOML"),
])
def test_bad_metadata_is_one_line_naming_file_and_key(tmp_path: Path, toml: str,
                                                     words: str) -> None:
    with pytest.raises(ProblemFormatError) as info:
        load_problem(package(tmp_path, toml))
    message = str(info.value)
    assert words in message and "problem.toml" in message and "\n" not in message


def test_the_compare_table_is_read_with_its_defaults(tmp_path: Path) -> None:
    assert load_problem(package(tmp_path, GOOD)).compare == CompareSpec()
    table = ('[compare]\norder = "ranking"\nrel = 1e-7\nabs = 0\nmeasured_correct = 3.2e-9\n'
             'smallest_mistake = 0.01\n')
    spec = load_problem(package(tmp_path / "b", GOOD + table)).compare
    assert spec == CompareSpec("ranking", 1e-7, 0.0, 3.2e-9, 0.01)


def test_missing_files_are_named(tmp_path: Path) -> None:
    folder = package(tmp_path, GOOD)
    (folder / "stub.py").unlink()
    with pytest.raises(ProblemFormatError, match=r"stub\.py: file is missing"):
        load_problem(folder)


def test_unknown_problem_suggests_the_nearest_slug() -> None:
    with pytest.raises(ProblemNotFound, match="did you mean 'most_played_track'"):
        find_problem(PROBLEMS, "most_playd_track")


def test_problems_folder_from_option_and_environment(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(PROBLEMS / "most_played_track", tmp_path / "mine")
    assert [p.slug for p in all_problems(problems_root(tmp_path))] == ["mine"]
    monkeypatch.setenv("JUDGE_PROBLEMS", str(tmp_path))
    assert problems_root() == tmp_path
    with pytest.raises(ProblemNotFound, match="--problems"):
        problems_root(tmp_path / "nope")


def test_the_catalog_has_thirty_problems() -> None:
    catalog = {"A": 12, "B": 7, "C": 11}
    found = [p.set for p in all_problems(PROBLEMS)]
    assert {s: found.count(s) for s in catalog} == catalog


def test_every_catalog_package_is_complete() -> None:
    for problem in all_problems(PROBLEMS):
        assert problem.hints.is_file(), problem.slug
        assert list(problem.tests.glob("test_*.py")), problem.slug
        planted = {d.name: list(d.glob("*.py")) for d in problem.planted.iterdir()}
        assert len(planted.get("accepted", [])) >= 1, problem.slug
        assert len(planted.get("wrong_answer", [])) >= 3, problem.slug
        assert planted.get("runtime_error"), problem.slug
        if problem.speed is not None:  # the catalog's naive approach must be planted
            assert planted.get("too_slow"), problem.slug
