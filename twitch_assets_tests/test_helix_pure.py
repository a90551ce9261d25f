"""The pure parts of the Helix client: stop rules, batching, limits, backoff, capture-recapture,
reply validation and telemetry."""

from __future__ import annotations

import random
import threading

import pytest

from twitch_assets.helix import MalformedReplyError, RequestStats, chapman_estimate, id_batches, next_cursor
from twitch_assets.helix.client import check_params, parse_reply
from twitch_assets.helix.retry import backoff_delay
from twitch_assets_tests.helix_samples import stream


def page(n: int, cursor: str | None = "abc", pagination: object = "default") -> dict:
    data = [stream(str(i), str(i)) for i in range(n)]
    if pagination == "default":
        pagination = {"cursor": cursor} if cursor is not None else {}
    out: dict = {"data": data}
    if pagination is not None:
        out["pagination"] = pagination
    return out


# --- pagination stop rules ---------------------------------------------------------------------
def test_follows_a_fresh_cursor_even_after_a_short_page():
    assert next_cursor(page(3, "c2"), {"c1"}) == "c2"


@pytest.mark.parametrize(
    "reply, why",
    [
        (page(0, "c2"), "empty page that still carries a cursor"),
        (page(5, None), "empty pagination object"),
        (page(5, pagination=None), "pagination missing"),
        (page(5, pagination={"cursor": ""}), "blank cursor"),
        (page(5, "IA"), "Twitch's bad last-page cursor"),
        (page(5, "c1"), "cursor already followed"),
    ],
)
def test_stops(reply, why):
    assert next_cursor(reply, {"c1"}) is None, why


# --- batching and call limits ------------------------------------------------------------------
def test_batches_never_exceed_100_and_keep_every_distinct_id_once():
    rng = random.Random(3)
    for _ in range(50):
        ids = [str(rng.randrange(1000)) for _ in range(rng.randrange(0, 1500))] + ["", ""]
        batches = id_batches(ids)
        assert all(1 <= len(batch) <= 100 for batch in batches)
        flat = [i for batch in batches for i in batch]
        assert flat == list(dict.fromkeys(i for i in ids if i))


def test_batch_size_above_100_is_refused():
    with pytest.raises(ValueError):
        id_batches(["1"], size=101)


@pytest.mark.parametrize(
    "endpoint, params",
    [
        ("users", [("id", str(i)) for i in range(101)]),
        ("users", [("id", str(i)) for i in range(60)] + [("login", f"u{i}") for i in range(41)]),
        ("games", [("id", "1")] * 50 + [("name", "x")] * 50 + [("igdb_id", "2")]),
        ("streams", [("user_id", str(i)) for i in range(101)]),
        ("streams", [("first", "101")]),
        ("streams", [("first", "0")]),
    ],
)
def test_calls_helix_would_refuse_are_refused_before_sending(endpoint, params):
    with pytest.raises(ValueError):
        check_params(endpoint, params)


def test_100_ids_per_filter_are_fine():
    user_ids = [("user_id", str(i)) for i in range(100)]
    check_params("streams", user_ids + [("language", "en"), ("first", "100")])
    check_params("users", [("id", str(i)) for i in range(50)] + [("login", f"u{i}") for i in range(50)])


# --- backoff -----------------------------------------------------------------------------------
def test_backoff_is_full_jitter_within_a_doubling_ceiling_capped_at_the_max():
    rng = random.Random(5)
    for attempt, ceiling in [(0, 0.25), (1, 0.5), (3, 2.0), (6, 10.0), (40, 10.0), (5000, 10.0)]:
        samples = [backoff_delay(attempt, 0.25, 10.0, rng) for _ in range(2000)]
        assert 0.0 <= min(samples) and max(samples) <= ceiling
        assert max(samples) > 0.95 * ceiling and min(samples) < 0.05 * ceiling  # spread over the whole range
        assert sum(samples) / len(samples) == pytest.approx(ceiling / 2, rel=0.08)


# --- capture-recapture -------------------------------------------------------------------------
def test_chapman_known_value_and_edge_cases():
    assert chapman_estimate(100, 100, 50) == pytest.approx(101 * 101 / 51 - 1)
    assert chapman_estimate(10, 10, 10) == pytest.approx(10)
    assert chapman_estimate(5, 7, 0) == pytest.approx(47)
    with pytest.raises(ValueError):
        chapman_estimate(5, 7, 6)


def test_chapman_recovers_the_population_from_independent_passes():
    rng = random.Random(11)
    population = range(20_000)
    first = {i for i in population if rng.random() < 0.9}
    second = {i for i in population if rng.random() < 0.9}
    estimate = chapman_estimate(len(first), len(second), len(first & second))
    assert estimate == pytest.approx(20_000, rel=0.005)


# --- reply validation ---------------------------------------------------------------------------
def test_a_valid_page_passes():
    body = b'{"data": [{"id": "1", "user_id": "2", "user_login": "a", "user_name": "A", "game_id": "", ' \
           b'"game_name": "", "type": "live", "title": "t", "viewer_count": 3, "started_at": "x", ' \
           b'"language": "en", "thumbnail_url": "u"}], "pagination": {}}'
    assert parse_reply("streams", body)["data"][0]["id"] == "1"


@pytest.mark.parametrize(
    "body, field",
    [
        (b'{"data": [{"id": "1"', "body"),  # truncated
        (b"<html>502 Bad Gateway</html>", "body"),
        (b'{"total": 3}', "data"),
        (b'{"data": {"id": "1"}}', "data"),
        (b'{"data": [], "pagination": "abc"}', "pagination"),
        (b'{"data": [{"id": "1", "login": "a", "display_name": "A", "type": "", "created_at": "x"}]}',
         "data[0].broadcaster_type"),
        (b'{"data": [{"id": "", "name": "n", "box_art_url": "u"}]}', "data[0].id"),
    ],
)
def test_malformed_replies_name_the_endpoint_and_field(body, field):
    endpoint = "users" if b"login" in body else "games" if b"box_art" in body else "streams"
    with pytest.raises(MalformedReplyError) as caught:
        parse_reply(endpoint, body)
    assert caught.value.field == field
    assert f"/{endpoint}" in str(caught.value) and field in str(caught.value)


# --- telemetry ---------------------------------------------------------------------------------
def test_stats_count_correctly_from_many_threads():
    stats = RequestStats()

    def work() -> None:
        for _ in range(1000):
            stats.request("streams")
            stats.count("retries")
            stats.waited_for_rate_limit(0.001)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    summary = stats.as_dict()
    assert summary["requests"] == 8000 and summary["requests_by_endpoint"] == {"streams": 8000}
    assert summary["retries"] == 8000
    assert summary["ratelimit_wait_s"] == pytest.approx(8.0)
    assert {"rate_limited", "unauthorized", "server_errors", "connection_errors", "points_used", "pages",
            "wall_s"} <= summary.keys()


def test_stats_refuse_unknown_counters():
    with pytest.raises(KeyError):
        RequestStats().count("retrys")
