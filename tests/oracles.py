"""Loading a problem's reference for the oracle cross-checks (test_oracle_*.py)."""

from __future__ import annotations

import importlib.util
from typing import Any

from .conftest import PROBLEMS


def reference(slug: str, entry: str | None = None) -> Any:
    """The reference's entry point (``entry`` defaults to the slug)."""
    path = PROBLEMS / slug / "reference.py"
    spec = importlib.util.spec_from_file_location(f"oracle_ref_{slug}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, entry or slug)
