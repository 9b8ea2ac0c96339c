"""`judge new <slug>`: a new problem package, every file a placeholder to fill.

    problems/<slug>/
      problem.toml                    metadata; tags and complexity to fill
      statement.md                    story, spec, examples, constraints
      stub.py                         what the candidate starts from
      reference.py                    the model answer (its docstring is the
                                      explanation `judge solution` shows)
      hints.md                        three hints, separated by lines of ---
      tests/test_1_examples.py        the statement's examples, edge cases
      tests/test_2_properties.py      Hypothesis properties against the reference
      tests/speed.py                  generate(n, rng) for the speed phase
      planted/wrong_answer/wrong.py   a typical mistake
      planted/too_slow/naive.py       a correct but slow solution

Every file carries the marker PLACEHOLDER; `judge verify` (judge.packages.verify)
rejects the package, file by file, until none is left. The templates load as
a valid problem.toml from the start, so the author can `judge show` it and run
`judge check --file` against it while filling it in.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from pathlib import Path

from judge.errors import JudgeError
from judge.packages.format import KINDS

PLACEHOLDER = "TODO(judge-new)"
SLUG = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


class ScaffoldError(JudgeError):
    """`judge new` refuses an invalid slug or one that exists: the message says which."""


@dataclass(frozen=True)
class Scaffold:
    path: Path
    files: tuple[Path, ...]

    def __str__(self) -> str:
        return f"{self.path}: {len(self.files)} files to fill"


def check_slug(slug: str) -> None:
    if not SLUG.fullmatch(slug) or keyword.iskeyword(slug):
        raise ScaffoldError(
            f"invalid problem slug {slug!r}: use letters, digits and underscores, starting"
            " with a letter (it is also the name of the function or class to write),"
            " e.g. most_played_track")


def title_of(slug: str) -> str:
    """most_played_track -> 'Most played track'; a class name stays as it is."""
    if slug[0].isupper():
        return slug
    return slug.replace("_", " ").strip().capitalize()


def new_problem(root: Path, slug: str, kind: str = "function") -> Scaffold:
    """Write the package ``root/slug``; refuse an invalid or existing slug."""
    check_slug(slug)
    if kind not in KINDS:
        raise ScaffoldError(f"--kind must be one of {', '.join(KINDS)}, got {kind!r}")
    folder = root / slug
    if folder.exists():
        raise ScaffoldError(f"{folder} already exists: judge new never overwrites a package"
                            " (pick another slug)")
    existing = {p.name.lower() for p in root.iterdir()} if root.is_dir() else set()
    if slug.lower() in existing:
        raise ScaffoldError(f"{root} already has a package named like {slug!r}"
                            " (names differing only in case clash on some systems)")
    templates = FUNCTION if kind == "function" else CLASS
    values = {"slug": slug, "title": title_of(slug), "kind": kind, "todo": PLACEHOLDER}
    try:
        folder.mkdir(parents=True)
    except FileExistsError:
        raise ScaffoldError(f"{folder} already exists: judge new never overwrites a package"
                            ) from None
    written = []
    for name, template in {**COMMON, **templates}.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.format(**values).lstrip("\n"), encoding="utf-8")
        written.append(path)
    return Scaffold(folder, tuple(written))


def placeholders(folder: Path) -> dict[Path, list[int]]:
    """Files under ``folder`` that still carry the marker, with its line numbers."""
    found: dict[Path, list[int]] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        lines = [number for number, line in enumerate(text.splitlines(), start=1)
                 if PLACEHOLDER in line]
        if lines:
            found[path] = lines
    return found


COMMON = {
    "problem.toml": '''
# {todo}: check the title, difficulty and set; name the tags; set the speed
# sizes (n where the reference takes about 1 ms or more per call); then delete
# this comment.
title = "{title}"
difficulty = "easy"            # easy | medium | hard
set = "A"                      # A | B | C
tags = ["{todo}"]              # e.g. ["hashing", "counting"]
entry = "{slug}"
kind = "{kind}"

[limits]
call_timeout_s = 2.0

[tests]
max_examples = 100

[speed]
sizes = [4000, 8000, 16000, 32000, 64000, 128000]
verify_sizes = [1000, 2000, 4000, 8000]
factor = 3.0
complexity = "{todo}: the reference's, e.g. O(n log n)"

[compare]                      # how agree() compares with the reference (the last table)
order = "exact"                # exact | set | ranking
rel = 1e-9                     # float tolerances
abs = 1e-12
''',
    "hints.md": '''
{todo}: the first nudge: what to notice, or which data structure helps.
---
{todo}: a bigger step.
---
{todo}: almost the answer, in words (`judge solution` shows the code).
''',
    "planted/wrong_answer/wrong.py": '''
# {todo}: a typical mistake that must get Wrong Answer; name the file after it
# (e.g. ties_to_smallest_id.py). Add one file per mistake worth catching.
''',
    "planted/too_slow/naive.py": '''
# {todo}: a correct but naive solution (a worse complexity class) that must get
# Too Slow; its docstring says why it is slow.
''',
}

FUNCTION = {
    "statement.md": '''
# {title}

{todo}: the story: who needs this, in the language of a music-streaming service.

Write `{slug}(items)` that returns ...

## Spec
- {todo}: the arguments and their types.
- {todo}: the result; how ties are broken; which inputs raise which error.
- Do not modify the arguments.

## Examples
```python
>>> {slug}([3, 1, 2])
{todo}
```

## Constraints
- {todo}: sizes and value ranges, e.g. 0 <= len(items) <= 10^6.
- Expected: {todo} time.
''',
    "stub.py": '''
def {slug}(items: list[int]) -> int:  # {todo}: the real signature
    """{todo}: what it returns, ties, errors: the candidate starts from this."""
    raise NotImplementedError
''',
    "reference.py": '''
def {slug}(items: list[int]) -> int:  # {todo}: the real signature
    """{todo}: the idea in words and why it is correct; end with its cost,
    e.g. O(n) time, O(1) extra memory. `judge solution` shows this as the
    explanation."""
    raise NotImplementedError("{todo}: the model answer")
''',
    "tests/test_1_examples.py": '''
"""Hand-picked edge cases. The statement's examples are test items already: the
judge collects them and checks each with agree() (the result's type is the
stub's return annotation; float tolerances are [compare] in problem.toml)."""

from judge.testing import cases

test_edge_case = cases("Edge cases: {todo}.", {{  # {todo}: inputs that catch mistakes
    "one": ([1],),
    "repeat": ([2, 2],),
}})

# Inputs that must raise, each named by the reason a report gives:
#   test_bad_input_raises = raising("Bad input raises ValueError.", {{"no items": ([],)}})
''',
    "tests/test_2_properties.py": '''
"""Hypothesis properties against the reference."""

from hypothesis import strategies as st

from judge.testing import agrees

# {todo}: inputs where mistakes show (a small alphabet makes ties common).
items = st.lists(st.integers(-5, 5), min_size=1, max_size=30)

test_matches_reference = agrees("{todo}: the property, in words (a failure reports this line).",
                                items=items)
''',
    "tests/speed.py": '''
"""Speed inputs: {todo}: what n means, and why a naive solution shows its growth."""

import random


def generate(n: int, rng: random.Random) -> tuple[list[int]]:
    return ([rng.randrange(n) for _ in range(n)],)  # {todo}
''',
}

CLASS = {
    "statement.md": '''
# {title}

{todo}: the story: who needs this, in the language of a music-streaming service.

Write a class `{slug}(capacity)` with `get(key)` and `put(key, value)` ...

## Spec
- {todo}: the constructor's arguments; each method, its result and its errors.

## Example
```python
>>> store = {slug}(2)
>>> store.put("a", 1)
>>> store.get("a")
{todo}
```

## Constraints
- {todo}: sizes; expected cost per call, e.g. O(1).
''',
    "stub.py": '''
class {slug}:
    """{todo}: what it keeps and what each method does: the candidate starts from this."""

    def __init__(self, capacity: int) -> None:  # {todo}: the real methods
        raise NotImplementedError

    def get(self, key: str) -> int | None:
        raise NotImplementedError

    def put(self, key: str, value: int) -> None:
        raise NotImplementedError
''',
    "reference.py": '''
class {slug}:
    """{todo}: the idea in words and why it is correct; end with its cost,
    e.g. O(1) per call. `judge solution` shows this as the explanation."""

    def __init__(self, capacity: int) -> None:
        raise NotImplementedError("{todo}: the model answer")

    def get(self, key: str) -> int | None:
        raise NotImplementedError

    def put(self, key: str, value: int) -> None:
        raise NotImplementedError
''',
    "tests/test_1_examples.py": '''
"""The statement's session and hand-picked call sequences."""

import pytest

from judge.testing import WrongAnswer, first_difference

SEQUENCES = {{  # {todo}: call sequences that catch mistakes
    "statement": (2, [("put", "a", 1), ("get", "a")]),
}}


@pytest.mark.parametrize("case", SEQUENCES, ids=str)
def test_sequence(solution, reference, case):
    """{todo}: what these sequences check, in words."""
    capacity, calls = SEQUENCES[case]
    mine, model = solution(capacity), reference(capacity)
    for method, *args in calls:
        got, want = getattr(mine, method)(*args), getattr(model, method)(*args)
        if first_difference(got, want):
            raise WrongAnswer(f"the last call returned {{got!r}}, expected {{want!r}}",
                              call=solution.last_call, expected=want, actual=got)
''',
    "tests/test_2_properties.py": '''
"""A Hypothesis state machine: any sequence of calls, against the reference."""

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from judge.testing import WrongAnswer, first_difference, run_machine

KEYS = st.sampled_from(["a", "b", "c"])  # {todo}: arguments where mistakes show


def test_behaves_like_the_reference(solution, reference):
    """{todo}: the property, in words (a failure reports this line)."""

    class Machine(RuleBasedStateMachine):
        @initialize(capacity=st.integers(1, 3))
        def make(self, capacity):
            self.mine, self.model = solution(capacity), reference(capacity)

        def same(self, method, *args):
            got = getattr(self.mine, method)(*args)
            want = getattr(self.model, method)(*args)
            if first_difference(got, want):
                raise WrongAnswer(f"the last call returned {{got!r}}, expected {{want!r}}",
                                  call=solution.last_call, expected=want, actual=got)

        @rule(key=KEYS)
        def get(self, key):
            self.same("get", key)

        @rule(key=KEYS, value=st.integers(0, 9))
        def put(self, key, value):
            self.same("put", key, value)

    run_machine(Machine)
''',
    "tests/speed.py": '''
"""Speed workload: {todo}: n calls on one instance, and why a naive class shows its growth.

drive() runs inside the worker around the submitted class.
"""

import random


def generate(n: int, rng: random.Random) -> tuple[int, list[tuple[bool, str]]]:
    capacity = max(1, n // 100)
    keys = [f"key-{{i}}" for i in range(2 * capacity)]
    return capacity, [(rng.random() < 0.5, rng.choice(keys)) for _ in range(n)]


def drive(cls, capacity, calls):
    store = cls(capacity)
    for is_put, key in calls:
        if is_put:
            store.put(key, 1)
        else:
            store.get(key)
''',
}
