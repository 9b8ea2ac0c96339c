"""Expected: Wrong Answer (returns an object whose __eq__ always says True)."""


class Anything:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__


def most_played_track(plays):
    return Anything()
