"""Expected: Runtime Error (top-level code raises while loading)."""
raise RuntimeError("boom at import")
