"""One Helix call done right: token, rate limit, retries, validation. Shared by every thread."""

from __future__ import annotations

import json
import random
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from urllib.parse import urlencode

import requests

from twitch_assets.helix.auth import AppTokenProvider
from twitch_assets.helix.batching import MAX_IDS_PER_CALL
from twitch_assets.helix.errors import (
    TRANSPORT_FAILURES,
    HelixAuthError,
    HelixRequestError,
    MalformedReplyError,
    describe_reply,
    describe_transport_failure,
)
from twitch_assets.helix.ratelimit import AdaptiveRateLimiter
from twitch_assets.helix.retry import backoff_delay
from twitch_assets.helix.telemetry import RequestStats

Params = Sequence[tuple[str, str]]

# Fields every item must carry; the first is its key, which must be a non-blank string.
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "streams": (
        "id", "user_id", "user_login", "user_name", "game_id", "game_name", "type", "title",
        "viewer_count", "started_at", "language", "thumbnail_url",
    ),
    "users": ("id", "login", "display_name", "type", "broadcaster_type", "created_at"),
    "channels": (
        "broadcaster_id", "broadcaster_login", "broadcaster_name", "broadcaster_language", "game_id",
        "game_name", "title", "content_classification_labels", "is_branded_content",
    ),
    "games": ("id", "name", "box_art_url"),
}
# Keys that share one 100-value allowance per call; every other key has its own 100.
_SHARED_ID_ALLOWANCE: dict[str, tuple[str, ...]] = {
    "users": ("id", "login"),
    "games": ("id", "name", "igdb_id"),
}
_PLAIN_QUERY_TEXT = re.compile(r"[A-Za-z0-9_.~-]*")  # characters a query never escapes
_MAX_UNAUTHORIZED_PER_CALL = 3  # a 401 renews the token; 401s that keep coming mean bad credentials
_MAX_RATE_LIMITED_PER_CALL = 100  # 429s are waited out, but a server that never lets up is an error


class _Unauthorized(Exception):
    def __init__(self, token: str):
        super().__init__()  # the token stays out of args, hence out of any traceback
        self.token = token


class _RateLimited(Exception):
    pass


class _Transient(Exception):
    def __init__(self, error: HelixRequestError):
        self.error = error


def check_params(endpoint: str, params: Params) -> None:
    """Refuse what Helix would answer with a 400: over 100 values for a key, or ``first`` above 100."""
    counts = Counter(key for key, _ in params)
    shared = _SHARED_ID_ALLOWANCE.get(endpoint, ())
    for key, n in [*counts.items(), ("+".join(shared), sum(counts[k] for k in shared))]:
        if n > MAX_IDS_PER_CALL:
            raise ValueError(f"/{endpoint}: {n} values for {key}, Helix allows at most {MAX_IDS_PER_CALL}")
    for key, value in params:
        if key == "first" and not 1 <= int(value) <= MAX_IDS_PER_CALL:
            raise ValueError(f"/{endpoint}: first={value}, Helix allows 1..{MAX_IDS_PER_CALL}")


def encode_query(params: Params) -> str:
    """The query string; ids and cursors are usually plain, and then need none of urlencode's quoting,
    which is the costliest step of a 100-id call."""
    if _PLAIN_QUERY_TEXT.fullmatch("".join(key + value for key, value in params)):
        return "&".join(f"{key}={value}" for key, value in params)
    return urlencode(params)


def parse_reply(endpoint: str, body: bytes, attempts: int = 1) -> dict:
    """The JSON body of a 200, checked for the Helix shape; raises MalformedReplyError naming the field."""
    try:
        reply = json.loads(body)
    except ValueError:
        raise MalformedReplyError(endpoint, "body", "is not JSON", attempts) from None
    if not isinstance(reply, dict) or not isinstance(reply.get("data"), list):
        raise MalformedReplyError(endpoint, "data", "is missing or not a list", attempts)
    pagination = reply.get("pagination")
    if pagination is not None and not isinstance(pagination, dict):
        raise MalformedReplyError(endpoint, "pagination", "is not an object", attempts)
    required = REQUIRED_FIELDS.get(endpoint)
    if required:
        key, fields = required[0], frozenset(required)
        for index, item in enumerate(reply["data"]):
            # The fast check every item passes; the slow one below only names what failed.
            if not (isinstance(item, dict) and item.keys() >= fields and isinstance(item[key], str)
                    and item[key]):
                raise _item_problem(endpoint, index, item, required, attempts)
    return reply


def _item_problem(endpoint: str, index: int, item: object, required: tuple[str, ...], attempts: int):
    where = f"data[{index}]"
    if not isinstance(item, dict):
        return MalformedReplyError(endpoint, where, "is not an object", attempts)
    missing = [field for field in required if field not in item]
    if missing:
        return MalformedReplyError(endpoint, f"{where}.{missing[0]}", "is missing", attempts)
    return MalformedReplyError(endpoint, f"{where}.{required[0]}", "is blank", attempts)


class HelixClient:
    """GETs Helix endpoints for many threads at once.

    Every call waits its turn at the shared rate limiter, renews the shared token on a 401, waits out
    429s and resends, retries 5xx, transport failures and malformed replies with exponential backoff
    and full jitter, and finally raises an error naming the endpoint. No call carries over 100 ids.
    """

    def __init__(
        self,
        api_base_url: str,
        token_provider: AppTokenProvider,
        session: requests.Session,
        limiter: AdaptiveRateLimiter,
        stats: RequestStats,
        timeout_s: float = 10,
        max_retries: int = 6,
        backoff_base_s: float = 0.25,
        backoff_max_s: float = 10,
        *,
        rng: random.Random | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self._base_url = api_base_url.rstrip("/")
        self._tokens = token_provider
        self._session = session
        self._limiter = limiter
        self.stats = stats
        self._timeout_s = timeout_s
        self._max_retries = max_retries
        self._backoff_base_s = backoff_base_s
        self._backoff_max_s = backoff_max_s
        self._rng = rng or random.Random()
        self._sleep = sleep
        # Proxy and CA settings from the environment, looked up once: requests would redo it (scanning
        # os.environ) on every call, a third of the client's CPU per request.
        self._send_settings = session.merge_environment_settings(self._base_url, {}, False, None, None)

    # --- typed calls ---------------------------------------------------------------------------
    def get_users(self, ids: Sequence[str]) -> list[dict]:
        return self._lookup("users", "id", ids)

    def get_channels(self, ids: Sequence[str]) -> list[dict]:
        return self._lookup("channels", "broadcaster_id", ids)

    def get_games(self, ids: Sequence[str]) -> list[dict]:
        return self._lookup("games", "id", ids)

    def get_streams_by_user(self, ids: Sequence[str]) -> list[dict]:
        """The live streams of up to 100 users (one page suffices: a user has at most one stream)."""
        return self._lookup("streams", "user_id", ids, [("first", str(MAX_IDS_PER_CALL))])

    def streams_page(self, filters: Params, after: str | None = None) -> dict:
        """One page of 100 of the /streams listing under ``filters``, from cursor ``after``."""
        params = [*filters, ("first", str(MAX_IDS_PER_CALL))]
        if after:
            params.append(("after", after))
        page = self.get("streams", params)
        self.stats.count("pages")
        return page

    def _lookup(
        self, endpoint: str, key: str, ids: Sequence[str], extra: Iterable[tuple[str, str]] = ()
    ) -> list[dict]:
        if not ids:
            return []
        return self.get(endpoint, [*((key, i) for i in ids), *extra])["data"]

    # --- the call ------------------------------------------------------------------------------
    def get(self, endpoint: str, params: Params) -> dict:
        """GET ``/<endpoint>`` with ``params`` (repeat a key for several values); the validated reply."""
        check_params(endpoint, params)
        failures = unauthorized = rate_limited = 0
        while True:
            try:
                return self._send(endpoint, params, attempts=failures + 1)
            except _Unauthorized as stale:
                unauthorized += 1
                if unauthorized >= _MAX_UNAUTHORIZED_PER_CALL:
                    raise HelixAuthError(
                        endpoint, f"HTTP 401 {unauthorized} times, even with renewed tokens", 401
                    ) from None
                if self._tokens.renew(stale.token):
                    self.stats.count("token_renewals")
            except _RateLimited:
                rate_limited += 1
                if rate_limited >= _MAX_RATE_LIMITED_PER_CALL:
                    raise HelixRequestError(endpoint, f"HTTP 429 {rate_limited} times", 429) from None
            except _Transient as failure:
                failures += 1
                if failures > self._max_retries:
                    raise failure.error from None
                delay = backoff_delay(failures - 1, self._backoff_base_s, self._backoff_max_s, self._rng)
                self.stats.count("retries")
                self.stats.backed_off(delay)
                self._sleep(delay)

    def _send(self, endpoint: str, params: Params, attempts: int) -> dict:
        ticket = self._limiter.acquire()
        self.stats.waited_for_rate_limit(ticket.wait_s)
        self.stats.request(endpoint)
        url = f"{self._base_url}/{endpoint}"
        try:
            token = self._tokens.token()  # after the wait, or it may expire while waiting
            headers = {"Client-Id": self._tokens.client_id, "Authorization": f"Bearer {token}"}
            request = self._session.prepare_request(
                requests.Request("GET", url, params=encode_query(params), headers=headers)
            )
            response = self._session.send(request, timeout=self._timeout_s, **self._send_settings)
        except BaseException as exc:
            self._limiter.observe(ticket, None, None)  # every ticket is answered, or the model leaks
            if not isinstance(exc, TRANSPORT_FAILURES):
                raise
            self.stats.count("connection_errors")
            failure = HelixRequestError(endpoint, describe_transport_failure(exc), None, attempts)
            raise _Transient(failure) from None
        status = response.status_code
        self._limiter.observe(ticket, status, response.headers)
        if status == 401:
            self.stats.count("unauthorized")
            raise _Unauthorized(token)
        if status == 429:
            self.stats.count("rate_limited")
            raise _RateLimited()
        if "Ratelimit-Remaining" in response.headers:
            self.stats.count("points_used")
        if status >= 500:
            self.stats.count("server_errors")
            raise _Transient(HelixRequestError(endpoint, describe_reply(response), status, attempts))
        if status != 200:
            raise HelixRequestError(endpoint, describe_reply(response), status, attempts)
        try:
            return parse_reply(endpoint, response.content, attempts)
        except MalformedReplyError as exc:
            self.stats.count("malformed_replies")
            raise _Transient(exc) from None
