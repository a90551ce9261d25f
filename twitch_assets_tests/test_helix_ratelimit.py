"""The shared rate limiter, driven by a fake clock against a model of Twitch's bucket."""

from __future__ import annotations

import heapq
import random
import threading
import time

import pytest

from twitch_assets.helix.ratelimit import AdaptiveRateLimiter, Ticket


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def wait(self, condition, timeout: float) -> None:  # a single thread: waiting is time passing
        self.now += timeout


class BucketServer:
    """Twitch's bucket: ``capacity`` points, refilled at ``refill_per_minute`` (maybe not what it says)."""

    def __init__(self, capacity: int, refill_per_minute: float, headers: bool = True):
        self.capacity = capacity
        self.refill_per_s = refill_per_minute / 60.0
        self.level = float(capacity)
        self.updated = 0.0
        self.headers = headers
        self.accepted = 0
        self.rejected = 0

    def handle(self, now: float) -> tuple[int, dict[str, str]]:
        self.level = min(self.capacity, self.level + (now - self.updated) * self.refill_per_s)
        self.updated = now
        if self.level >= 1:
            self.level -= 1
            self.accepted += 1
            status = 200
        else:
            self.rejected += 1
            status = 429
        if not self.headers:
            return status, {}
        return status, {
            "Ratelimit-Limit": str(self.capacity),
            "Ratelimit-Remaining": str(int(self.level)),
            "Ratelimit-Reset": "0",
        }


def run_workers(limiter: AdaptiveRateLimiter, server: BucketServer, clock: FakeClock, *, workers: int,
                latency_s: float, duration_s: float, seed: int = 1) -> None:
    """Discrete-event run: each worker takes a point (or waits for the hinted time, or until a reply
    brings news), sends; the server answers after half the latency, the reply lands after the other
    half; then the worker goes again at once."""
    rng = random.Random(seed)
    events: list[tuple[float, int, str, object]] = []
    order = 0
    waiting: set[int] = set()

    def push(at: float, kind: str, payload: object) -> None:
        nonlocal order
        order += 1
        heapq.heappush(events, (at, order, kind, payload))

    for worker in range(workers):
        push(0.0, "ready", worker)
    while events:
        at, _, kind, payload = heapq.heappop(events)
        if at > duration_s:
            break
        clock.now = at
        half = latency_s * rng.uniform(0.4, 0.6)
        if kind == "ready":
            taken = limiter.try_acquire()
            if isinstance(taken, Ticket):
                waiting.discard(payload)
                push(at + half, "arrive", (payload, taken))
            elif payload not in waiting:
                waiting.add(payload)
                push(at + taken, "retry", payload)
        elif kind == "retry":
            if payload in waiting:
                waiting.discard(payload)
                push(at, "ready", payload)
        elif kind == "arrive":
            worker, ticket = payload
            push(at + half, "reply", (worker, ticket, *server.handle(at)))
        else:
            worker, ticket, status, headers = payload
            limiter.observe(ticket, status, headers)
            for other in list(waiting):  # news wakes the waiting callers
                waiting.discard(other)
                push(at, "ready", other)
            push(at, "ready", worker)


def test_initial_burst_uses_the_bucket_then_paces_at_the_refill_rate():
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(100, 60.0, reserve=2, clock=clock, wait=clock.wait)
    burst = [limiter.try_acquire() for _ in range(98)]
    assert all(isinstance(t, Ticket) and t.wait_s == 0 for t in burst)  # the bucket, less the reserve
    for _ in range(5):  # then one a second
        assert limiter.try_acquire() == pytest.approx(1.0)
        clock.now += 1.0
        assert isinstance(limiter.try_acquire(), Ticket)


def test_acquire_waits_for_the_refill():
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(3, 60.0, reserve=0, clock=clock, wait=clock.wait)
    for _ in range(3):
        limiter.acquire()
    assert clock.now == 0.0
    assert limiter.acquire().wait_s == pytest.approx(1.0)
    assert clock.now == pytest.approx(1.0)


def test_waiting_callers_are_woken_by_good_news():
    limiter = AdaptiveRateLimiter(10, 0.6, reserve=0)  # a refill of one point a hundred seconds
    tickets = [limiter.acquire() for _ in range(10)]
    got: list[Ticket] = []
    waiter = threading.Thread(target=lambda: got.append(limiter.acquire()))
    waiter.start()
    time.sleep(0.05)
    assert not got  # the bucket model is empty: it waits
    for ticket in tickets[:-1]:
        limiter.observe(ticket, 200, {})
    limiter.observe(tickets[-1], 200, {"Ratelimit-Limit": "10", "Ratelimit-Remaining": "9"})
    waiter.join(timeout=30)
    assert got and got[0].wait_s < 30  # the reply said there is room: it went at once, not 100 s later


@pytest.mark.parametrize("workers", [4, 32])
def test_honest_bucket_is_used_fully_without_429s(workers):
    clock = FakeClock()
    server = BucketServer(800, 800.0)
    limiter = AdaptiveRateLimiter(clock=clock, wait=clock.wait)
    run_workers(limiter, server, clock, workers=workers, latency_s=0.1, duration_s=300)
    floor_requests = 800 + 800 / 60 * 300  # the burst, then the refill
    assert server.accepted >= 0.98 * floor_requests
    assert server.rejected <= 0.002 * server.accepted


def test_adapts_when_the_real_refill_is_slower_than_advertised():
    clock = FakeClock()
    server = BucketServer(800, 600.0)  # advertises 800 a minute, refills 600
    limiter = AdaptiveRateLimiter(clock=clock, wait=clock.wait)
    run_workers(limiter, server, clock, workers=32, latency_s=0.1, duration_s=600)
    assert limiter.refill_per_minute == pytest.approx(600, rel=0.03)
    assert server.accepted >= 0.97 * (800 + 600 / 60 * 600)
    assert server.rejected <= 0.01 * server.accepted


def test_without_headers_429s_slow_it_down_and_it_keeps_going():
    clock = FakeClock()
    server = BucketServer(800, 600.0, headers=False)
    limiter = AdaptiveRateLimiter(clock=clock, wait=clock.wait)
    run_workers(limiter, server, clock, workers=8, latency_s=0.1, duration_s=600)
    assert limiter.refill_per_minute < 600
    assert server.accepted >= 0.8 * (800 + 600 / 60 * 600)
    assert server.rejected <= 0.05 * server.accepted


def test_a_stale_reply_does_not_undo_a_newer_one():
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(800, clock=clock, wait=clock.wait)
    older, newer = limiter.try_acquire(), limiter.try_acquire()
    limiter.observe(newer, 200, {"Ratelimit-Limit": "800", "Ratelimit-Remaining": "0"})
    limiter.observe(older, 200, {"Ratelimit-Limit": "800", "Ratelimit-Remaining": "700"})
    assert limiter.try_acquire() > 0  # still believes the newer reply: the bucket is empty


def test_remaining_counts_requests_still_in_flight():
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(800, clock=clock, wait=clock.wait, reserve=0)
    first = limiter.try_acquire()
    for _ in range(9):  # sent after it, not yet answered
        limiter.try_acquire()
    limiter.observe(first, 200, {"Ratelimit-Limit": "800", "Ratelimit-Remaining": "10"})
    assert isinstance(limiter.try_acquire(), Ticket)  # 10 left - 9 in flight = 1
    assert limiter.try_acquire() > 0


def test_a_429_empties_the_model_even_without_headers():
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(800, clock=clock, wait=clock.wait)
    limiter.observe(limiter.try_acquire(), 429, None)
    assert limiter.try_acquire() > 0
    assert limiter.refill_per_minute < 800


def test_bucket_size_follows_the_limit_header():
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(clock=clock, wait=clock.wait)
    limiter.observe(limiter.try_acquire(), 200, {"Ratelimit-Limit": "30", "Ratelimit-Remaining": "29"})
    assert limiter.capacity == 30
    assert limiter.refill_per_minute == pytest.approx(30)


def test_connection_failures_and_garbage_headers_are_harmless():
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(clock=clock, wait=clock.wait)
    limiter.observe(limiter.try_acquire(), None, None)
    limiter.observe(limiter.try_acquire(), 200, {"Ratelimit-Limit": "lots", "Ratelimit-Remaining": ""})
    assert limiter.capacity == 800
    assert isinstance(limiter.try_acquire(), Ticket)


def test_learns_a_refill_faster_than_the_bucket_size_suggests():
    clock = FakeClock()
    server = BucketServer(20, 3000.0)  # a 20-point bucket that refills at 50 a second
    limiter = AdaptiveRateLimiter(clock=clock, wait=clock.wait)
    run_workers(limiter, server, clock, workers=16, latency_s=0.02, duration_s=60)
    assert limiter.refill_per_minute >= 0.9 * 3000
    assert server.accepted >= 0.85 * 3000  # the first seconds go to learning it
