"""Table rows for tests of the analysis: hydrated_streams rows and earlier category hours."""

import pandas as pd

from twitch_assets.analysis.popularity import EARLIER_COLUMNS
from twitch_assets.schema import HYDRATED_STREAMS, conform

HOUR = pd.Timestamp("2026-11-26 13:00")


def stream(user_id: str, game_id: str, viewers: int, game_name: str | None = None, **fields) -> dict:
    """A hydrated_streams row; the history tests build their hours from these too."""
    row = {
        "snapshot_hour": HOUR,
        "stream_id": f"s-{user_id}-{game_id}-{viewers}",
        "user_id": user_id,
        "user_login": f"login_{user_id}",
        "user_name": f"Name {user_id}",
        "game_id": game_id,
        "game_name": game_name if game_name is not None else (f"Game {game_id}" if game_id else ""),
        "title": f"stream of {user_id}",
        "tags": ["English"],
        "language": "en",
        "viewer_count": viewers,
        "started_at": HOUR - pd.Timedelta(minutes=30),
        "is_mature": False,
        "thumbnail_url": "",
        "broadcaster_type": "",
        "account_created_at": pd.Timestamp("2020-01-01"),
        "user_description": "",
        "content_classification_labels": [],
        "is_branded_content": False,
        "channel_delay": 0,
        "user_found": True,
        "channel_found": True,
        "fetched_at": HOUR,
    }
    return {**row, **fields}


def hydrated(*rows: dict) -> pd.DataFrame:
    return conform(pd.DataFrame(list(rows), columns=list(HYDRATED_STREAMS)), HYDRATED_STREAMS)


def earlier_categories(*rows: tuple[int, str, int, int]) -> pd.DataFrame:
    """(hours before HOUR, game_id, streams, viewers) rows of earlier category_popularity hours."""
    return pd.DataFrame(
        [(HOUR - pd.Timedelta(hours=back), game, streams, viewers) for back, game, streams, viewers in rows],
        columns=EARLIER_COLUMNS,
    )


NO_HISTORY = earlier_categories()
