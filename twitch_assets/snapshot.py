"""Pure shaping of Helix replies into the snapshot tables (no Dagster, no I/O)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

import pandas as pd

from twitch_assets.schema import HYDRATED_STREAMS, RAW_STREAM_IDS, conform, empty_frame

_LISTING_FIELDS = [
    "id", "user_id", "user_login", "user_name", "game_id", "game_name", "type", "title", "tags",
    "language", "viewer_count", "started_at", "is_mature", "thumbnail_url",
]


def listing_frame(streams: Iterable[Mapping], snapshot_hour: datetime, fetched_at: datetime) -> pd.DataFrame:
    """One row per stream of the /streams listing, stamped with its snapshot hour."""
    rows = [{field: stream.get(field) for field in _LISTING_FIELDS} for stream in streams]
    if not rows:
        return empty_frame(RAW_STREAM_IDS)
    frame = pd.DataFrame.from_records(rows, columns=_LISTING_FIELDS).rename(columns={"id": "stream_id"})
    frame["game_id"] = frame["game_id"].fillna("")
    frame["game_name"] = frame["game_name"].fillna("")
    frame["is_mature"] = frame["is_mature"].fillna(False).astype(bool)
    frame["snapshot_hour"] = snapshot_hour
    frame["fetched_at"] = fetched_at
    return conform(frame, RAW_STREAM_IDS)


def hydrated_frame(
    listing: pd.DataFrame,
    users: Mapping[str, Mapping],
    channels: Mapping[str, Mapping],
    games: Mapping[str, Mapping],
    fetched_at: datetime,
) -> pd.DataFrame:
    """Join the listing to /users, /channels and /games; a stream whose lookups failed keeps its row.

    The category name comes from /games when the id is known there, else from the listing (an
    unknown or blank category keeps what the listing said, possibly "").
    """
    if listing.empty:
        return empty_frame(HYDRATED_STREAMS)
    frame = listing.copy()
    user = frame["user_id"].map(users.get)
    channel = frame["user_id"].map(channels.get)
    frame["user_found"] = user.notna()
    frame["channel_found"] = channel.notna()
    frame["broadcaster_type"] = user.map(lambda u: u.get("broadcaster_type", "") if u else None)
    frame["account_created_at"] = user.map(lambda u: u.get("created_at") if u else None)
    frame["user_description"] = user.map(lambda u: u.get("description", "") if u else None)
    frame["content_classification_labels"] = channel.map(
        lambda c: list(c.get("content_classification_labels") or []) if c else []
    )
    frame["is_branded_content"] = channel.map(lambda c: bool(c.get("is_branded_content")) if c else None)
    frame["channel_delay"] = channel.map(lambda c: c.get("delay") if c else None)
    catalog_name = frame["game_id"].map(lambda gid: (games.get(gid) or {}).get("name"))
    frame["game_name"] = catalog_name.where(catalog_name.notna() & (catalog_name != ""), frame["game_name"])
    frame["fetched_at"] = fetched_at
    return conform(frame, HYDRATED_STREAMS)
