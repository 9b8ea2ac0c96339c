"""judge: a local, offline coding-practice judge.

The package is laid out by the process its code runs in (DESIGN.md, "The
processes and the trust boundary")::

    judge CLI / pad server / grade client         cli, ui, practice, packages, batch
      | socket
    grading service: engine, one loader per       grading, testing, speed
    problem, a check child per check, grading
    children
      | pipe, plain data only
    worker zygote -> one worker per check         isolation (zygote, worker, wire,
                                                  confine)

    errors      JudgeError and its subclasses: user errors, one line each
    cli         argument parsing; calls one library function and renders
    isolation   where the submission runs, and the judge's handle on it:
                zygote (the clean fork server), worker (the submission's process
                and its protocol), wire (what crosses the boundary), confine
                (Landlock, a network namespace), client (WorkerProcess, Holder:
                the judge side, in the grading processes)
    grading     the grading processes: engine (the processes, started once),
                service (the warm one), loader (a problem's hidden tests,
                collected once, forked per check), plugin (the pytest plugin),
                report (its typed report), outcomes (Kind; what a hidden test
                sees when the submission misbehaves), verdicts (the closed set;
                report -> verdict), runner (one check, as a library call)
    testing     the API hidden tests import (``judge.testing``): proxy (Solution,
                RemoteObject, Transcript), compare, types, examples, randomized
    speed       the speed phase, in the check child: measure (workers in pairs),
                timing (pure rules: ratios, growth, Too Slow), cpus (the lease)
    packages    problem packages, in the CLI: format (problem.toml), verify
                (planted submissions get their verdicts), scaffold (`judge new`)
    practice    the candidate's side, in the CLI: history (SQLite), status,
                hints and the model answer, interview (a timed round), watch
    ui          rendering for a person (rich) or a program (JSON); the pad's web
                app (ui.pad)
    batch       `judge grade`: many submissions, local or on a Dask cluster
"""

__version__ = "0.1.0"
