"""Jobs, schedules and sensors: the platform snapshots every hour on its own and tells someone when a
streamer is flagged or a run fails."""

from datetime import datetime, timedelta, timezone

from dagster import (
    AssetKey,
    AssetRecordsFilter,
    AssetSelection,
    DagsterRunStatus,
    DefaultScheduleStatus,
    DefaultSensorStatus,
    EventLogRecord,
    RunFailureSensorContext,
    SensorEvaluationContext,
    SensorResult,
    build_schedule_from_partitioned_job,
    define_asset_job,
    in_process_executor,
    run_failure_sensor,
    sensor,
)
from dagster._core.instance import DagsterInstance
from dagster._utils.error import SerializableErrorInfo

from twitch_assets import alerts, settings
from twitch_assets.partitions import snapshot_hour
from twitch_assets.storage import WarehouseResource

COMPLIANCE_SCORES = AssetKey("compliance_scores")
# How many compliance_scores materializations one tick handles: a 24-hour backfill in one go.
MATERIALIZATIONS_PER_TICK = 24
# A pending alert whose webhook still fails this long after it was recorded is marked failed.
DELIVERY_DEADLINE = timedelta(hours=1)
# The queue runs the scheduled live hour before queued backfill runs (higher runs first).
LIVE_HOUR_PRIORITY = "10"

# Steps run one after another in the run's process: one DuckDB writer per run, and no per-step
# process start-up. The run queue (dagster.yaml) lets one run at a time in: one writer overall.
twitch_lineage_job = define_asset_job(
    name="twitch_lineage",
    selection=AssetSelection.all(),
    executor_def=in_process_executor,
    description="The whole lineage with its checks, for one hour: crawl, hydrate, analyse, score.",
)


def build_hourly_snapshot_schedule(minute_of_hour: int):
    """end_offset=1 makes the newest partition the hour in progress, and the schedule targets the
    newest partition: the run at HH:MM snapshots hour HH while it is live."""
    return build_schedule_from_partitioned_job(
        twitch_lineage_job,
        name="hourly_snapshot",
        minute_of_hour=minute_of_hour,
        default_status=DefaultScheduleStatus.RUNNING,
        tags={"dagster/priority": LIVE_HOUR_PRIORITY},
        description="Snapshots the hour in progress, a few minutes past each hour (TWITCH_SCHEDULE_MINUTE).",
    )


hourly_snapshot_schedule = build_hourly_snapshot_schedule(settings.schedule_minute())


@sensor(
    name="high_risk_streamers",
    minimum_interval_seconds=30,
    default_status=DefaultSensorStatus.RUNNING,
    description=(
        "On each new compliance_scores materialization of a successful run, records the newly flagged "
        "streamers in twitch.alerts and posts them to ALERT_WEBHOOK_URL."
    ),
)
def high_risk_streamers(context: SensorEvaluationContext, warehouse: WarehouseResource) -> SensorResult:
    after = int(context.cursor) if context.cursor else None
    records = context.instance.fetch_materializations(
        AssetRecordsFilter(asset_key=COMPLIANCE_SCORES, after_storage_id=after),
        limit=MATERIALIZATIONS_PER_TICK,
        ascending=True,
    ).records
    finished = finished_materializations(context.instance, records)
    webhook = settings.alert_webhook_url()
    lookback = settings.int_setting(settings.TWITCH_ALERT_LOOKBACK_HOURS, settings.DEFAULT_ALERT_LOOKBACK_HOURS)
    now = datetime.now(timezone.utc)

    waiting = "; waiting for a run in progress" if len(finished) < len(records) else ""
    if not finished and webhook is None:  # nothing to record, nothing to deliver: leave DuckDB alone
        return SensorResult(cursor=context.cursor, skip_reason=f"no new finished materialization{waiting}")

    recorded, skipped = 0, []
    with warehouse.get_connection() as connection:
        alerts.ensure_alerts_table(connection)
        for record, succeeded in finished:
            if not succeeded:  # its checks (or the run) failed: don't alert from data that failed them
                skipped.append(record.partition_key)
                continue
            recorded += alerts.record_alerts(
                connection,
                snapshot_hour(record.partition_key),
                lookback,
                alerts.PENDING if webhook else alerts.TABLE_ONLY,
                record.run_id,
                now,
            )
        pending = alerts.pending_alerts(connection) if webhook else {}
    # Post with the database closed: a slow webhook must not hold the DuckDB lock.
    delivered = deliver_pending(context, warehouse, webhook, pending, now) if webhook else 0

    summary = f"{len(finished)} materialization(s): {recorded} alert(s) recorded, {delivered} posted"
    if skipped:
        summary += f"; skipped partitions of failed runs: {', '.join(skipped)}"
    summary += waiting
    context.log.info(summary)
    cursor = str(finished[-1][0].storage_id) if finished else context.cursor
    return SensorResult(cursor=cursor, skip_reason=summary)


def finished_materializations(
    instance: DagsterInstance, records: list[EventLogRecord]
) -> list[tuple[EventLogRecord, bool]]:
    """The records whose run has finished, in order, each with whether its run succeeded; stops at
    the first run still going, whose checks may yet fail."""
    finished = []
    for record in records:
        run = instance.get_run_by_id(record.run_id) if record.run_id else None
        if run is not None and not run.is_finished:
            break
        finished.append((record, run is None or run.status == DagsterRunStatus.SUCCESS))
    return finished


def deliver_pending(
    context: SensorEvaluationContext,
    warehouse: WarehouseResource,
    webhook: str,
    pending: dict[datetime, list[alerts.Alert]],
    now: datetime,
) -> int:
    """Posts one message per snapshot hour; stops at the first failure (the next tick retries)."""
    posted = 0
    for hour, hour_alerts in pending.items():
        delivery = alerts.post_webhook(webhook, alerts.flagged_message(hour, hour_alerts))
        with warehouse.get_connection() as connection:
            if delivery.delivered:
                alerts.mark_delivery(connection, hour, [a.user_id for a in hour_alerts], alerts.SENT, now)
            else:
                alerts.expire_pending(connection, now - DELIVERY_DEADLINE)
        if not delivery.delivered:
            context.log.error(
                f"alert webhook failed after {delivery.attempts} attempt(s) ({delivery.error}); "
                f"{len(hour_alerts)} alert(s) of {hour:%Y-%m-%d %H:00} are retried by later ticks for up to "
                f"{DELIVERY_DEADLINE} after they were recorded"
            )
            break
        posted += len(hour_alerts)
    return posted


@run_failure_sensor(
    name="run_failure_webhook",
    minimum_interval_seconds=30,
    default_status=DefaultSensorStatus.RUNNING,
    description="Posts every failed run of this code location to ALERT_WEBHOOK_URL.",
)
def run_failure_webhook(context: RunFailureSensorContext) -> None:
    webhook = settings.alert_webhook_url()
    run = context.dagster_run
    if webhook is None:
        context.log.info(f"ALERT_WEBHOOK_URL is not set: run {run.run_id} failure not posted")
        return
    step_errors = [
        f"{event.step_key}: {root_cause(event.event_specific_data.error).message.strip()}"
        for event in context.get_step_failure_events()
        if event.event_specific_data and event.event_specific_data.error
    ]
    text = alerts.run_failure_message(
        run.job_name, run.run_id, run.tags.get("dagster/partition"), step_errors or [context.failure_event.message or ""]
    )
    delivery = alerts.post_webhook(webhook, text)
    if not delivery.delivered:
        context.log.error(f"run failure webhook failed after {delivery.attempts} attempt(s) ({delivery.error})")


def root_cause(error: SerializableErrorInfo) -> SerializableErrorInfo:
    """Dagster wraps what the asset raised in its own step error; the asset's error says what broke."""
    while error.cause is not None:
        error = error.cause
    return error


jobs = [twitch_lineage_job]
schedules = [hourly_snapshot_schedule]
sensors = [high_risk_streamers, run_failure_webhook]
