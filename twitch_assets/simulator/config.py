"""Every knob of the simulator, in one dataclass that ``SimulatorServer.update`` can change live."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class SimulatorConfig:
    seed: int = 7
    streams_per_hour: int = 5_000
    # Network behaviour, slept per request in the handler thread.
    latency_s: float = 0.0
    jitter_s: float = 0.0
    # Viewer counts are re-drawn every drift_interval_s of wall time (0 or a zero sigma: never).
    drift_interval_s: float = 1.0
    drift_sigma: float = 0.1
    # Advertised bucket size (Ratelimit-Limit) and the refill actually applied, which may be slower.
    rate_limit_points: int = 800
    rate_limit_per_minute: float = 800.0
    token_ttl_s: float = 3600.0
    # Fault rates, each the probability that a request gets that fault instead of its answer.
    error_503_rate: float = 0.0
    error_502_html_rate: float = 0.0
    drop_connection_rate: float = 0.0
    malformed_rate: float = 0.0  # a 200 whose body is truncated JSON or lacks "data"
    # Probability that the last page of a listing ends Twitch's odd ways: the bad cursor "IA", or a
    # cursor that leads to an empty page carrying the same cursor again.
    last_page_quirk_rate: float = 0.0
    hour: datetime | None = None  # None: serve the wall-clock hour
    max_ids: int = 100
    max_first: int = 100
    # None: generate a fresh pair for this instance.
    client_id: str | None = None
    client_secret: str | None = None
