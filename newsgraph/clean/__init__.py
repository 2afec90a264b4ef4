"""Cleaning: raw HTML or scraped text → clean body + metadata, with what was removed and why."""

from newsgraph.clean.article import clean

__all__ = ["clean"]
