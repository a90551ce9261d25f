"""The hourly partitioning every asset of the lineage shares."""

from dagster import HourlyPartitionsDefinition

PARTITIONS_START = "2026-01-01-00:00"

# end_offset=1 exposes the hour in progress: a live snapshot can only be taken during its own hour.
hourly_partitions = HourlyPartitionsDefinition(start_date=PARTITIONS_START, end_offset=1)
