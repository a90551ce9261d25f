"""Per-run request telemetry, safe to update from every thread, flat enough for Dagster metadata."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable


class RequestStats:
    """Counters of one run. ``wall_s`` runs from construction to ``as_dict``."""

    _COUNTERS = (
        "retries",
        "unauthorized",  # 401s
        "token_renewals",
        "rate_limited",  # 429s
        "server_errors",  # 5xx, HTML 502s included
        "connection_errors",  # dropped connections and timeouts
        "malformed_replies",
        "points_used",  # replies the server charged, per their Ratelimit headers
        "pages",  # /streams listing pages
    )

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._started = clock()
        self._lock = threading.Lock()
        self._requests: Counter[str] = Counter()
        self._counts: Counter[str] = Counter()
        self._ratelimit_wait_s = 0.0
        self._backoff_wait_s = 0.0

    def request(self, endpoint: str) -> None:
        with self._lock:
            self._requests[endpoint] += 1

    def count(self, name: str, n: int = 1) -> None:
        if name not in self._COUNTERS:
            raise KeyError(f"unknown request counter {name!r}")
        with self._lock:
            self._counts[name] += n

    def waited_for_rate_limit(self, seconds: float) -> None:
        with self._lock:
            self._ratelimit_wait_s += seconds

    def backed_off(self, seconds: float) -> None:
        with self._lock:
            self._backoff_wait_s += seconds

    def __getitem__(self, name: str) -> int:
        with self._lock:
            return self._counts[name]

    @property
    def total_requests(self) -> int:
        with self._lock:
            return sum(self._requests.values())

    def as_dict(self) -> dict[str, object]:
        with self._lock:
            return {
                "requests": sum(self._requests.values()),
                "requests_by_endpoint": dict(sorted(self._requests.items())),
                **{name: self._counts[name] for name in self._COUNTERS},
                "ratelimit_wait_s": round(self._ratelimit_wait_s, 3),
                "backoff_wait_s": round(self._backoff_wait_s, 3),
                "wall_s": round(self._clock() - self._started, 3),
            }
