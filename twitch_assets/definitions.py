"""Wires the code location: assets, checks, automation and resources. Nothing else lives here."""

from __future__ import annotations

from dagster import (
    Definitions,
    EnvVar,
    in_process_executor,
    load_asset_checks_from_modules,
    load_assets_from_modules,
)

from twitch_assets import automation, checks, settings
from twitch_assets.assets import compliance, history, ingestion
from twitch_assets.compliance.resource import judge_resource
from twitch_assets.resources import LiveTwitchResource, SimulatedTwitchResource, TwitchResource
from twitch_assets.storage import TwitchDuckDBIOManager, WarehouseResource


def twitch_resource(twitch: settings.TwitchSettings | None = None) -> TwitchResource:
    """Live Twitch when credentials are configured (the env pair, or a Secrets Manager secret);
    otherwise the embedded simulator."""
    twitch = twitch or settings.twitch_settings()
    workers = settings.int_setting(settings.TWITCH_MAX_WORKERS, settings.DEFAULT_MAX_WORKERS)
    if twitch.uses_simulator:
        return SimulatedTwitchResource(
            seed=settings.int_setting(settings.TWITCH_SIMULATOR_SEED, settings.DEFAULT_SIMULATOR_SEED),
            streams_per_hour=settings.int_setting(
                settings.TWITCH_SIMULATOR_STREAMS, settings.DEFAULT_SIMULATOR_STREAMS
            ),
            max_workers=workers,
        )
    if twitch.has_credential_pair:
        credentials = {
            "client_id": EnvVar(settings.TWITCH_CLIENT_ID),
            "client_secret": EnvVar(settings.TWITCH_CLIENT_SECRET),
        }
    else:
        credentials = {"credentials_secret_id": twitch.credentials_secret_id}
    return LiveTwitchResource(
        **credentials,
        api_base_url=twitch.api_base_url,
        auth_base_url=twitch.auth_base_url,
        max_workers=workers,
    )


def build_definitions() -> Definitions:
    database = settings.duckdb_path()
    return Definitions(
        assets=load_assets_from_modules([ingestion, history, compliance]),
        asset_checks=load_asset_checks_from_modules([checks]),
        jobs=automation.jobs,
        schedules=automation.schedules,
        sensors=automation.sensors,
        # One process per run: the steps form a chain anyway (the concurrency is in the Helix threads),
        # it starts the Twitch backend once per run, and only one process writes the DuckDB file.
        executor=in_process_executor,
        resources={
            "twitch": twitch_resource(),
            "judge": judge_resource(),
            "io_manager": TwitchDuckDBIOManager(database=database, schema=settings.DUCKDB_SCHEMA),
            "warehouse": WarehouseResource(database=database),
        },
    )


defs = build_definitions()
