"""A Twitch Helix client for crawling every live stream: no Dagster inside.

``HelixClient`` makes single calls (shared token, shared rate limit, retries, validation);
``crawl_live_streams`` snapshots the live /streams listing; ``hydrate`` looks up users, channels
and games in batches of 100. All three share one ``requests.Session`` and run their calls on the
caller's ``ThreadPoolExecutor``.
"""

from twitch_assets.helix.auth import AppTokenProvider
from twitch_assets.helix.batching import MAX_IDS_PER_CALL, id_batches
from twitch_assets.helix.capture import chapman_estimate
from twitch_assets.helix.client import HelixClient
from twitch_assets.helix.crawl import TWITCH_LANGUAGES, CrawlResult, crawl_live_streams
from twitch_assets.helix.errors import HelixAuthError, HelixError, HelixRequestError, MalformedReplyError
from twitch_assets.helix.hydrate import Hydration, hydrate
from twitch_assets.helix.pagination import BAD_LAST_CURSOR, next_cursor
from twitch_assets.helix.ratelimit import AdaptiveRateLimiter
from twitch_assets.helix.telemetry import RequestStats

__all__ = [
    "AdaptiveRateLimiter",
    "AppTokenProvider",
    "BAD_LAST_CURSOR",
    "CrawlResult",
    "HelixAuthError",
    "HelixClient",
    "HelixError",
    "HelixRequestError",
    "Hydration",
    "MAX_IDS_PER_CALL",
    "MalformedReplyError",
    "RequestStats",
    "TWITCH_LANGUAGES",
    "chapman_estimate",
    "crawl_live_streams",
    "hydrate",
    "id_batches",
    "next_cursor",
]
