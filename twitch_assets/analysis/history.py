"""Each live streamer's category this hour against their own trailing day.

The evasion pattern this serves: a streamer who usually streams a popular category moves into one
nobody watches, and their audience follows them there.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from twitch_assets.analysis.popularity import (
    UNCATEGORISED,
    one_stream_per_streamer,
    popularity_pct,
    ranked_viewers,
    within_hours_before,
)
from twitch_assets.schema import STREAMER_CATEGORY_HISTORY, conform, empty_frame

HISTORY_HOURS = 24

# A switch is "to a less popular category" when the destination stands this many percentile points
# below the category left behind. Percentiles, not viewer ratios: audiences are heavy-tailed, so a
# ratio rule either flags every move from Just Chatting to an ordinary popular game (a 10x drop) or
# misses moves between small categories; 40 points is e.g. from the top 10% to below the median.
LESS_POPULAR_DROP_PCT = 40.0

# Columns of hydrated_streams, of this hour's category_popularity and of earlier hours of this table
# that this module reads.
STREAM_COLUMNS = [
    "user_id", "user_login", "user_name", "stream_id", "game_id", "game_name", "title", "tags", "language",
    "viewer_count", "started_at", "broadcaster_type", "account_created_at", "content_classification_labels",
    "is_branded_content",
]
CATEGORY_COLUMNS = ["game_id", "streams", "viewers", "popularity_pct", "baseline_viewers_24h"]
EARLIER_COLUMNS = [
    "snapshot_hour", "user_id", "game_id", "game_name", "category_popularity_pct", "category_viewers",
]


def streamer_history_frame(
    streams: pd.DataFrame, categories: pd.DataFrame, earlier: pd.DataFrame, hour: pd.Timestamp
) -> pd.DataFrame:
    """One row per streamer live in ``hour``: their stream, its category's standing, and their history.

    ``streams``: the hour's hydrated streams (``STREAM_COLUMNS``); ``categories``: the hour's
    category_popularity (``CATEGORY_COLUMNS``); ``earlier``: earlier rows of this table
    (``EARLIER_COLUMNS``), of which only the 24 hours before ``hour`` count, one row per streamer and
    hour. With no earlier rows (the first day, a gap) the history columns are null and nothing switched.

    - previous_*: the category of the most recent earlier hour the streamer was seen in, with its
      popularity and viewers as recorded then.
    - usual_*: the category they were seen in for the most of those hours (tie: the most recent), with
      its mean popularity and mean viewers over those hours.
    - switched_category: seen before, now in another category (the uncategorised "" included).
    - switched_to_less_popular: switched, and the destination's popularity without the streamer's own
      viewers stands ``LESS_POPULAR_DROP_PCT`` points or more below the previous category's. Without
      them, because the audience follows the streamer: a dead category they fill with their own viewers
      would otherwise look popular (the 2019 Artifact hijack). False when either side is uncategorised,
      which has no popularity.
    - hours_observed_24h, distinct_categories_24h: over the day ending with this hour (this hour and
      the 23 before it), so a streamer seen for the first time has 1 and 1.
    """
    if streams.empty:
        return empty_frame(STREAMER_CATEGORY_HISTORY)
    rows = _with_category_standing(one_stream_per_streamer(streams), categories)  # row i: streamer i
    window = _trailing_rows(earlier, rows["user_id"], hour)
    rows = rows.join(_previous_category(window)).join(_usual_category(window))
    rows["hours_observed_24h"], rows["distinct_categories_24h"] = _trailing_day_counts(window, rows, hour)
    moved = rows["previous_game_id"].notna() & (rows["game_id"] != rows["previous_game_id"])
    rows["switched_category"] = moved.fillna(False)
    rows["switched_to_less_popular"] = rows["switched_category"] & (
        _popularity_drop(rows, categories) >= LESS_POPULAR_DROP_PCT
    )
    rows["snapshot_hour"] = hour
    return conform(rows, STREAMER_CATEGORY_HISTORY)


def _with_category_standing(rows: pd.DataFrame, categories: pd.DataFrame) -> pd.DataFrame:
    standing = categories.set_index("game_id").reindex(rows["game_id"])
    category_viewers = standing["viewers"].to_numpy(dtype="float64")
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(category_viewers > 0, rows["viewer_count"] / category_viewers, np.nan)
    return rows.assign(
        category_viewers=category_viewers,
        category_streams=standing["streams"].to_numpy(),
        category_popularity_pct=standing["popularity_pct"].to_numpy(),
        category_baseline_viewers_24h=standing["baseline_viewers_24h"].to_numpy(),
        streamer_category_share=share,
    )


def _popularity_drop(rows: pd.DataFrame, categories: pd.DataFrame) -> np.ndarray:
    """Previous category's popularity minus the destination's without the streamer's own viewers;
    NaN when either side has no popularity."""
    category_viewers = rows["category_viewers"].to_numpy()
    categorised = (rows["game_id"] != UNCATEGORISED).to_numpy()
    destination = np.full(len(rows), np.nan)
    destination[categorised] = popularity_pct(
        (category_viewers - rows["viewer_count"].to_numpy())[categorised],
        category_viewers[categorised],
        ranked_viewers(categories),
    )
    return rows["previous_category_popularity_pct"].to_numpy(dtype="float64", na_value=np.nan) - destination


def _trailing_rows(earlier: pd.DataFrame, user_ids: pd.Series, hour: pd.Timestamp) -> pd.DataFrame:
    """Earlier rows of the streamers live now within the 24 hours before ``hour``, oldest first, with
    ``streamer``: the streamer's row number this hour (integers group far faster than id strings)."""
    streamer = pd.Index(user_ids).get_indexer(earlier["user_id"])
    keep = within_hours_before(earlier["snapshot_hour"], hour, HISTORY_HOURS).to_numpy() & (streamer >= 0)
    window = earlier.loc[keep, EARLIER_COLUMNS].drop(columns="user_id").assign(streamer=streamer[keep])
    return window.sort_values("snapshot_hour", kind="stable")


def _previous_category(window: pd.DataFrame) -> pd.DataFrame:
    latest = window.drop_duplicates("streamer", keep="last").set_index("streamer")
    return latest.rename(
        columns={
            "game_id": "previous_game_id",
            "game_name": "previous_game_name",
            "category_popularity_pct": "previous_category_popularity_pct",
            "category_viewers": "previous_category_viewers",
        }
    ).drop(columns="snapshot_hour")


def _usual_category(window: pd.DataFrame) -> pd.DataFrame:
    game_code, games = pd.factorize(window["game_id"])
    per_category = window.groupby(window["streamer"].to_numpy() * len(games) + game_code, sort=False).agg(
        streamer=("streamer", "first"),
        usual_game_id=("game_id", "first"),
        usual_game_name=("game_name", "last"),
        hours=("snapshot_hour", "size"),
        last_seen=("snapshot_hour", "max"),
        usual_category_popularity_pct=("category_popularity_pct", "mean"),
        usual_category_viewers=("category_viewers", "mean"),
    )
    # most hours, then most recent: the last row of each streamer in this order
    ordered = per_category.sort_values(["hours", "last_seen"], kind="stable")
    usual = ordered.drop_duplicates("streamer", keep="last")
    return usual.set_index("streamer").drop(columns=["hours", "last_seen"])


def _trailing_day_counts(window: pd.DataFrame, rows: pd.DataFrame, hour: pd.Timestamp) -> tuple:
    """Hours seen and distinct categories per streamer over this hour and the 23 before it."""
    day = window.loc[within_hours_before(window["snapshot_hour"], hour, HISTORY_HOURS - 1)]
    streamer = np.concatenate([day["streamer"].to_numpy(), np.arange(len(rows))])
    game_ids = np.concatenate([day["game_id"].to_numpy(object), rows["game_id"].to_numpy(object)])
    game_code, games = pd.factorize(game_ids)
    streamer_category = pd.unique(streamer * len(games) + game_code)
    hours = np.bincount(streamer, minlength=len(rows))
    distinct_categories = np.bincount(streamer_category // len(games), minlength=len(rows))
    return hours, distinct_categories
