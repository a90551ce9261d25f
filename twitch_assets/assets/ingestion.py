"""Ingestion: the hourly snapshot of every live stream, then its hydration."""

import time
from datetime import datetime, timedelta, timezone

import duckdb
import pandas as pd
from dagster import AssetExecutionContext, AssetIn, MetadataValue, Output, asset

from twitch_assets.assets.metadata import numeric, preview
from twitch_assets.partitions import PARTITIONED_BY_HOUR, hourly_partitions
from twitch_assets.resources import TwitchResource
from twitch_assets.settings import DUCKDB_SCHEMA
from twitch_assets.storage import WarehouseResource
from twitch_assets.snapshot import hydrated_frame, listing_frame

_PROGRESS_EVERY_PAGES = 100
_PROGRESS_EVERY_CALLS = 250
# A crawl that ends just after its hour may still be hydrated from live Twitch for this long: users
# and channels change slowly, unlike the listing.
HYDRATION_GRACE = timedelta(hours=1)
# Both ingestion assets call Twitch: the twitch_api pool lets one crawl at a time spend the rate limit.
_INGESTION = dict(
    partitions_def=hourly_partitions,
    metadata=PARTITIONED_BY_HOUR,
    group_name="ingestion",
    kinds={"python", "duckdb"},
    pool="twitch_api",
)


@asset(**_INGESTION)
def raw_stream_ids(
    context: AssetExecutionContext, twitch: TwitchResource, warehouse: WarehouseResource
) -> Output[pd.DataFrame]:
    """Every stream live in the hour: the /streams listing crawled as concurrent language shards,
    de-duplicated by stream id, with last hour's streamers re-checked in batches of 100."""
    hour = _partition_hour(context)
    twitch.prepare_snapshot(hour)
    recheck = previous_hour_user_ids(warehouse, hour)
    context.log.info(f"Crawling live streams for {hour:%Y-%m-%d %H:00} UTC; re-checking {len(recheck):,} streamers")

    def progress(pages: int, rows: int) -> None:
        if pages % _PROGRESS_EVERY_PAGES == 0:
            context.log.info(f"crawl progress: {pages:,} pages, {rows:,} rows")

    started = time.perf_counter()
    crawl, requests_made = twitch.crawl(recheck_user_ids=recheck, progress=progress)
    frame = listing_frame(crawl.streams, hour, datetime.now(timezone.utc))
    seconds = time.perf_counter() - started
    context.log.info(f"crawl done: {len(frame):,} streams in {seconds:.1f}s; {requests_made.as_dict()}")
    return Output(
        frame,
        metadata={
            "rows": MetadataValue.int(len(frame)),
            "seconds": MetadataValue.float(round(seconds, 3)),
            **numeric(crawl.stats, "crawl_"),
            **numeric(requests_made.as_dict(), "requests_"),
            "preview": preview(frame, ["stream_id", "user_login", "game_name", "language", "viewer_count"]),
        },
    )


@asset(**_INGESTION, ins={"raw_stream_ids": AssetIn()})
def hydrated_streams(
    context: AssetExecutionContext, twitch: TwitchResource, raw_stream_ids: pd.DataFrame
) -> Output[pd.DataFrame]:
    """Each stream joined to its user (/users), channel (/channels) and category (/games), looked up
    concurrently in batches of at most 100 ids."""
    hour = _partition_hour(context)
    twitch.prepare_snapshot(hour, grace=HYDRATION_GRACE)
    started = time.perf_counter()
    user_ids = raw_stream_ids["user_id"].dropna().unique().tolist()
    game_ids = [g for g in raw_stream_ids["game_id"].dropna().unique().tolist() if g]
    def progress(done: int, total: int) -> None:
        if done % _PROGRESS_EVERY_CALLS == 0 or done == total:
            context.log.info(f"hydration progress: {done:,} of {total:,} lookups")

    hydration, requests_made = twitch.hydrate(user_ids, game_ids, progress)
    frame = hydrated_frame(
        raw_stream_ids, hydration.users, hydration.channels, hydration.games, datetime.now(timezone.utc)
    )
    seconds = time.perf_counter() - started
    missing_users = int((~frame["user_found"]).sum())
    missing_channels = int((~frame["channel_found"]).sum())
    context.log.info(
        f"hydrated {len(frame):,} streams in {seconds:.1f}s ({len(user_ids):,} users, {len(game_ids):,} games); "
        f"missing users {missing_users}, channels {missing_channels}"
    )
    return Output(
        frame,
        metadata={
            "rows": MetadataValue.int(len(frame)),
            "seconds": MetadataValue.float(round(seconds, 3)),
            "users_missing": MetadataValue.int(missing_users),
            "channels_missing": MetadataValue.int(missing_channels),
            **numeric(hydration.stats, "hydration_"),
            **numeric(requests_made.as_dict(), "requests_"),
            "preview": preview(
                frame, ["user_login", "game_name", "viewer_count", "broadcaster_type", "content_classification_labels"]
            ),
        },
    )


def _partition_hour(context: AssetExecutionContext) -> datetime:
    return context.partition_time_window.start.astimezone(timezone.utc)


def previous_hour_user_ids(warehouse: WarehouseResource, hour: datetime) -> list[str]:
    """Streamers of the stored previous hour, for the crawl's re-check; none if that hour is missing."""
    previous = (hour - timedelta(hours=1)).replace(tzinfo=None)
    try:
        with warehouse.get_connection() as connection:
            rows = connection.execute(
                f"SELECT DISTINCT user_id FROM {DUCKDB_SCHEMA}.raw_stream_ids WHERE snapshot_hour = ?",
                [previous],
            ).fetchall()
    except duckdb.CatalogException:
        return []
    return [row[0] for row in rows]
