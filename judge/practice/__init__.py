"""Practice over weeks: history, status, the interview round, watch."""
