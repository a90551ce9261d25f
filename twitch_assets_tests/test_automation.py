"""The lineage job, the hourly schedule and the local instance's concurrency settings."""

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from dagster import DagsterInstance, DefaultScheduleStatus, DefaultSensorStatus, Definitions, build_schedule_context

from twitch_assets import defs, settings
from twitch_assets.automation import build_hourly_snapshot_schedule, twitch_lineage_job

DAGSTER_YAML = Path(__file__).resolve().parents[1] / "dagster.yaml"


def scheduled_partition(schedule_defs: Definitions, at: datetime) -> list[str]:
    schedule = schedule_defs.resolve_schedule_def("hourly_snapshot")
    context = build_schedule_context(scheduled_execution_time=at, repository_def=schedule_defs.get_repository_def())
    return [request.partition_key for request in schedule.evaluate_tick(context).run_requests]


@pytest.mark.parametrize("at", [datetime(2026, 3, 2, 13, 5), datetime(2026, 3, 2, 13, 59)])
def test_the_schedule_snapshots_the_hour_in_progress(at):
    # Not the previous, completed hour: the live listing can only be taken during its own hour.
    assert scheduled_partition(defs, at.replace(tzinfo=timezone.utc)) == ["2026-03-02-13:00"]


def test_the_scheduled_run_jumps_the_queue_and_the_schedule_starts_running():
    schedule = defs.resolve_schedule_def("hourly_snapshot")
    assert schedule.job_name == "twitch_lineage"
    assert schedule.default_status == DefaultScheduleStatus.RUNNING
    assert schedule.execution_timezone == "UTC"
    context = build_schedule_context(
        scheduled_execution_time=datetime(2026, 3, 2, 13, 5, tzinfo=timezone.utc), repository_def=defs.get_repository_def()
    )
    (request,) = schedule.evaluate_tick(context).run_requests
    assert int(request.tags["dagster/priority"]) > 0  # queued backfill runs have priority 0


def test_the_schedule_minute_is_configurable():
    assert settings.schedule_minute({}) == 5
    assert settings.schedule_minute({"TWITCH_SCHEDULE_MINUTE": "23"}) == 23
    with pytest.raises(ValueError, match="TWITCH_SCHEDULE_MINUTE must be within 0-59"):
        settings.schedule_minute({"TWITCH_SCHEDULE_MINUTE": "60"})
    at_23 = Definitions(
        assets=defs.assets, resources=defs.resources, jobs=[twitch_lineage_job], schedules=[build_hourly_snapshot_schedule(23)]
    )
    assert at_23.resolve_schedule_def("hourly_snapshot").cron_schedule == "23 * * * *"
    assert scheduled_partition(at_23, datetime(2026, 3, 2, 0, 23, tzinfo=timezone.utc)) == ["2026-03-02-00:00"]


def test_the_job_covers_the_whole_lineage_and_every_check_in_one_process():
    job = defs.resolve_job_def("twitch_lineage")
    graph = defs.resolve_asset_graph()
    assert set(job.asset_layer.executable_asset_keys) == set(graph.materializable_asset_keys)
    assert set(job.asset_layer.asset_graph.asset_check_keys) == {
        key for key in graph.asset_check_keys if key.asset_key in graph.materializable_asset_keys
    }
    assert job.executor_def.name == "in_process"  # steps never write DuckDB from two processes at once


def test_sensors_start_running():
    for name in ("high_risk_streamers", "run_failure_webhook"):
        assert defs.resolve_sensor_def(name).default_status == DefaultSensorStatus.RUNNING


def test_the_local_instance_runs_one_run_at_a_time_with_pools_of_one(tmp_path, monkeypatch):
    shutil.copy(DAGSTER_YAML, tmp_path / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    with DagsterInstance.get() as instance:
        config = instance.get_concurrency_config()
        assert config.run_queue_config.max_concurrent_runs == 1
        assert instance.event_log_storage.get_concurrency_info("twitch_api").limit == 1
        assert type(instance.run_storage).__name__ == "SqliteRunStorage"
        assert type(instance.run_coordinator).__name__ == "QueuedRunCoordinator"


def test_compliance_scores_go_stale_after_two_hours():
    (spec,) = defs.resolve_assets_def("compliance_scores").specs
    assert spec.freshness_policy.fail_window.to_timedelta() == timedelta(hours=2)
