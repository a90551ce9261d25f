"""`python -m twitch_assets.report --partition KEY`: what an hour's run stored, and who was flagged.

`make run` ends with it, so a terminal shows the same leaderboard the Dagster UI shows.
"""

from __future__ import annotations

import argparse
from datetime import datetime

import duckdb
import pandas as pd

from twitch_assets import defs, settings
from twitch_assets.compliance.report import hops_text, leaderboard_text
from twitch_assets.storage import warehouse_connection


def table_counts(connection: duckdb.DuckDBPyConnection, hour: datetime) -> dict[str, int | None]:
    """Rows per lineage table for the hour; None where the table does not exist yet."""
    counts: dict[str, int | None] = {}
    for key in sorted(defs.resolve_all_asset_keys()):
        table = key.path[-1]
        try:
            counts[table] = connection.execute(
                f"SELECT count(*) FROM {settings.DUCKDB_SCHEMA}.{table} WHERE snapshot_hour = ?", [hour]
            ).fetchone()[0]
        except duckdb.CatalogException:
            counts[table] = None
    return counts


def hour_rows(connection: duckdb.DuckDBPyConnection, table: str, hour: datetime) -> pd.DataFrame | None:
    """One lineage table's rows for the hour; None where the table does not exist yet."""
    try:
        return connection.execute(
            f"SELECT * FROM {settings.DUCKDB_SCHEMA}.{table} WHERE snapshot_hour = ?", [hour]
        ).df()
    except duckdb.CatalogException:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partition", required=True, help="hourly partition key, e.g. 2026-11-26-13:00")
    parser.add_argument("--limit", type=int, default=20, help="rows of the flagged leaderboard")
    args = parser.parse_args(argv)
    hour = datetime.strptime(args.partition, "%Y-%m-%d-%H:%M")
    database = settings.duckdb_path()
    with warehouse_connection(database, read_only=True) as connection:
        counts = table_counts(connection, hour)
        scores = hour_rows(connection, "compliance_scores", hour)
        history = hour_rows(connection, "streamer_category_history", hour)
    print(f"Snapshot {args.partition} UTC in {database}:")
    for table, rows in counts.items():
        print(f"  {settings.DUCKDB_SCHEMA}.{table:<28} {'missing' if rows is None else f'{rows:,} rows'}")
    if scores is None:
        print("No compliance scores for this hour.")
        return 1
    print()
    print(leaderboard_text(scores, args.limit))
    if history is not None:
        print()
        print(hops_text(history, scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
