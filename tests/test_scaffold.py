"""`judge new`: a package whose placeholders `judge verify` lists until they are
filled in, and which verifies once they are."""

from __future__ import annotations

import json
import py_compile
import re
from pathlib import Path

import pytest

from judge.cli import main
from judge.packages.format import load_problem
from judge.packages.scaffold import PLACEHOLDER, new_problem, placeholders
from judge.packages.verify import package_errors

EXPECTED_FILES = {
    "problem.toml", "statement.md", "stub.py", "reference.py", "hints.md",
    "tests/test_1_examples.py", "tests/test_2_properties.py", "tests/speed.py",
    "planted/wrong_answer/wrong.py", "planted/too_slow/naive.py",
}


@pytest.mark.parametrize("kind", ["function", "class"])
def test_new_writes_a_loadable_package_with_a_placeholder_in_every_file(
        tmp_path: Path, kind: str) -> None:
    scaffold = new_problem(tmp_path, "skip_rate" if kind == "function" else "PlayQueue", kind)
    assert {str(p.relative_to(scaffold.path)) for p in scaffold.files} == EXPECTED_FILES
    problem = load_problem(scaffold.path)  # loads as is: `judge show` works while filling in
    assert problem.kind == kind and problem.entry == scaffold.path.name
    assert set(placeholders(scaffold.path)) == set(scaffold.files)
    for path in scaffold.files:
        if path.suffix == ".py":
            py_compile.compile(str(path), doraise=True)


def test_new_then_verify_lists_what_to_fill(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COLUMNS", "250")  # one line per file, however long its path
    assert main(["--problems", str(tmp_path), "new", "skip_rate"]) == 0
    out = capsys.readouterr().out
    assert "Created" in out and "judge verify skip_rate" in out
    assert main(["--problems", str(tmp_path), "verify", "skip_rate"]) == 1
    out = capsys.readouterr().out
    for name in EXPECTED_FILES:
        (line,) = [x for x in out.splitlines() if x.startswith("FAIL") and f"/{name}:" in x]
        assert f"fill in {PLACEHOLDER} (line" in line
    assert "0 files graded" in out  # nothing is graded until the placeholders are gone
    assert main(["--problems", str(tmp_path), "verify", "skip_rate", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "verify" and not data["ok"] and data["items"] == []
    assert len(data["package_errors"]) == len(EXPECTED_FILES)


@pytest.mark.parametrize("slug, words", [
    ("skip-rate", "invalid problem slug 'skip-rate'"),
    ("2fast", "invalid problem slug '2fast'"),
    ("class", "invalid problem slug 'class'"),
    ("../escape", "invalid problem slug '../escape'"),
    ("most_played_track", "already exists: judge new never overwrites a package"),
])
def test_new_refuses_bad_and_existing_slugs(tmp_path: Path, slug: str, words: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "most_played_track").mkdir()
    (tmp_path / "most_played_track" / "mine.txt").write_text("keep")
    assert main(["--problems", str(tmp_path), "new", slug]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert (tmp_path / "most_played_track" / "mine.txt").read_text() == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["most_played_track"]


def fill(text: str) -> str:
    """Remove the markers the way an author would: trailing marker comments go,
    the rest of a marker's text becomes real words."""
    text = re.sub(r"[ \t]+# TODO\(judge-new\).*$", "", text, flags=re.MULTILINE)
    text = re.sub(r"^# TODO\(judge-new\).*\n", "", text, flags=re.MULTILINE)
    return text.replace(f"{PLACEHOLDER}: ", "").replace(PLACEHOLDER, "filled in")


FILLED = {
    "problem.toml": lambda t: fill(t).replace('tags = ["filled in"]', 'tags = ["hashing"]')
    .replace('complexity = "the reference\'s, e.g. O(n log n)"', 'complexity = "O(n)"'),
    "statement.md": lambda t: "# Distinct tracks\n\nWrite `distinct_tracks(items)` that returns"
    " how many distinct track ids `items` holds.\n\n## Examples\n```python\n"
    ">>> distinct_tracks([3, 1, 2])\n3\n>>> distinct_tracks([7, 7])\n1\n```\n",
    "stub.py": lambda t: 'def distinct_tracks(items: list[int]) -> int:\n'
    '    """How many distinct ids items holds."""\n    raise NotImplementedError\n',
    "reference.py": lambda t: 'def distinct_tracks(items: list[int]) -> int:\n'
    '    """A set keeps each id once. O(n) time."""\n    return len(set(items))\n',
    "hints.md": fill,
    "tests/test_1_examples.py": fill,
    "tests/test_2_properties.py": fill,
    "tests/speed.py": fill,
    "planted/wrong_answer/wrong.py": lambda t: "def distinct_tracks(items):\n"
    "    return len(items)  # counts repeats\n",
    "planted/too_slow/naive.py": lambda t: 'def distinct_tracks(items):\n'
    '    """A list instead of a set: O(n * distinct)."""\n    seen = []\n'
    '    for item in items:\n        if item not in seen:\n            seen.append(item)\n'
    '    return len(seen)\n',
}


@pytest.mark.slow
def test_a_filled_in_package_verifies(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The templates (tests, speed generator, layout) are a working package once an
    author fills them in: `judge verify` grades every file and passes."""
    scaffold = new_problem(tmp_path, "distinct_tracks")
    for name, filler in FILLED.items():
        path = scaffold.path / name
        path.write_text(filler(path.read_text()))
    assert placeholders(scaffold.path) == {}
    assert package_errors(load_problem(scaffold.path)) == []
    code = main(["--problems", str(tmp_path), "verify", "distinct_tracks"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "4 files graded, 0 problems found" in out
