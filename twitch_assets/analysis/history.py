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
    "snapshot_hour", "user_id", "game_id", "game_name", "category_popularity_pct", "category_viewers", "viewer_count",
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
      popularity and viewers, and the streamer's own viewers (``previous_viewer_count``), as recorded then.
    - usual_*: the category they were seen in for the most of those hours (tie: the most recent), with
      its mean popularity and mean viewers over those hours, and the streamer's own mean audience there
      (``usual_viewer_count``): whether an audience followed a hop is this hour's viewers against it.
    - came_from_*: the latest earlier category other than this hour's, its popularity and the
      streamer's viewers then: where they came from, also in the later hours of a long stay.
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
    window, games = _trailing_rows(earlier, rows["user_id"], hour)
    current_game = pd.Index(games["game_id"]).get_indexer(rows["game_id"])
    rows = rows.join(_previous_category(window, games)).join(_usual_category(window, games))
    rows = rows.join(_came_from(window, games, current_game))
    rows["hours_observed_24h"], rows["distinct_categories_24h"] = _trailing_day_counts(window, len(games), current_game, hour)
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


def _trailing_rows(
    earlier: pd.DataFrame, user_ids: pd.Series, hour: pd.Timestamp
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The earlier rows of the streamers live now within the 24 hours before ``hour``, oldest first,
    with integers in place of strings: ``streamer`` (their row this hour) and ``game`` (a row of
    ``games``: each game_id with its latest name). Integers group and sort far faster than id strings,
    which are read once here."""
    streamer = pd.Index(user_ids).get_indexer(earlier["user_id"])
    in_window = within_hours_before(earlier["snapshot_hour"], hour, HISTORY_HOURS).to_numpy()
    keep = np.flatnonzero(in_window & (streamer >= 0))
    keep = keep[np.argsort(earlier["snapshot_hour"].to_numpy()[keep], kind="stable")]
    game, game_ids = pd.factorize(earlier["game_id"].to_numpy()[keep])
    window = pd.DataFrame(
        {
            "snapshot_hour": earlier["snapshot_hour"].to_numpy()[keep],
            "streamer": streamer[keep],
            "game": game,
            "category_popularity_pct": _floats(earlier["category_popularity_pct"])[keep],
            "category_viewers": _floats(earlier["category_viewers"])[keep],
            "viewer_count": _floats(earlier["viewer_count"])[keep],
        }
    )
    latest_row = keep[pd.Series(np.arange(len(keep))).groupby(game).max().to_numpy()]
    games = pd.DataFrame({"game_id": game_ids, "game_name": earlier["game_name"].to_numpy()[latest_row]})
    return window, games


def _floats(column: pd.Series) -> np.ndarray:
    return column.to_numpy(dtype="float64", na_value=np.nan)


def _named_games(games: pd.DataFrame, game: pd.Series, prefix: str, streamer: pd.Series) -> pd.DataFrame:
    """game_id and game_name of each ``game`` code, as ``<prefix>game_id`` and ``<prefix>game_name``."""
    return games.iloc[game.to_numpy()].add_prefix(prefix).set_axis(streamer.to_numpy())


def _previous_category(window: pd.DataFrame, games: pd.DataFrame) -> pd.DataFrame:
    latest = window.drop_duplicates("streamer", keep="last").set_index("streamer", drop=False)
    return _named_games(games, latest["game"], "previous_", latest["streamer"]).assign(
        previous_category_popularity_pct=latest["category_popularity_pct"],
        previous_category_viewers=latest["category_viewers"],
        previous_viewer_count=latest["viewer_count"],
    )


def _came_from(window: pd.DataFrame, games: pd.DataFrame, current_game: np.ndarray) -> pd.DataFrame:
    """The latest earlier category other than this hour's: where a streamer came from, however long
    they have been in this one (``previous_*`` is that only in the hour of the move)."""
    elsewhere = window[window["game"].to_numpy() != current_game[window["streamer"].to_numpy()]]
    latest = elsewhere.drop_duplicates("streamer", keep="last").set_index("streamer", drop=False)
    return _named_games(games, latest["game"], "came_from_", latest["streamer"]).assign(
        came_from_category_popularity_pct=latest["category_popularity_pct"],
        came_from_viewer_count=latest["viewer_count"],
    )


def _usual_category(window: pd.DataFrame, games: pd.DataFrame) -> pd.DataFrame:
    per_category = window.groupby(window["streamer"] * len(games) + window["game"], sort=False).agg(
        streamer=("streamer", "first"),
        game=("game", "first"),
        hours=("snapshot_hour", "size"),
        last_seen=("snapshot_hour", "max"),
        usual_category_popularity_pct=("category_popularity_pct", "mean"),
        usual_category_viewers=("category_viewers", "mean"),
        usual_viewer_count=("viewer_count", "mean"),
    )
    # most hours, then most recent: the last row of each streamer in this order
    ordered = per_category.sort_values(["hours", "last_seen"], kind="stable")
    usual = ordered.drop_duplicates("streamer", keep="last").set_index("streamer", drop=False)
    return _named_games(games, usual["game"], "usual_", usual["streamer"]).assign(
        usual_category_popularity_pct=usual["usual_category_popularity_pct"],
        usual_category_viewers=usual["usual_category_viewers"],
        usual_viewer_count=usual["usual_viewer_count"],
    )


def _trailing_day_counts(
    window: pd.DataFrame, game_count: int, current_game: np.ndarray, hour: pd.Timestamp
) -> tuple[np.ndarray, np.ndarray]:
    """Hours seen and distinct categories per streamer over this hour and the 23 before it.
    ``current_game``: each streamer's game code this hour, -1 for a game not seen earlier."""
    day = window.loc[within_hours_before(window["snapshot_hour"], hour, HISTORY_HOURS - 1)]
    streamers = len(current_game)
    # one extra code for "not seen earlier" is enough: a streamer has a single category this hour
    codes = game_count + 1
    current_game = np.where(current_game >= 0, current_game, game_count)
    streamer = np.concatenate([day["streamer"].to_numpy(), np.arange(streamers)])
    game = np.concatenate([day["game"].to_numpy(), current_game])
    hours = np.bincount(streamer, minlength=streamers)
    distinct_categories = np.bincount(pd.unique(streamer * codes + game) // codes, minlength=streamers)
    return hours, distinct_categories
