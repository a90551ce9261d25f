"""Running assets in-process against a temporary warehouse, for the integration tests."""

from __future__ import annotations

from dagster import materialize

from twitch_assets.storage import TwitchDuckDBIOManager, WarehouseResource


def run_assets(assets, partition_key: str, database: str, raise_on_error: bool = True, instance=None,
               **resources):
    """Materialize ``assets`` for one hour with the project's storage over ``database``."""
    return materialize(
        assets,
        partition_key=partition_key,
        instance=instance,
        resources={
            "io_manager": TwitchDuckDBIOManager(database=database, schema="twitch"),
            "warehouse": WarehouseResource(database=database),
            **resources,
        },
        raise_on_error=raise_on_error,
    )


def step_failure_message(result) -> str:
    [failure] = [e for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    return str(failure.event_specific_data.error)
