"""The error hierarchy. Library code raises these; only the CLI/API edge turns them into exit codes."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""

    exit_code = 1
    reason = "error"


class InputError(NewsgraphError):
    """The input cannot be turned into an article (empty, binary, too large, not English...)."""

    exit_code = 2
    reason = "bad-input"

    def __init__(self, message: str, reason: str = "bad-input") -> None:
        super().__init__(message)
        self.reason = reason


class StoreError(NewsgraphError):
    """The database cannot be opened or written (locked, wrong schema, ...)."""

    exit_code = 3
    reason = "store"


class FetchError(NewsgraphError):
    """A URL could not be fetched (refused, too large, timed out, ...)."""

    exit_code = 4
    reason = "fetch"


class DataMissingError(NewsgraphError):
    """Evaluation data (../shared/data) is not where it should be."""

    exit_code = 5
    reason = "data-missing"
