"""Rendering for a person (rich) or a program (JSON)."""
