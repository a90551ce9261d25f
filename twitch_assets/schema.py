"""Column contracts of the stored tables: one source of truth for names and dtypes.

Each table is a DuckDB table in schema ``twitch`` named after its asset. ``empty_frame`` builds a
well-formed zero-row frame so an empty hour still produces a table downstream assets can read.
"""

from __future__ import annotations

import pandas as pd

# pandas dtypes; "datetime64[us, UTC]" columns are stored as TIMESTAMP WITH TIME ZONE.
TIMESTAMP = "datetime64[us, UTC]"

RAW_STREAM_COLUMNS: dict[str, str] = {
    "snapshot_hour": TIMESTAMP,
    "stream_id": "string",
    "user_id": "string",
    "user_login": "string",
    "user_name": "string",
    "game_id": "string",
    "game_name": "string",
    "type": "string",
    "title": "string",
    "tags": "object",  # list[str]
    "language": "string",
    "viewer_count": "int64",
    "started_at": TIMESTAMP,
    "is_mature": "bool",
    "thumbnail_url": "string",
    "fetched_at": TIMESTAMP,
}

HYDRATED_STREAM_COLUMNS: dict[str, str] = {
    "snapshot_hour": TIMESTAMP,
    "stream_id": "string",
    "user_id": "string",
    "user_login": "string",
    "user_name": "string",
    "game_id": "string",
    "game_name": "string",
    "title": "string",
    "tags": "object",  # list[str]
    "language": "string",
    "viewer_count": "int64",
    "started_at": TIMESTAMP,
    "is_mature": "bool",
    "thumbnail_url": "string",
    "broadcaster_type": "string",
    "account_created_at": TIMESTAMP,
    "content_classification_labels": "object",  # list[str]
    "is_branded_content": "bool",
    "channel_delay": "int64",
    "user_found": "bool",
    "channel_found": "bool",
    "fetched_at": TIMESTAMP,
}


def empty_frame(columns: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in columns.items()})


def conform(frame: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """Select and order the contract's columns and cast them to its dtypes.

    Raises a ValueError naming any missing column, so a drifted producer fails loudly.
    """
    missing = [name for name in columns if name not in frame.columns]
    if missing:
        raise ValueError(f"frame is missing contract columns: {', '.join(missing)}")
    out = frame[list(columns)].copy()
    for name, dtype in columns.items():
        if dtype == TIMESTAMP:
            out[name] = pd.to_datetime(out[name], utc=True).astype(TIMESTAMP)
        elif dtype != "object":
            out[name] = out[name].astype(dtype)
    return out.reset_index(drop=True)
