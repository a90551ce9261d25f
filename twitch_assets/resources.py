"""The Twitch API as a Dagster resource: one interface, a live and a simulated backend.

The resource owns what must be shared by every thread of a run: the HTTP session (one connection
pool), the thread pool, one app token and one rate-limit bucket. Both backends speak Helix over
HTTP through the same client; the simulated one first starts the embedded simulator and serves the
partition's hour from it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import requests
from dagster import ConfigurableResource, Failure, InitResourceContext
from pydantic import Field, PrivateAttr
from requests.adapters import HTTPAdapter

from twitch_assets.helix import (
    AdaptiveRateLimiter,
    AppTokenProvider,
    CrawlResult,
    HelixClient,
    Hydration,
    RequestStats,
    crawl_live_streams,
    hydrate,
)
from twitch_assets.secrets import fetch_twitch_credentials
from twitch_assets.settings import DEFAULT_MAX_WORKERS, is_live_twitch
from twitch_assets.simulator import SimulatorConfig, SimulatorServer


@dataclass(frozen=True)
class HelixEndpoint:
    api_base_url: str
    auth_base_url: str
    client_id: str
    client_secret: str

    def __repr__(self) -> str:  # never show the secret
        return f"HelixEndpoint(api_base_url={self.api_base_url!r}, client_id=<set>)"


class TwitchResource(ConfigurableResource, ABC):
    """Crawls the live /streams listing and hydrates it, batched and threaded, within the rate limit."""

    max_workers: int = Field(default=DEFAULT_MAX_WORKERS, ge=1, le=256, description="Threads for concurrent Helix calls.")
    crawl_passes: int = Field(
        default=2, ge=1, le=4, description="Concurrent independent passes over the shards (coverage under drift)."
    )
    request_timeout_s: float = Field(default=10.0, gt=0, description="Per-request timeout in seconds.")
    max_retries: int = Field(default=6, ge=0, le=20, description="Retries of a failed call before the run fails.")

    _session: requests.Session | None = PrivateAttr(default=None)
    _executor: ThreadPoolExecutor | None = PrivateAttr(default=None)
    _tokens: AppTokenProvider | None = PrivateAttr(default=None)
    _limiter: AdaptiveRateLimiter | None = PrivateAttr(default=None)
    _api_base_url: str = PrivateAttr(default="")

    # --- lifecycle -------------------------------------------------------------------------------
    def setup_for_execution(self, context: InitResourceContext) -> None:
        endpoint = self._open(context)
        session = requests.Session()
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=self.max_workers)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        self._session = session
        self._executor = ThreadPoolExecutor(max_workers=self.max_workers, thread_name_prefix="helix")
        self._tokens = AppTokenProvider(
            endpoint.auth_base_url, endpoint.client_id, endpoint.client_secret, session
        )
        self._limiter = AdaptiveRateLimiter()
        self._api_base_url = endpoint.api_base_url

    def teardown_after_execution(self, context: InitResourceContext) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
        if self._session is not None:
            self._session.close()
        self._close()

    @abstractmethod
    def _open(self, context: InitResourceContext) -> HelixEndpoint:
        """Make the backend reachable and say where it is."""

    def _close(self) -> None:
        """Release what ``_open`` acquired."""

    @abstractmethod
    def prepare_snapshot(
        self, snapshot_hour: datetime, now: datetime | None = None, grace: timedelta = timedelta(0)
    ) -> None:
        """Make sure the backend can serve ``snapshot_hour``, or raise before anything is written.

        ``grace``: how long after the hour ends a live backend still accepts it (the lookups that
        follow a crawl finished at the end of its hour)."""

    # --- work ------------------------------------------------------------------------------------
    def _client(self, stats: RequestStats) -> HelixClient:
        if self._session is None:
            raise RuntimeError("TwitchResource used outside a run: use it through Dagster or `with` the resource")
        return HelixClient(
            self._api_base_url,
            self._tokens,
            self._session,
            self._limiter,
            stats,
            timeout_s=self.request_timeout_s,
            max_retries=self.max_retries,
        )

    def crawl(self, recheck_user_ids=(), progress=None) -> tuple[CrawlResult, RequestStats]:
        stats = RequestStats()
        result = crawl_live_streams(
            self._client(stats),
            self._executor,
            passes=self.crawl_passes,
            recheck_user_ids=recheck_user_ids,
            progress=progress,
        )
        return result, stats

    def hydrate(self, user_ids, game_ids, progress=None) -> tuple[Hydration, RequestStats]:
        stats = RequestStats()
        return hydrate(self._client(stats), self._executor, user_ids, game_ids, progress), stats


class LiveTwitchResource(TwitchResource):
    """Real Twitch (or any Helix endpoint) with app-token credentials from the environment."""

    client_id: str | None = Field(default=None, description="Twitch application client id (TWITCH_CLIENT_ID).")
    client_secret: str | None = Field(
        default=None, description="Twitch application client secret (TWITCH_CLIENT_SECRET)."
    )
    credentials_secret_id: str | None = Field(
        default=None,
        description="AWS Secrets Manager secret with client_id and client_secret, used when the pair is not set.",
    )
    api_base_url: str = Field(description="Helix base URL.")
    auth_base_url: str = Field(description="OAuth base URL; the token is at <base>/token.")

    def _open(self, context: InitResourceContext) -> HelixEndpoint:
        if self.client_id and self.client_secret:
            client_id, client_secret = self.client_id, self.client_secret
        elif self.credentials_secret_id:
            credentials = fetch_twitch_credentials(self.credentials_secret_id)
            client_id, client_secret = credentials.client_id, credentials.client_secret
            context.log.info(f"Twitch credentials read from AWS Secrets Manager secret {self.credentials_secret_id!r}")
        else:
            raise Failure("Twitch credentials are missing: set TWITCH_CLIENT_ID and TWITCH_CLIENT_SECRET, "
                          "or TWITCH_CREDENTIALS_SECRET_ID")
        context.log.info(f"Talking to Helix at {self.api_base_url}")
        return HelixEndpoint(self.api_base_url, self.auth_base_url, client_id, client_secret)

    def prepare_snapshot(
        self, snapshot_hour: datetime, now: datetime | None = None, grace: timedelta = timedelta(0)
    ) -> None:
        if not is_live_twitch(self.api_base_url):
            return
        now = now or datetime.now(timezone.utc)
        current_hour = now.replace(minute=0, second=0, microsecond=0)
        if not snapshot_hour <= now < snapshot_hour + timedelta(hours=1) + grace:
            raise Failure(
                f"Live Twitch serves only the present: partition {snapshot_hour:%Y-%m-%d-%H:%M} is not the "
                f"current hour ({current_hour:%Y-%m-%d-%H:%M} UTC). Nothing was written. Materialize the "
                "current hour, or point TWITCH_API_BASE_URL at the simulator to replay other hours."
            )


class SimulatedTwitchResource(TwitchResource):
    """The embedded Helix simulator, started on 127.0.0.1 for the run; serves any hour."""

    seed: int = Field(default=7, description="Population seed: the same seed and hour give the same streams.")
    streams_per_hour: int = Field(default=10_000, ge=0, description="Live streams in each simulated hour.")
    latency_s: float = Field(default=0.0, ge=0, description="Simulated network latency per request.")
    drift_interval_s: float = Field(default=1.0, ge=0, description="How often viewer counts move (0: never).")

    _simulator: SimulatorServer | None = PrivateAttr(default=None)

    def _open(self, context: InitResourceContext) -> HelixEndpoint:
        config = SimulatorConfig(
            seed=self.seed,
            streams_per_hour=self.streams_per_hour,
            latency_s=self.latency_s,
            drift_interval_s=self.drift_interval_s,
        )
        self._simulator = SimulatorServer(config)
        self._simulator.start()
        context.log.info(
            "TWITCH_CLIENT_ID / TWITCH_CLIENT_SECRET are not set: serving Helix from the embedded simulator "
            f"at {self._simulator.helix_url} (seed {self.seed}, {self.streams_per_hour:,} streams an hour)"
        )
        return HelixEndpoint(
            self._simulator.helix_url,
            self._simulator.auth_url,
            self._simulator.client_id,
            self._simulator.client_secret,
        )

    def _close(self) -> None:
        if self._simulator is not None:
            self._simulator.stop()
            self._simulator = None

    def prepare_snapshot(
        self, snapshot_hour: datetime, now: datetime | None = None, grace: timedelta = timedelta(0)
    ) -> None:
        if self._simulator is None:
            raise RuntimeError("the simulator is not running: use the resource inside a run")
        self._simulator.set_hour(snapshot_hour)
