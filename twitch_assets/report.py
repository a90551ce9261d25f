"""`python -m twitch_assets.report --partition KEY`: what an hour's run stored, for a terminal."""

from __future__ import annotations

import argparse
from datetime import datetime

import duckdb

from twitch_assets import defs, settings
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--partition", required=True, help="hourly partition key, e.g. 2026-11-26-13:00")
    args = parser.parse_args(argv)
    hour = datetime.strptime(args.partition, "%Y-%m-%d-%H:%M")
    database = settings.duckdb_path()
    with warehouse_connection(database, read_only=True) as connection:
        print(f"Snapshot {args.partition} UTC in {database}:")
        for table, rows in table_counts(connection, hour).items():
            print(f"  {settings.DUCKDB_SCHEMA}.{table:<28} {'missing' if rows is None else f'{rows:,} rows'}")


if __name__ == "__main__":
    main()
