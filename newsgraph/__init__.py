"""newsgraph: news articles → sourced, dated, coded political events."""

__version__ = "0.1.0"
