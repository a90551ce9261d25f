"""Live orderings by current viewers, with drift and keyset cursors.

Viewer counts are re-drawn each drift tick around the hour's level. An ordering is sorted once per
tick (and per filter) and cached, so a page is a binary search plus a slice. The cursor is the sort
key of the last item returned; when counts move between two requests, items cross the cursor, and a
client paging through sees repeats and skips as it does on Twitch.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Hashable

import numpy as np

_ROW_BITS = 24  # rows per listing below 16.7 million
_VIEWER_CEILING = 1 << 38


class BadCursor(ValueError):
    pass


def sort_keys(viewers: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Ascending keys = descending viewers, ties broken by row (stable across ticks)."""
    return ((_VIEWER_CEILING - viewers.astype(np.int64)) << _ROW_BITS) | rows.astype(np.int64)


def _key_text(key: int) -> str:
    return f"{_VIEWER_CEILING - (key >> _ROW_BITS)}:{key & ((1 << _ROW_BITS) - 1)}"


def encode_cursor(first_key: int, last_key: int) -> str:
    """Like Twitch's: base64 JSON naming both ends of a page, "b" for before and "a" for after."""
    payload = json.dumps({"b": {"Cursor": _key_text(first_key)}, "a": {"Cursor": _key_text(last_key)}},
                         separators=(",", ":"))
    return base64.b64encode(payload.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, side: str) -> int:
    """The sort key at the ``side`` ("a" or "b") end of the page the cursor came with."""
    try:
        payload = json.loads(base64.b64decode(cursor + "=" * (-len(cursor) % 4), validate=True))
        viewers, row = (int(part) for part in payload[side]["Cursor"].split(":"))
    except (binascii.Error, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCursor(cursor) from exc
    if not (0 <= viewers < _VIEWER_CEILING and 0 <= row < (1 << _ROW_BITS)):
        raise BadCursor(cursor)
    return int(sort_keys(np.array([viewers]), np.array([row]))[0])


@dataclass(frozen=True)
class Ordering:
    """Rows sorted by their sort keys at one tick."""

    keys: np.ndarray
    rows: np.ndarray

    @classmethod
    def of(cls, values: np.ndarray, rows: np.ndarray) -> "Ordering":
        """``rows`` ordered by ``values[rows]`` descending."""
        keys = sort_keys(values[rows], rows)
        order = np.argsort(keys, kind="stable")
        return cls(keys[order], rows[order])

    def __len__(self) -> int:
        return len(self.keys)

    def window_after(self, key: int | None, first: int) -> tuple[int, int]:
        """[start, end) of up to ``first`` positions after ``key`` (from the top when None)."""
        start = 0 if key is None else int(np.searchsorted(self.keys, key, side="right"))
        return start, min(start + first, len(self.keys))

    def window_before(self, key: int, first: int) -> tuple[int, int]:
        """[start, end) of up to ``first`` positions before ``key``."""
        end = int(np.searchsorted(self.keys, key, side="left"))
        return max(0, end - first), end


class Tick:
    """Viewer counts at one drift tick and the orderings computed from them so far."""

    def __init__(self, viewers: np.ndarray, max_orderings: int = 256):
        self.viewers = viewers
        self._orderings: OrderedDict[Hashable, Ordering] = OrderedDict()
        self._max = max_orderings
        self._lock = threading.Lock()

    def ordering(self, name: Hashable, build: Callable[[np.ndarray], Ordering]) -> Ordering:
        """``build(viewers)``, computed once per tick for ``name``."""
        with self._lock:
            cached = self._orderings.get(name)
            if cached is None:
                cached = self._orderings[name] = build(self.viewers)
                if len(self._orderings) > self._max:
                    self._orderings.popitem(last=False)
            return cached


class DriftingViewers:
    """An hour's viewer counts over wall time: the base levels, multiplied by lognormal noise per tick."""

    def __init__(self, base: np.ndarray, seed: int, hour: int, keep_ticks: int = 3):
        self.base = base.astype(np.float64)
        self.seed, self.hour = seed, hour
        self._ticks: OrderedDict[Hashable, Tick] = OrderedDict()
        self._keep = keep_ticks
        self._lock = threading.Lock()

    def tick(self, tick: int | None, sigma: float) -> Tick:
        """The state at drift tick ``tick``; ``None`` means no drift (the base levels)."""
        name = None if tick is None else (tick, sigma)
        with self._lock:
            state = self._ticks.get(name)
            if state is None:
                state = self._ticks[name] = Tick(self._viewers(tick, sigma))
                if len(self._ticks) > self._keep:
                    self._ticks.popitem(last=False)
            return state

    def _viewers(self, tick: int | None, sigma: float) -> np.ndarray:
        if tick is None:
            return np.rint(self.base).astype(np.int64)
        noise = np.random.default_rng([self.seed, self.hour, tick]).standard_normal(len(self.base))
        return np.rint(self.base * np.exp(sigma * noise)).astype(np.int64)
