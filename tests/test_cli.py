"""The command line: exit codes, one-line errors, start never overwrites."""

from __future__ import annotations

import shlex
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from judge.cli import main
from judge.isolation import environment

from .conftest import PROBLEMS, ROOT


def test_list_shows_the_problems(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--problems", str(PROBLEMS), "list"]) == 0
    out = capsys.readouterr().out
    for slug in ("most_played_track", "top_k_tracks", "similar_track_path"):
        assert slug in out


def test_show_renders_the_statement(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--problems", str(PROBLEMS), "show", "most_played_track"]) == 0
    out = " ".join(capsys.readouterr().out.split())  # unwrapped
    assert "Most played track" in out
    # then the environment a submission runs with (tests/test_environment.py checks it)
    assert f"Your code runs in Python {environment.python_version()} with numpy" \
        f" {environment.version('numpy')}, scipy {environment.version('scipy')}" in out
    assert "It may import the standard library, numpy, scipy" in out
    assert "np.asarray(x, dtype=float)" in out


def test_start_creates_the_file_and_never_overwrites(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("JUDGE_SUBMISSIONS", str(tmp_path))
    assert main(["--problems", str(PROBLEMS), "start", "most_played_track"]) == 0
    target = tmp_path / "most_played_track.py"
    assert target.read_text() == (PROBLEMS / "most_played_track" / "stub.py").read_text()
    assert "judge check most_played_track" in capsys.readouterr().out
    target.write_text("my work")
    assert main(["--problems", str(PROBLEMS), "start", "most_played_track"]) == 2
    assert "never overwrites" in capsys.readouterr().err
    assert target.read_text() == "my work"


@pytest.mark.parametrize("argv, words", [
    (["check", "most_playd_track"], "did you mean 'most_played_track'"),
    (["check", "most_played_track", "--file", "/nonexistent/x.py"], "/nonexistent/x.py: no such"),
    (["--problems", "/nonexistent", "list"], "--problems: /nonexistent is not a folder"),
    (["verify", "most_played_track", "--jobs", "0"], "--jobs must be at least 1"),
])
def test_user_errors_are_one_line_and_exit_2(argv: list[str], words: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    if argv[0] != "--problems":
        argv = ["--problems", str(PROBLEMS), *argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err


def test_an_empty_problems_folder_says_so_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = ["--problems", str(tmp_path)]
    for command in ("list", "status"):
        assert main([*empty, command]) == 0
        out = capsys.readouterr().out
        assert out == f"No problems in {tmp_path}: a problem is a folder with a problem.toml" \
            " (`judge new <slug>` makes one), or point --problems DIR or $JUDGE_PROBLEMS at a" \
            " folder of them\n", command
    for argv in (["verify"], ["check", "most_played_track"], ["interview"]):
        assert main([*empty, *argv]) == 2
        err = capsys.readouterr().err
        assert f"no problems in {tmp_path}:" in err and err.count("\n") == 1, argv


def test_bad_option_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["check", "most_played_track", "--bogus"])
    assert info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_a_broken_package_is_one_line_naming_the_file(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(PROBLEMS / "most_played_track", tmp_path / "broken")
    toml = tmp_path / "broken" / "problem.toml"
    toml.write_text(toml.read_text().replace('kind = "function"', 'kind = "lambda"'))
    assert main(["--problems", str(tmp_path), "check", "broken"]) == 2
    err = capsys.readouterr().err
    assert "problem.toml: key 'kind' must be one of function, class" in err


def readme_setup() -> tuple[str, list[str]]:
    """The README's two setup blocks: the newcomer's command, and the test commands."""
    readme = (ROOT / "README.md").read_text()
    setup = readme.split("## Setup", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("\n", 1)[1].split("```")[0].strip() for b in setup.split("```sh")[1:]]
    return blocks[0], blocks[1].splitlines()


def test_ci_runs_the_readme_commands() -> None:
    """CI runs the README's setup commands in order: the judge alone and the sample's
    check, then the test extra and the test command."""
    first, (install, test_command) = readme_setup()
    venv, judge_only, sample = first.split(" && ")
    assert venv == "python3 -m venv .venv"
    assert judge_only == ".venv/bin/pip install -e ."  # no extra: the judge alone
    assert install == ".venv/bin/pip install -e '.[test]'"
    ci = (ROOT / ".ci" / "run").read_text().splitlines()

    def at(predicate: Callable[[str], bool]) -> int:
        return next(i for i, line in enumerate(ci) if predicate(line))

    steps = [at(lambda line: line == venv),
             at(lambda line: line.startswith(".venv/bin/pip install") and line.endswith(" -e .")),
             at(lambda line: line.endswith(sample)),
             at(lambda line: line.startswith(".venv/bin/pip install")
                and line.endswith(" -e '.[test]'")),
             ci.index(test_command)]
    assert steps == sorted(steps)


def test_the_readmes_first_command_shows_a_minimal_counterexample(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample of the first command fails as the README shows (from the project
    folder, with no --problems: as a newcomer types it)."""
    first, _ = readme_setup()
    argv = shlex.split(first.split(" && ")[-1])
    assert argv[0] == ".venv/bin/judge"
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("JUDGE_NO_SPEED", "1")
    monkeypatch.delenv("JUDGE_PROBLEMS", raising=False)
    assert main(argv[1:]) == 1
    out = capsys.readouterr().out
    readme = (ROOT / "README.md").read_text()
    shown = readme.split(first, 1)[1].split("\n```\n")[2]  # the sample output after it
    for label in ("Wrong Answer", "Why:", "Expected:", "Got:", "Reproduce:", "hidden tests"):
        (line,) = [line for line in shown.splitlines() if label in line]
        expected = line.split(" · ")[0] if label == "Wrong Answer" else line
        assert expected.strip() in out, (label, out)
