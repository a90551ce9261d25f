"""HelixClient and AppTokenProvider against a scripted session: retries, 401s, 429s, errors, secrets."""

from __future__ import annotations

import json
import threading
import time
import traceback
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
from requests.structures import CaseInsensitiveDict

from twitch_assets.helix import (
    AdaptiveRateLimiter,
    AppTokenProvider,
    HelixAuthError,
    HelixClient,
    HelixRequestError,
    MalformedReplyError,
    RequestStats,
)
from twitch_assets_tests.helix_samples import stream, user
from twitch_assets_tests.test_helix_ratelimit import FakeClock

SECRET = "s3cr3t-client-secret"


def reply(status: int = 200, body: object = None, *, html: bool = False, headers: dict | None = None):
    response = requests.Response()
    response.status_code = status
    reasons = {200: "OK", 401: "Unauthorized", 429: "Too Many Requests", 503: "Service Unavailable"}
    response.reason = reasons.get(status, "Whatever")
    if html:
        response._content = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
        response.headers = CaseInsensitiveDict({"Content-Type": "text/html"})
    else:
        payload = body if body is not None else {"data": []}
        response._content = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        response.headers = CaseInsensitiveDict({"Content-Type": "application/json", **(headers or {})})
    return response


def error_reply(status: int, reason: str) -> requests.Response:
    return reply(status, {"error": reason, "status": status, "message": "details"})


class ScriptedSession(requests.Session):
    """Answers GETs from a script (a reply, or an exception to raise) and mints numbered tokens."""

    def __init__(self, script=(), default=None, token_delay_s: float = 0.0):
        super().__init__()
        self.script = list(script)
        self.default = default
        self.gets: list[dict] = []
        self.token_posts = 0
        self.token_delay_s = token_delay_s
        self._lock = threading.Lock()

    def send(self, request, **kwargs):
        url = urlsplit(request.url)
        with self._lock:
            self.gets.append({"url": f"{url.scheme}://{url.netloc}{url.path}",
                              "params": parse_qsl(url.query, keep_blank_values=True),
                              "headers": dict(request.headers)})
            step = self.script.pop(0) if self.script else self.default
        if isinstance(step, Exception):
            raise step
        return step

    def post(self, url, data=None, timeout=None):
        time.sleep(self.token_delay_s)
        with self._lock:
            self.token_posts += 1
            n = self.token_posts
        return reply(200, {"access_token": f"tok-{n}", "expires_in": 3600, "token_type": "bearer"})


def make_client(session, **kwargs):
    tokens = AppTokenProvider("http://auth.test/oauth2", "cid", SECRET, session)
    stats = RequestStats()
    sleeps: list[float] = []
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(clock=clock, wait=clock.wait)  # rate-limit waits pass no real time
    client = HelixClient(
        "http://api.test/helix", tokens, session, limiter, stats,
        max_retries=kwargs.pop("max_retries", 3), sleep=sleeps.append, **kwargs,
    )
    client.limiter_clock = clock
    return client, stats, sleeps


def users_page(*ids: str) -> requests.Response:
    return reply(200, {"data": [user(i) for i in ids]})


def all_text(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc)) + repr(exc) + repr(vars(exc))


def test_5xx_is_retried_with_bounded_backoff_then_succeeds():
    session = ScriptedSession(
        [error_reply(503, "Service Unavailable"), reply(502, html=True), users_page("1")]
    )
    client, stats, sleeps = make_client(session, backoff_base_s=0.25, backoff_max_s=10)
    assert [u["id"] for u in client.get_users(["1"])] == ["1"]
    assert stats["retries"] == 2 and stats["server_errors"] == 2
    assert len(sleeps) == 2 and 0 <= sleeps[0] <= 0.25 and 0 <= sleeps[1] <= 0.5


@pytest.mark.parametrize(
    "failure, words",
    [
        (error_reply(503, "Service Unavailable"), "HTTP 503 (Service Unavailable)"),
        (reply(502, html=True), "HTTP 502 with an HTML body"),
        (requests.ConnectionError("Connection aborted"), "connection failed (ConnectionError)"),
        (requests.ReadTimeout("read timed out"), "timed out (ReadTimeout)"),
    ],
)
def test_final_failure_names_the_endpoint_and_what_happened(failure, words):
    session = ScriptedSession(default=failure)
    client, stats, _ = make_client(session, max_retries=3)
    with pytest.raises(HelixRequestError) as caught:
        client.streams_page([("language", "en")])
    assert str(caught.value) == f"GET /streams failed after 4 attempts: {words}"
    assert caught.value.endpoint == "streams" and caught.value.attempts == 4
    assert len(session.gets) == 4 and stats["retries"] == 3


def test_malformed_replies_are_retried_then_raised_naming_the_field():
    truncated = reply(200, b'{"data": [{"id": "1", "lo')
    session = ScriptedSession([truncated, users_page("7")])
    client, stats, _ = make_client(session)
    assert client.get_users(["7"])[0]["id"] == "7"
    assert stats["malformed_replies"] == 1

    session = ScriptedSession(default=reply(200, {"data": [{"id": "7", "login": "x"}]}))
    client, _, _ = make_client(session, max_retries=2)
    with pytest.raises(MalformedReplyError) as caught:
        client.get_users(["7"])
    assert caught.value.field == "data[0].display_name" and caught.value.attempts == 3
    assert "GET /users" in str(caught.value)


def test_a_client_error_is_not_retried():
    session = ScriptedSession(default=error_reply(400, "Bad Request"))
    client, _, _ = make_client(session)
    with pytest.raises(HelixRequestError, match=r"GET /games failed: HTTP 400 \(Bad Request\)"):
        client.get_games(["1"])
    assert len(session.gets) == 1


def test_401_renews_the_token_once_and_resends_with_the_new_one():
    session = ScriptedSession([error_reply(401, "Unauthorized"), users_page("1")])
    client, stats, _ = make_client(session)
    client.get_users(["1"])
    assert [g["headers"]["Authorization"] for g in session.gets] == ["Bearer tok-1", "Bearer tok-2"]
    assert all(g["headers"]["Client-Id"] == "cid" for g in session.gets)
    assert stats["unauthorized"] == 1 and stats["token_renewals"] == 1 and stats["retries"] == 0


def test_401s_that_never_stop_fail_without_leaking_secrets():
    session = ScriptedSession(default=error_reply(401, "Unauthorized"))
    client, _, _ = make_client(session)
    with pytest.raises(HelixAuthError) as caught:
        client.get_users(["1"])
    assert "GET /users" in str(caught.value)
    text = all_text(caught.value)
    assert SECRET not in text and "tok-" not in text and "Bearer" not in text


def test_429s_are_waited_out_and_resent_never_dropped():
    limited = reply(429, {"error": "Too Many Requests", "status": 429, "message": ""},
                    headers={"Ratelimit-Limit": "800", "Ratelimit-Remaining": "0"})
    session = ScriptedSession([limited] * 20 + [users_page("1", "2")])
    client, stats, sleeps = make_client(session, max_retries=0)
    assert [u["id"] for u in client.get_users(["1", "2"])] == ["1", "2"]
    assert stats["rate_limited"] == 20 and stats["retries"] == 0 and sleeps == []
    assert len(session.gets) == 21
    assert client.limiter_clock.now > 20 * 2 / (800 / 60)  # each resend waited for the refill


def test_points_are_counted_from_rate_limit_headers():
    charged = reply(200, {"data": []}, headers={"Ratelimit-Limit": "800", "Ratelimit-Remaining": "799"})
    session = ScriptedSession([charged, reply(200, {"data": []})])
    client, stats, _ = make_client(session)
    client.get_users(["1"])
    client.get_users(["2"])
    assert stats["points_used"] == 1 and stats.total_requests == 2


def test_typed_calls_refuse_more_than_100_ids_without_calling():
    session = ScriptedSession(default=users_page())
    client, _, _ = make_client(session)
    for call in (client.get_users, client.get_channels, client.get_games, client.get_streams_by_user):
        with pytest.raises(ValueError):
            call([str(i) for i in range(101)])
        assert call([]) == []
    assert session.gets == []


def test_streams_page_asks_for_100_from_the_cursor():
    session = ScriptedSession(default=reply(200, {"data": [stream("1", "2")], "pagination": {"cursor": "n"}}))
    client, stats, _ = make_client(session)
    client.streams_page([("language", "de")], "abc")
    client.get_streams_by_user(["5", "6"])
    assert session.gets[0]["params"] == [("language", "de"), ("first", "100"), ("after", "abc")]
    assert session.gets[0]["url"] == "http://api.test/helix/streams"
    assert session.gets[1]["params"] == [("user_id", "5"), ("user_id", "6"), ("first", "100")]
    assert stats["pages"] == 1


def test_concurrent_401s_with_the_same_stale_token_renew_once():
    session = ScriptedSession(token_delay_s=0.05)
    tokens = AppTokenProvider("http://auth.test/oauth2", "cid", SECRET, session)
    stale = tokens.token()
    barrier = threading.Barrier(16)
    renewed: list[bool] = []

    def on_401() -> None:
        barrier.wait()
        renewed.append(tokens.renew(stale))

    threads = [threading.Thread(target=on_401) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert session.token_posts == 2  # the first token and one renewal
    assert renewed.count(True) == 1 and tokens.token() == "tok-2" and tokens.renewals == 1


def test_a_refused_token_request_names_the_call_but_not_the_secret():
    class Refusing(ScriptedSession):
        def post(self, url, data=None, timeout=None):
            self.token_posts += 1
            return error_reply(403, "Forbidden")

    session = Refusing()
    tokens = AppTokenProvider("http://auth.test/oauth2", "cid", SECRET, session)
    with pytest.raises(HelixAuthError, match=r"POST /token failed: HTTP 403 \(Forbidden\)") as caught:
        tokens.token()
    assert session.token_posts == 1
    assert SECRET not in all_text(caught.value) and SECRET not in repr(tokens)
