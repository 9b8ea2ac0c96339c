import heapq
import math
from collections import Counter, defaultdict


def tfidf_similar_tracks(tags: dict[str, list[str]], query: str,
                         k: int) -> list[tuple[str, float]]:
    """tf-idf cosine through an inverted index, scoring only the tracks that
    share a tag with the query.

    One pass counts each track's tags (tf) and files postings
    tag -> [(track, tf)]; a tag's df is the length of its postings, so
    idf = ln((1 + N) / (1 + df)) + 1 with N = len(tags). The cosine is
    dot(q, d) / (|q| |d|) with the tf-idf vectors q and d: walking the query's
    postings adds tf_q * tf_d * idf^2 to the dot product of every track that
    shares the tag, and only those touched tracks need their norm. Untouched
    tracks share no tag: similarity 0, not listed.
    O(nnz) to count and index (nnz = total length of the tag lists),
    O(touched postings + their tags) to score, O(c log k) for the top k of the
    c candidates with heapq.nsmallest.
    """
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    if query not in tags:
        raise KeyError(query)
    n = len(tags)
    tf = {track: Counter(names) for track, names in tags.items()}
    postings: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for track, counts in tf.items():
        for tag, count in counts.items():
            postings[tag].append((track, count))
    idf = {tag: math.log((1 + n) / (1 + len(tracks))) + 1.0 for tag, tracks in postings.items()}

    def norm(counts: Counter[str]) -> float:
        return math.sqrt(sum((count * idf[tag]) ** 2 for tag, count in counts.items()))

    dots: dict[str, float] = defaultdict(float)
    for tag, query_count in tf[query].items():
        weight = query_count * idf[tag] * idf[tag]
        for track, count in postings[tag]:
            dots[track] += weight * count
    dots.pop(query, None)
    query_norm = norm(tf[query])  # > 0 whenever dots is not empty
    scores = ((track, dot / (query_norm * norm(tf[track]))) for track, dot in dots.items())
    candidates = ((track, s) for track, s in scores if s > 0.0)
    return heapq.nsmallest(k, candidates, key=lambda item: (-item[1], item[0]))
