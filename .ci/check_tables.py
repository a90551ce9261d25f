"""CI: every asset table of the lineage holds rows for the materialized partition."""

import sys
from datetime import datetime

from twitch_assets import defs
from twitch_assets.storage import connect_warehouse

database, partition = sys.argv[1], sys.argv[2]
hour = datetime.strptime(partition, "%Y-%m-%d-%H:%M")
tables = sorted(key.path[-1] for key in defs.resolve_all_asset_keys())
connection = connect_warehouse(database, read_only=True)
empty = []
for table in tables:
    rows = connection.execute(f"SELECT count(*) FROM twitch.{table} WHERE snapshot_hour = ?", [hour]).fetchone()[0]
    print(f"twitch.{table}: {rows:,} rows for {partition}")
    if rows == 0:
        empty.append(table)
if empty:
    sys.exit(f"no rows for {partition} in: {', '.join(empty)}")
