"""DuckDB storage: one way to open the warehouse file, and the pandas IO manager built on it.

The file is always attached under the catalog name ``warehouse``: DuckDB names a file's catalog
after its stem, so the default ``data/twitch.duckdb`` would be catalog "twitch" and every
``twitch.<table>`` reference would be ambiguous with schema "twitch".

Two changes to the stock IO manager, both so that a write never loses what is stored:
- tables are created from the column contracts in ``schema.py``, so an empty hour still yields a
  table with the right types (the stock handler skips empty frames and creates nothing);
- replacing an hour (delete its rows, insert the new ones) happens in one transaction, so a failed
  insert leaves the previous rows in place.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import duckdb
import pandas as pd
from dagster import InputContext, OutputContext
from dagster._utils.backoff import backoff
from dagster._core.storage.db_io_manager import DbIOManager, DbTypeHandler, TableSlice
from dagster_duckdb import DuckDBIOManager, DuckDBResource
from dagster_duckdb.io_manager import DuckDbClient, _get_cleanup_statement
from dagster_duckdb_pandas import DuckDBPandasTypeHandler

from twitch_assets.schema import TABLE_CONTRACTS, add_new_columns_sql, conform, create_table_sql, empty_frame
from twitch_assets.settings import DUCKDB_SCHEMA


WAREHOUSE_CATALOG = "warehouse"
_LOCK_RETRIES = 10  # another process holding the file's write lock: wait with backoff, then fail


def _attach(database: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect()
    try:
        mode = " (READ_ONLY)" if read_only else ""
        quoted = database.replace("'", "''")
        connection.execute(f"ATTACH '{quoted}' AS {WAREHOUSE_CATALOG}{mode}")
        connection.execute(f"USE {WAREHOUSE_CATALOG}")
        # Without this, a query naming a missing table makes DuckDB look for a Python variable of
        # that name in the caller's frames (an asset function named like its table, say).
        connection.execute("SET python_enable_replacements = false")
    except BaseException:
        connection.close()
        raise
    return connection


def connect_warehouse(database: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse file (creating its folder), retrying while another process holds the lock."""
    if not read_only and os.path.dirname(database):
        os.makedirs(os.path.dirname(database), exist_ok=True)
    return backoff(
        fn=_attach,
        retry_on=(duckdb.IOException,),
        kwargs={"database": database, "read_only": read_only},
        max_retries=_LOCK_RETRIES,
    )


@contextmanager
def warehouse_connection(database: str, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = connect_warehouse(database, read_only)
    try:
        yield connection
    finally:
        connection.close()


class WarehouseResource(DuckDBResource):
    """The DuckDB file for direct SQL (reads of earlier hours, checks, sensors)."""

    @contextmanager
    def get_connection(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        with warehouse_connection(self.database, read_only) as connection:
            yield connection


class _TransactionalDuckDbClient(DuckDbClient):
    """Leaves deletion to the type handler, which deletes and inserts in one transaction, and closes
    the connection even when the write fails (the stock client leaks it, locking the file)."""

    @staticmethod
    def delete_table_slice(context: OutputContext, table_slice: TableSlice, connection) -> None:
        return None

    @staticmethod
    @contextmanager
    def connect(context, table_slice):
        with warehouse_connection(context.resource_config["database"]) as connection:
            yield connection


class ContractPandasTypeHandler(DbTypeHandler[pd.DataFrame]):
    """Writes DataFrames into tables shaped by their contract; reads them back as DataFrames."""

    def handle_output(self, context: OutputContext, table_slice: TableSlice, obj: pd.DataFrame, connection):
        table = f"{table_slice.schema}.{table_slice.table}"
        contract = TABLE_CONTRACTS.get(table_slice.table)
        if contract is None:
            raise KeyError(f"table {table} has no column contract in twitch_assets.schema.TABLE_CONTRACTS")
        frame = conform(obj, contract)
        connection.execute("BEGIN TRANSACTION")
        try:
            connection.execute(create_table_sql(table, contract))
            for statement in add_new_columns_sql(table, contract):
                connection.execute(statement)
            connection.execute(_get_cleanup_statement(table_slice))
            if not frame.empty:
                connection.register("contract_frame", frame)
                connection.execute(f"INSERT INTO {table} BY NAME SELECT * FROM contract_frame")
                connection.unregister("contract_frame")
            connection.execute("COMMIT")
        except Exception:
            connection.execute("ROLLBACK")
            raise
        return {"rows_written": len(frame)}

    def load_input(self, context: InputContext, table_slice: TableSlice, connection) -> pd.DataFrame:
        return DuckDBPandasTypeHandler().load_input(context, table_slice, connection)

    @property
    def supported_types(self):
        return [pd.DataFrame]


class TwitchDuckDBIOManager(DuckDBIOManager):
    """The project's IO manager: DuckDB file, schema ``twitch``, contract-shaped tables."""

    @staticmethod
    def type_handlers() -> Sequence[DbTypeHandler]:
        return [ContractPandasTypeHandler()]

    @staticmethod
    def default_load_type() -> type | None:
        return pd.DataFrame

    def create_io_manager(self, context) -> DbIOManager:
        return DbIOManager(
            db_client=_TransactionalDuckDbClient(),
            database=self.database,
            schema=self.schema_,
            type_handlers=self.type_handlers(),
            default_load_type=self.default_load_type(),
            io_manager_name="TwitchDuckDBIOManager",
        )


def read_preceding_hours(
    warehouse: WarehouseResource,
    table: str,
    columns: list[str],
    hour: pd.Timestamp,
    hours: int,
    user_ids: pd.Series | None = None,
    where: str = "",
) -> pd.DataFrame:
    """``columns`` of ``table`` for the ``hours`` hours before ``hour`` (naive UTC, as stored), optionally
    only the rows of ``user_ids`` and those matching the SQL condition ``where``.

    The bounded window keeps the read flat as history grows (DuckDB skips row groups outside it by
    their min/max). A table that does not exist yet means no history, not an error.
    """
    sql = (
        f"SELECT {', '.join(columns)} FROM {DUCKDB_SCHEMA}.{table} "
        "WHERE snapshot_hour >= ? AND snapshot_hour < ?"
        + (f" AND ({where})" if where else "")
    )
    window = [hour - pd.Timedelta(hours=hours), hour]
    try:
        with warehouse.get_connection() as connection:
            if user_ids is None:
                return connection.execute(sql, window).fetchdf()
            connection.register("live_user_ids", pd.DataFrame({"user_id": user_ids.unique()}))
            sql += " AND user_id IN (SELECT user_id FROM live_user_ids)"
            return connection.execute(sql, window).fetchdf()
    except duckdb.CatalogException:
        return empty_frame(TABLE_CONTRACTS[table])[columns]
