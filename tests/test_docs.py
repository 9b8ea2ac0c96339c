"""Tests that keep the docs honest (as sqlite-utils' tests/test_docs.py does):
every command has --help with an example, and the README documents every
command, every option, the history's location and the JSON schema."""

from __future__ import annotations

import argparse
import json
import re
import tomllib

import pytest

from judge.cli import EPILOG, build_parser, main
from judge.practice.history import ENV_DATA, ENV_HISTORY
from judge.ui import results as render

from .conftest import ROOT

README = (ROOT / "README.md").read_text()


def commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def section(title: str) -> str:
    """The README's ``## title`` section."""
    return README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_the_epilogs_cover_the_commands() -> None:
    assert set(commands()) == set(EPILOG)


@pytest.mark.parametrize("name", sorted(EPILOG))
def test_every_command_has_help_with_an_example(name: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([name, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert f"example: judge {name}" in out
    assert out.startswith(f"usage: judge {name}")


@pytest.mark.parametrize("name", sorted(EPILOG))
def test_the_readme_documents_every_command_and_option(name: str) -> None:
    documented = section("Commands")
    assert re.search(rf"`judge {name}\b", documented), f"judge {name} is not in the README"
    for action in commands()[name]._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert option in documented, f"judge {name} {option} is not in the README"


def test_the_readme_says_where_the_history_lives() -> None:
    history = section("Your history")
    for words in (ENV_DATA, ENV_HISTORY, "history.db", "~/.local/share/judge",
                  "history.db.corrupt-"):
        assert words in history, words


def test_the_readme_documents_the_json_schema() -> None:
    documented = section("JSON output")
    assert f'"schema": {render.JSON_SCHEMA_VERSION}' in documented
    assert f"judge/schema/results-v{render.JSON_SCHEMA_VERSION}.json" in documented
    schema = json.loads(render.SCHEMA_FILE.read_text())
    for kind in ("check", "status", "verify"):
        assert f'"kind": "{kind}"' in documented or f"`{kind}`" in documented
    # every top-level field of each kind is named in the README
    defs = schema["$defs"]
    for name in (*defs["result_fields"]["required"], *defs["status"]["required"],
                 *defs["verify"]["required"]):
        assert f"`{name}`" in documented or f'"{name}"' in documented, name


def test_the_schema_is_shipped_with_the_package() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = pyproject["tool"]["setuptools"]["package-data"]["judge"]
    assert "schema/*.json" in patterns
    schema = json.loads(render.SCHEMA_FILE.read_text())
    assert schema["$defs"]["check"]["allOf"][1]["properties"]["schema"]["const"] == \
        render.JSON_SCHEMA_VERSION
