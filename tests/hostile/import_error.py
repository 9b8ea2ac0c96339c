"""Expected: Compilation Error (imports a module that does not exist)."""
import no_such_module_anywhere


def most_played_track(plays):
    return plays[0]
