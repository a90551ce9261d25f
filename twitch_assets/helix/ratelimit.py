"""A client-side mirror of Twitch's token bucket, shared by every thread of a run.

Helix charges each call one point from a bucket per client id (800 points, refilled at an
advertised 800 a minute) and answers 429 when it is empty. The limiter keeps a model of that bucket
so requests go out as fast as the bucket allows (the initial burst, then the refill rate) without
running it dry:

* ``reserve`` takes a point from the model; when the model is short it hands back how long to wait
  for the refill (the model may go negative: those are points promised to sleeping threads).
* ``observe`` corrects the model with each reply's ``Ratelimit-Remaining``: the server's level after
  that request, minus every request still unanswered (in flight or waiting for its turn), is what
  is left to spend now. Only the reply of the latest-sent request corrects, so a late reply cannot
  undo newer news. (Requests sent earlier but still in flight are subtracted although the server
  may have charged them already: the model errs on the safe side by a few points.)
* The refill rate is measured, not trusted: between two replies the server refilled
  ``remaining_now - remaining_then + points charged in between`` (replies that carried the headers
  and were not 429s). Twitch has been measured refilling
  slower than advertised; pacing at the advertised rate would then end in a stream of 429s.
* Without headers nothing can be measured; a 429 then slows the model down by 10%.

``Ratelimit-Reset`` is not used: it is whole epoch seconds on the server's clock, so clock skew and
rounding make it worse than the measured refill.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

TWITCH_BUCKET_POINTS = 800
_SAMPLE_HORIZON_S = 30.0  # refill is measured over up to this much history...
_SAMPLE_MIN_SPAN_S = 1.0  # ...and at least this much, so integer levels and jitter average out
_SLOWDOWN_FACTOR = 0.9
_SLOWDOWN_EVERY_S = 1.0
_MIN_RATE_FRACTION = 0.05  # never pace below 5% of the advertised refill


@dataclass(frozen=True)
class Ticket:
    """One reserved point: send it after ``wait_s``, i.e. at ``due`` on the limiter's clock."""

    due: float
    wait_s: float


@dataclass(frozen=True)
class _Sample:
    at: float
    remaining: int
    charged: int  # points charged so far, as counted from replies


class AdaptiveRateLimiter:
    def __init__(
        self,
        capacity: int = TWITCH_BUCKET_POINTS,
        points_per_minute: float | None = None,
        *,
        reserve: int = 2,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._reserve = reserve
        self._capacity = capacity
        self._advertised_rate = (points_per_minute or capacity) / 60.0
        self._rate = self._advertised_rate  # points per second
        self._tokens = float(capacity)  # assume a full bucket until a reply says otherwise
        self._updated = clock()
        self._capped = False  # the model bucket was full since the last sample: refill was lost
        self._unanswered = 0
        self._newest_due = float("-inf")
        self._charged = 0
        self._samples: deque[_Sample] = deque()
        self._last_slowdown = float("-inf")

    @property
    def capacity(self) -> int:
        return self._capacity

    @property
    def refill_per_minute(self) -> float:
        return self._rate * 60.0

    def acquire(self) -> Ticket:
        """Take a point, sleeping until the bucket model has it."""
        ticket = self.reserve()
        if ticket.wait_s > 0:
            self._sleep(ticket.wait_s)
        return ticket

    def reserve(self) -> Ticket:
        """Take a point without sleeping; the caller must wait ``wait_s`` before sending."""
        with self._lock:
            now = self._clock()
            self._refill(now)
            self._unanswered += 1
            self._tokens -= 1.0
            shortfall = self._reserve - self._tokens
            wait_s = shortfall / self._rate if shortfall > 0 else 0.0
            return Ticket(now + wait_s, wait_s)

    def observe(self, ticket: Ticket, status: int | None, headers: Mapping[str, str] | None) -> None:
        """Learn from the reply to ``ticket`` (``status`` None: no reply). Call once per ticket."""
        headers = headers or {}
        limit = _header_int(headers, "Ratelimit-Limit")
        remaining = _header_int(headers, "Ratelimit-Remaining")
        with self._lock:
            now = self._clock()
            self._refill(now)
            self._unanswered -= 1
            if limit is not None and limit > 0 and limit != self._capacity:
                self._resize(limit)
            if status == 429:
                level = 0  # a 429 means the bucket is empty, whatever the headers say
                if remaining is None:
                    self._slow_down(now)
            elif remaining is None:
                return
            else:
                level = remaining
                self._charged += 1
            if ticket.due < self._newest_due:
                return
            self._newest_due = ticket.due
            self._tokens = min(float(self._capacity), level - self._unanswered)
            if remaining is not None:
                self._measure_refill(_Sample(now, level, self._charged))

    def _refill(self, now: float) -> None:
        self._tokens += (now - self._updated) * self._rate
        if self._tokens >= self._capacity:
            self._tokens = float(self._capacity)
            self._capped = True
        self._updated = now

    def _resize(self, limit: int) -> None:
        self._capacity = limit
        self._advertised_rate = limit / 60.0
        self._rate = self._advertised_rate
        self._tokens = min(self._tokens, float(limit))
        self._samples.clear()

    def _slow_down(self, now: float) -> None:
        if now - self._last_slowdown >= _SLOWDOWN_EVERY_S:
            self._last_slowdown = now
            self._rate = max(self._rate * _SLOWDOWN_FACTOR, self._advertised_rate * _MIN_RATE_FRACTION)

    def _measure_refill(self, sample: _Sample) -> None:
        # A full bucket stops refilling, so history from before it says nothing about the rate.
        if self._capped or sample.remaining >= self._capacity - 1:
            self._samples.clear()
            self._capped = False
        self._samples.append(sample)
        while self._samples and sample.at - self._samples[0].at > _SAMPLE_HORIZON_S:
            self._samples.popleft()
        first = self._samples[0]
        span = sample.at - first.at
        if span < _SAMPLE_MIN_SPAN_S:
            return
        refilled = sample.remaining - first.remaining + sample.charged - first.charged
        self._rate = max(refilled / span, self._advertised_rate * _MIN_RATE_FRACTION)


def _header_int(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return int(float(value))
    except ValueError:
        return None
