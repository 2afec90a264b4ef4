"""Benchmarks and gold-data scorers behind ``newsgraph eval ...``."""
