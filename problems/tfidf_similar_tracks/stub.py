def tfidf_similar_tracks(tags: dict[str, list[str]], query: str,
                         k: int) -> list[tuple[str, float]]:
    """Return up to k (track_id, similarity) pairs: the tracks most similar to query.

    Tracks are tf-idf vectors over their tags (tags used exactly as given;
    tf = raw count, idf = ln((1 + N) / (1 + df)) + 1 with N = len(tags)),
    L2-normalized; the similarity is the cosine. Only tracks other than query
    with similarity > 0, highest first, ties by ascending id. An unknown query
    raises KeyError, a negative k ValueError; k = 0 gives []. Do not modify tags.
    """
    raise NotImplementedError
