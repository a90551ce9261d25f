"""Splitting id lists into Helix-sized batches."""

from __future__ import annotations

from collections.abc import Iterable

MAX_IDS_PER_CALL = 100  # Helix answers 400 beyond this


def id_batches(ids: Iterable[str], size: int = MAX_IDS_PER_CALL) -> list[list[str]]:
    """Distinct, non-blank ids in first-seen order, in batches of at most ``size`` (≤ 100)."""
    if not 1 <= size <= MAX_IDS_PER_CALL:
        raise ValueError(f"batch size must be 1..{MAX_IDS_PER_CALL}, got {size}")
    distinct = list(dict.fromkeys(i for i in ids if i))
    return [distinct[start : start + size] for start in range(0, len(distinct), size)]
