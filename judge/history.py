"""Saved speed figures, so a check can compare with the last attempt.

One file per problem, ``<data dir>/speed/<slug>.json``, in pytest-benchmark's
saved-run layout (see :func:`judge.speed.to_benchmark_json`), so the figures
can be read with the tools that know that format. The data dir is
``$JUDGE_DATA_DIR`` or the platform's user data dir (platformdirs).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs

from judge.speed import SpeedReport, to_benchmark_json

ENV_DATA = "JUDGE_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA)
    return Path(override) if override else Path(platformdirs.user_data_dir("judge"))


def _speed_file(slug: str) -> Path:
    return data_dir() / "speed" / f"{slug}.json"


def previous_ratio(slug: str) -> float | None:
    """The speed ratio of the last saved attempt, or None (also when the file is unreadable)."""
    try:
        data = json.loads(_speed_file(slug).read_text(encoding="utf-8"))
        ratio = data["judge"]["ratio"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return float(ratio) if isinstance(ratio, (int, float)) and ratio > 0 else None


def save_speed(slug: str, report: SpeedReport, sha256: str) -> None:
    """Write atomically (a temporary file, then rename): a crash leaves the old file whole."""
    path = _speed_file(slug)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps(to_benchmark_json(slug, report, sha256), indent=1),
                         encoding="utf-8")
    os.replace(temporary, path)


def compare_with_last(ratio: float | None, previous: float | None) -> str | None:
    """'1.8x faster than your last attempt' (ratios are against the reference). Pure."""
    if ratio is None or previous is None or ratio <= 0:
        return None
    change = previous / ratio
    if 0.9 <= change <= 1.1:
        return "about as fast as your last attempt"
    if change > 1:
        return f"{change:.1f}x faster than your last attempt"
    return f"{1 / change:.1f}x slower than your last attempt"
