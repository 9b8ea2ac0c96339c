"""Run reproduce code as a person would: pasted into Python with the submission imported.

Used by tests/test_messages.py, as a script in a process of its own (the
submissions never run in the tests' process): reads a JSON list of
``{"file": path, "code": text}`` on stdin and prints one JSON line per item,
``{"index": i, "shown": text}``, where ``text`` is what a judge report would
show for the value of the code's last line (``repr`` of the value as it
crosses the judge's wire), or ``raised TypeName``. Each item runs in a forked
child that imports its file as the module ``solution`` and does
``from solution import *`` first. PYTHONHASHSEED is the caller's to set.
"""

from __future__ import annotations

import ast
import json
import os
import signal
import sys
from typing import Any

TIMEOUT_S = 60


def shown(file: str, code: str) -> str:
    import importlib.util

    from judge.grading.outcomes import as_reported
    from judge.isolation.wire import dumps, loads_plain, safe_repr, to_plain

    spec = importlib.util.spec_from_file_location("solution", file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["solution"] = module
    spec.loader.exec_module(module)
    namespace: dict[str, Any] = {"__name__": "__main__"}
    exec("from solution import *", namespace)
    tree = ast.parse(code)
    last = tree.body.pop()
    try:
        exec(compile(tree, "<paste>", "exec"), namespace)
        if isinstance(last, ast.Expr):
            value = eval(compile(ast.Expression(last.value), "<paste>", "eval"), namespace)
        else:
            exec(compile(ast.Module([last], []), "<paste>", "exec"), namespace)
            target = last.targets[-1] if isinstance(last, ast.Assign) else None
            value = namespace[target.id] if isinstance(target, ast.Name) else None
    except Exception as exc:
        return f"raised {type(exc).__name__}"
    # across the wire as a worker's reply goes (a set is rebuilt twice on that way,
    # which can change the order it prints in)
    return safe_repr(as_reported(loads_plain(dumps(to_plain(value)))), 1500)


def main() -> None:
    import judge.isolation.wire  # noqa: F401  (once, before the forks)

    for name in ("numpy", "scipy.sparse"):  # what most submissions import
        try:
            __import__(name)
        except ImportError:
            pass
    items = json.load(sys.stdin)
    for index, item in enumerate(items):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            signal.alarm(TIMEOUT_S)
            try:
                text = shown(item["file"], item["code"])
            except BaseException as exc:  # the paste itself did not run
                text = f"could not run: {type(exc).__name__}: {exc}"
            with os.fdopen(write, "w") as pipe:
                pipe.write(text)
            os._exit(0)
        os.close(write)
        with os.fdopen(read) as pipe:
            text = pipe.read()
        os.waitpid(pid, 0)
        print(json.dumps({"index": index, "shown": text or "no answer (killed?)"}), flush=True)


if __name__ == "__main__":
    main()
