"""Capture-recapture: how many streams were live, judged from two independent passes."""

from __future__ import annotations


def chapman_estimate(first: int, second: int, both: int) -> float:
    """Chapman's bias-corrected Lincoln-Petersen estimate of a population's size.

    ``first`` and ``second`` are the distinct individuals seen by two independent passes, ``both``
    those seen by both. Defined even when ``both`` is 0.
    """
    if not 0 <= both <= min(first, second):
        raise ValueError(f"overlap {both} must be within 0..min({first}, {second})")
    return (first + 1) * (second + 1) / (both + 1) - 1
