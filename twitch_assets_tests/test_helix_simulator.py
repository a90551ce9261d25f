"""The Helix client against the real simulator: drift, 429s, expiring tokens and faults all at once."""

from __future__ import annotations

import traceback
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest
import requests
from requests.adapters import HTTPAdapter

from twitch_assets.helix import (
    AdaptiveRateLimiter,
    AppTokenProvider,
    HelixAuthError,
    HelixClient,
    HelixRequestError,
    RequestStats,
    crawl_live_streams,
    hydrate,
)
from twitch_assets.simulator import SimulatorConfig, SimulatorServer

pytestmark = pytest.mark.integration

HOUR = datetime(2026, 11, 26, 13, tzinfo=timezone.utc)
WORKERS = 16


def session() -> requests.Session:
    s = requests.Session()
    s.mount("http://", HTTPAdapter(pool_maxsize=WORKERS))
    return s


def client_for(
    sim: SimulatorServer, *, secret: str | None = None, max_retries: int = 6,
    limiter: AdaptiveRateLimiter | None = None, tokens: AppTokenProvider | None = None,
) -> HelixClient:
    http = session()
    tokens = tokens or AppTokenProvider(sim.auth_url, sim.client_id, secret or sim.client_secret, http)
    return HelixClient(sim.helix_url, tokens, http, limiter or AdaptiveRateLimiter(), RequestStats(),
                       timeout_s=5, max_retries=max_retries, backoff_base_s=0.01, backoff_max_s=0.2)


def error_text(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc)) + repr(exc)


def empty_the_shared_bucket(sim: SimulatorServer, calls: int) -> None:
    """Another process of the same app spends the client id's points in one burst, behind the
    limiter's back (the bucket is per client id, shared by every token of the app)."""
    http = requests.Session()
    form = {"client_id": sim.client_id, "client_secret": sim.client_secret,
            "grant_type": "client_credentials"}
    token = http.post(f"{sim.auth_url}/token", data=form).json()["access_token"]
    headers = {"Client-Id": sim.client_id, "Authorization": f"Bearer {token}"}

    def spend(_: int) -> None:
        try:
            requests.get(f"{sim.helix_url}/games", params={"id": "1"}, headers=headers)
        except requests.ConnectionError:  # the simulator's injected faults hit this app too
            pass

    with ThreadPoolExecutor(max_workers=calls) as burst:
        list(burst.map(spend, range(calls)))


def test_a_hostile_hour_is_crawled_and_hydrated_completely():
    config = SimulatorConfig(
        seed=11, streams_per_hour=2500, hour=HOUR, latency_s=0.01, jitter_s=0.005,
        drift_interval_s=0.1, drift_sigma=0.1,  # counts move ten times a second
        rate_limit_points=40, rate_limit_per_minute=2400,  # a small bucket, refilled 40 a second
        token_ttl_s=2.0,  # tokens expire during the run, and are revoked once
        error_503_rate=0.05, error_502_html_rate=0.05, drop_connection_rate=0.05, malformed_rate=0.05,
        last_page_quirk_rate=0.5,
    )
    with SimulatorServer(config) as sim:
        truth = set(sim.population().columns["stream_id"].tolist())
        last_hour = sim.population(HOUR - timedelta(hours=1)).columns["user_id"].tolist()

        def meanwhile(pages: int, streams: int) -> None:
            if pages == 30:  # the refill halves: the limiter must follow it
                sim.update(rate_limit_per_minute=1200)
            if pages == 60:  # Twitch revokes the app's tokens early: 401s
                sim.revoke_tokens()

        limiter = AdaptiveRateLimiter(40, 2400)
        client = client_for(sim, max_retries=10, limiter=limiter)
        with ThreadPoolExecutor(max_workers=WORKERS) as executor:
            crawl = crawl_live_streams(client, executor, recheck_user_ids=last_hour, progress=meanwhile)
            user_ids = [s["user_id"] for s in crawl.streams]
            # Someone else empties the bucket right before the lookups: the limiter's model still
            # counts the points it refilled while idle, so its first calls meet 429s. (Done here,
            # not mid-crawl, so that the 429s happen however fast or loaded the machine is.)
            empty_the_shared_bucket(sim, calls=80)
            hydration = hydrate(client, executor, user_ids, [s["game_id"] for s in crawl.streams])
        server = sim.stats()

    ids = [s["id"] for s in crawl.streams]
    assert len(ids) == len(set(ids)), "duplicate streams"
    assert set(ids) <= truth, "streams that are not live"
    assert len(set(ids) & truth) / len(truth) >= 0.995
    assert crawl.stats["coverage_estimate"] >= 0.98
    # Nothing lost: every live streamer and category was hydrated despite the faults.
    assert set(hydration.users) == set(user_ids) and set(hydration.channels) == set(user_ids)
    assert set(hydration.games) == {s["game_id"] for s in crawl.streams if s["game_id"]}
    # The hostile parts really happened, and were survived without a single 400.
    stats = client.stats.as_dict()
    assert server["bad_requests"] == 0
    assert 0 < stats["rate_limited"] < 0.1 * stats["requests"] and stats["unauthorized"] > 0
    # It followed the halved refill: its pace left the advertised 2,400 for the rate the server
    # really refills at. (The exact figure it measures depends on when replies arrive, so on the
    # machine's load; the guarantee is the direction and the bounded 429s above.)
    assert limiter.refill_per_minute < 0.8 * 2400
    assert {"dropped", "503", "502_html", "malformed"} <= set(server["faults"])
    failures = stats["server_errors"] + stats["connection_errors"] + stats["malformed_replies"]
    assert stats["retries"] == failures > 0
    # One renewal per expiry, not one per thread that saw the 401.
    assert 1 <= stats["token_renewals"] <= stats["wall_s"] / config.token_ttl_s + 2 < stats["unauthorized"]


def test_the_final_failure_names_the_call_and_keeps_secrets_out():
    config = SimulatorConfig(seed=3, streams_per_hour=200, hour=HOUR, error_503_rate=1.0)
    with SimulatorServer(config) as sim:
        tokens = AppTokenProvider(sim.auth_url, sim.client_id, sim.client_secret, session())
        client = client_for(sim, max_retries=2, tokens=tokens)
        with ThreadPoolExecutor(max_workers=4) as executor, pytest.raises(HelixRequestError) as caught:
            crawl_live_streams(client, executor, languages=["en", "de"])
        token = tokens.token()
        served = sim.stats()["requests_by_endpoint"].get("/helix/streams", 0)
    assert str(caught.value) == "GET /streams failed after 3 attempts: HTTP 503 (Service Unavailable)"
    text = error_text(caught.value)
    assert sim.client_secret not in text and token not in text and "Bearer" not in text
    assert served <= 2 * 2 * 3  # each chain stopped after its failed call: nothing kept hammering


def test_an_html_502_is_named_as_such():
    config = SimulatorConfig(seed=3, streams_per_hour=200, hour=HOUR, error_502_html_rate=1.0)
    with SimulatorServer(config) as sim, pytest.raises(HelixRequestError, match="HTTP 502 with an HTML body"):
        client_for(sim, max_retries=1).get_users(["1"])


def test_wrong_credentials_fail_clearly_without_the_secret():
    config = SimulatorConfig(seed=3, streams_per_hour=200, hour=HOUR)
    with SimulatorServer(config) as sim:
        wrong = "not-the-secret-" + sim.client_secret[:6]
        with pytest.raises(HelixAuthError, match=r"POST /token failed: HTTP 403") as caught:
            client_for(sim, secret=wrong).get_users(["1"])
    assert wrong not in error_text(caught.value) and sim.client_secret not in error_text(caught.value)


def test_a_revoked_token_is_renewed_and_the_call_resent():
    config = SimulatorConfig(seed=3, streams_per_hour=300, hour=HOUR)
    with SimulatorServer(config) as sim:
        client = client_for(sim)
        user_id = sim.population().columns["user_id"][0]
        assert client.get_users([user_id])[0]["id"] == user_id
        sim.revoke_tokens()
        assert client.get_users([user_id])[0]["id"] == user_id
        assert client.stats["unauthorized"] == 1 and client.stats["token_renewals"] == 1
