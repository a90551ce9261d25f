"""`python -m twitch_assets.first_run`: what `make run` does.

On the embedded simulator it snapshots the last ``--history-hours`` hours that are not stored yet and
then the hour in progress, so that the very first run already has history to read: category
switches, hops into obscure categories, evasion flags. Against real Twitch (credentials set) it
snapshots the hour in progress only, since Twitch serves no past hours. Each hour is one
`dagster asset materialize` of the whole lineage, oldest first (an hour's history reads the hours
before it); the report of the hour in progress closes the run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import duckdb

from twitch_assets import settings

PARTITION_FORMAT = "%Y-%m-%d-%H:00"
RUN_CONFIG = '{"loggers": {"console": {"config": {"log_level": "INFO"}}}}'


def partitions_to_snapshot(now: datetime, uses_simulator: bool, stored: set[datetime], history_hours: int) -> list[str]:
    """Partition keys to materialize, oldest first: the hour in progress, and on the simulator the
    ``history_hours`` before it that are not in ``stored`` (naive UTC hours)."""
    current = now.astimezone(timezone.utc).replace(minute=0, second=0, microsecond=0, tzinfo=None)
    earlier = [current - timedelta(hours=back) for back in range(history_hours, 0, -1)] if uses_simulator else []
    return [hour.strftime(PARTITION_FORMAT) for hour in earlier if hour not in stored] + [current.strftime(PARTITION_FORMAT)]


def stored_hours(database: str) -> set[datetime]:
    """The hours whose compliance scores are stored (none when there is no warehouse yet)."""
    if not Path(database).exists():
        return set()
    from twitch_assets.storage import warehouse_connection

    with warehouse_connection(database, read_only=True) as connection:
        try:
            rows = connection.execute(f"SELECT DISTINCT snapshot_hour FROM {settings.DUCKDB_SCHEMA}.compliance_scores").fetchall()
        except duckdb.CatalogException:
            return set()
    return {row[0] for row in rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--history-hours", type=int, default=6)
    args = parser.parse_args(argv)
    simulated = settings.twitch_settings().uses_simulator
    partitions = partitions_to_snapshot(datetime.now(timezone.utc), simulated,
                                        stored_hours(settings.duckdb_path()), args.history_hours)
    dagster = Path(sys.executable).parent / "dagster"
    for number, partition in enumerate(partitions, 1):
        print(f"[{number}/{len(partitions)}] snapshot {partition} UTC", flush=True)
        subprocess.run([str(dagster), "asset", "materialize", "-m", "twitch_assets", "--select", "*",
                        "--partition", partition, "--config-json", RUN_CONFIG], check=True)
    from twitch_assets import report

    return report.main(["--partition", partitions[-1]])


if __name__ == "__main__":
    raise SystemExit(main())
