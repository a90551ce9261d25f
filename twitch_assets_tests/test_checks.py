"""Asset checks: each one catches the bad hour it is for, and the blocking ones stop what is downstream.

The checks run for real (DuckDB file, Dagster run) against stand-in assets that materialize nothing
themselves: each test writes the hour's tables first, then runs the stand-ins with the checks.
"""

from datetime import datetime, timedelta

import duckdb
import pandas as pd
import pytest
from dagster import (
    AssetCheckSeverity,
    MaterializeResult,
    asset,
    load_asset_checks_from_modules,
    materialize,
)

from twitch_assets import checks
from twitch_assets.partitions import hourly_partitions
from twitch_assets.schema import HYDRATED_STREAMS, RAW_STREAM_IDS, conform, create_table_sql
from twitch_assets.storage import WarehouseResource

PARTITION = "2026-03-02-13:00"
HOUR = datetime(2026, 3, 2, 13)
STREAMS = 1000

COMPLIANCE_SCORES = {  # the columns the checks read, with the types compliance_scores stores
    "snapshot_hour": "TIMESTAMP",
    "user_id": "VARCHAR",
    "risk_score": "DOUBLE",
    "risk_level": "VARCHAR",
    "flagged": "BOOLEAN",
    "reasons": "VARCHAR[]",
}


# --- the hour's tables -----------------------------------------------------------------------------
def raw_frame(streams: int = STREAMS) -> pd.DataFrame:
    ids = [str(100_000 + i) for i in range(streams)]
    return pd.DataFrame(
        {
            "snapshot_hour": HOUR,
            "stream_id": ids,
            "user_id": [f"u{i}" for i in ids],
            "user_login": [f"login{i}" for i in ids],
            "user_name": [f"Name{i}" for i in ids],
            "game_id": "509658",
            "game_name": "Just Chatting",
            "type": "live",
            "title": "hello",
            "tags": [["English"]] * streams,
            "language": "en",
            "viewer_count": range(streams),
            "started_at": HOUR - timedelta(minutes=30),
            "is_mature": False,
            "thumbnail_url": "https://example.invalid/{width}x{height}.jpg",
            "fetched_at": HOUR + timedelta(minutes=5),
        }
    )


def hydrated_frame(raw: pd.DataFrame) -> pd.DataFrame:
    return raw.assign(
        broadcaster_type="",
        account_created_at=HOUR - timedelta(days=400),
        user_description="",
        content_classification_labels=[[]] * len(raw),
        is_branded_content=False,
        channel_delay=0,
        user_found=True,
        channel_found=True,
    )


def scores_frame(hydrated: pd.DataFrame) -> pd.DataFrame:
    flagged = hydrated["viewer_count"] % 10 == 0
    return pd.DataFrame(
        {
            "snapshot_hour": HOUR,
            "user_id": hydrated["user_id"],
            "risk_score": (hydrated["viewer_count"] % 101).astype(float),
            "risk_level": "low",
            "flagged": flagged,
            "reasons": [["restream keyword in title"] if f else [] for f in flagged],
        }
    )


def write_table(database: str, name: str, contract: dict[str, str], frame: pd.DataFrame) -> None:
    table = f"twitch.{name}"
    with duckdb.connect(database) as connection:
        connection.execute("CREATE SCHEMA IF NOT EXISTS twitch")
        connection.execute(create_table_sql(table, contract))
        connection.register("frame", frame[list(contract)])
        connection.execute(f"INSERT INTO {table} BY NAME SELECT * FROM frame")


def write_hour(database: str, raw: pd.DataFrame, hydrated: pd.DataFrame, scores: pd.DataFrame) -> None:
    write_table(database, "raw_stream_ids", RAW_STREAM_IDS, conform(raw, RAW_STREAM_IDS))
    write_table(database, "hydrated_streams", HYDRATED_STREAMS, conform(hydrated, HYDRATED_STREAMS))
    write_table(database, "compliance_scores", COMPLIANCE_SCORES, scores)


# --- running the checks ----------------------------------------------------------------------------
class CheckRun:
    def __init__(self, result):
        self.success = result.success
        self.evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
        self.materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}

    def failed(self) -> set[str]:
        return {name for name, e in self.evaluations.items() if not e.passed}

    def metadata(self, check_name: str) -> dict:
        return {key: value.value for key, value in self.evaluations[check_name].metadata.items()}


def run_checks(database: str, coverage: float | None = 0.99) -> CheckRun:
    """Materializes stand-ins for the three checked assets, in lineage order, with every check."""

    @asset(key="raw_stream_ids", partitions_def=hourly_partitions)
    def raw_stand_in() -> MaterializeResult:
        return MaterializeResult(metadata={} if coverage is None else {"crawl_coverage_estimate": coverage})

    @asset(key="hydrated_streams", deps=["raw_stream_ids"], partitions_def=hourly_partitions)
    def hydrated_stand_in() -> MaterializeResult:
        return MaterializeResult()

    @asset(key="compliance_scores", deps=["hydrated_streams"], partitions_def=hourly_partitions)
    def scores_stand_in() -> MaterializeResult:
        return MaterializeResult()

    result = materialize(
        [raw_stand_in, hydrated_stand_in, scores_stand_in, *load_asset_checks_from_modules([checks])],
        partition_key=PARTITION,
        resources={"warehouse": WarehouseResource(database=database)},
        raise_on_error=False,
    )
    return CheckRun(result)


@pytest.fixture
def database(tmp_path) -> str:
    # Not "twitch.duckdb": a catalog named twitch makes every "twitch.<table>" ambiguous.
    return str(tmp_path / "warehouse.duckdb")


@pytest.fixture
def good_hour() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    raw = raw_frame()
    hydrated = hydrated_frame(raw)
    return raw, hydrated, scores_frame(hydrated)


# --- tests -----------------------------------------------------------------------------------------
def test_a_good_hour_passes_every_check_and_reaches_the_end(database, good_hour):
    write_hour(database, *good_hour)
    run = run_checks(database)
    assert run.success
    assert len(run.evaluations) == 8 and not run.failed()
    assert run.materialized == {"raw_stream_ids", "hydrated_streams", "compliance_scores"}
    assert run.metadata("joined_to_users_and_channels")["join_rate"] == 1.0
    assert run.metadata("flagged_rows_have_reasons")["flagged_rows"] == 100


def test_duplicate_stream_ids_stop_the_lineage(database, good_hour):
    raw, hydrated, scores = good_hour
    raw = pd.concat([raw, raw.iloc[[3, 3, 7]]], ignore_index=True)
    write_hour(database, raw, hydrated, scores)
    run = run_checks(database)
    assert "unique_stream_ids" in run.failed()
    assert run.metadata("unique_stream_ids")["duplicate_rows"] == 3
    assert run.metadata("unique_stream_ids")["duplicated_ids"] == ["100003", "100007"]
    # Blocking: nothing downstream of the bad snapshot is materialized.
    assert run.materialized == {"raw_stream_ids"}
    assert not run.success


def test_an_empty_live_hour_fails_its_check_but_downstream_still_runs_on_empty_tables(database, good_hour):
    _, hydrated, scores = good_hour
    write_hour(database, raw_frame(0), hydrated.iloc[:0], scores.iloc[:0])
    run = run_checks(database)
    assert "live_hour_not_empty" in run.failed()
    assert run.evaluations["live_hour_not_empty"].severity == AssetCheckSeverity.ERROR
    assert "compliance_scores" in run.materialized


def test_low_crawl_coverage_stops_the_lineage_and_a_missing_estimate_only_warns(database, good_hour):
    write_hour(database, *good_hour)
    low = run_checks(database, coverage=0.90)
    assert low.failed() == {"crawl_coverage"}
    assert low.evaluations["crawl_coverage"].severity == AssetCheckSeverity.ERROR
    assert low.materialized == {"raw_stream_ids"}

    missing = run_checks(database, coverage=None)
    assert missing.failed() == {"crawl_coverage"}
    assert missing.evaluations["crawl_coverage"].severity == AssetCheckSeverity.WARN
    assert "compliance_scores" in missing.materialized


def test_coverage_threshold_comes_from_the_environment(database, good_hour, monkeypatch):
    write_hour(database, *good_hour)
    monkeypatch.setenv("TWITCH_MIN_CRAWL_COVERAGE", "0.85")
    assert "crawl_coverage" not in run_checks(database, coverage=0.90).failed()


def test_streams_missing_their_user_or_channel_stop_the_lineage(database, good_hour):
    raw, hydrated, _ = good_hour
    # Two of 1,000 streams unjoined (99.8%) and one dropped outright: 99.7% joined.
    hydrated.loc[[10, 20], "channel_found"] = False
    hydrated = hydrated.drop(index=30)
    write_hour(database, raw, hydrated, scores_frame(hydrated))
    run = run_checks(database)
    assert run.failed() == {"joined_to_users_and_channels"}
    measured = run.metadata("joined_to_users_and_channels")
    assert (measured["listed_streams"], measured["hydrated_streams"], measured["joined_to_user_and_channel"]) == (
        1000, 999, 997,
    )
    assert run.materialized == {"raw_stream_ids", "hydrated_streams"}


def test_out_of_range_hydrated_values_stop_the_lineage(database, good_hour):
    raw, hydrated, scores = good_hour
    hydrated.loc[5, "viewer_count"] = -1
    hydrated.loc[[6, 7], "started_at"] = HOUR + timedelta(hours=1, minutes=1)  # after the hour ended
    write_hour(database, raw, hydrated, scores)
    run = run_checks(database)
    assert run.failed() == {"sane_types_and_ranges"}
    measured = run.metadata("sane_types_and_ranges")
    assert measured["negative_or_missing_viewer_counts"] == 1
    assert measured["started_at_missing_or_after_the_snapshot"] == 2
    assert "compliance_scores" not in run.materialized


def test_a_column_stored_with_the_wrong_type_fails(database, good_hour):
    raw, hydrated, scores = good_hour
    drifted = {**HYDRATED_STREAMS, "viewer_count": "VARCHAR"}
    write_table(database, "raw_stream_ids", RAW_STREAM_IDS, conform(raw, RAW_STREAM_IDS))
    write_table(database, "hydrated_streams", drifted, conform(hydrated, HYDRATED_STREAMS).astype({"viewer_count": str}))
    write_table(database, "compliance_scores", COMPLIANCE_SCORES, scores)
    run = run_checks(database)
    assert "sane_types_and_ranges" in run.failed()
    assert run.metadata("sane_types_and_ranges")["type_mismatches"] == {"viewer_count": "VARCHAR"}


def test_bad_scores_fail_their_checks_and_the_run(database, good_hour):
    raw, hydrated, scores = good_hour
    scores.loc[0, "risk_score"] = 100.5
    scores.loc[1, "risk_level"] = "extreme"
    scores.loc[2, "flagged"] = True
    scores.at[2, "reasons"] = []
    scores = pd.concat([scores.drop(index=[3, 4]), scores.iloc[[5]]], ignore_index=True)  # 2 missing, 1 twice
    write_hour(database, raw, hydrated, scores)
    run = run_checks(database)
    assert run.failed() == {"risk_scores_in_range", "flagged_rows_have_reasons", "one_row_per_live_streamer"}
    assert run.metadata("risk_scores_in_range")["risk_score_outside_0_100"] == 1
    assert run.metadata("risk_scores_in_range")["unknown_risk_level"] == 1
    assert run.metadata("flagged_rows_have_reasons")["flagged_rows_without_reasons"] == 1
    per_streamer = run.metadata("one_row_per_live_streamer")
    assert per_streamer["live_streamers_not_scored"] == 2
    assert per_streamer["streamers_scored_twice_or_more"] == 1
    assert per_streamer["scored_streamers_not_live"] == 0
    # A failed blocking check fails the run, which keeps the high-risk sensor from alerting on it.
    assert not run.success


def test_a_scored_streamer_who_was_not_live_fails(database, good_hour):
    raw, hydrated, scores = good_hour
    stranger = scores.iloc[[0]].assign(user_id="not-live")
    write_hour(database, raw, hydrated, pd.concat([scores, stranger], ignore_index=True))
    assert run_checks(database).metadata("one_row_per_live_streamer")["scored_streamers_not_live"] == 1


@pytest.mark.parametrize(
    ("listed", "joined", "passed"), [(1000, 999, True), (1000, 998, False), (0, 0, True), (100_000, 99_900, True)]
)
def test_join_rate_threshold_is_99_9_percent(listed, joined, passed):
    assert checks.judge_join_rate(listed, listed, joined).passed is passed
