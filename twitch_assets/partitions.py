"""The hourly partitioning every asset of the lineage shares."""

from datetime import datetime, timezone

from dagster import HourlyPartitionsDefinition

PARTITIONS_START = "2026-01-01-00:00"

# end_offset=1 exposes the hour in progress: a live snapshot can only be taken during its own hour.
hourly_partitions = HourlyPartitionsDefinition(start_date=PARTITIONS_START, end_offset=1)

# Asset metadata telling the DuckDB IO manager which column holds the partition's hour.
PARTITIONED_BY_HOUR = {"partition_expr": "snapshot_hour"}


def snapshot_hour(partition_key: str) -> datetime:
    """The partition's hour as the tables store it: naive UTC."""
    start = hourly_partitions.time_window_for_partition_key(partition_key).start
    return start.astimezone(timezone.utc).replace(tzinfo=None)
