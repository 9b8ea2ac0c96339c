"""judge: a local, offline coding-practice judge.

Layout of the package (one module per concept):

    errors      JudgeError and its subclasses: user errors, one line each
    problems    problem packages: discovery, problem.toml validation
    plaindata   what crosses the worker boundary: plain values only
    worker      the process the submission runs in (``python -m judge.isolation.worker``)
    sandbox     the judge-side handle on a worker: limits, calls, watchdog
    outcomes    exceptions the hidden tests see when a submission misbehaves
    testing     helpers the hidden tests use (compare, type checks, examples)
    randomized  statistical verdicts for randomized solutions (seeded runs)
    plugin      the pytest plugin loaded explicitly into a grading run
    verdicts    the closed set of verdicts; raw outcomes -> verdict
    runner      one check: a grading run in a child process -> CheckResult
    verify      Kattis-style verification of a problem package
    history     the practice history (SQLite) and the last speed figures
    practice    status, hints, solution: where you stand, from the history
    watching    re-checks on save (watchfiles): `judge watch`
    interview   a timed mock round: choosing, the live round, the scorecard
    terminal    single key presses for the interview's dashboard
    scaffold    `judge new`: a problem package full of placeholders
    render      rich / JSON rendering of results (schema/results-v2.json)
    screens     rich rendering of the practice commands and the dashboard
    cli         argument parsing; calls one library function and renders
"""

__version__ = "0.1.0"
