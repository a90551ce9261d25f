"""`dagster asset materialize` of the whole lineage, as CI and a newcomer run it."""

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from twitch_assets import defs
from twitch_assets.storage import warehouse_connection

pytestmark = pytest.mark.integration
PARTITION = "2026-11-26-09:00"


def test_cli_materializes_every_asset_for_an_hour(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWITCH_")}
    env.update(
        DAGSTER_HOME=str(tmp_path / "home"),
        TWITCH_DUCKDB_PATH=str(tmp_path / "data" / "twitch.duckdb"),
        TWITCH_SIMULATOR_STREAMS="800",
    )
    Path(env["DAGSTER_HOME"]).mkdir()
    dagster = Path(sys.executable).with_name("dagster")
    done = subprocess.run(
        [str(dagster), "asset", "materialize", "-m", "twitch_assets", "--select", "*", "--partition", PARTITION],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "embedded simulator" in done.stderr

    hour = datetime.strptime(PARTITION, "%Y-%m-%d-%H:%M")
    with warehouse_connection(env["TWITCH_DUCKDB_PATH"], read_only=True) as connection:
        for key in defs.resolve_all_asset_keys():
            table = key.path[-1]
            rows = connection.execute(f"SELECT count(*) FROM twitch.{table} WHERE snapshot_hour = ?", [hour]).fetchone()[0]
            assert rows > 0, f"{table} holds no rows for {PARTITION}"
