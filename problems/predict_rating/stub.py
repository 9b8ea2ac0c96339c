def predict_rating(ratings: list[tuple[str, str, float]], user: str, track: str,
                   k: int = 40) -> float:
    """Predict user's rating of track from the listeners who rated it.

    sim(u, v) = cosine over the tracks both rated (dot and both norms over
    those tracks only; 0 if none). Neighbours: raters of track other than
    user with sim > 0; keep the k most similar, ties by smaller id. Return
    sum(sim * rating) / sum(sim) over them, or the global mean of all ratings
    when user or track is unknown, there is no neighbour, or k = 0.
    Empty ratings, a rating outside [0.5, 5.0], a repeated (listener, track)
    pair, or a negative k raise ValueError. Do not modify ratings.
    """
    raise NotImplementedError
