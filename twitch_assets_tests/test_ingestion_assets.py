"""The ingestion assets end to end on the embedded simulator, through Dagster."""

from datetime import datetime, timezone

import pytest

from twitch_assets.assets.ingestion import hydrated_streams, raw_stream_ids
from twitch_assets.resources import LiveTwitchResource, SimulatedTwitchResource
from twitch_assets.simulator import SimulatorConfig, SimulatorServer, build_population
from twitch_assets.storage import warehouse_connection
from twitch_assets_tests.pipeline_runs import run_assets, step_failure_message

pytestmark = pytest.mark.integration
SEED, STREAMS = 11, 1500


def _run(database: str, partition: str):
    return run_assets([raw_stream_ids, hydrated_streams], partition, database,
                      twitch=SimulatedTwitchResource(seed=SEED, streams_per_hour=STREAMS, max_workers=8))


def _metadata(result, asset_name: str) -> dict:
    [event] = [e for e in result.get_asset_materialization_events() if e.asset_key.path[-1] == asset_name]
    return {k: v.value for k, v in event.materialization.metadata.items()}


@pytest.fixture(scope="module")
def two_hours(tmp_path_factory):
    database = str(tmp_path_factory.mktemp("warehouse") / "twitch.duckdb")
    first = _run(database, "2026-11-26-11:00")
    second = _run(database, "2026-11-26-12:00")
    return database, first, second


def test_snapshot_matches_the_live_set_exactly(two_hours):
    database, _, second = two_hours
    truth = build_population(SEED, datetime(2026, 11, 26, 12, tzinfo=timezone.utc), STREAMS)
    # The file is named twitch.duckdb on purpose: its catalog must not clash with schema twitch.
    with warehouse_connection(database, read_only=True) as connection:
        stored = connection.execute(
            "SELECT stream_id FROM twitch.raw_stream_ids WHERE snapshot_hour = TIMESTAMP '2026-11-26 12:00'"
        ).fetchall()
        hydrated = connection.execute(
            "SELECT count(*), count(DISTINCT stream_id), bool_and(user_found), bool_and(channel_found) "
            "FROM twitch.hydrated_streams WHERE snapshot_hour = TIMESTAMP '2026-11-26 12:00'"
        ).fetchone()
    stored_ids = [row[0] for row in stored]
    assert len(stored_ids) == len(set(stored_ids))
    assert set(stored_ids) == set(truth.columns["stream_id"])
    assert hydrated == (len(truth), len(truth), True, True)
    assert second.success


def test_second_hour_rechecks_the_previous_hours_streamers(two_hours):
    _, first, second = two_hours
    assert _metadata(first, "raw_stream_ids")["crawl_recheck_requested"] == 0
    assert _metadata(second, "raw_stream_ids")["crawl_recheck_requested"] > 0


def test_materialization_reports_counts_requests_and_a_preview(two_hours):
    _, _, second = two_hours
    raw = _metadata(second, "raw_stream_ids")
    assert raw["rows"] == raw["crawl_streams"]
    assert raw["requests_requests"] >= raw["crawl_pages"]
    assert "crawl_coverage_estimate" in raw
    assert "| stream_id |" in raw["preview"]
    hydrated = _metadata(second, "hydrated_streams")
    assert hydrated["users_missing"] == 0 and hydrated["channels_missing"] == 0


def test_malformed_replies_fail_the_run_by_name_and_keep_the_stored_hour(two_hours):
    database, _, _ = two_hours
    hour = "TIMESTAMP '2026-11-26 12:00'"
    with warehouse_connection(database, read_only=True) as connection:
        before = connection.execute(f"SELECT count(*) FROM twitch.raw_stream_ids WHERE snapshot_hour = {hour}").fetchone()

    config = SimulatorConfig(seed=SEED, streams_per_hour=STREAMS, malformed_rate=1.0,
                             hour=datetime(2026, 11, 26, 12, tzinfo=timezone.utc))
    with SimulatorServer(config) as broken:
        twitch = LiveTwitchResource(client_id=broken.client_id, client_secret=broken.client_secret,
                                    api_base_url=broken.helix_url, auth_base_url=broken.auth_url,
                                    max_retries=1, max_workers=4)
        result = run_assets([raw_stream_ids], "2026-11-26-12:00", database, raise_on_error=False, twitch=twitch)
    assert not result.success
    message = step_failure_message(result)
    assert "streams" in message and "malformed" in message
    with warehouse_connection(database, read_only=True) as connection:
        after = connection.execute(f"SELECT count(*) FROM twitch.raw_stream_ids WHERE snapshot_hour = {hour}").fetchone()
    assert after == before == (STREAMS,)
