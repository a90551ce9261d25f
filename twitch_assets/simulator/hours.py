"""Hours as integers: the simulator's clock for populations, sessions and days."""

from __future__ import annotations

from datetime import datetime, timezone


def hour_index(hour: datetime) -> int:
    """Hours since the epoch of the hour containing ``hour`` (naive datetimes are UTC)."""
    if hour.tzinfo is None:
        hour = hour.replace(tzinfo=timezone.utc)
    return int(hour.timestamp() // 3600)


def hour_start(index: int) -> datetime:
    return datetime.fromtimestamp(index * 3600, tz=timezone.utc)


def parse_hour(text: str) -> datetime:
    """An hour as written in the admin API: ``2026-11-26T13`` (minutes and a zone are optional)."""
    value = datetime.fromisoformat(text if len(text) > 13 else text + ":00")
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
