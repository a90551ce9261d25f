"""An hour with no live stream at all: every table of the lineage is written, empty and well-formed."""

import pytest
from dagster import load_assets_from_modules

from twitch_assets.assets import compliance, history, ingestion
from twitch_assets.compliance.resource import judge_resource
from twitch_assets.resources import SimulatedTwitchResource
from twitch_assets.schema import TABLE_CONTRACTS
from twitch_assets.storage import warehouse_connection
from twitch_assets_tests.pipeline_runs import run_assets

pytestmark = pytest.mark.integration


def test_an_empty_hour_flows_through_the_whole_lineage(tmp_path):
    database = str(tmp_path / "twitch.duckdb")
    assets = load_assets_from_modules([ingestion, history, compliance])
    result = run_assets(assets, "2026-11-26-04:00", database,
                        twitch=SimulatedTwitchResource(streams_per_hour=0, max_workers=4), judge=judge_resource({}))
    assert result.success
    with warehouse_connection(database, read_only=True) as connection:
        for asset_def in assets:
            table = asset_def.key.path[-1]
            columns = [row[0] for row in connection.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'twitch' "
                "AND table_name = ? ORDER BY ordinal_position", [table]).fetchall()]
            assert columns == list(TABLE_CONTRACTS[table]), table
            assert connection.execute(f"SELECT count(*) FROM twitch.{table}").fetchone()[0] == 0
