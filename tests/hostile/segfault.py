"""Expected: Runtime Error (crashes the interpreter with SIGSEGV through ctypes)."""
import ctypes


def most_played_track(plays):
    return ctypes.string_at(0)
