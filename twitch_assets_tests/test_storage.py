"""The IO manager: contract-shaped tables, empty hours, idempotent and loss-free hour replacement."""

from datetime import datetime, timezone

import duckdb
import pytest
from dagster import asset, materialize

from twitch_assets.partitions import hourly_partitions
from twitch_assets.snapshot import listing_frame
from twitch_assets.storage import TwitchDuckDBIOManager
from twitch_assets_tests.helix_samples import stream

FETCHED = datetime(2026, 11, 26, 13, 30, tzinfo=timezone.utc)


def _listing_asset(streams_by_hour: dict[str, list[dict]]):
    """A stand-in named like the real table, so the IO manager applies the raw_stream_ids contract."""

    @asset(name="raw_stream_ids", partitions_def=hourly_partitions, metadata={"partition_expr": "snapshot_hour"})
    def raw_stream_ids(context):
        hour = context.partition_time_window.start
        return listing_frame(streams_by_hour.get(context.partition_key, []), hour, FETCHED)

    return raw_stream_ids


def _materialize(database: str, streams_by_hour: dict, partition: str, raise_on_error: bool = True):
    return materialize(
        [_listing_asset(streams_by_hour)],
        partition_key=partition,
        resources={"io_manager": TwitchDuckDBIOManager(database=database, schema="twitch")},
        raise_on_error=raise_on_error,
    )


def _rows(database: str, sql: str):
    with duckdb.connect(database, read_only=True) as connection:
        return connection.execute(sql).fetchall()


def test_empty_hour_creates_a_typed_table(tmp_path):
    database = str(tmp_path / "t.duckdb")
    _materialize(database, {}, "2026-11-26-13:00")

    columns = dict(_rows(database, "SELECT column_name, data_type FROM information_schema.columns "
                                   "WHERE table_schema = 'twitch' AND table_name = 'raw_stream_ids'"))
    assert columns["tags"] == "VARCHAR[]"
    assert columns["snapshot_hour"] == "TIMESTAMP"
    assert columns["viewer_count"] == "BIGINT"
    assert _rows(database, "SELECT count(*) FROM twitch.raw_stream_ids") == [(0,)]


def test_rematerializing_an_hour_replaces_only_that_hour(tmp_path):
    database = str(tmp_path / "t.duckdb")
    first = {"2026-11-26-12:00": [stream("1", "10"), stream("2", "20")],
             "2026-11-26-13:00": [stream("3", "30", tags=["日本語", "Français"])]}
    _materialize(database, first, "2026-11-26-12:00")
    _materialize(database, first, "2026-11-26-13:00")
    _materialize(database, {"2026-11-26-12:00": [stream("9", "90")]}, "2026-11-26-12:00")

    rows = _rows(database, "SELECT snapshot_hour, stream_id, tags FROM twitch.raw_stream_ids ORDER BY stream_id")
    assert [(r[0].hour, r[1]) for r in rows] == [(13, "3"), (12, "9")]
    assert rows[0][2] == ["日本語", "Français"]


def test_failed_write_keeps_the_stored_hour(tmp_path):
    database = str(tmp_path / "t.duckdb")
    hour = "2026-11-26-12:00"
    _materialize(database, {hour: [stream("1", "10", viewers=5)]}, hour)
    with duckdb.connect(database) as connection:  # make the next insert fail inside the transaction
        connection.execute("CREATE UNIQUE INDEX one_login ON twitch.raw_stream_ids (user_login)")

    duplicate_logins = [stream("2", "20", login="same"), stream("3", "30", login="same")]
    result = _materialize(database, {hour: duplicate_logins}, hour, raise_on_error=False)

    assert not result.success
    assert _rows(database, "SELECT stream_id FROM twitch.raw_stream_ids") == [("1",)]


def test_table_without_contract_is_refused(tmp_path):
    @asset(name="not_in_the_contracts")
    def stray():
        import pandas as pd

        return pd.DataFrame({"x": [1]})

    with pytest.raises(Exception, match="no column contract"):
        materialize([stray], resources={"io_manager": TwitchDuckDBIOManager(database=str(tmp_path / "t.duckdb"),
                                                                            schema="twitch")})


def test_a_table_stored_by_an_older_version_gains_the_new_columns_and_keeps_its_hours(tmp_path):
    database = str(tmp_path / "t.duckdb")
    hours = {"2026-11-26-12:00": [stream("1", "10")], "2026-11-26-13:00": [stream("2", "20")]}
    _materialize(database, hours, "2026-11-26-12:00")
    with duckdb.connect(database) as connection:  # as an older contract stored it: without is_mature
        connection.execute("ALTER TABLE twitch.raw_stream_ids DROP COLUMN is_mature")
    _materialize(database, hours, "2026-11-26-13:00")
    rows = _rows(database, "SELECT stream_id, is_mature FROM twitch.raw_stream_ids ORDER BY stream_id")
    assert rows == [("1", None), ("2", False)]
