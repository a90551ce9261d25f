"""Analysis assets: category popularity and each streamer's category history.

Both compare an hour with the hours before it. They read those hours from their own compact tables
with a bounded, projected SQL window over the warehouse, not through the IO manager: the cost of an
hour stays flat however long the stored history grows, and a table or hour that does not exist yet
(the first day, a gap) is simply no history. The dependency on the earlier hours is still declared,
so the lineage shows it and a backfill runs the hours in order.
"""

import time

import pandas as pd
from dagster import AssetExecutionContext, AssetIn, Output, asset

from twitch_assets.analysis import history, popularity
from twitch_assets.assets.metadata import numeric, preview
from twitch_assets.partitions import PARTITIONED_BY_HOUR, hourly_partitions, preceding_hours, snapshot_hour
from twitch_assets.storage import WarehouseResource, read_preceding_hours


@asset(
    partitions_def=hourly_partitions,
    metadata=PARTITIONED_BY_HOUR,
    group_name="history",
    kinds={"pandas", "duckdb"},
    ins={"hydrated_streams": AssetIn(metadata={"columns": popularity.STREAM_COLUMNS})},
    deps=[preceding_hours("category_popularity", popularity.BASELINE_HOURS_7D)],
)
def category_popularity(
    context: AssetExecutionContext, hydrated_streams: pd.DataFrame, warehouse: WarehouseResource
) -> Output[pd.DataFrame]:
    """Per hour and category: streams, viewers, viewer share, rank, popularity percentile (100 = most
    watched), and the category's usual audience over the previous 24 hours and 7 days."""
    hour = pd.Timestamp(snapshot_hour(context.partition_key))
    started = time.perf_counter()
    earlier = read_preceding_hours(
        warehouse, "category_popularity", popularity.EARLIER_COLUMNS, hour, popularity.BASELINE_HOURS_7D
    )
    read_seconds = time.perf_counter() - started
    frame = popularity.category_popularity_frame(hydrated_streams, earlier, hour)
    compute_seconds = time.perf_counter() - started - read_seconds
    uncategorised = frame["game_id"] == popularity.UNCATEGORISED
    in_day = popularity.within_hours_before(earlier["snapshot_hour"], hour, popularity.BASELINE_HOURS_24H)
    stats = {
        "rows": len(frame),
        "streams": int(frame["streams"].sum()),
        "viewers": int(frame["viewers"].sum()),
        "uncategorised_streams": int(frame.loc[uncategorised, "streams"].sum()),
        "history_hours_24h": int(earlier.loc[in_day, "snapshot_hour"].nunique()),
        "history_hours_7d": int(earlier["snapshot_hour"].nunique()),
        "read_seconds": round(read_seconds, 3),
        "compute_seconds": round(compute_seconds, 3),
    }
    context.log.info(f"category popularity for {hour:%Y-%m-%d %H:00}: {stats}")
    return Output(
        frame,
        metadata={
            **numeric(stats),
            "preview": preview(
                frame,
                ["rank", "game_name", "streams", "viewers", "popularity_pct", "baseline_viewers_24h",
                 "viewers_vs_baseline_24h"],
            ),
        },
    )


@asset(
    partitions_def=hourly_partitions,
    metadata=PARTITIONED_BY_HOUR,
    group_name="history",
    kinds={"pandas", "duckdb"},
    ins={
        "hydrated_streams": AssetIn(metadata={"columns": history.STREAM_COLUMNS}),
        "category_popularity": AssetIn(metadata={"columns": history.CATEGORY_COLUMNS}),
    },
    deps=[preceding_hours("streamer_category_history", history.HISTORY_HOURS)],
)
def streamer_category_history(
    context: AssetExecutionContext,
    hydrated_streams: pd.DataFrame,
    category_popularity: pd.DataFrame,
    warehouse: WarehouseResource,
) -> Output[pd.DataFrame]:
    """One row per streamer live in the hour: their category's standing and their share of it, the
    previous and usual category over the trailing day, and whether they switched, in particular into
    a much less popular category."""
    hour = pd.Timestamp(snapshot_hour(context.partition_key))
    started = time.perf_counter()
    earlier = read_preceding_hours(
        warehouse,
        "streamer_category_history",
        history.EARLIER_COLUMNS,
        hour,
        history.HISTORY_HOURS,
        user_ids=hydrated_streams["user_id"],
    )
    read_seconds = time.perf_counter() - started
    frame = history.streamer_history_frame(hydrated_streams, category_popularity, earlier, hour)
    compute_seconds = time.perf_counter() - started - read_seconds
    stats = {
        "rows": len(frame),
        "history_hours_found": int(earlier["snapshot_hour"].nunique()),
        "streamers_with_history": int(frame["previous_game_id"].notna().sum()),
        "switches": int(frame["switched_category"].sum()),
        "switches_to_less_popular": int(frame["switched_to_less_popular"].sum()),
        "read_seconds": round(read_seconds, 3),
        "compute_seconds": round(compute_seconds, 3),
    }
    context.log.info(f"streamer category history for {hour:%Y-%m-%d %H:00}: {stats}")
    hoppers = frame[frame["switched_to_less_popular"].fillna(False)]
    return Output(
        frame,
        metadata={
            **numeric(stats),
            "preview": preview(
                frame,
                ["user_login", "game_name", "viewer_count", "category_popularity_pct", "usual_game_name"],
            ),
            "switches_to_less_popular_preview": preview(
                hoppers,
                ["user_login", "previous_game_name", "previous_category_popularity_pct", "game_name",
                 "category_popularity_pct", "viewer_count", "title"],
            ),
        },
    )
