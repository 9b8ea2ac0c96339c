"""The submission's side of the trust boundary and the judge's handle on it."""
