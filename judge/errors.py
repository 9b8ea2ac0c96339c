"""One error base class; every user-facing failure is a subclass.

The CLI catches :class:`JudgeError` and prints ``str(error)`` as one line, so
each message names the file, problem or option at fault and what to do.
"""

from __future__ import annotations


class JudgeError(Exception):
    """Something the user can fix: the message says what and where."""


class ProblemNotFound(JudgeError):
    """No problem package by that name: check `judge list` for the slugs."""


class ProblemFormatError(JudgeError):
    """A problem package is incomplete or its problem.toml is invalid: fix the named file."""


class SubmissionNotFound(JudgeError):
    """The submission file does not exist: run `judge start <problem>` or pass --file."""


class SubmissionExists(JudgeError):
    """`judge start` refuses to overwrite the candidate's own work."""


class GradingFailed(JudgeError):
    """The grading harness itself broke (a Judge Error): not the submission's fault."""
