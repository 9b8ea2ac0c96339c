"""The pad: `judge serve`, a CoderPad-style round in the browser (see app.py)."""
