"""Inputs: files, directories, stdin, JSON and JSON Lines → RawDocument items."""

from newsgraph.read.files import ReadFailure, read_inputs

__all__ = ["ReadFailure", "read_inputs"]
