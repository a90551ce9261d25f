"""Column contracts of the stored tables: one source of truth for names and types.

Each table lives in DuckDB schema ``twitch`` and is named after its asset. The IO manager creates
tables from these contracts (so types never depend on what the first hour happened to contain, and
an empty hour still yields a well-formed table), and ``conform`` casts a frame to its contract.
All timestamps are UTC, stored as naive ``TIMESTAMP``.
"""

from __future__ import annotations

import pandas as pd

TIMESTAMP = "TIMESTAMP"
TEXT = "VARCHAR"
INTEGER = "BIGINT"
REAL = "DOUBLE"
BOOLEAN = "BOOLEAN"
TEXT_LIST = "VARCHAR[]"

_PANDAS_DTYPES = {
    TIMESTAMP: "datetime64[us]",
    TEXT: "string",
    INTEGER: "Int64",
    REAL: "float64",
    BOOLEAN: "boolean",
    TEXT_LIST: "object",
}

Contract = dict[str, str]

# The /streams listing's fields, shared by both snapshot tables.
_STREAM_KEYS: Contract = {
    "snapshot_hour": TIMESTAMP,
    "stream_id": TEXT,
    "user_id": TEXT,
    "user_login": TEXT,
    "user_name": TEXT,
    "game_id": TEXT,
    "game_name": TEXT,
}
_STREAM_DETAILS: Contract = {
    "title": TEXT,
    "tags": TEXT_LIST,
    "language": TEXT,
    "viewer_count": INTEGER,
    "started_at": TIMESTAMP,
    "is_mature": BOOLEAN,
    "thumbnail_url": TEXT,
}

RAW_STREAM_IDS: Contract = {**_STREAM_KEYS, "type": TEXT, **_STREAM_DETAILS, "fetched_at": TIMESTAMP}

HYDRATED_STREAMS: Contract = {
    **_STREAM_KEYS,
    **_STREAM_DETAILS,
    "broadcaster_type": TEXT,
    "account_created_at": TIMESTAMP,
    "user_description": TEXT,
    "content_classification_labels": TEXT_LIST,
    "is_branded_content": BOOLEAN,
    "channel_delay": INTEGER,
    "user_found": BOOLEAN,
    "channel_found": BOOLEAN,
    "fetched_at": TIMESTAMP,
}

# One row per (hour, category); game_id "" is the uncategorised bucket, which is not ranked.
CATEGORY_POPULARITY: Contract = {
    "snapshot_hour": TIMESTAMP,
    "game_id": TEXT,
    "game_name": TEXT,
    "streams": INTEGER,
    "viewers": INTEGER,
    "viewer_share": REAL,
    "rank": INTEGER,
    "popularity_pct": REAL,
    "baseline_viewers_24h": REAL,
    "baseline_streams_24h": REAL,
    "baseline_hours_24h": INTEGER,
    "baseline_viewers_7d": REAL,
    "baseline_hours_7d": INTEGER,
    "viewers_vs_baseline_24h": REAL,
}

# One row per streamer live in the hour; compliance_scores reads these names.
STREAMER_CATEGORY_HISTORY: Contract = {
    "snapshot_hour": TIMESTAMP,
    "user_id": TEXT,
    "user_login": TEXT,
    "user_name": TEXT,
    "stream_id": TEXT,
    "game_id": TEXT,
    "game_name": TEXT,
    "title": TEXT,
    "tags": TEXT_LIST,
    "language": TEXT,
    "viewer_count": INTEGER,
    "started_at": TIMESTAMP,
    "broadcaster_type": TEXT,
    "account_created_at": TIMESTAMP,
    "content_classification_labels": TEXT_LIST,
    "is_branded_content": BOOLEAN,
    "category_viewers": INTEGER,
    "category_streams": INTEGER,
    "category_popularity_pct": REAL,
    "category_baseline_viewers_24h": REAL,
    "streamer_category_share": REAL,
    "previous_game_id": TEXT,
    "previous_game_name": TEXT,
    "previous_category_popularity_pct": REAL,
    "previous_category_viewers": INTEGER,
    "previous_viewer_count": INTEGER,
    "switched_category": BOOLEAN,
    "switched_to_less_popular": BOOLEAN,
    "usual_game_id": TEXT,
    "usual_game_name": TEXT,
    "usual_category_popularity_pct": REAL,
    "usual_category_viewers": REAL,
    "usual_viewer_count": REAL,
    "came_from_game_id": TEXT,
    "came_from_game_name": TEXT,
    "came_from_category_popularity_pct": REAL,
    "came_from_viewer_count": INTEGER,
    "hours_observed_24h": INTEGER,
    "distinct_categories_24h": INTEGER,
}

COMPLIANCE_SCORES: Contract = {
    "snapshot_hour": TIMESTAMP,
    "user_id": TEXT,
    "user_login": TEXT,
    "stream_id": TEXT,
    "title": TEXT,
    "game_name": TEXT,
    "viewer_count": INTEGER,
    "category_popularity_pct": REAL,
    "usual_game_name": TEXT,
    "switched_to_less_popular": BOOLEAN,
    "risk_score": REAL,
    "risk_level": TEXT,
    "flagged": BOOLEAN,
    "content_score": REAL,
    "evasion_score": REAL,
    "violation_type": TEXT,
    "reasons": TEXT_LIST,
    "judge": TEXT,
    "judge_status": TEXT,
    "judge_error": TEXT,
    "content_key": TEXT,
}

# Written by compliance_scores through the warehouse resource, not by the IO manager.
JUDGE_CACHE: Contract = {
    "judge": TEXT,
    "content_key": TEXT,
    "violation_type": TEXT,
    "confidence": REAL,
    "evidence": TEXT_LIST,
    "title_fits_category": BOOLEAN,
    "title": TEXT,
    "game_name": TEXT,
    "judged_at": TIMESTAMP,
}

# Contracts by table name; the IO manager looks tables up here. Later assets register theirs too.
TABLE_CONTRACTS: dict[str, Contract] = {
    "raw_stream_ids": RAW_STREAM_IDS,
    "hydrated_streams": HYDRATED_STREAMS,
    "category_popularity": CATEGORY_POPULARITY,
    "streamer_category_history": STREAMER_CATEGORY_HISTORY,
    "compliance_scores": COMPLIANCE_SCORES,
}


def empty_frame(contract: Contract) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=_PANDAS_DTYPES[sql]) for name, sql in contract.items()})


def conform(frame: pd.DataFrame, contract: Contract) -> pd.DataFrame:
    """Select and order the contract's columns and cast them to its types.

    Raises a ValueError naming any missing column, so a drifted producer fails loudly.
    """
    missing = [name for name in contract if name not in frame.columns]
    if missing:
        raise ValueError(f"frame is missing contract columns: {', '.join(missing)}")
    if frame.empty:
        return empty_frame(contract)
    out = frame[list(contract)].copy()
    for name, sql in contract.items():
        if sql == TIMESTAMP:
            out[name] = pd.to_datetime(out[name], utc=True).dt.tz_localize(None).astype("datetime64[us]")
        elif sql == TEXT_LIST:
            out[name] = out[name].map(_text_list)
        else:
            out[name] = out[name].astype(_PANDAS_DTYPES[sql])
    return out.reset_index(drop=True)


def _text_list(value) -> list:
    # Lists straight from JSON pass untouched (the common case, and the fast one); arrays read back
    # from DuckDB become lists; a missing list is an empty one.
    if type(value) is list:
        return value
    if value is None or (isinstance(value, float) and value != value):
        return []
    return [str(item) for item in value]


def create_table_sql(qualified_name: str, contract: Contract) -> str:
    columns = ", ".join(f'"{name}" {sql}' for name, sql in contract.items())
    return f"CREATE TABLE IF NOT EXISTS {qualified_name} ({columns})"


def add_new_columns_sql(qualified_name: str, contract: Contract) -> list[str]:
    """Statements that add the contract's columns a table stored by an older version lacks (they
    read as null in the hours written before), so an upgrade keeps every stored hour."""
    return [f'ALTER TABLE {qualified_name} ADD COLUMN IF NOT EXISTS "{name}" {sql}' for name, sql in contract.items()]
