"""Verdicts cached by content across hours, so a 24/7 rebroadcast is judged once.

The key is the hash of the sanitised, normalised title and the category (``text.content_key``),
per judge id (kind and model: a new model starts a fresh cache). Only real verdicts are stored;
no verdict is retried the next hour. Entries older than ``max_age_hours`` are not used: a title
can stay while what is shown changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

import pandas as pd

from twitch_assets.compliance.judges.base import JudgeOutcome, JudgeRequest, Verdict
from twitch_assets.schema import JUDGE_CACHE, conform, create_table_sql
from twitch_assets.settings import DUCKDB_SCHEMA

CACHE_TABLE = f"{DUCKDB_SCHEMA}.compliance_judge_cache"


class MemoryVerdictCache:
    """In-process cache: tests and the evaluation's simulated day."""

    def __init__(self):
        self._verdicts: dict[tuple[str, str], Verdict] = {}

    def lookup(self, judge_id: str, keys: Iterable[str], now: datetime) -> dict[str, Verdict]:
        return {key: self._verdicts[(judge_id, key)] for key in keys if (judge_id, key) in self._verdicts}

    def store(self, judge_id: str, judged: Iterable[tuple[JudgeRequest, JudgeOutcome]], now: datetime) -> int:
        stored = 0
        for request, outcome in judged:
            if outcome.verdict is not None:
                self._verdicts[(judge_id, request.content_key)] = outcome.verdict
                stored += 1
        return stored


class DuckDBVerdictCache:
    """The cache table in the warehouse; ``connect`` is a context-manager factory (WarehouseResource.get_connection)."""

    def __init__(self, connect, max_age_hours: int = 24 * 7):
        self._connect = connect
        self.max_age = timedelta(hours=max_age_hours)

    def lookup(self, judge_id: str, keys: Iterable[str], now: datetime) -> dict[str, Verdict]:
        wanted = pd.DataFrame({"content_key": pd.Series(list(dict.fromkeys(keys)), dtype="string")})
        if wanted.empty:
            return {}
        with self._connect() as connection:
            _ensure_table(connection)
            connection.register("wanted_keys", wanted)
            rows = connection.execute(
                f"""SELECT c.content_key, c.violation_type, c.confidence, c.evidence, c.title_fits_category
                    FROM {CACHE_TABLE} c JOIN wanted_keys w USING (content_key)
                    WHERE c.judge = ? AND c.judged_at >= ?""",
                [judge_id, _naive(now) - self.max_age],
            ).fetchall()
            connection.unregister("wanted_keys")
        return {key: Verdict(kind, float(conf), tuple(evidence or ()), bool(fits)) for key, kind, conf, evidence, fits in rows}

    def store(self, judge_id: str, judged: Iterable[tuple[JudgeRequest, JudgeOutcome]], now: datetime) -> int:
        rows = [
            {
                "judge": judge_id,
                "content_key": request.content_key,
                "violation_type": outcome.verdict.violation_type,
                "confidence": outcome.verdict.confidence,
                "evidence": list(outcome.verdict.evidence),
                "title_fits_category": outcome.verdict.title_fits_category,
                "title": request.title,
                "game_name": request.game_name,
                "judged_at": _naive(now),
            }
            for request, outcome in judged
            if outcome.verdict is not None
        ]
        if not rows:
            return 0
        frame = conform(pd.DataFrame(rows), JUDGE_CACHE)
        with self._connect() as connection:
            _ensure_table(connection)
            connection.register("new_verdicts", frame)
            connection.execute(
                f"DELETE FROM {CACHE_TABLE} WHERE judge = ? AND content_key IN (SELECT content_key FROM new_verdicts)",
                [judge_id],
            )
            connection.execute(f"INSERT INTO {CACHE_TABLE} BY NAME SELECT * FROM new_verdicts")
            connection.unregister("new_verdicts")
        return len(rows)


def _ensure_table(connection) -> None:
    connection.execute(f"CREATE SCHEMA IF NOT EXISTS {DUCKDB_SCHEMA}")
    connection.execute(create_table_sql(CACHE_TABLE, JUDGE_CACHE))


def _naive(moment: datetime) -> datetime:
    """UTC without a zone, as the warehouse stores timestamps."""
    stamp = pd.Timestamp(moment)
    return (stamp.tz_convert("UTC").tz_localize(None) if stamp.tzinfo else stamp).to_pydatetime()


VerdictCache = MemoryVerdictCache | DuckDBVerdictCache
