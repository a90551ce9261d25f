"""How watched each category is in an hour, against its own recent past.

Popularity is a percentile over the hour's categories rather than a raw viewer count, so hours with
different total audiences (3 a.m. against prime time) compare on one scale.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from twitch_assets.schema import CATEGORY_POPULARITY, conform, empty_frame

UNCATEGORISED = ""
BASELINE_HOURS_24H = 24
BASELINE_HOURS_7D = 168

# Columns of hydrated_streams (and of earlier category_popularity hours) this module reads.
STREAM_COLUMNS = ["user_id", "stream_id", "game_id", "game_name", "viewer_count"]
EARLIER_COLUMNS = ["snapshot_hour", "game_id", "streams", "viewers"]


def one_stream_per_streamer(streams: pd.DataFrame) -> pd.DataFrame:
    """Keep each streamer's most watched stream of the hour, most watched streamers first.

    A streamer is live once at a time; two rows (a restart caught twice) would double their audience
    in the category counts and give them two histories.
    """
    ordered = streams.assign(
        viewer_count=streams["viewer_count"].fillna(0).astype("int64"),
        game_id=streams["game_id"].fillna(UNCATEGORISED),
    ).sort_values(["viewer_count", "stream_id"], ascending=[False, True], kind="stable")
    return ordered.drop_duplicates("user_id").reset_index(drop=True)


def popularity_pct(audience, category_viewers, hour_viewers_sorted: np.ndarray) -> np.ndarray:
    """Where an audience stands among the hour's categories, 0-100.

    100 x (categories with fewer viewers) / (categories with fewer or more viewers): 100 for the most
    watched category, 0 for the least watched and for every category tied with it (so all the dead,
    zero-viewer categories share 0). A category is never its own rival: ``audience`` may be less than
    the category's own ``category_viewers`` (its audience without one streamer), and that entry is
    not counted as "more". 100 when no category differs.
    """
    audience = np.asarray(audience, dtype="float64")
    category_viewers = np.asarray(category_viewers, dtype="float64")
    fewer = np.searchsorted(hour_viewers_sorted, audience, side="left")
    more = len(hour_viewers_sorted) - np.searchsorted(hour_viewers_sorted, audience, side="right")
    more = more - (category_viewers > audience)
    rivals = fewer + more
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(rivals > 0, 100.0 * fewer / rivals, 100.0)


def ranked_viewers(categories: pd.DataFrame) -> np.ndarray:
    """The viewer counts of the hour's ranked categories, sorted: the scale of ``popularity_pct``."""
    ranked = categories["game_id"] != UNCATEGORISED
    return np.sort(categories.loc[ranked, "viewers"].to_numpy(dtype="float64"))


def category_popularity_frame(
    streams: pd.DataFrame, earlier: pd.DataFrame, hour: pd.Timestamp
) -> pd.DataFrame:
    """One row per category live in ``hour``, with its standing and its trailing baselines.

    ``streams``: the hour's hydrated streams (``STREAM_COLUMNS``). ``earlier``: rows of this table from
    earlier hours (``EARLIER_COLUMNS``); rows outside the 7-day window are ignored, missing hours are
    simply not part of the means. The uncategorised bucket (game_id "") is counted in streams,
    viewers and viewer_share but not ranked: it is many unrelated streams, not a category.
    """
    if streams.empty:
        return empty_frame(CATEGORY_POPULARITY)
    live = one_stream_per_streamer(streams)
    categories = (
        live.groupby("game_id", sort=False)
        # max over the names: a catalogue name beats a blank listing name ("" sorts first)
        .agg(game_name=("game_name", "max"), streams=("user_id", "size"), viewers=("viewer_count", "sum"))
        .reset_index()
        .sort_values(["viewers", "game_id"], ascending=[False, True], ignore_index=True)
    )
    categories["game_name"] = categories["game_name"].fillna("")
    total_viewers = categories["viewers"].sum()
    categories["viewer_share"] = categories["viewers"] / total_viewers if total_viewers > 0 else np.nan

    ranked = categories["game_id"] != UNCATEGORISED
    ranked_counts = categories.loc[ranked, "viewers"]
    categories["rank"] = ranked_counts.rank(method="min", ascending=False)
    categories["popularity_pct"] = pd.Series(
        popularity_pct(ranked_counts, ranked_counts, ranked_viewers(categories)), index=ranked_counts.index
    )

    day = _baseline(earlier, hour, BASELINE_HOURS_24H)
    week = _baseline(earlier, hour, BASELINE_HOURS_7D)
    categories = categories.merge(
        day.add_prefix("baseline_").add_suffix("_24h"), left_on="game_id", right_index=True, how="left"
    ).merge(
        week[["viewers", "hours"]].add_prefix("baseline_").add_suffix("_7d"),
        left_on="game_id",
        right_index=True,
        how="left",
    )
    categories[["baseline_hours_24h", "baseline_hours_7d"]] = (
        categories[["baseline_hours_24h", "baseline_hours_7d"]].fillna(0)
    )
    # One viewer added to both sides: a dead category (baseline 0) that suddenly has an audience, the
    # Artifact hijack, gets a large finite ratio instead of infinity, and tiny categories little noise.
    categories["viewers_vs_baseline_24h"] = (
        (categories["viewers"] + 1) / (categories["baseline_viewers_24h"] + 1)
    )
    categories["snapshot_hour"] = hour
    return conform(categories, CATEGORY_POPULARITY)


def _baseline(earlier: pd.DataFrame, hour: pd.Timestamp, hours: int) -> pd.DataFrame:
    """Per category: mean viewers and streams over the earlier hours it was seen in, and how many."""
    window = earlier.loc[within_hours_before(earlier["snapshot_hour"], hour, hours)]
    return window.groupby("game_id").agg(
        viewers=("viewers", "mean"), streams=("streams", "mean"), hours=("snapshot_hour", "nunique")
    )


def within_hours_before(snapshot_hours: pd.Series, hour: pd.Timestamp, hours: int) -> pd.Series:
    """Which rows fall in the ``hours`` hours before ``hour`` (``hour`` itself excluded)."""
    return (snapshot_hours >= hour - pd.Timedelta(hours=hours)) & (snapshot_hours < hour)
