from collections.abc import Sequence


def roc_auc(labels: Sequence[int], scores: Sequence[float]) -> float:
    """Return the ROC AUC of the scores for the 0/1 labels, as a float.

    AUC = the fraction of (positive, negative) pairs in which the positive
    has the higher score, a tie counting one half. Labels are numbers equal
    to 0 or 1 (ints, bools or floats). A label other than 0 or 1, lengths
    that differ, a NaN score, or no positive or no negative at all raise
    ValueError. Do not modify the inputs.
    """
    raise NotImplementedError
