"""The simulator over real HTTP: Helix shapes, keyset paging, drift, auth, rate limit and faults."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
import requests

from twitch_assets.simulator import SimulatorConfig, SimulatorServer

pytestmark = pytest.mark.integration

HOUR = datetime(2026, 11, 26, 13, tzinfo=timezone.utc)
QUIET = dict(latency_s=0.0, jitter_s=0.0, drift_interval_s=0.0, rate_limit_points=800,
             rate_limit_per_minute=1e9, token_ttl_s=3600.0, error_503_rate=0.0, error_502_html_rate=0.0,
             drop_connection_rate=0.0, malformed_rate=0.0, last_page_quirk_rate=0.0)


@pytest.fixture(scope="module")
def sim():
    with SimulatorServer(SimulatorConfig(seed=3, streams_per_hour=3_000, hour=HOUR, **QUIET)) as server:
        yield server


@pytest.fixture
def quiet(sim):
    sim.update(**QUIET)
    yield sim
    sim.update(**QUIET)


class Helix:
    def __init__(self, sim: SimulatorServer):
        self.sim = sim
        self.session = requests.Session()
        self.token = self.new_token()

    def new_token(self) -> str:
        reply = self.session.post(f"{self.sim.auth_url}/token", data={
            "client_id": self.sim.client_id, "client_secret": self.sim.client_secret,
            "grant_type": "client_credentials"})
        reply.raise_for_status()
        return reply.json()["access_token"]

    def get(self, path: str, **params) -> requests.Response:
        headers = {"Client-Id": self.sim.client_id, "Authorization": f"Bearer {self.token}"}
        return self.session.get(f"{self.sim.helix_url}{path}", params=params, headers=headers, timeout=10)

    def crawl(self, path: str = "/streams", **params) -> list[dict]:
        items, cursor = [], None
        while True:
            page = self.get(path, first=100, **params, **({"after": cursor} if cursor else {})).json()
            items += page["data"]
            cursor = page["pagination"].get("cursor")
            if not cursor or not page["data"]:
                return items


@pytest.fixture
def helix(quiet) -> Helix:
    return Helix(quiet)


class FrozenClock:
    """Epoch seconds that move only when the test says so."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def frozen():
    """A small simulator whose rate limit and tokens run on a frozen clock."""
    clock = FrozenClock()
    with SimulatorServer(SimulatorConfig(seed=3, streams_per_hour=200, hour=HOUR, **QUIET), clock=clock) as server:
        yield Helix(server), clock


# --- auth --------------------------------------------------------------------------------------------
def test_token_needs_the_right_credentials(sim):
    url = f"{sim.auth_url}/token"
    base = {"client_id": sim.client_id, "client_secret": sim.client_secret, "grant_type": "client_credentials"}
    assert requests.post(url, params=base).status_code == 200  # query string works too
    assert requests.post(url, data={**base, "client_id": "nope"}).status_code == 400
    wrong_secret = requests.post(url, data={**base, "client_secret": "nope"})
    assert wrong_secret.status_code == 403 and wrong_secret.json()["status"] == 403
    assert requests.post(url, data={**base, "grant_type": "password"}).status_code == 400


def test_validate_reports_the_client_and_remaining_life(helix):
    reply = requests.get(f"{helix.sim.auth_url}/validate", headers={"Authorization": f"OAuth {helix.token}"})
    assert reply.status_code == 200
    assert reply.json()["client_id"] == helix.sim.client_id and 3500 < reply.json()["expires_in"] <= 3600
    assert requests.get(f"{helix.sim.auth_url}/validate", headers={"Authorization": "OAuth bogus"}).status_code == 401


def test_helix_requires_client_id_and_bearer_token(helix):
    url = f"{helix.sim.helix_url}/streams"
    assert requests.get(url, headers={"Client-Id": helix.sim.client_id}).status_code == 401
    mismatched = requests.get(url, headers={"Client-Id": "other", "Authorization": f"Bearer {helix.token}"})
    assert mismatched.status_code == 401


def test_revoked_tokens_get_401(helix):
    helix.sim.revoke_tokens()
    assert helix.get("/streams").status_code == 401


# --- /streams ----------------------------------------------------------------------------------------
def test_paging_without_drift_returns_every_stream_exactly_once_in_viewer_order(helix):
    streams = helix.crawl()
    truth = helix.sim.population()
    ids = [s["id"] for s in streams]
    assert len(ids) == len(set(ids)) == len(truth)
    assert set(ids) == set(truth.columns["stream_id"])
    viewers = [s["viewer_count"] for s in streams]
    assert viewers == sorted(viewers, reverse=True)


def test_stream_objects_have_helix_shape(helix):
    page = helix.get("/streams").json()
    assert len(page["data"]) == 20 and page["pagination"]["cursor"]
    stream = page["data"][0]
    assert list(stream) == ["id", "user_id", "user_login", "user_name", "game_id", "game_name", "type", "title",
                            "viewer_count", "started_at", "language", "thumbnail_url", "tag_ids", "tags",
                            "is_mature"]
    assert stream["type"] == "live" and stream["tag_ids"] == [] and stream["is_mature"] is False
    assert stream["started_at"].endswith("Z") and "{width}x{height}" in stream["thumbnail_url"]


def test_served_streams_match_the_population_text_for_text(helix):
    truth = helix.sim.population().frame().set_index("stream_id")
    for stream in helix.crawl():
        row = truth.loc[stream["id"]]
        assert (stream["user_login"], stream["user_name"], stream["game_name"], stream["title"], stream["language"]) \
            == (row.user_login, row.user_name, row.game_name, row.title, row.language)
        assert stream["tags"] == list(row.tags)
        assert stream["started_at"] == row.started_at.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_last_page_has_empty_pagination(helix):
    total = len(helix.sim.population())
    assert total % 70
    cursor = None
    for _ in range(total // 70):
        page = helix.get("/streams", first=70, **({"after": cursor} if cursor else {})).json()
        cursor = page["pagination"]["cursor"]
    last = helix.get("/streams", first=70, after=cursor).json()
    assert len(last["data"]) == total % 70 and last["pagination"] == {}


def test_before_cursor_goes_back_a_page(helix):
    first = helix.get("/streams", first=50).json()
    second = helix.get("/streams", first=50, after=first["pagination"]["cursor"]).json()
    back = helix.get("/streams", first=50, before=second["pagination"]["cursor"]).json()
    assert [s["id"] for s in back["data"]] == [s["id"] for s in first["data"]]
    assert back["pagination"] == {}  # nothing before the first page


def test_language_shards_are_disjoint_and_cover_the_live_set(helix):
    truth = helix.sim.population()
    languages = sorted(set(truth.columns["language"]))
    shards = [helix.crawl(language=language) for language in languages]
    ids = [s["id"] for shard in shards for s in shard]
    assert len(ids) == len(set(ids)) == len(truth)
    assert all({s["language"] for s in shard} == {language} for shard, language in zip(shards, languages))
    both = helix.crawl(language=["de", "fr"])
    assert {s["language"] for s in both} == {"de", "fr"}


def test_game_filter_misses_uncategorised_streams(helix):
    truth = helix.sim.population().frame()
    game_ids = sorted(set(truth.game_id) - {""})
    found = sum(len(helix.crawl(game_id=game_ids[i:i + 100])) for i in range(0, len(game_ids), 100))
    assert found == (truth.game_id != "").sum() < len(truth)
    both = helix.crawl(language=["en", "es"], game_id=["509658", "32982"])
    expected = truth[truth.language.isin(["en", "es"]) & truth.game_id.isin(["509658", "32982"])]
    assert sorted(s["id"] for s in both) == sorted(expected.stream_id) and len(both) > 10


def test_user_filters_return_those_streams(helix):
    truth = helix.sim.population().frame()
    some = truth.sample(30, random_state=1)
    by_id = helix.get("/streams", user_id=list(some.user_id[:20]), first=100).json()["data"]
    by_login = helix.get("/streams", user_login=[x.upper() for x in some.user_login[20:]], first=100).json()["data"]
    assert {s["user_id"] for s in by_id + by_login} == set(some.user_id)


def test_bad_requests_get_400(helix):
    assert helix.get("/streams", first=101).status_code == 400
    assert helix.get("/streams", first=0).status_code == 400
    assert helix.get("/streams", user_id=[str(i) for i in range(101)]).status_code == 400
    assert helix.get("/streams", after="not-a-cursor").status_code == 400
    assert helix.get("/users", id=[str(i) for i in range(60)], login=[f"x{i}" for i in range(41)]).status_code == 400
    assert helix.get("/channels").status_code == 400
    assert helix.get("/channels", broadcaster_id=[str(i) for i in range(101)]).status_code == 400
    assert helix.get("/games", id=[str(i) for i in range(101)]).status_code == 400
    body = helix.get("/streams", first=101).json()
    assert body["error"] == "Bad Request" and body["status"] == 400 and body["message"]


def test_drift_makes_a_single_pass_repeat_and_skip_streams(helix):
    helix.sim.update(drift_interval_s=0.002, drift_sigma=0.5)
    streams = helix.crawl()
    ids = [s["id"] for s in streams]
    total = len(helix.sim.population())
    assert len(ids) > len(set(ids)), "no repeats"
    assert len(set(ids)) < total, "no skips"


# --- users, channels, games --------------------------------------------------------------------------
def test_users_and_channels_match_the_streams(helix):
    streams = helix.get("/streams", first=99).json()["data"]
    user_ids = [s["user_id"] for s in streams]
    users = helix.get("/users", id=user_ids + ["999"]).json()["data"]
    assert [u["id"] for u in users] == user_ids
    assert {u["broadcaster_type"] for u in users} <= {"", "affiliate", "partner"}
    by_login = helix.get("/users", login=[s["user_login"] for s in streams[:5]]).json()["data"]
    assert [u["id"] for u in by_login] == user_ids[:5]
    channels = helix.get("/channels", broadcaster_id=user_ids + ["999"]).json()["data"]
    assert len(channels) == len(streams)
    for stream, channel in zip(streams, channels):
        assert (channel["broadcaster_id"], channel["title"], channel["game_id"]) == \
            (stream["user_id"], stream["title"], stream["game_id"])
        assert isinstance(channel["content_classification_labels"], list)
        assert isinstance(channel["is_branded_content"], bool)


def test_offline_streamers_exist_as_users_and_channels(helix):
    live = set(helix.sim.population().columns["user_id"])
    later = helix.sim.population(datetime(2026, 11, 27, 1, tzinfo=timezone.utc)).frame()
    offline = [u for u in later.user_id if u not in live and int(u) < 10**9][:10]
    assert len(helix.get("/users", id=offline).json()["data"]) == len(offline)
    channels = helix.get("/channels", broadcaster_id=offline).json()["data"]
    assert len(channels) == len(offline) and all(c["title"] for c in channels)


def test_games_lookup_and_top_games_by_current_viewers(helix):
    games = helix.get("/games", name=["Just Chatting", "Artifact", "Nonexistent"], id=["32982"]).json()["data"]
    assert {g["name"] for g in games} == {"Just Chatting", "Artifact", "Grand Theft Auto V"}
    assert all(set(g) == {"id", "name", "box_art_url", "igdb_id"} for g in games)
    top = helix.crawl("/games/top")
    truth = helix.sim.population().frame()
    viewers = truth[truth.game_id != ""].groupby("game_id").viewer_count.sum()
    assert sorted(g["id"] for g in top) == sorted(viewers.index)
    assert list(viewers[[g["id"] for g in top]]) == sorted(viewers, reverse=True)


# --- rate limit --------------------------------------------------------------------------------------
def test_rate_limit_headers_and_429_without_spending_points(frozen):
    helix, clock = frozen
    helix.sim.update(rate_limit_points=5, rate_limit_per_minute=6.0)  # one point per 10 s
    points_before = helix.sim.stats()["points_used"]
    replies = [helix.get("/games", id="32982") for _ in range(7)]
    assert helix.sim.stats()["points_used"] == points_before + 5
    assert [r.status_code for r in replies] == [200] * 5 + [429] * 2
    assert [int(r.headers["Ratelimit-Remaining"]) for r in replies[:5]] == [4, 3, 2, 1, 0]
    assert all(r.headers["Ratelimit-Limit"] == "5" for r in replies)
    assert replies[5].json() == {"error": "Too Many Requests", "status": 429, "message": "Too Many Requests"}
    assert int(replies[6].headers["Ratelimit-Reset"]) == clock.now + 50  # five points at the actual refill
    assert helix.sim.stats()["rate_limited"] == 2
    clock.now += 10
    assert helix.get("/games", id="32982").status_code == 200  # one point back after 10 s


def test_bucket_refills_at_the_actual_rate(frozen):
    helix, clock = frozen
    helix.sim.update(rate_limit_points=5, rate_limit_per_minute=600.0)  # one point per 0.1 s
    while helix.get("/games", id="32982").status_code == 200:
        pass
    clock.now += 0.35
    assert sum(helix.get("/games", id="32982").status_code == 200 for _ in range(8)) == 3
    clock.now += 60
    assert sum(helix.get("/games", id="32982").status_code == 200 for _ in range(8)) == 5  # it holds at most 5


def test_expired_token_gets_401_with_twitch_body_and_a_new_token_works(frozen):
    helix, clock = frozen
    helix.sim.update(token_ttl_s=60.0)
    helix.token = helix.new_token()
    clock.now += 59.9
    assert helix.get("/streams").status_code == 200
    clock.now += 0.1
    expired = helix.get("/streams")
    assert expired.status_code == 401
    assert expired.json() == {"error": "Unauthorized", "status": 401, "message": "Invalid OAuth token"}
    assert expired.headers["Ratelimit-Limit"] == "800"  # Helix replies carry the bucket, errors too
    helix.token = helix.new_token()
    assert helix.get("/streams").status_code == 200


# --- faults ------------------------------------------------------------------------------------------
def test_injected_503_and_html_502(helix):
    helix.sim.update(error_503_rate=1.0)
    reply = helix.get("/streams")
    assert reply.status_code == 503 and reply.json()["status"] == 503 and "Ratelimit-Remaining" in reply.headers
    helix.sim.update(error_503_rate=0.0, error_502_html_rate=1.0)
    reply = helix.get("/streams")
    assert reply.status_code == 502 and reply.headers["Content-Type"].startswith("text/html")
    assert "<html>" in reply.text
    faults = helix.sim.stats()["faults"]
    assert faults["503"] >= 1 and faults["502_html"] >= 1


def test_dropped_connections(helix):
    helix.sim.update(drop_connection_rate=1.0)
    with pytest.raises(requests.ConnectionError):
        helix.get("/streams")
    helix.sim.update(drop_connection_rate=0.0)
    assert helix.get("/streams").status_code == 200  # the session recovers on a new connection


def test_malformed_replies(helix):
    helix.sim.update(malformed_rate=1.0)
    for _ in range(6):
        reply = helix.get("/streams")
        assert reply.status_code == 200
        try:
            assert "data" not in reply.json()
        except ValueError:
            pass  # truncated JSON


def test_fault_rates_are_probabilities(helix):
    helix.sim.update(error_503_rate=0.3)
    codes = [helix.get("/games", id="32982").status_code for _ in range(200)]
    assert 30 < codes.count(503) < 90 and codes.count(200) == 200 - codes.count(503)


def test_last_page_quirks_end_a_crawl_with_bad_or_repeated_cursors(helix):
    helix.sim.update(last_page_quirk_rate=1.0)
    ids, cursor, seen_cursors, last_full_page = [], None, set(), None
    for _ in range(100):
        page = helix.get("/streams", first=100, **({"after": cursor} if cursor else {})).json()
        if not page["data"]:  # the stop rule for an empty page
            break
        ids += [s["id"] for s in page["data"]]
        last_full_page = page
        cursor = page["pagination"].get("cursor")
        if cursor in (None, "IA") or cursor in seen_cursors:
            break
        seen_cursors.add(cursor)
    assert len(ids) == len(set(ids)) == len(helix.sim.population())
    assert last_full_page["pagination"].get("cursor")  # the quirk: the last page still points onward
    after_end = helix.get("/streams", first=100, after=last_full_page["pagination"]["cursor"]).json()
    assert after_end["data"] == []
    assert after_end["pagination"] in ({}, {"cursor": last_full_page["pagination"]["cursor"]})


# --- control -----------------------------------------------------------------------------------------
def test_set_hour_serves_that_hour_and_truth_endpoint(helix):
    other = datetime(2026, 11, 27, 2, 30, tzinfo=timezone.utc)
    helix.sim.set_hour(other)
    try:
        ids = {s["id"] for s in helix.crawl()}
        assert ids == set(helix.sim.population(other).columns["stream_id"])
        truth = requests.get(f"{helix.sim.base_url}/_sim/truth", params={"hour": "2026-11-27T02"}).json()
        assert truth["hour"].startswith("2026-11-27T02:00") and {r["stream_id"] for r in truth["streams"]} == ids
        assert {"behaviour", "violation_type", "is_violation", "is_evasive_hop"} <= set(truth["streams"][0])
    finally:
        helix.sim.set_hour(HOUR)
    health = requests.get(f"{helix.sim.base_url}/_sim/health").json()
    assert health["status"] == "ok" and health["hour"].startswith("2026-11-26T13")


def test_latency_is_slept_per_request(helix):
    helix.sim.update(latency_s=0.05)
    start = time.perf_counter()
    for _ in range(4):
        helix.get("/games", id="32982")
    assert time.perf_counter() - start >= 0.2


def test_stats_count_requests_by_endpoint(helix):
    before = helix.sim.stats()
    helix.get("/streams")
    helix.get("/streams", first=500)
    after = helix.sim.stats()
    streams_before = before["requests_by_endpoint"].get("/helix/streams", 0)
    assert after["requests_by_endpoint"]["/helix/streams"] == streams_before + 2
    assert after["bad_requests"] == before["bad_requests"] + 1


def test_cli_uses_environment_credentials_stops_on_sigterm_and_never_prints_the_secret():
    env = {**os.environ, "TWITCH_CLIENT_ID": "cli-client", "TWITCH_CLIENT_SECRET": "cli-secret-value"}
    # Started with SIGTERM ignored, as a background `make test` leaves it after in-process Dagster runs:
    # the server must still stop on it.
    process = subprocess.Popen([sys.executable, "-m", "twitch_assets.simulator", "--streams", "200"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                               cwd=Path(__file__).resolve().parents[1],
                               preexec_fn=lambda: signal.signal(signal.SIGTERM, signal.SIG_IGN))
    try:
        lines = [process.stdout.readline().strip() for _ in range(3)]
        printed = dict(line.split("=", 1) for line in lines if "=" in line)
        if len(printed) < 3:  # it exited early: say why
            process.kill()
            pytest.fail(f"the simulator printed {lines!r}; stderr: {process.communicate(timeout=60)[1]}")
        token = requests.post(f"{printed['TWITCH_AUTH_BASE_URL']}/token", timeout=60, data={
            "client_id": "cli-client", "client_secret": "cli-secret-value", "grant_type": "client_credentials"})
        assert token.status_code == 200 and printed["TWITCH_CLIENT_ID"] == "cli-client"
    finally:
        process.terminate()
        try:
            out, err = process.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            pytest.fail("the simulator did not stop on SIGTERM")
    assert process.returncode == 0 and "cli-secret-value" not in out + err
