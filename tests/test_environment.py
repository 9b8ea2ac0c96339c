"""The environment every statement states: the versions a submission runs with (read
in a real worker), the removed APIs it lists (each one tried against the installed
libraries), and the advice a missing library's Compilation Error gives."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from judge.grading.runner import check
from judge.grading.verdicts import Verdict
from judge.isolation import environment
from judge.packages.format import find_problem
from judge.ui.pad import console

from .conftest import PROBLEMS

# For every entry of environment.REMOVED: code that uses the old API (it must fail
# under the installed versions, raising or asserting) and code that uses its
# replacement (it must run, with warnings as errors: no deprecated replacement).
PROBES: dict[str, tuple[str, str]] = {
    "`np.float`, `np.int`": ("np.float; np.int", "float(np.float64(1)); int(np.int64(1))"),
    "`np.asfarray(x)`": ("np.asfarray([1])",
                         "assert np.asarray([1], dtype=float).dtype == np.float64"),
    "`np.product`, `np.cumproduct`, `np.alltrue`, `np.sometrue`": (
        "np.product; np.cumproduct; np.alltrue; np.sometrue",
        "np.prod([2]); np.cumprod([2]); np.all([1]); np.any([1])"),
    "`np.NaN`, `np.Inf`, `np.float_`": ("np.NaN; np.Inf; np.float_",
                                        "np.nan; np.inf; np.float64"),
    "`np.in1d(a, b)`": ("np.in1d([1], [1])", "assert np.isin([1], [1]).all()"),
    "`float(a)` of a one-element 1-D array": ("float(np.array([1.5]))",
                                              "assert float(np.array([1.5])[0]) == 1.5"
                                              " == np.array([1.5]).item()"),
    "`np.sum(x for x in ...)` (a generator)": ("np.sum(x for x in range(3))",
                                               "assert sum(x for x in range(3)) == 3"
                                               " == np.sum([0, 1, 2])"),
    "sparse `m.A`, `m.H`": ("sp.csr_matrix(np.eye(2)).A",
                            "m = sp.csr_matrix(np.eye(2)); m.toarray(); m.conj().T"),
    "`scipy.stats.binom_test`": ("scipy.stats.binom_test(3, 10)",
                                 "assert 0 < scipy.stats.binomtest(3, 10).pvalue < 1"),
    "`df.append(row)`, `s.append(t)`": (
        "df.append(df)", "assert len(pd.concat([df, df])) == 2 * len(df)"),
    "`df.applymap(f)`, `df.swapaxes(0, 1)`": ("df.applymap(str)",
                                              "df.map(str); df.T"),
    "`s[0]` on a labelled index": ("assert pd.Series([7], index=['a'])[0] == 7",
                                   "assert pd.Series([7], index=['a']).iloc[0] == 7"),
    "`df[col][i] = v` (chained assignment)": (
        "d = df.copy(); d['n'][0] = 100; assert d['n'][0] == 100",
        "d = df.copy(); d.loc[0, 'n'] = 100; assert d['n'][0] == 100"),
    "`df.groupby(k).apply(f)` seeing column `k`": (
        "assert 'u' in df.groupby('u').apply(lambda g: list(g.columns)).iloc[0]",
        "assert df.groupby('u')['n'].agg('sum').tolist() == [3, 3]"),
}


def _namespace() -> dict[str, object]:
    import numpy as np
    import scipy.sparse as sp
    import scipy.stats

    names: dict[str, object] = {"np": np, "sp": sp, "scipy": scipy}
    try:
        import pandas as pd
    except ImportError:
        return names
    names["pd"] = pd
    names["df"] = pd.DataFrame({"u": ["a", "a", "b"], "n": [1, 2, 3]})
    return names


def test_every_removed_api_has_probes() -> None:
    assert set(PROBES) == {entry.old for entry in environment.REMOVED}


@pytest.mark.parametrize("entry", environment.removed_apis(), ids=lambda e: e.old)
def test_a_listed_api_is_gone_and_its_replacement_works(entry: environment.Removed) -> None:
    old, new = PROBES[entry.old]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pandas warns and still fails to write, e.g.
        with pytest.raises((AttributeError, TypeError, KeyError, AssertionError)):
            exec(old, _namespace())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        exec(new, _namespace())


def test_the_list_follows_the_installed_versions() -> None:
    older = [environment.Library("numpy", "numpy", "1.26.4"),
             environment.Library("scipy", "scipy", "1.11.0"),
             environment.Library("pandas", "pandas", None)]
    listed = environment.removed_apis(older)
    assert {e.library for e in listed} == {"numpy"}
    assert all(e.since == "1.24" for e in listed)  # np.asfarray still works in 1.26
    current = {e.library for e in environment.removed_apis()}
    assert {"numpy", "scipy"} <= current


def test_the_versions_are_those_a_submission_runs_with(tmp_path: Path) -> None:
    """The statement's versions against what a submission reads in a real worker."""
    mine = tmp_path / "mine.py"
    mine.write_text(
        "import sys\n\ndef most_played_track(plays):\n"
        "    import numpy, scipy\n"
        "    return ' '.join(['Python %d.%d.%d' % sys.version_info[:3],"
        " 'numpy ' + numpy.__version__, 'scipy ' + scipy.__version__])\n")
    result = console.run(find_problem(PROBLEMS, "most_played_track"), mine,
                         "most_played_track(['a'])")
    assert result.error is None and result.lines[0].error is None, result
    seen = str(result.lines[0].value).strip("'").split(" ")
    stated = environment.markdown()
    for name, version in zip(seen[::2], seen[1::2], strict=True):
        assert f"{name} {version}" in stated, (name, version)


def test_the_markdown_says_what_may_be_imported_and_how_to_add_the_pad_extra() -> None:
    found = [environment.Library("numpy", "numpy", "2.4.6"),
             environment.Library("scipy", "scipy", "1.17.1"),
             environment.Library("pandas", "pandas", None),
             environment.Library("networkx", "networkx", "3.6.1"),
             environment.Library("sklearn", "scikit-learn", None)]
    text = environment.markdown(found)
    assert "numpy 2.4.6, scipy 1.17.1, networkx 3.6.1." in text
    assert "the standard library, `numpy`, `scipy` and `networkx`" in text
    assert "Not installed: pandas, scikit-learn" in text and "[pad]'" in text
    assert "`np.asfarray(x)` | numpy 2.0 |" in text
    assert "df.append" not in text  # pandas is not installed: nothing of it listed


def test_missing_module_advice(monkeypatch: pytest.MonkeyPatch) -> None:
    advice = environment.missing_module_advice
    assert advice("No module named 'numpy.nothing_here'") is None  # numpy is installed
    assert advice("No module named 'collections.abcd'") is None
    unknown = advice("No module named 'torch'")
    assert unknown is not None and "'torch' is not available" in unknown
    assert "numpy, scipy and pandas, networkx, sklearn" in unknown
    real = environment.version
    monkeypatch.setattr(environment, "version",
                        lambda dist: None if dist == "scikit-learn" else real(dist))
    missing = advice("No module named 'sklearn'")
    assert missing is not None and "scikit-learn is not installed" in missing
    assert f"install -e '.[{environment.PAD_EXTRA}]'" in missing


def test_a_missing_library_is_a_compilation_error_that_says_what_to_do(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "mine.py"
    mine.write_text("import torch\n\ndef most_played_track(plays):\n    return plays[0]\n")
    result = check(find_problem(PROBLEMS, "most_played_track"), mine, speed=False,
                   recheck=False, quick=True)
    assert result.verdict is Verdict.COMPILATION_ERROR
    assert result.failure is not None
    assert "No module named 'torch'" in result.failure.reason
    assert "'torch' is not available to a submission" in result.failure.reason


def test_the_pad_libraries_load_in_the_worker(tmp_path: Path) -> None:
    """The pad extra is importable under the worker's confinement (where installed)."""
    pytest.importorskip("pandas")
    pytest.importorskip("networkx")
    mine = tmp_path / "mine.py"
    mine.write_text("import pandas as pd\nimport networkx as nx\n\n"
                    "def most_played_track(plays):\n"
                    "    return str(pd.Series(plays).mode()[0]) + str(nx.Graph().order())\n")
    result = console.run(find_problem(PROBLEMS, "most_played_track"), mine,
                         "most_played_track(['a'])")
    assert result.error is None and result.lines[0].error is None, result
    assert result.lines[0].value == "'a0'"


def test_library_imports_name_only_the_libraries_a_submission_imports() -> None:
    from judge.isolation.environment import library_imports

    source = b"""
import numpy as np, os
from scipy.stats import norm
from scipy import sparse, special as sp
from . import sibling
import sklearn.linear_model
from collections import *

def f():
    import pandas
    from numpy import *
"""
    assert library_imports(source) == (
        "numpy", "scipy.stats", "scipy.stats.norm", "scipy", "scipy.sparse", "scipy.special",
        "sklearn.linear_model", "pandas")
    assert library_imports(b"import numpy\nthis is not python(") == ()
    assert library_imports(b"(" * 10_000) == ()  # too deep for the parser: nothing
    assert library_imports(b"import os, subprocess\n") == ()
    assert library_imports(b"import numpy\n" + b"#" * (2 << 20)) == ()  # not parsed at all
