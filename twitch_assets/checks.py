"""Asset checks: bad data stops here instead of spreading downstream.

Every check reads its own hour from DuckDB with one short aggregate query. Checks whose failure
would spread bad data are blocking: an ERROR stops the assets downstream in the same run, and the
failed run keeps the high-risk sensor from alerting on it. Each judgement is a pure function of the
measured numbers, so the thresholds are testable without a database.
"""

from collections.abc import Mapping, Sequence
from datetime import timedelta

from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetKey,
    AssetRecordsFilter,
    MetadataValue,
    asset_check,
)

from twitch_assets import settings
from twitch_assets.partitions import hourly_partitions, snapshot_hour
from twitch_assets.schema import HYDRATED_STREAMS, Contract
from twitch_assets.storage import WarehouseResource

RAW = f"{settings.DUCKDB_SCHEMA}.raw_stream_ids"
HYDRATED = f"{settings.DUCKDB_SCHEMA}.hydrated_streams"
SCORES = f"{settings.DUCKDB_SCHEMA}.compliance_scores"

MIN_JOIN_RATE = 0.999
MAX_EXAMPLES = 5
COVERAGE_METADATA_KEY = "crawl_coverage_estimate"


# --- pure judgements -------------------------------------------------------------------------------
def judge_unique_stream_ids(rows: int, distinct_ids: int, null_ids: int, examples: Sequence[str]) -> AssetCheckResult:
    duplicates = rows - null_ids - distinct_ids
    return AssetCheckResult(
        passed=duplicates == 0 and null_ids == 0,
        description=None if duplicates == 0 and null_ids == 0 else f"{duplicates} duplicate and {null_ids} null stream ids",
        metadata={
            "rows": rows,
            "duplicate_rows": duplicates,
            "null_stream_ids": null_ids,
            "duplicated_ids": MetadataValue.json(list(examples)),
        },
    )


def judge_not_empty(rows: int) -> AssetCheckResult:
    return AssetCheckResult(
        passed=rows > 0,
        description=None if rows else "the snapshot holds no stream: Twitch is never empty, the crawl failed",
        metadata={"rows": rows},
    )


def judge_coverage(estimate: float | None, minimum: float) -> AssetCheckResult:
    if estimate is None:
        # A single-pass crawl has nothing to compare against: worth a warning, not a stop.
        return AssetCheckResult(
            passed=False,
            severity=AssetCheckSeverity.WARN,
            description="the crawl reported no coverage estimate (it needs two passes or more)",
            metadata={"minimum": minimum},
        )
    return AssetCheckResult(
        passed=estimate >= minimum,
        description=None if estimate >= minimum else f"estimated coverage {estimate:.2%} is below {minimum:.2%}",
        metadata={"coverage_estimate": float(estimate), "minimum": minimum},
    )


def judge_join_rate(listed: int, hydrated: int, joined: int, minimum: float = MIN_JOIN_RATE) -> AssetCheckResult:
    rate = joined / listed if listed else 1.0
    return AssetCheckResult(
        passed=rate >= minimum,
        description=None if rate >= minimum else f"only {rate:.3%} of streams joined to their user and channel",
        metadata={
            "listed_streams": listed,
            "hydrated_streams": hydrated,
            "joined_to_user_and_channel": joined,
            "join_rate": float(rate),
            "minimum": minimum,
        },
    )


def judge_violations(
    violations: Mapping[str, int],
    totals: Mapping[str, int] | None = None,
    type_mismatches: Mapping[str, str] | None = None,
) -> AssetCheckResult:
    """Passes when every counted violation is zero and no column differs from its contract type.
    ``totals`` are context (row counts) shown beside the violations."""
    problems = [f"{count} rows with {name.replace('_', ' ')}" for name, count in violations.items() if count]
    problems += [f"column {column} is {found}" for column, found in (type_mismatches or {}).items()]
    metadata: dict[str, object] = {**(totals or {}), **violations}
    if type_mismatches is not None:
        metadata["type_mismatches"] = MetadataValue.json(dict(type_mismatches))
    return AssetCheckResult(passed=not problems, description="; ".join(problems) or None, metadata=metadata)


def judge_one_row_per_streamer(live: int, scored: int, repeated: int, missing: int, unexpected: int) -> AssetCheckResult:
    return judge_violations(
        {
            "streamers_scored_twice_or_more": repeated,
            "live_streamers_not_scored": missing,
            "scored_streamers_not_live": unexpected,
        },
        totals={"live_streamers": live, "scored_streamers": scored},
    )


def type_mismatches(actual: Mapping[str, str], contract: Contract) -> dict[str, str]:
    """Columns whose stored type differs from the contract (or that are missing), with what was found."""
    return {
        column: actual.get(column, "missing")
        for column, expected in contract.items()
        if actual.get(column, "missing").upper() != expected
    }


# --- the checks ------------------------------------------------------------------------------------
def _check(asset: str, description: str, blocking: bool = True):
    return asset_check(
        asset=asset, partitions_def=hourly_partitions, blocking=blocking, description=description
    )


def _fetch(warehouse: WarehouseResource, sql: str, params: Sequence[object] | Mapping[str, object]) -> list[tuple]:
    with warehouse.get_connection() as connection:
        return connection.execute(sql, params).fetchall()


@_check("raw_stream_ids", "No stream id appears twice (or is null) in the hour's snapshot.")
def unique_stream_ids(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    hour = snapshot_hour(context.partition_key)
    rows, distinct_ids, null_ids = _fetch(
        warehouse,
        f"SELECT count(*), count(DISTINCT stream_id), count(*) FILTER (WHERE stream_id IS NULL) "
        f"FROM {RAW} WHERE snapshot_hour = ?",
        [hour],
    )[0]
    examples = _fetch(
        warehouse,
        f"SELECT stream_id FROM {RAW} WHERE snapshot_hour = ? AND stream_id IS NOT NULL "
        f"GROUP BY stream_id HAVING count(*) > 1 ORDER BY count(*) DESC, stream_id LIMIT {MAX_EXAMPLES}",
        [hour],
    ) if rows - null_ids > distinct_ids else []
    return judge_unique_stream_ids(rows, distinct_ids, null_ids, [row[0] for row in examples])


# Not blocking: an empty hour is suspicious on Twitch (shown red in the UI), but its well-formed empty
# tables are still the truth of that snapshot, and downstream assets run on them.
@_check("raw_stream_ids", "The live hour's snapshot is not empty.", blocking=False)
def live_hour_not_empty(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    hour = snapshot_hour(context.partition_key)
    (rows,) = _fetch(warehouse, f"SELECT count(*) FROM {RAW} WHERE snapshot_hour = ?", [hour])[0]
    return judge_not_empty(rows)


@_check(
    "raw_stream_ids",
    "The crawl's capture-recapture coverage estimate is at least TWITCH_MIN_CRAWL_COVERAGE (default 0.95).",
)
def crawl_coverage(context: AssetCheckExecutionContext) -> AssetCheckResult:
    records = context.instance.fetch_materializations(
        AssetRecordsFilter(asset_key=AssetKey("raw_stream_ids"), asset_partitions=[context.partition_key]), limit=1
    ).records
    metadata = records[0].asset_materialization.metadata if records else {}
    estimate = metadata[COVERAGE_METADATA_KEY].value if COVERAGE_METADATA_KEY in metadata else None
    minimum = settings.float_setting(settings.TWITCH_MIN_CRAWL_COVERAGE, settings.DEFAULT_MIN_CRAWL_COVERAGE)
    return judge_coverage(estimate, minimum)


@_check("hydrated_streams", f"At least {MIN_JOIN_RATE:.1%} of the hour's streams are joined to their user and channel.")
def joined_to_users_and_channels(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    hour = snapshot_hour(context.partition_key)
    listed, hydrated, joined = _fetch(
        warehouse,
        f"""
        SELECT count(*), count(h.stream_id), count(*) FILTER (WHERE h.user_found AND h.channel_found)
        FROM {RAW} r LEFT JOIN {HYDRATED} h ON h.snapshot_hour = r.snapshot_hour AND h.stream_id = r.stream_id
        WHERE r.snapshot_hour = ?
        """,
        [hour],
    )[0]
    return judge_join_rate(listed, hydrated, joined)


@_check(
    "hydrated_streams",
    "Columns have their contract types; ids are set; viewer counts are >= 0; no stream started after the hour.",
)
def sane_types_and_ranges(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    hour = snapshot_hour(context.partition_key)
    columns = _fetch(
        warehouse,
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = ? AND table_name = ?",
        [settings.DUCKDB_SCHEMA, "hydrated_streams"],
    )
    (rows, null_ids, bad_viewers, bad_started), = _fetch(
        warehouse,
        f"""
        WITH hour AS (
            -- TRY_CAST: a column stored with the wrong type is reported, not a crash of the check
            SELECT stream_id, user_id, TRY_CAST(viewer_count AS BIGINT) AS viewers,
                   TRY_CAST(started_at AS TIMESTAMP) AS started
            FROM {HYDRATED} WHERE snapshot_hour = ?)
        SELECT count(*),
               count(*) FILTER (WHERE stream_id IS NULL OR user_id IS NULL),
               count(*) FILTER (WHERE viewers IS NULL OR viewers < 0),
               count(*) FILTER (WHERE started IS NULL OR started > ?)
        FROM hour
        """,
        [hour, hour + timedelta(hours=1)],
    )
    counts = {
        "null_stream_or_user_ids": null_ids,
        "negative_or_missing_viewer_counts": bad_viewers,
        "started_at_missing_or_after_the_snapshot": bad_started,
    }
    return judge_violations(counts, {"rows": rows}, type_mismatches(dict(columns), HYDRATED_STREAMS))


@_check("compliance_scores", "Risk scores are within 0-100 and risk levels are low, medium or high.")
def risk_scores_in_range(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    hour = snapshot_hour(context.partition_key)
    (rows, out_of_range, bad_levels), = _fetch(
        warehouse,
        f"""
        SELECT count(*),
               count(*) FILTER (WHERE risk_score IS NULL OR risk_score < 0 OR risk_score > 100),
               count(*) FILTER (WHERE risk_level IS NULL OR risk_level NOT IN ('low', 'medium', 'high'))
        FROM {SCORES} WHERE snapshot_hour = ?
        """,
        [hour],
    )
    return judge_violations(
        {"risk_score_outside_0_100": out_of_range, "unknown_risk_level": bad_levels}, {"rows": rows}
    )


@_check("compliance_scores", "Every flagged streamer has at least one reason.")
def flagged_rows_have_reasons(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    hour = snapshot_hour(context.partition_key)
    (flagged, without_reasons), = _fetch(
        warehouse,
        f"""
        SELECT count(*) FILTER (WHERE flagged),
               count(*) FILTER (WHERE flagged AND (reasons IS NULL OR len(reasons) = 0))
        FROM {SCORES} WHERE snapshot_hour = ?
        """,
        [hour],
    )
    return judge_violations({"flagged_rows_without_reasons": without_reasons}, {"flagged_rows": flagged})


@_check("compliance_scores", "Exactly one score for every streamer live in the hour, and none for anyone else.")
def one_row_per_live_streamer(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    hour = snapshot_hour(context.partition_key)
    row = _fetch(
        warehouse,
        f"""
        WITH live AS (SELECT DISTINCT user_id FROM {HYDRATED} WHERE snapshot_hour = $hour),
             scored AS (SELECT user_id, count(*) AS n FROM {SCORES} WHERE snapshot_hour = $hour GROUP BY user_id)
        SELECT (SELECT count(*) FROM live),
               (SELECT count(*) FROM scored),
               (SELECT count(*) FROM scored WHERE n > 1),
               (SELECT count(*) FROM live ANTI JOIN scored USING (user_id)),
               (SELECT count(*) FROM scored ANTI JOIN live USING (user_id))
        """,
        {"hour": hour},
    )[0]
    return judge_one_row_per_streamer(*row)
