"""Expected: Wrong Answer (a str subclass that holds a wrong id but says it equals anything)."""


class Liar(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__

    def __str__(self):
        return "whatever you expected"


def most_played_track(plays):
    return Liar("not-the-answer")
