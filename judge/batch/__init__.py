"""Grading many submissions (`judge grade`): sources, the results store, engines, outputs."""
