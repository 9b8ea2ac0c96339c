"""The grading run: the pytest plugin, outcomes, verdicts, one check."""
