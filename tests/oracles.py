"""Loading a problem's reference for the oracle cross-checks (test_oracle_*.py)."""

from __future__ import annotations

from typing import Any

from judge.packages.format import find_problem, load_reference

from .conftest import PROBLEMS


def reference(slug: str) -> Any:
    """The reference's entry point of the problem ``slug``."""
    return load_reference(find_problem(PROBLEMS, slug), "oracle_reference")
