"""The hourly partitioning every asset of the lineage shares."""

import warnings
from datetime import datetime, timezone

from dagster import AssetDep, BetaWarning, HourlyPartitionsDefinition, TimeWindowPartitionMapping

PARTITIONS_START = "2026-01-01-00:00"

# end_offset=1 exposes the hour in progress: a live snapshot can only be taken during its own hour.
hourly_partitions = HourlyPartitionsDefinition(start_date=PARTITIONS_START, end_offset=1)

# Asset metadata telling the DuckDB IO manager which column holds the partition's hour.
PARTITIONED_BY_HOUR = {"partition_expr": "snapshot_hour"}


def snapshot_hour(partition_key: str) -> datetime:
    """The partition's hour as the tables store it: naive UTC."""
    start = hourly_partitions.time_window_for_partition_key(partition_key).start
    return start.astimezone(timezone.utc).replace(tzinfo=None)


def preceding_hours(asset_name: str, hours: int) -> AssetDep:
    """Declares that an hour depends on the ``hours`` hours of ``asset_name`` before it (lineage, and
    backfill order); the first hours of the partitions simply have fewer before them."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", BetaWarning)  # allow_nonexistent_upstream_partitions is beta
        preceding = TimeWindowPartitionMapping(
            start_offset=-hours, end_offset=-1, allow_nonexistent_upstream_partitions=True
        )
    return AssetDep(asset_name, partition_mapping=preceding)
