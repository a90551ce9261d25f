"""The crawl and hydration orchestration against a scripted in-memory Helix (no HTTP)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from twitch_assets.helix import HelixRequestError, crawl_live_streams, hydrate
from twitch_assets_tests.helix_samples import channel, stream, user


class ListingClient:
    """Serves each language's streams in pages of ``page_size`` with cursor ``lang:offset``.

    ``scripted`` replaces a language's listing by explicit pages: {language: [(rows, cursor), ...]},
    the cursor naming the index of the next page to serve.
    """

    def __init__(self, streams: list[dict], page_size: int = 100, scripted=None, hidden=(), on_page=None,
                 on_recheck=None):
        self.by_language: dict[str, list[dict]] = {}
        for s in streams:
            self.by_language.setdefault(s["language"], []).append(s)
        self.by_user = {s["user_id"]: s for s in streams}
        self.page_size = page_size
        self.scripted = scripted or {}
        self.hidden = set(hidden)  # stream ids the listing never shows (but /streams?user_id= does)
        self.on_page, self.on_recheck = on_page, on_recheck
        self.calls: list[tuple[str, object]] = []
        self.calls_with_cursor: list[tuple[str, str | None]] = []
        self._lock = threading.Lock()

    def streams_page(self, filters, after=None):
        (key, language), = filters
        assert key == "language"
        with self._lock:
            self.calls.append(("page", language))
            self.calls_with_cursor.append((language, after))
        if self.on_page:
            self.on_page(language, after)
        if language in self.scripted:
            rows, cursor = self.scripted[language][int(after or 0)]
            return {"data": rows, "pagination": {"cursor": cursor} if cursor else {}}
        visible = [s for s in self.by_language.get(language, []) if s["id"] not in self.hidden]
        start = int(after.split(":")[1]) if after else 0
        rows = visible[start:start + self.page_size]
        more = start + self.page_size < len(visible)
        cursor = f"{language}:{start + self.page_size}"
        return {"data": rows, "pagination": {"cursor": cursor} if more else {}}

    def get_streams_by_user(self, ids):
        assert 1 <= len(ids) <= 100
        with self._lock:
            self.calls.append(("recheck", len(ids)))
        if self.on_recheck:
            self.on_recheck()
        return [self.by_user[i] for i in ids if i in self.by_user]


def population(counts: dict[str, int]) -> list[dict]:
    out, n = [], 0
    for language, count in counts.items():
        for _ in range(count):
            out.append(stream(f"s{n}", f"u{n}", language=language, viewers=1000 - n % 1000))
            n += 1
    return out


@pytest.fixture
def executor():
    with ThreadPoolExecutor(max_workers=16) as pool:
        yield pool


def test_every_stream_once_and_honest_stats_on_a_still_listing(executor):
    streams = population({"en": 450, "es": 120, "other": 30, "ja": 0})
    client = ListingClient(streams)
    result = crawl_live_streams(client, executor, languages=["en", "es", "ja", "other"], passes=2)
    assert sorted(s["id"] for s in result.streams) == sorted(s["id"] for s in streams)
    stats = result.stats
    assert stats["pages"] == 2 * (5 + 2 + 1 + 1)
    assert stats["rows_fetched"] == 1200 and stats["duplicates_dropped"] == 600 and stats["streams"] == 600
    assert stats["per_pass_streams"] == {"1": 600, "2": 600}
    assert stats["estimated_live_total"] == 600 and stats["coverage_estimate"] == 1.0
    assert stats["unknown_languages"] == {} and stats["recheck_calls"] == 0


def test_duplicates_keep_the_copy_fetched_last_and_stop_rules_end_chains(executor):
    a_old, a_new = stream("a", "1", viewers=50), stream("a", "1", viewers=7)
    scripted = {
        "en": [([a_old, stream("b", "2")], "1"), ([a_new, stream("c", "3")], "1")],  # repeated cursor
        "de": [([stream("d", "4", language="de")], "IA")],  # the bad last-page cursor
        "fr": [([stream("e", "5", language="fr")], "1"), ([], "2")],  # empty page with a cursor
    }
    client = ListingClient([], scripted=scripted)
    result = crawl_live_streams(client, executor, languages=["en", "de", "fr"], passes=1)
    by_id = {s["id"]: s for s in result.streams}
    assert sorted(by_id) == ["a", "b", "c", "d", "e"]
    assert by_id["a"]["viewer_count"] == 7
    assert result.stats["duplicates_dropped"] == 1
    assert result.stats["pages"] == 2 + 1 + 2
    assert "coverage_estimate" not in result.stats  # one pass: nothing to compare


def test_recheck_finds_last_hours_streamers_the_passes_missed_in_batches_of_100(executor):
    streams = population({"en": 600, "es": 100})
    hidden = {s["id"] for s in streams[::3]}  # the listing skips a third of them
    client = ListingClient(streams, hidden=hidden)
    last_hour = [s["user_id"] for s in streams] + [f"offline{i}" for i in range(150)] + [""]
    result = crawl_live_streams(client, executor, languages=["en", "es"], recheck_user_ids=last_hour)
    assert {s["id"] for s in result.streams} == {s["id"] for s in streams}
    assert result.stats["recheck_found"] == len(hidden)
    assert result.stats["recheck_requested"] == len(hidden) + 150  # only those the passes did not see
    recheck_sizes = [n for kind, n in client.calls if kind == "recheck"]
    assert max(recheck_sizes) <= 100 and sum(recheck_sizes) == len(hidden) + 150


def test_the_recheck_runs_alongside_the_last_pages_of_the_later_pass(executor):
    """The later pass's last page is held until the re-check has run: a crawl that waited for every
    pass before re-checking would leave it held (and fail here), however fast or loaded the machine."""
    streams = population({"en": 3000})
    rechecked, lock = threading.Event(), threading.Lock()
    chains_started, pass_of_thread, held = [0], {}, []  # a chain's pass: when it asked for its first page

    def hold_the_later_pass_at_its_last_page(language, after):
        me = threading.get_ident()
        if after is None:
            with lock:
                chains_started[0] += 1
                pass_of_thread[me] = chains_started[0]
        elif after == "en:2900" and pass_of_thread[me] == 2:
            held.append(rechecked.wait(timeout=60))

    client = ListingClient(streams, hidden={"s5"}, on_page=hold_the_later_pass_at_its_last_page,
                           on_recheck=rechecked.set)
    result = crawl_live_streams(client, executor, languages=["en"], passes=2, stagger_pages=2,
                                recheck_user_ids=["u5"])
    assert held == [True]  # the re-check ran while the later pass's last page was outstanding
    assert result.stats["recheck_found"] == 1 and result.stats["streams"] == 3000


def test_streams_in_languages_outside_the_shards_are_reported(executor):
    outsiders = [stream("x1", "ux1", language="xx"), stream("x2", "ux2", language="xx")]
    streams = population({"en": 20}) + outsiders
    client = ListingClient(streams)
    result = crawl_live_streams(client, executor, languages=["en"], recheck_user_ids=["ux1", "ux2"])
    assert result.stats["unknown_languages"] == {"xx": 2}
    assert result.stats["streams"] == 22


def test_shards_page_concurrently(executor):
    # Every shard's first page waits until all three shards have started: serial chains would deadlock.
    barrier = threading.Barrier(3, timeout=5)

    def first_pages_meet(language, after):
        if after is None:
            barrier.wait()

    client = ListingClient(population({"en": 250, "es": 150, "de": 50}), on_page=first_pages_meet)
    result = crawl_live_streams(client, executor, languages=["en", "es", "de"], passes=1)
    assert result.stats["streams"] == 450


def test_a_second_pass_runs_alongside_the_first_a_few_pages_behind(executor):
    """The first pass is held halfway until the second has started: a second pass that waited for
    the first to finish would leave it held (and fail here), however loaded the machine."""
    second_started, lock, first_pages = threading.Event(), threading.Lock(), []

    def hold_the_first_pass_halfway(language, after):
        with lock:
            first_pages.append(after)
        if after is None and len(first_pages) > 1:
            second_started.set()
        elif after == "en:1000" and not second_started.is_set():
            assert second_started.wait(timeout=60), "the second pass did not start while the first was halfway"

    client = ListingClient(population({"en": 2000}), on_page=hold_the_first_pass_halfway)
    crawl_live_streams(client, executor, languages=["en"], passes=2, stagger_pages=3)
    cursors = [after for _, after in client.calls_with_cursor]
    second_start = cursors.index(None, 1)
    assert cursors[:second_start].count("en:200") == 1  # pass 1 had fetched its third page...
    assert "en:1100" not in cursors[:second_start]  # ...and was held halfway (of 20 pages) until it began


def test_chains_start_in_shard_order_with_all_passes_of_a_shard_together():
    client = ListingClient(population({"en": 10, "es": 10, "de": 10}))
    with ThreadPoolExecutor(max_workers=1) as one_thread:
        crawl_live_streams(client, one_thread, languages=["en", "es", "de"], passes=2)
    assert [language for _, language in client.calls] == ["en", "en", "es", "es", "de", "de"]


def test_a_failing_chain_fails_the_crawl_and_stops_the_others(executor):
    def fail_german(language, after):
        if language == "de":
            raise HelixRequestError("streams", "HTTP 503 (Service Unavailable)", 503, 7)
        time.sleep(0.002)

    client = ListingClient(population({"en": 100_000, "de": 10}), page_size=10, on_page=fail_german)
    with pytest.raises(HelixRequestError, match="GET /streams failed after 7 attempts"):
        crawl_live_streams(client, executor, languages=["en", "de"], passes=1)
    assert len(client.calls) < 1000  # the English chain stopped instead of paging all 10,000 pages


def test_passes_must_be_positive(executor):
    with pytest.raises(ValueError):
        crawl_live_streams(ListingClient([]), executor, passes=0)


class LookupClient:
    def __init__(self, known_users: set[str], known_games: set[str], barrier: threading.Barrier):
        self.known_users, self.known_games, self.barrier = known_users, known_games, barrier
        self.calls: list[tuple[str, int]] = []
        self._lock = threading.Lock()

    def _called(self, kind: str, ids) -> None:
        assert 1 <= len(ids) <= 100 and "" not in ids
        with self._lock:
            self.calls.append((kind, len(ids)))
        self.barrier.wait()

    def get_users(self, ids):
        self._called("users", ids)
        return [user(i) for i in ids if i in self.known_users]

    def get_channels(self, ids):
        self._called("channels", ids)
        return [channel(i) for i in ids if i in self.known_users]

    def get_games(self, ids):
        self._called("games", ids)
        return [{"id": i, "name": f"game {i}", "box_art_url": "", "igdb_id": ""}
                for i in ids if i in self.known_games]


def test_hydration_batches_by_100_all_at_once_and_keys_by_id():
    user_ids = [str(i) for i in range(250)] + ["3", "", "7"]  # repeats and a blank
    game_ids = [str(g) for g in range(120)] + ["", ""]  # blank categories are skipped
    known_users = {str(i) for i in range(250) if i % 10}
    # 3 user calls + 3 channel calls + 2 game calls, all in flight together or the barrier breaks.
    client = LookupClient(known_users, {str(g) for g in range(100)}, threading.Barrier(8, timeout=5))
    reports: list[tuple[int, int]] = []
    with ThreadPoolExecutor(max_workers=8) as pool:
        result = hydrate(client, pool, user_ids, game_ids, progress=lambda done, total: reports.append((done, total)))
    assert sorted(reports) == [(n, 8) for n in range(1, 9)]
    assert sorted(n for kind, n in client.calls if kind == "users") == [50, 100, 100]
    assert sorted(n for kind, n in client.calls if kind == "games") == [20, 100]
    assert set(result.users) == known_users and set(result.channels) == known_users
    assert result.users["11"]["id"] == "11" and result.channels["11"]["broadcaster_id"] == "11"
    assert len(result.games) == 100 and result.games["5"]["name"] == "game 5"
    assert result.stats["users_requested"] == 250 and result.stats["users_missing"] == 25
    assert result.stats["games_requested"] == 120 and result.stats["games_missing"] == 20
    assert result.stats["calls"] == 8
