"""Shared scoring arithmetic for the evaluation commands."""

from __future__ import annotations


def ratio(part: float, whole: float) -> float:
    """part / whole, or 0.0 when there is nothing to divide by."""
    return part / whole if whole else 0.0


def f1(p: float, r: float) -> float:
    """Harmonic mean of precision and recall (0.0 when both are 0)."""
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(tp_system: float, system: float, gold: float, tp_gold: float | None = None) -> tuple[float, float, float]:
    """Precision, recall and F1 from matched counts.

    ``tp_gold`` is the number of gold items matched, when it differs from the number of system items
    matched (one-to-many overlap matching); it defaults to ``tp_system``.
    """
    p = ratio(tp_system, system)
    r = ratio(tp_system if tp_gold is None else tp_gold, gold)
    return p, r, f1(p, r)
