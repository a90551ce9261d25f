"""Alerting: the high-risk sensor and the run-failure sensor, posting to a real local HTTP server."""

import logging
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import duckdb
import pandas as pd
import pytest
from dagster import (
    AssetCheckResult,
    DagsterEventType,
    DagsterInstance,
    MaterializeResult,
    SensorResult,
    asset,
    asset_check,
    build_run_status_sensor_context,
    build_sensor_context,
    materialize,
)
from dagster._core.test_utils import instance_for_test

from twitch_assets import alerts
from twitch_assets.automation import high_risk_streamers, run_failure_webhook
from twitch_assets.partitions import hourly_partitions, snapshot_hour
from twitch_assets.storage import WarehouseResource
from twitch_assets_tests.webhook_server import SECRET, WebhookServer

@pytest.fixture
def webhook(monkeypatch) -> Iterator[WebhookServer]:
    with WebhookServer() as server:
        monkeypatch.setenv("ALERT_WEBHOOK_URL", server.url)
        yield server


@pytest.fixture
def database(tmp_path) -> str:
    return str(tmp_path / "warehouse.duckdb")


@pytest.fixture
def instance() -> Iterator[DagsterInstance]:
    with instance_for_test() as test_instance:
        yield test_instance


# --- compliance_scores hours, materialized by a stand-in asset -------------------------------------
def write_scores(database: str, partition: str, flagged: dict[str, float], unflagged: int = 3) -> None:
    """One hour of compliance_scores: the ``flagged`` logins with their risk scores, plus a few clean rows."""
    rows = [(login, score, True) for login, score in flagged.items()]
    rows += [(f"clean{i}", 5.0, False) for i in range(unflagged)]
    frame = pd.DataFrame(
        {
            "snapshot_hour": snapshot_hour(partition),
            "user_id": [f"id-{login}" for login, _, _ in rows],
            "user_login": [login for login, _, _ in rows],
            "stream_id": [f"s-{login}" for login, _, _ in rows],
            "game_name": "Music",
            "viewer_count": 1234,
            "risk_score": [score for _, score, _ in rows],
            "risk_level": ["high" if f else "low" for _, _, f in rows],
            "flagged": [f for _, _, f in rows],
            "violation_type": ["restream" if f else "none" for _, _, f in rows],
            "reasons": [["re-broadcast keyword in title", "music label in tags"] if f else [] for _, _, f in rows],
        }
    )
    with duckdb.connect(database) as connection:
        connection.execute("CREATE SCHEMA IF NOT EXISTS twitch")
        connection.execute("CREATE TABLE IF NOT EXISTS twitch.compliance_scores AS SELECT * FROM frame LIMIT 0")
        connection.execute("INSERT INTO twitch.compliance_scores SELECT * FROM frame")


@asset(key="compliance_scores", partitions_def=hourly_partitions)
def scores_stand_in() -> MaterializeResult:
    return MaterializeResult()


@asset_check(asset="compliance_scores", blocking=True, partitions_def=hourly_partitions)
def failing_check() -> AssetCheckResult:
    return AssetCheckResult(passed=False)


def materialize_hour(instance: DagsterInstance, partition: str, *checks) -> bool:
    return materialize([scores_stand_in, *checks], partition_key=partition, instance=instance, raise_on_error=False).success


def tick(instance: DagsterInstance, database: str, cursor: str | None) -> SensorResult:
    context = build_sensor_context(
        instance=instance, cursor=cursor, resources={"warehouse": WarehouseResource(database=database)}
    )
    return high_risk_streamers(context)


def stored_alerts(database: str) -> list[tuple]:
    with duckdb.connect(database) as connection:
        return connection.execute(
            "SELECT strftime(snapshot_hour, '%H'), user_login, delivery FROM twitch.alerts ORDER BY 1, 2"
        ).fetchall()


# --- the high-risk sensor --------------------------------------------------------------------------
def test_newly_flagged_streamers_are_recorded_and_posted_exactly_once(instance, database, webhook):
    write_scores(database, "2026-03-02-13:00", {"alpha": 72.0, "bravo": 95.5, "charlie": 61.0})
    materialize_hour(instance, "2026-03-02-13:00")

    first = tick(instance, database, cursor=None)
    assert stored_alerts(database) == [("13", "alpha", "sent"), ("13", "bravo", "sent"), ("13", "charlie", "sent")]
    assert len(webhook.texts) == 1
    text = webhook.texts[0]
    assert "3 newly flagged streamers in the 2026-03-02 13:00 UTC snapshot" in text
    assert text.index("bravo") < text.index("alpha") < text.index("charlie")  # riskiest first
    assert "re-broadcast keyword in title; music label in tags" in text

    # The next tick resumes from the cursor: nothing new.
    tick(instance, database, cursor=first.cursor)
    # A lost cursor (re-reading every materialization) still records and posts nothing twice.
    tick(instance, database, cursor=None)
    assert len(webhook.texts) == 1
    assert len(stored_alerts(database)) == 3


def test_streamers_alerted_in_the_lookback_window_are_not_alerted_again(instance, database, webhook, monkeypatch):
    cursor = None
    for partition, flagged in [
        ("2026-03-02-13:00", {"alpha": 80.0, "bravo": 80.0}),
        ("2026-03-02-14:00", {"bravo": 90.0, "charlie": 70.0}),
        ("2026-03-02-15:00", {"alpha": 85.0}),
    ]:
        write_scores(database, partition, flagged)
        materialize_hour(instance, partition)
        cursor = tick(instance, database, cursor).cursor
    # Default window of 24 hours: bravo at 14:00 and alpha at 15:00 were alerted at 13:00 already.
    assert stored_alerts(database) == [("13", "alpha", "sent"), ("13", "bravo", "sent"), ("14", "charlie", "sent")]
    assert "charlie" in webhook.texts[1] and "bravo" not in webhook.texts[1]

    monkeypatch.setenv("TWITCH_ALERT_LOOKBACK_HOURS", "2")
    write_scores(database, "2026-03-02-16:00", {"alpha": 85.0, "charlie": 75.0})
    materialize_hour(instance, "2026-03-02-16:00")
    tick(instance, database, cursor)
    # Two hours back from 16:00 reaches 14:00: charlie's alert then still counts, alpha's of 13:00 not.
    assert [row for row in stored_alerts(database) if row[0] == "16"] == [("16", "alpha", "sent")]


def test_a_backfilled_older_hour_does_not_alert_again_on_streamers_alerted_for_a_newer_one(
    instance, database, webhook
):
    cursor = None
    for partition, flagged in [("2026-03-02-14:00", {"alpha": 80.0}), ("2026-03-02-03:00", {"alpha": 80.0, "bravo": 70.0})]:
        write_scores(database, partition, flagged)
        materialize_hour(instance, partition)
        cursor = tick(instance, database, cursor).cursor
    assert stored_alerts(database) == [("03", "bravo", "sent"), ("14", "alpha", "sent")]


def test_a_failing_webhook_is_retried_until_it_answers(instance, database, monkeypatch):
    write_scores(database, "2026-03-02-13:00", {"alpha": 90.0})
    materialize_hour(instance, "2026-03-02-13:00")
    with WebhookServer(statuses=(503, 502)) as server:
        monkeypatch.setenv("ALERT_WEBHOOK_URL", server.url)
        tick(instance, database, cursor=None)
    assert server.attempts == 3
    assert len(server.texts) == 1 and "alpha" in server.texts[0]
    assert stored_alerts(database) == [("13", "alpha", "sent")]


def test_alerts_stay_pending_while_the_webhook_is_down_and_go_out_when_it_is_back(
    instance, database, monkeypatch, caplog, capsys
):
    write_scores(database, "2026-03-02-13:00", {"alpha": 90.0})
    materialize_hour(instance, "2026-03-02-13:00")
    caplog.set_level(logging.DEBUG)
    with WebhookServer(statuses=(500,) * 4) as down:
        monkeypatch.setenv("ALERT_WEBHOOK_URL", down.url)
        cursor = tick(instance, database, cursor=None).cursor
    assert down.attempts == 4 and not down.texts
    assert stored_alerts(database) == [("13", "alpha", "pending")]
    logged = caplog.text + capsys.readouterr().err  # urllib3's debug lines and the sensor's own log
    assert "alert webhook failed after 4 attempt(s) (HTTP 500)" in logged
    assert "POST /<webhook path>" in logged and SECRET not in logged

    with WebhookServer() as back:
        monkeypatch.setenv("ALERT_WEBHOOK_URL", back.url)
        tick(instance, database, cursor=cursor)
    assert len(back.texts) == 1 and "alpha" in back.texts[0]
    assert stored_alerts(database) == [("13", "alpha", "sent")]


def test_pending_alerts_past_the_delivery_deadline_are_marked_failed(database):
    write_scores(database, "2026-03-02-13:00", {"alpha": 90.0, "bravo": 91.0})
    recorded = datetime(2026, 3, 2, 13, 10)
    with duckdb.connect(database) as connection:
        alerts.ensure_alerts_table(connection)
        alerts.record_alerts(connection, datetime(2026, 3, 2, 13), 24, alerts.PENDING, "run", recorded)
        alerts.expire_pending(connection, recorded_before=recorded)
        assert {a.user_login for a in alerts.pending_alerts(connection)[datetime(2026, 3, 2, 13)]} == {"alpha", "bravo"}
        alerts.expire_pending(connection, recorded_before=recorded + timedelta(seconds=1))
        assert alerts.pending_alerts(connection) == {}
    assert {row[2] for row in stored_alerts(database)} == {"failed"}


def test_without_a_webhook_alerts_go_to_the_table_only(instance, database, monkeypatch):
    monkeypatch.delenv("ALERT_WEBHOOK_URL", raising=False)
    write_scores(database, "2026-03-02-13:00", {"alpha": 90.0})
    materialize_hour(instance, "2026-03-02-13:00")
    result = tick(instance, database, cursor=None)
    assert stored_alerts(database) == [("13", "alpha", "table_only")]
    assert "1 alert(s) recorded, 0 posted" in result.skip_reason.skip_message


def test_hours_of_failed_runs_are_skipped(instance, database, webhook):
    write_scores(database, "2026-03-02-13:00", {"alpha": 90.0})
    assert not materialize_hour(instance, "2026-03-02-13:00", failing_check)
    result = tick(instance, database, cursor=None)
    assert stored_alerts(database) == [] and webhook.texts == []
    assert "skipped partitions of failed runs: 2026-03-02-13:00" in result.skip_reason.skip_message
    assert result.cursor is not None  # the failed hour is behind us, not retried every tick


def test_a_run_still_checking_its_scores_is_waited_for(instance, database, webhook):
    write_scores(database, "2026-03-02-13:00", {"alpha": 90.0})
    release = threading.Event()

    @asset_check(asset="compliance_scores", blocking=True, partitions_def=hourly_partitions)
    def slow_check() -> AssetCheckResult:
        release.wait(timeout=30)
        return AssetCheckResult(passed=True)

    run = threading.Thread(target=materialize_hour, args=(instance, "2026-03-02-13:00", slow_check))
    run.start()
    try:
        while not instance.fetch_materializations(scores_stand_in.key, limit=1).records:
            run.join(timeout=0.05)
        waiting = tick(instance, database, cursor=None)
    finally:
        release.set()
        run.join()
    assert waiting.cursor is None and "waiting for a run in progress" in waiting.skip_reason.skip_message
    assert stored_alerts(database) == []

    tick(instance, database, cursor=waiting.cursor)
    assert stored_alerts(database) == [("13", "alpha", "sent")]


def test_a_long_list_is_cut_to_the_riskiest():
    hour = datetime(2026, 3, 2, 13)
    many = [
        alerts.Alert(hour, f"id{i}", f"login{i:02d}", "s", "Music", 10, float(100 - i), "high", "restream", ("r",))
        for i in range(25)
    ]
    text = alerts.flagged_message(hour, many)
    assert "login00" in text and "login19" in text and "login20" not in text
    assert "…and 5 more in the `twitch.alerts` table" in text


# --- the webhook poster ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("statuses", "delivered", "attempts"),
    [((), True, 1), ((429, 503), True, 3), ((400,), False, 1), ((404,), False, 1), ((500,) * 4, False, 4)],
)
def test_webhook_retries_only_what_may_succeed_later(statuses, delivered, attempts):
    with WebhookServer(statuses) as server:
        result = alerts.post_webhook(server.url, "hello", retry_delays_s=(0.0, 0.0, 0.0))
    assert (result.delivered, result.attempts, server.attempts) == (delivered, attempts, attempts)
    assert server.texts == (["hello"] if delivered else [])


def test_a_connection_error_is_reported_without_the_url():
    with WebhookServer() as server:
        url = server.url  # the port is free again once the server is gone
    result = alerts.post_webhook(url, "hello", retry_delays_s=(0.0,))
    assert (result.delivered, result.attempts, result.error) == (False, 2, "ConnectionError")


# --- the run-failure sensor ------------------------------------------------------------------------
@asset(partitions_def=hourly_partitions)
def exploding_asset() -> None:
    raise RuntimeError("Helix answered 503 five times in a row\nTraceback details that stay out of Slack")


def test_a_failed_run_is_posted_with_its_error(instance, webhook):
    result = materialize([exploding_asset], partition_key="2026-03-02-13:00", instance=instance, raise_on_error=False)
    assert not result.success
    run = instance.get_run_by_id(result.run_id)
    failure = next(
        event.dagster_event
        for event in instance.all_logs(result.run_id)
        if event.dagster_event and event.dagster_event.event_type == DagsterEventType.RUN_FAILURE
    )
    context = build_run_status_sensor_context(
        sensor_name="run_failure_webhook", dagster_instance=instance, dagster_run=run, dagster_event=failure
    ).for_run_failure()
    run_failure_webhook(context)
    assert len(webhook.texts) == 1
    text = webhook.texts[0]
    assert f"Run `{run.run_id}` of job *{run.job_name}* failed for partition 2026-03-02-13:00" in text
    assert "exploding_asset: RuntimeError: Helix answered 503 five times in a row" in text
    assert "Traceback details" not in text
