"""The environment contract: credential fallback, defaults, and the live-only guard."""

from datetime import datetime, timedelta, timezone

import pytest
from dagster import Failure

from twitch_assets import settings
from twitch_assets.definitions import twitch_resource
from twitch_assets.resources import LiveTwitchResource, SimulatedTwitchResource


def test_without_both_credentials_the_simulator_is_used():
    assert settings.twitch_settings({}).uses_simulator
    assert settings.twitch_settings({"TWITCH_CLIENT_ID": "abc"}).uses_simulator
    assert settings.twitch_settings({"TWITCH_CLIENT_SECRET": "abc"}).uses_simulator
    assert not settings.twitch_settings({"TWITCH_CLIENT_ID": "a", "TWITCH_CLIENT_SECRET": "b"}).uses_simulator


def test_defaults_and_overrides():
    default = settings.twitch_settings({})
    assert default.api_base_url == "https://api.twitch.tv/helix"
    assert default.auth_base_url == "https://id.twitch.tv/oauth2"
    custom = settings.twitch_settings({"TWITCH_API_BASE_URL": "http://127.0.0.1:9/helix"})
    assert custom.api_base_url == "http://127.0.0.1:9/helix"
    assert settings.duckdb_path({}) == "data/warehouse.duckdb"
    assert settings.duckdb_path({"TWITCH_DUCKDB_PATH": "/tmp/x.duckdb"}) == "/tmp/x.duckdb"


def test_bad_number_names_the_variable():
    with pytest.raises(ValueError, match="TWITCH_MAX_WORKERS"):
        settings.int_setting("TWITCH_MAX_WORKERS", 4, {"TWITCH_MAX_WORKERS": "many"})


def test_resource_choice_follows_the_credentials(monkeypatch):
    monkeypatch.setenv("TWITCH_CLIENT_ID", "cid")
    monkeypatch.setenv("TWITCH_CLIENT_SECRET", "csecret-value")
    assert isinstance(twitch_resource(), LiveTwitchResource)
    monkeypatch.delenv("TWITCH_CLIENT_SECRET")
    assert isinstance(twitch_resource(), SimulatedTwitchResource)


def _live(api_base_url: str) -> LiveTwitchResource:
    return LiveTwitchResource(client_id="cid", client_secret="csecret-value", api_base_url=api_base_url,
                              auth_base_url="https://id.twitch.tv/oauth2")


def test_live_twitch_refuses_any_hour_but_the_current_one():
    live = _live("https://api.twitch.tv/helix")
    now = datetime(2026, 11, 26, 13, 42, tzinfo=timezone.utc)
    live.prepare_snapshot(datetime(2026, 11, 26, 13, tzinfo=timezone.utc), now=now)
    with pytest.raises(Failure) as raised:
        live.prepare_snapshot(datetime(2026, 11, 26, 12, tzinfo=timezone.utc), now=now)
    message = str(raised.value)
    assert "2026-11-26-12:00" in message and "Nothing was written" in message
    assert "csecret-value" not in message


def test_hydration_of_a_live_hour_may_finish_after_the_hour_within_its_grace():
    live = _live("https://api.twitch.tv/helix")
    hour = datetime(2026, 11, 26, 13, tzinfo=timezone.utc)
    just_after = datetime(2026, 11, 26, 14, 3, tzinfo=timezone.utc)
    with pytest.raises(Failure):
        live.prepare_snapshot(hour, now=just_after)  # a new crawl of 13:00 at 14:03 would be wrong
    live.prepare_snapshot(hour, now=just_after, grace=timedelta(hours=1))
    with pytest.raises(Failure):
        live.prepare_snapshot(hour, now=datetime(2026, 11, 26, 15, 1, tzinfo=timezone.utc), grace=timedelta(hours=1))
    with pytest.raises(Failure):  # an hour that has not begun is not live either
        live.prepare_snapshot(datetime(2026, 11, 26, 14, tzinfo=timezone.utc), now=datetime(2026, 11, 26, 13, 59,
                                                                                           tzinfo=timezone.utc))


def test_other_endpoints_may_be_snapshotted_into_any_hour():
    other = _live("http://127.0.0.1:8080/helix")
    other.prepare_snapshot(datetime(2026, 1, 1, 0, tzinfo=timezone.utc),
                           now=datetime(2026, 11, 26, 13, 42, tzinfo=timezone.utc))
