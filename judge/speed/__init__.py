"""The speed phase: measurement (measure) and pure timing rules (timing)."""
