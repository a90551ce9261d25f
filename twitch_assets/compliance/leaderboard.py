"""Print an hour's flagged leaderboard from the warehouse.

    python -m twitch_assets.compliance.leaderboard --partition 2026-11-26-13:00 [--limit 20]
"""

from __future__ import annotations

import argparse
from datetime import datetime

import duckdb

from twitch_assets.compliance.report import leaderboard_text
from twitch_assets.settings import DUCKDB_SCHEMA, duckdb_path


def read_scores(database: str, partition: str):
    hour = datetime.strptime(partition, "%Y-%m-%d-%H:%M")
    with duckdb.connect(database, read_only=True) as connection:
        return connection.execute(
            f"SELECT * FROM {DUCKDB_SCHEMA}.compliance_scores WHERE snapshot_hour = ?", [hour]
        ).df()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The compliance leaderboard of one hour.")
    parser.add_argument("--partition", required=True, help="hourly partition key, e.g. 2026-11-26-13:00")
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--database", default=None, help="DuckDB file (default: TWITCH_DUCKDB_PATH)")
    args = parser.parse_args(argv)
    try:
        scores = read_scores(args.database or duckdb_path(), args.partition)
    except (duckdb.CatalogException, duckdb.IOException) as exc:
        print(f"no compliance scores for {args.partition}: {exc}")
        return 1
    print(leaderboard_text(scores, args.limit))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
