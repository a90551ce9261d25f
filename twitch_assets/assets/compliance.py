"""Compliance assets: the hourly risk score of every live streamer."""

from datetime import timedelta

import pandas as pd
from dagster import AssetExecutionContext, AssetIn, FreshnessPolicy, MetadataValue, Output, asset

from twitch_assets.assets.metadata import numeric
from twitch_assets.compliance.cache import DuckDBVerdictCache
from twitch_assets.compliance.context import MEMORY_COLUMNS, MEMORY_HOURS
from twitch_assets.compliance.policy import default_policy
from twitch_assets.compliance.report import chart_markdown, flagged_markdown
from twitch_assets.compliance.resource import JudgeResource
from twitch_assets.compliance.scoring import score_hour
from twitch_assets.partitions import PARTITIONED_BY_HOUR, hourly_partitions, preceding_hours, snapshot_hour
from twitch_assets.storage import WarehouseResource, read_preceding_hours


@asset(
    partitions_def=hourly_partitions,
    metadata=PARTITIONED_BY_HOUR,
    group_name="compliance",
    kinds={"python", "duckdb"},
    ins={"streamer_category_history": AssetIn()},
    # Repeat offenders: its own flags over the trailing day (read with a bounded window, see below).
    deps=[preceding_hours("compliance_scores", MEMORY_HOURS)],
    # Scored hourly: no new scores for two hours means the schedule or the pipeline is stuck.
    freshness_policy=FreshnessPolicy.time_window(fail_window=timedelta(hours=2)),
)
def compliance_scores(
    context: AssetExecutionContext,
    streamer_category_history: pd.DataFrame,
    judge: JudgeResource,
    warehouse: WarehouseResource,
) -> Output[pd.DataFrame]:
    """Risk (0-100) that each live streamer rebroadcasts copyrighted content: cheap rule signals for
    every stream, the judge for candidates only, verdicts cached by content across hours."""
    hour = context.partition_time_window.start
    active_judge = judge.build_judge()
    cache = DuckDBVerdictCache(warehouse.get_connection, judge.cache_max_age_hours)
    earlier = read_earlier_flags(warehouse, pd.Timestamp(snapshot_hour(context.partition_key)), MEMORY_HOURS)
    result = score_hour(streamer_category_history, active_judge, default_policy(), cache, hour, earlier)
    stats = {**result.stats, "earlier_flags_read": len(earlier)}
    context.log.info(f"compliance for {hour:%Y-%m-%d %H:00} with {active_judge.judge_id}: {stats}")
    scores = result.scores
    return Output(
        scores,
        metadata={
            "judge": MetadataValue.text(active_judge.judge_id),
            **numeric(stats),
            "flagged_streamers": MetadataValue.md(flagged_markdown(scores)),
            "viewers_vs_category_popularity": MetadataValue.md(chart_markdown(scores)),
        },
    )


def read_earlier_flags(warehouse: WarehouseResource, hour: pd.Timestamp, hours: int = MEMORY_HOURS) -> pd.DataFrame:
    """The flagged rows of this table in the ``hours`` before ``hour``; none before the first hour."""
    return read_preceding_hours(warehouse, "compliance_scores", MEMORY_COLUMNS, hour, hours, where="flagged")
