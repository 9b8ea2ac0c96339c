"""Problem packages: the format, verification and scaffolding."""
