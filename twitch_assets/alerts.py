"""Alerting: the Slack-compatible webhook poster and the ``alerts`` table (no Dagster inside).

The ``alerts`` table is an outbox. A flagged streamer is first recorded (one row per streamer and
snapshot hour, never twice), then delivered; a row left ``pending`` by a crash between the two is
delivered by the next tick. A re-processed hour records nothing new, which is what makes the
high-risk sensor exactly-once in the table even if its cursor is lost.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

import duckdb
import requests

from twitch_assets.settings import DUCKDB_SCHEMA

ALERTS_TABLE = f"{DUCKDB_SCHEMA}.alerts"
COMPLIANCE_TABLE = f"{DUCKDB_SCHEMA}.compliance_scores"

# Delivery states of an alert row.
PENDING = "pending"
SENT = "sent"
FAILED = "failed"
TABLE_ONLY = "table_only"  # no webhook was configured when the alert was recorded

# Waits between the attempts of one delivery: four attempts over about 3.5 seconds.
RETRY_DELAYS_S = (0.5, 1.0, 2.0)
MAX_RETRY_AFTER_S = 10.0
REQUEST_TIMEOUT_S = 5.0
MAX_LISTED_STREAMERS = 20
MAX_LISTED_ERRORS = 5

_CREATE_ALERTS = f"""
CREATE TABLE IF NOT EXISTS {ALERTS_TABLE} (
    snapshot_hour TIMESTAMP NOT NULL,
    user_id VARCHAR NOT NULL,
    user_login VARCHAR,
    stream_id VARCHAR,
    game_name VARCHAR,
    viewer_count BIGINT,
    risk_score DOUBLE,
    risk_level VARCHAR,
    violation_type VARCHAR,
    reasons VARCHAR[],
    source_run_id VARCHAR,
    alerted_at TIMESTAMP NOT NULL,
    delivery VARCHAR NOT NULL,
    delivered_at TIMESTAMP,
    PRIMARY KEY (snapshot_hour, user_id)
)
"""

_ALERT_COLUMNS = (
    "snapshot_hour", "user_id", "user_login", "stream_id", "game_name", "viewer_count",
    "risk_score", "risk_level", "violation_type", "reasons",
)


@dataclass(frozen=True)
class Alert:
    snapshot_hour: datetime
    user_id: str
    user_login: str
    stream_id: str
    game_name: str
    viewer_count: int
    risk_score: float
    risk_level: str
    violation_type: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Delivery:
    """Outcome of posting one message. ``error`` never contains the URL."""

    delivered: bool
    attempts: int
    status: int | None = None
    error: str | None = None


# --- the table ------------------------------------------------------------------------------------
def ensure_alerts_table(connection: duckdb.DuckDBPyConnection) -> None:
    connection.execute(f"CREATE SCHEMA IF NOT EXISTS {DUCKDB_SCHEMA}")
    connection.execute(_CREATE_ALERTS)


def record_alerts(
    connection: duckdb.DuckDBPyConnection,
    snapshot_hour: datetime,
    lookback_hours: int,
    delivery: str,
    source_run_id: str,
    now: datetime,
) -> int:
    """Record the hour's flagged streamers not alerted in the ``lookback_hours`` before it, nor in
    this hour already. Returns how many rows were recorded.

    The window also reaches ``lookback_hours`` after the hour: a backfill of older hours, processed
    after newer ones, must not alert again on streamers alerted for a newer hour."""
    hour = _naive(snapshot_hour)
    window = timedelta(hours=lookback_hours)
    before = connection.execute(f"SELECT count(*) FROM {ALERTS_TABLE}").fetchone()[0]
    connection.execute(
        f"""
        INSERT INTO {ALERTS_TABLE}
        SELECT s.snapshot_hour, s.user_id, any_value(s.user_login), any_value(s.stream_id),
               any_value(s.game_name), max(s.viewer_count), max(s.risk_score), any_value(s.risk_level),
               any_value(s.violation_type), any_value(s.reasons), ?, ?, ?, NULL
        FROM {COMPLIANCE_TABLE} s
        WHERE s.snapshot_hour = ? AND s.flagged
          AND NOT EXISTS (
              SELECT 1 FROM {ALERTS_TABLE} a
              WHERE a.user_id = s.user_id AND a.snapshot_hour BETWEEN ? AND ?)
        GROUP BY s.snapshot_hour, s.user_id
        ON CONFLICT DO NOTHING
        """,
        [source_run_id, _naive(now), delivery, hour, hour - window, hour + window],
    )
    return connection.execute(f"SELECT count(*) FROM {ALERTS_TABLE}").fetchone()[0] - before


def pending_alerts(connection: duckdb.DuckDBPyConnection) -> dict[datetime, list[Alert]]:
    """Alerts waiting for the webhook, by snapshot hour (oldest first), riskiest first in each."""
    rows = connection.execute(
        f"SELECT {', '.join(_ALERT_COLUMNS)} FROM {ALERTS_TABLE} WHERE delivery = ? "
        "ORDER BY snapshot_hour, risk_score DESC, user_login",
        [PENDING],
    ).fetchall()
    by_hour: dict[datetime, list[Alert]] = {}
    for row in rows:
        alert = Alert(*row[:-1], reasons=tuple(row[-1] or ()))
        by_hour.setdefault(alert.snapshot_hour, []).append(alert)
    return by_hour


def mark_delivery(
    connection: duckdb.DuckDBPyConnection, snapshot_hour: datetime, user_ids: Sequence[str], delivery: str,
    now: datetime,
) -> None:
    connection.execute(
        f"UPDATE {ALERTS_TABLE} SET delivery = ?, delivered_at = ? "
        "WHERE snapshot_hour = ? AND list_contains(?, user_id) AND delivery = ?",
        [delivery, _naive(now) if delivery == SENT else None, _naive(snapshot_hour), list(user_ids), PENDING],
    )


def expire_pending(connection: duckdb.DuckDBPyConnection, recorded_before: datetime) -> None:
    """Give up on pending alerts recorded before ``recorded_before``: they are marked failed."""
    connection.execute(
        f"UPDATE {ALERTS_TABLE} SET delivery = ? WHERE delivery = ? AND alerted_at < ?",
        [FAILED, PENDING, _naive(recorded_before)],
    )


# --- the messages ---------------------------------------------------------------------------------
def flagged_message(snapshot_hour: datetime, alerts: Sequence[Alert]) -> str:
    """Slack mrkdwn text listing the newly flagged streamers of one hour, riskiest first."""
    noun = "streamer" if len(alerts) == 1 else "streamers"
    lines = [f":rotating_light: {len(alerts)} newly flagged {noun} in the {snapshot_hour:%Y-%m-%d %H:00} UTC snapshot"]
    for alert in alerts[:MAX_LISTED_STREAMERS]:
        reasons = "; ".join(alert.reasons) or "no reason given"
        lines.append(
            f"• *{alert.user_login}* risk {alert.risk_score:.0f} ({alert.risk_level}, {alert.violation_type}) "
            f"in {alert.game_name or 'no category'}, {alert.viewer_count:,} viewers: {reasons}"
        )
    if len(alerts) > MAX_LISTED_STREAMERS:
        lines.append(f"…and {len(alerts) - MAX_LISTED_STREAMERS} more in the `{ALERTS_TABLE}` table")
    return "\n".join(lines)


def run_failure_message(job_name: str, run_id: str, partition: str | None, errors: Sequence[str]) -> str:
    """Slack mrkdwn text for a failed run: the first line of each error, a few at most."""
    where = f" for partition {partition}" if partition else ""
    firsts = [error.strip().splitlines()[0] for error in errors if error.strip()] or ["no error message"]
    shown = "\n".join(f"• {line}" for line in firsts[:MAX_LISTED_ERRORS])
    return f":x: Run `{run_id}` of job *{job_name}* failed{where}:\n{shown}"


# --- the webhook ----------------------------------------------------------------------------------
class _RedactWebhookPaths(logging.Filter):
    """urllib3 logs each request's path at DEBUG, and a webhook's path is its secret: blank it."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if self.paths:
            message = record.getMessage()
            for path in self.paths:
                message = message.replace(path, "/<webhook path>")
            record.msg, record.args = message, None
        return True


_redact_paths = _RedactWebhookPaths()
logging.getLogger("urllib3.connectionpool").addFilter(_redact_paths)


def post_webhook(
    url: str,
    text: str,
    session: requests.Session | None = None,
    retry_delays_s: Sequence[float] = RETRY_DELAYS_S,
    sleep: Callable[[float], None] = time.sleep,
) -> Delivery:
    """POST ``{"text": text}`` to a Slack-compatible webhook, retrying connection errors, timeouts,
    429 and 5xx replies (honouring Retry-After). Other 4xx replies are final."""
    _redact_paths.paths.add(urlsplit(url).path or "/")
    http = session or requests.Session()
    attempts = len(retry_delays_s) + 1
    status: int | None = None
    error: str | None = None
    try:
        for attempt in range(1, attempts + 1):
            wait = retry_delays_s[attempt - 1] if attempt < attempts else 0.0
            try:
                reply = http.post(url, json={"text": text}, timeout=REQUEST_TIMEOUT_S)
            except requests.RequestException as exc:
                # The exception text embeds the URL: keep only its kind.
                status, error = None, type(exc).__name__
            else:
                status = reply.status_code
                if reply.ok:
                    return Delivery(True, attempt, status)
                error = f"HTTP {status}"
                if status != 429 and status < 500:
                    return Delivery(False, attempt, status, error)
                wait = max(wait, min(_retry_after_s(reply), MAX_RETRY_AFTER_S))
            if attempt < attempts:
                sleep(wait)
        return Delivery(False, attempts, status, error)
    finally:
        if session is None:
            http.close()


def _retry_after_s(reply: requests.Response) -> float:
    try:
        return float(reply.headers.get("Retry-After", 0))
    except ValueError:
        return 0.0


def _naive(moment: datetime) -> datetime:
    """UTC as stored: naive timestamps."""
    return moment if moment.tzinfo is None else moment.astimezone(timezone.utc).replace(tzinfo=None)
