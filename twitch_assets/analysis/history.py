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
EARLIER_COLUMNS = ["snapshot_hour", "user_id", "game_id", "game_name", "category_popularity_pct", "category_viewers"]


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
    live = one_stream_per_streamer(streams)
    rows = live.merge(
        categories[CATEGORY_COLUMNS].rename(
            columns={
                "streams": "category_streams",
                "viewers": "category_viewers",
                "popularity_pct": "category_popularity_pct",
                "baseline_viewers_24h": "category_baseline_viewers_24h",
            }
        ),
        on="game_id",
        how="left",
    )
    category_viewers = rows["category_viewers"].astype("float64")
    rows["streamer_category_share"] = (rows["viewer_count"] / category_viewers).where(category_viewers > 0)

    window = _trailing_rows(earlier, live["user_id"], hour)
    rows = rows.merge(_previous_category(window), on="user_id", how="left")
    rows = rows.merge(_usual_category(window), on="user_id", how="left")
    rows = rows.merge(_trailing_day_counts(window, live, hour), on="user_id", how="left")

    rows["switched_category"] = (rows["previous_game_id"].notna() & (rows["game_id"] != rows["previous_game_id"])).fillna(False)
    destination_pct = pd.Series(np.nan, index=rows.index)
    categorised = rows["game_id"] != UNCATEGORISED
    destination_pct[categorised] = popularity_pct(
        (category_viewers - rows["viewer_count"])[categorised],
        category_viewers[categorised],
        ranked_viewers(categories),
    )
    drop = rows["previous_category_popularity_pct"].astype("float64") - destination_pct
    rows["switched_to_less_popular"] = rows["switched_category"] & (drop >= LESS_POPULAR_DROP_PCT)
    rows["snapshot_hour"] = hour
    return conform(rows, STREAMER_CATEGORY_HISTORY)


def _trailing_rows(earlier: pd.DataFrame, user_ids: pd.Series, hour: pd.Timestamp) -> pd.DataFrame:
    """Earlier rows of the streamers live now, within the 24 hours before ``hour``, oldest first."""
    keep = (
        (earlier["snapshot_hour"] >= hour - pd.Timedelta(hours=HISTORY_HOURS))
        & (earlier["snapshot_hour"] < hour)
        & earlier["user_id"].isin(user_ids)
    )
    return earlier.loc[keep, EARLIER_COLUMNS].sort_values("snapshot_hour", kind="stable")


def _previous_category(window: pd.DataFrame) -> pd.DataFrame:
    latest = window.drop_duplicates("user_id", keep="last")
    return pd.DataFrame(
        {
            "user_id": latest["user_id"],
            "previous_game_id": latest["game_id"],
            "previous_game_name": latest["game_name"],
            "previous_category_popularity_pct": latest["category_popularity_pct"],
            "previous_category_viewers": latest["category_viewers"],
        }
    )


def _usual_category(window: pd.DataFrame) -> pd.DataFrame:
    per_category = window.groupby(["user_id", "game_id"], sort=False).agg(
        hours=("snapshot_hour", "size"),
        last_seen=("snapshot_hour", "max"),
        usual_game_name=("game_name", "last"),
        usual_category_popularity_pct=("category_popularity_pct", "mean"),
        usual_category_viewers=("category_viewers", "mean"),
    )
    usual = (
        per_category.reset_index()
        .sort_values(["hours", "last_seen"], kind="stable")
        .drop_duplicates("user_id", keep="last")
    )
    return usual.rename(columns={"game_id": "usual_game_id"}).drop(columns=["hours", "last_seen"])


def _trailing_day_counts(window: pd.DataFrame, live: pd.DataFrame, hour: pd.Timestamp) -> pd.DataFrame:
    """Hours seen and distinct categories over this hour and the 23 before it."""
    keys = ["user_id", "game_id"]
    in_day = window["snapshot_hour"] > hour - pd.Timedelta(hours=HISTORY_HOURS)
    # one dtype on both sides, so an hour without history cannot decide the result's dtype
    day = pd.concat([window.loc[in_day, keys].astype(object), live[keys].astype(object)], ignore_index=True)
    return pd.DataFrame(
        {
            "hours_observed_24h": day.groupby("user_id").size(),
            "distinct_categories_24h": day.drop_duplicates(["user_id", "game_id"]).groupby("user_id").size(),
        }
    ).rename_axis("user_id").reset_index()
