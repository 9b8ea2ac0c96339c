def genre_rollup(parent: dict[str, str | None], plays: dict[str, int]) -> dict[str, int]:
    """Return {genre: its own plays + the plays of every genre below it}.

    ``parent`` maps a genre to its parent genre, or to None for a top-level
    genre; ``plays`` maps a genre to its own play count. Every genre named
    anywhere is in the result. A cycle raises ValueError. Trees may be 10^5
    levels deep. Neither input may be modified.
    """
    raise NotImplementedError
