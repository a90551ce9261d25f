"""DuckDB storage: the dagster-duckdb pandas IO manager, made safe for hourly partitions.

Two changes to the stock behaviour, both so that a write never loses what is stored:
- tables are created from the column contracts in ``schema.py``, so an empty hour still yields a
  table with the right types (the stock handler skips empty frames and creates nothing);
- replacing an hour (delete its rows, insert the new ones) happens in one transaction, so a failed
  insert leaves the previous rows in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import contextmanager

import pandas as pd
from dagster import InputContext, OutputContext
from dagster._core.storage.db_io_manager import DbIOManager, DbTypeHandler, TableSlice
from dagster_duckdb import DuckDBIOManager
from dagster_duckdb.io_manager import DuckDbClient, _get_cleanup_statement
from dagster_duckdb_pandas import DuckDBPandasTypeHandler

from twitch_assets.schema import TABLE_CONTRACTS, conform, create_table_sql


class _TransactionalDuckDbClient(DuckDbClient):
    """Leaves deletion to the type handler, which deletes and inserts in one transaction, and closes
    the connection even when the write fails (the stock client leaks it, locking the file)."""

    @staticmethod
    def delete_table_slice(context: OutputContext, table_slice: TableSlice, connection) -> None:
        return None

    @staticmethod
    @contextmanager
    def connect(context, table_slice):
        with DuckDbClient.connect(context, table_slice) as connection:
            try:
                yield connection
            finally:
                connection.close()


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
