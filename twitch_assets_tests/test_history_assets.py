"""The history assets end to end: consecutive hours materialized over a temporary DuckDB file, the
later hours reading what the earlier ones stored, through a gap and an empty hour."""

import pandas as pd
import pytest
from dagster import asset, materialize

from twitch_assets.assets.history import category_popularity, streamer_category_history
from twitch_assets.partitions import hourly_partitions
from twitch_assets.storage import TwitchDuckDBIOManager, WarehouseResource, warehouse_connection
from twitch_assets_tests.table_samples import hydrated, stream

PARTITIONED = {"partition_expr": "snapshot_hour"}
BACKGROUND = [
    stream("fan", "big", 1000), stream("m", "mid", 300), stream("s", "small", 10), stream("d", "dead", 1),
]
STREAMS_BY_HOUR = {
    "2026-11-20-10:00": [stream("pirate", "big", 500), *BACKGROUND],
    "2026-11-20-11:00": [stream("pirate", "big", 700), *BACKGROUND],
    # 12:00 is never materialized: a gap in the schedule
    "2026-11-20-13:00": [stream("pirate", "dead", 2000, title="Película completa HD"), *BACKGROUND],
    "2026-11-20-14:00": [],  # nobody live
}


def _hydrated_streams_stand_in():
    """Named like the real asset, so the IO manager applies the hydrated_streams contract."""

    @asset(name="hydrated_streams", partitions_def=hourly_partitions, metadata=PARTITIONED)
    def hydrated_streams(context):
        hour = context.partition_time_window.start
        return hydrated(*(dict(row, snapshot_hour=hour) for row in STREAMS_BY_HOUR[context.partition_key]))

    return hydrated_streams


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Materializes the hours in order; returns the database path and each hour's run result."""
    database = str(tmp_path_factory.mktemp("warehouse") / "twitch.duckdb")  # named like the default file
    resources = {
        "io_manager": TwitchDuckDBIOManager(database=database, schema="twitch"),
        "warehouse": WarehouseResource(database=database),
    }
    assets = [_hydrated_streams_stand_in(), category_popularity, streamer_category_history]
    results = {hour: materialize(assets, partition_key=hour, resources=resources) for hour in STREAMS_BY_HOUR}
    return database, results


def _query(database: str, sql: str) -> pd.DataFrame:
    with warehouse_connection(database, read_only=True) as connection:
        return connection.execute(sql).fetchdf()


def _metadata(result, asset_name: str) -> dict:
    (materialization,) = result.asset_materializations_for_node(asset_name)
    return {key: value.value for key, value in materialization.metadata.items()}


def test_the_first_hour_has_no_history(runs):
    database, results = runs
    first = _query(
        database, "SELECT * FROM twitch.streamer_category_history WHERE snapshot_hour = '2026-11-20 10:00'"
    )
    assert len(first) == 5
    assert first["previous_game_id"].isna().all() and not first["switched_category"].any()
    assert _metadata(results["2026-11-20-10:00"], "streamer_category_history")["history_hours_found"] == 0


def test_later_hours_read_the_stored_earlier_hours_across_a_gap(runs):
    database, results = runs
    pirate = _query(
        database,
        "SELECT * FROM twitch.streamer_category_history "
        "WHERE snapshot_hour = '2026-11-20 13:00' AND user_id = 'pirate'",
    ).iloc[0]
    assert (pirate["previous_game_id"], pirate["previous_category_viewers"]) == ("big", 1700)
    assert pirate["switched_category"] and pirate["switched_to_less_popular"]
    assert (pirate["usual_game_id"], pirate["usual_category_viewers"]) == ("big", pytest.approx(1600.0))
    assert (pirate["hours_observed_24h"], pirate["distinct_categories_24h"]) == (3, 2)
    assert pirate["title"] == "Película completa HD"

    metadata = _metadata(results["2026-11-20-13:00"], "streamer_category_history")
    assert metadata["history_hours_found"] == 2
    assert metadata["switches"] == 1 and metadata["switches_to_less_popular"] == 1
    assert "pirate" in metadata["switches_to_less_popular_preview"]


def test_category_baselines_come_from_the_stored_category_hours(runs):
    database, results = runs
    big = _query(
        database,
        "SELECT * FROM twitch.category_popularity "
        "WHERE snapshot_hour = '2026-11-20 13:00' AND game_id = 'big'",
    ).iloc[0]
    assert big["baseline_viewers_24h"] == pytest.approx((1500 + 1700) / 2)
    assert (big["baseline_hours_24h"], big["baseline_hours_7d"]) == (2, 2)
    assert big["streams"] == 1 and big["viewers"] == 1000
    assert _metadata(results["2026-11-20-13:00"], "category_popularity")["history_hours_7d"] == 2


def test_an_hour_with_nobody_live_stores_no_rows_and_succeeds(runs):
    database, results = runs
    assert results["2026-11-20-14:00"].success
    for table in ["category_popularity", "streamer_category_history"]:
        counts = _query(database, f"SELECT snapshot_hour FROM twitch.{table} GROUP BY ALL ORDER BY 1")
        assert counts["snapshot_hour"].dt.hour.tolist() == [10, 11, 13]
