"""A client-side mirror of Twitch's token bucket, shared by every thread of a run.

Helix charges each call one point from a bucket per client id (800 points, refilled at an
advertised 800 a minute) and answers 429 when it is empty. The limiter keeps a model of that bucket
so requests go out as fast as the bucket allows (the initial burst, then the refill rate) without
running it dry:

* ``acquire`` takes a point from the model, keeping a small reserve; when the model is short the
  caller waits its turn in line, first come first served, for the refill or for news. When nothing
  is in flight (so no news is coming) and the wait is long, one request a second goes to ask.
* ``observe`` corrects the model with each reply's ``Ratelimit-Remaining``: the server's level after
  that request, minus the requests sent since and still unanswered, is what is left to spend now.
  Only the reply of the latest-sent request corrects, so a late reply cannot undo newer news, and
  good news wakes the waiting callers at once. (Requests sent earlier but still in flight are
  subtracted although the server may have charged them already: the model errs on the safe side.)
* The refill rate is measured, not trusted: between two replies the server refilled
  ``remaining_now - remaining_then + points charged in between`` (replies that carried the headers
  and were not 429s). Twitch has been measured refilling slower than advertised; pacing at the
  advertised rate would then end in a stream of 429s. When the bucket may have been full in
  between, refill was lost, so the measure only raises the rate (it is a lower bound).
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
_MIN_WAIT_S = 0.001  # waits shorter than this would spin
_PROBE_AFTER_S = 1.0


@dataclass(frozen=True)
class Ticket:
    """One point taken: ``seq`` orders requests by when they were sent; ``wait_s`` is the wait for it."""

    seq: int
    wait_s: float


@dataclass(frozen=True)
class _Sample:
    at: float
    remaining: int
    charged: int  # points charged so far, as counted from replies


def _wait_on(condition: threading.Condition, timeout: float) -> None:
    condition.wait(timeout)


class AdaptiveRateLimiter:
    def __init__(
        self,
        capacity: int = TWITCH_BUCKET_POINTS,
        points_per_minute: float | None = None,
        *,
        reserve: int = 2,
        clock: Callable[[], float] = time.monotonic,
        wait: Callable[[threading.Condition, float], None] = _wait_on,
    ):
        self._clock = clock
        self._wait = wait
        self._changed = threading.Condition()
        self._line: deque[object] = deque()  # callers waiting for a point, in arrival order
        self._reserve = reserve
        self._capacity = capacity
        self._advertised_rate = (points_per_minute or capacity) / 60.0
        self._rate = self._advertised_rate  # points per second
        self._tokens = float(capacity)  # assume a full bucket until a reply says otherwise
        self._updated = clock()
        self._capped = False  # the model bucket was full since the last sample: refill was lost
        self._sent = 0
        self._last_sent_at = float("-inf")
        self._unanswered = 0
        self._newest_seen = 0
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
        """Take a point, waiting in line until the bucket model has one."""
        me = object()
        with self._changed:
            started = self._clock()
            self._line.append(me)
            try:
                while True:
                    taken = self._take_or_wait(self._line.index(me), started)
                    if isinstance(taken, Ticket):
                        return taken
                    self._wait(self._changed, taken)
            finally:
                self._line.remove(me)

    def try_acquire(self) -> Ticket | float:
        """A point if one is free for a newcomer now (behind everyone waiting), else seconds to wait."""
        with self._changed:
            return self._take_or_wait(len(self._line), self._clock())

    def _take_or_wait(self, ahead: int, started: float) -> Ticket | float:
        now = self._clock()
        self._refill(now)
        reserve = min(self._reserve, self._capacity // 4)  # a tiny bucket cannot keep much back
        needed = reserve + 1 + ahead  # leave the reserve, and a point for each caller ahead
        if self._tokens < needed:
            wait_s = (needed - self._tokens) / self._rate
            if ahead > 0 or wait_s <= _PROBE_AFTER_S:
                return max(_MIN_WAIT_S, wait_s)
            # Nothing in flight means no news is coming, and a long wait may only mean the refill is
            # underestimated: let the first in line go to ask, at most once a probe interval.
            quiet_s = now - self._last_sent_at
            if self._unanswered > 0 or quiet_s < _PROBE_AFTER_S:
                return max(_MIN_WAIT_S, _PROBE_AFTER_S - quiet_s)
        self._tokens -= 1.0
        self._sent += 1
        self._unanswered += 1
        self._last_sent_at = now
        return Ticket(self._sent, now - started)

    def observe(self, ticket: Ticket, status: int | None, headers: Mapping[str, str] | None) -> None:
        """Learn from the reply to ``ticket`` (``status`` None: no reply). Call once per ticket."""
        headers = headers or {}
        limit = _header_int(headers, "Ratelimit-Limit")
        remaining = _header_int(headers, "Ratelimit-Remaining")
        with self._changed:
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
            if ticket.seq < self._newest_seen:
                return
            self._newest_seen = ticket.seq
            self._tokens = min(float(self._capacity), level - self._unanswered)
            if remaining is not None:
                self._measure_refill(_Sample(now, level, self._charged))
            if self._tokens >= self._reserve + 1:
                self._changed.notify_all()

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
        full = self._capped or sample.remaining >= self._capacity - 1
        self._capped = False
        self._samples.append(sample)
        while sample.at - self._samples[0].at > _SAMPLE_HORIZON_S:
            self._samples.popleft()
        first = self._samples[0]
        span = sample.at - first.at
        if span >= _SAMPLE_MIN_SPAN_S:
            refilled = sample.remaining - first.remaining + sample.charged - first.charged
            measured = max(refilled / span, self._advertised_rate * _MIN_RATE_FRACTION)
            self._rate = max(self._rate, measured) if full else measured
        if full:  # a full bucket stops refilling: measure afresh from here
            self._samples.clear()
            self._samples.append(sample)


def _header_int(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return int(float(value))
    except ValueError:
        return None
