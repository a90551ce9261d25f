"""The credentialed backend, pointed at a simulator through the same variables a user sets for Twitch."""

from datetime import datetime, timezone

import pytest
from dagster import DagsterInstance

from twitch_assets.assets.ingestion import hydrated_streams, raw_stream_ids
from twitch_assets.definitions import twitch_resource
from twitch_assets.resources import LiveTwitchResource
from twitch_assets.simulator import SimulatorConfig, SimulatorServer
from twitch_assets_tests.pipeline_runs import run_assets, step_failure_message

pytestmark = pytest.mark.integration
HOUR = datetime(2026, 11, 26, 7, tzinfo=timezone.utc)


@pytest.fixture()
def simulator():
    with SimulatorServer(SimulatorConfig(seed=5, streams_per_hour=600, hour=HOUR)) as sim:
        yield sim


def test_credentials_from_the_environment_reach_helix_and_never_the_logs(simulator, monkeypatch, tmp_path):
    monkeypatch.setenv("TWITCH_CLIENT_ID", simulator.client_id)
    monkeypatch.setenv("TWITCH_CLIENT_SECRET", simulator.client_secret)
    monkeypatch.setenv("TWITCH_API_BASE_URL", simulator.helix_url)
    monkeypatch.setenv("TWITCH_AUTH_BASE_URL", simulator.auth_url)
    twitch = twitch_resource()
    assert isinstance(twitch, LiveTwitchResource)

    instance = DagsterInstance.ephemeral()
    result = run_assets([raw_stream_ids, hydrated_streams], "2026-11-26-07:00", str(tmp_path / "twitch.duckdb"),
                        instance=instance, twitch=twitch)
    assert result.success
    raw = result.asset_materializations_for_node("raw_stream_ids")[0].metadata
    assert raw["rows"].value == 600
    assert simulator.stats()["tokens_issued"] >= 1

    logs = "\n".join(str(record) for record in instance.all_logs(result.run_id))
    assert simulator.helix_url in logs  # the log is really there, and says where it talked to
    assert "crawl done: 600 streams" in logs and "hydration progress" in logs
    assert simulator.client_secret not in logs
    for event in result.get_asset_materialization_events():
        assert simulator.client_secret not in str(event.materialization.metadata)


def test_wrong_secret_fails_with_a_clear_error_that_hides_it(simulator, tmp_path):
    twitch = LiveTwitchResource(client_id=simulator.client_id, client_secret="not-the-secret-123",
                                api_base_url=simulator.helix_url, auth_base_url=simulator.auth_url)
    result = run_assets([raw_stream_ids], "2026-11-26-07:00", str(tmp_path / "twitch.duckdb"),
                        raise_on_error=False, twitch=twitch)
    assert not result.success
    message = step_failure_message(result)
    assert "token" in message.lower()
    assert "not-the-secret-123" not in message
