def map_at_k(recs: dict[str, list[str]], relevant: dict[str, set[str]], k: int) -> float:
    """Return MAP@k: the mean of AP@k over the listeners of ``relevant`` whose
    set is not empty.

    AP@k of a listener: walk the first k slots of ``recs.get(user, [])``; a slot
    i (from 1) holding a played track not seen in an earlier slot is a hit and
    adds P@i = (hits in slots 1..i) / i; divide the sum by min(len(set), k).
    k < 1, or no listener with a non-empty set, raises ValueError. Do not modify
    the inputs.
    """
    raise NotImplementedError
