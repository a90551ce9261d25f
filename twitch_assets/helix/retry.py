"""Exponential backoff with full jitter: the wait before retry number ``attempt`` (0-based)."""

from __future__ import annotations

import random


def backoff_delay(attempt: int, base_s: float, max_s: float, rng: random.Random) -> float:
    """Uniform in [0, min(max_s, base_s * 2**attempt)]: spreads retries of many threads apart."""
    ceiling = min(max_s, base_s * (2 ** min(attempt, 62)))
    return rng.uniform(0.0, ceiling)
