"""Helix's rate limit: a token bucket per client id, with the Ratelimit-* headers.

The bucket advertises ``limit`` points but refills at ``per_minute``, which may be slower, as one
maintainer measured on Twitch; clients must pace from the headers and the 429s, not a constant.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    limit: int
    remaining: int
    reset_epoch: int  # when the bucket is full again

    def headers(self) -> dict[str, str]:
        return {"Ratelimit-Limit": str(self.limit), "Ratelimit-Remaining": str(self.remaining),
                "Ratelimit-Reset": str(self.reset_epoch)}


class RateLimiter:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock  # epoch seconds: Ratelimit-Reset is an epoch
        self._buckets: dict[str, tuple[float, float]] = {}  # client id -> (points, at time)
        self._lock = threading.Lock()

    def take(self, client_id: str, limit: int, per_minute: float, cost: int = 1) -> Verdict:
        """Take ``cost`` points if the bucket holds them; a refused request takes nothing."""
        return self._settle(client_id, limit, per_minute, cost)

    def peek(self, client_id: str, limit: int, per_minute: float) -> Verdict:
        """The bucket's state, for the headers of replies that cost nothing."""
        return self._settle(client_id, limit, per_minute, 0)

    def _settle(self, client_id: str, limit: int, per_minute: float, cost: int) -> Verdict:
        now = self._clock()
        rate = per_minute / 60.0
        with self._lock:
            points, at = self._buckets.get(client_id, (float(limit), now))
            points = min(float(limit), points + (now - at) * rate)
            allowed = points >= cost
            if allowed:
                points -= cost
            self._buckets[client_id] = (points, now)
        seconds_to_full = (limit - points) / rate if rate > 0 else float("inf")
        reset = math.ceil(now + seconds_to_full) if math.isfinite(seconds_to_full) else 2**31 - 1
        return Verdict(allowed, limit, int(points), reset)
