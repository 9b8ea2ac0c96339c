"""Practice over weeks: history, status, the interview round, watch.

The defaults the command line shows live here, so that parsing the command
line does not import the modules that use them."""

DEFAULT_MINUTES = 45.0  # an interview round
DEFAULT_COUNT = 2  # problems in a round
REVEAL_FLAG = "--reveal"  # `judge solution` before an Accepted (recorded)
