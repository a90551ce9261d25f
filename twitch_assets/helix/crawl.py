"""The hourly snapshot of every live stream: /streams crawled as concurrent language shards.

The listing is ordered by viewers and paged with a keyset cursor, so while a chain pages, streams
whose counts move cross its cursor: one pass both repeats and skips streams. The crawl therefore

* splits the live set into disjoint shards with the ``language`` filter (each stream has exactly one
  language) and pages them concurrently, one cursor chain per shard and pass, biggest shards first
  so the longest chain (English) starts at once: it is the crawl's critical path;
* runs ``passes`` independent passes at the same time (not one after another, which would double
  the wall time); a stream missed by one pass is usually caught by another, and the overlap between
  passes gives Chapman's capture-recapture estimate of the live total, hence of coverage;
* re-checks, 100 per call, last hour's streamers that the first pass did not see (most are still
  live), while the later passes finish;
* keeps one row per stream id: the copy fetched last, the freshest.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, Future, wait
from dataclasses import dataclass

from twitch_assets.helix.batching import id_batches
from twitch_assets.helix.capture import chapman_estimate
from twitch_assets.helix.client import HelixClient
from twitch_assets.helix.concurrency import wait_all
from twitch_assets.helix.pagination import next_cursor

# Twitch's stream languages (ISO 639-1, plus "asl" and the catch-all "other"), roughly biggest
# first: the order chains are started in.
TWITCH_LANGUAGES: tuple[str, ...] = (
    "en", "es", "de", "ru", "pt", "ja", "fr", "ko", "zh", "it", "pl", "tr", "other", "ar", "th", "uk",
    "zh-hk", "cs", "nl", "sv", "hu", "vi", "id", "fi", "da", "no", "el", "ro", "hi", "sk", "bg", "tl",
    "ms", "ca", "asl",
)

Progress = Callable[[int, int], None]
log = logging.getLogger(__name__)


@dataclass
class CrawlResult:
    streams: list[dict]
    stats: dict[str, object]


class _Listing:
    """The streams seen so far, shared by every chain: one row per id, the last fetched wins."""

    def __init__(self, passes: int, progress: Progress | None):
        self._lock = threading.Lock()
        self._progress = progress
        self.streams: dict[str, dict] = {}
        self.seen_by_pass: list[set[str]] = [set() for _ in range(passes)]
        self.rechecked: set[str] = set()
        self.pages = 0
        self.rows_fetched = 0

    def add_page(self, pass_index: int, rows: list[dict]) -> None:
        with self._lock:
            self._merge(rows)
            self.seen_by_pass[pass_index].update(row["id"] for row in rows)
            self.pages += 1
            pages, unique = self.pages, len(self.streams)
        if self._progress is not None:
            self._progress(pages, unique)

    def add_rechecked(self, rows: list[dict]) -> None:
        with self._lock:
            self._merge(rows)
            self.rechecked.update(row["id"] for row in rows)

    def _merge(self, rows: list[dict]) -> None:
        self.rows_fetched += len(rows)
        for row in rows:
            self.streams[row["id"]] = row

    def user_ids(self) -> set[str]:
        with self._lock:
            return {row["user_id"] for row in self.streams.values()}

    def found_only_by_recheck(self) -> int:
        with self._lock:
            return len(self.rechecked.difference(*self.seen_by_pass))


def crawl_live_streams(
    client: HelixClient,
    executor: Executor,
    *,
    languages: Sequence[str] = TWITCH_LANGUAGES,
    passes: int = 2,
    recheck_user_ids: Iterable[str] = (),
    progress: Progress | None = None,
    stagger_pages: int = 2,
) -> CrawlResult:
    """Every live stream, de-duplicated by id, with coverage statistics.

    ``languages`` are the shards, in the order their chains start (put the biggest first); a stream
    in a language outside them can only come from the re-check, and is counted in
    ``unknown_languages``. ``recheck_user_ids`` are last hour's streamers. ``stagger_pages`` is how
    far each pass of a shard runs ahead of the next. ``progress(pages, streams)`` is called after
    every listing page, from worker threads.
    """
    if passes < 1:
        raise ValueError(f"passes must be at least 1, got {passes}")
    started = time.monotonic()
    shards = list(dict.fromkeys(languages))
    listing = _Listing(passes, progress)
    stop = threading.Event()
    chains_by_pass: list[list[Future]] = [[] for _ in range(passes)]
    for language in shards:
        ahead = None  # set when the previous pass of this shard has paged far enough
        for pass_index in range(passes):
            chain = _Chain(client, language, pass_index, listing, stop, ahead, stagger_pages)
            chains_by_pass[pass_index].append(executor.submit(chain.run))
            ahead = chain.head_start
    every_chain = [chain for chains in chains_by_pass for chain in chains]

    def stop_every_chain() -> None:
        stop.set()
        wait(every_chain)

    # The re-check starts when the first pass is done, alongside the other passes' last pages: by
    # then nearly every live stream has been seen, and the re-check is off the critical path.
    wait_all(chains_by_pass[0], on_failure=stop_every_chain)
    seen_users = listing.user_ids()
    batches = id_batches(uid for uid in recheck_user_ids if uid not in seen_users)
    rechecks = [executor.submit(_recheck, client, batch, listing) for batch in batches]
    wait_all(every_chain + rechecks, on_failure=stop.set)

    streams = list(listing.streams.values())
    known = set(shards)
    unknown = Counter(s["language"] for s in streams if s["language"] not in known)
    if unknown:
        log.warning("streams in languages outside the shards (the listing passes missed them): %s",
                    dict(unknown))
    return CrawlResult(
        streams,
        {
            "shards": len(shards),
            "passes": passes,
            "pages": listing.pages,
            "rows_fetched": listing.rows_fetched,
            "duplicates_dropped": listing.rows_fetched - len(streams),
            "streams": len(streams),
            **_coverage(listing.seen_by_pass, len(streams)),
            "recheck_requested": sum(map(len, batches)),
            "recheck_calls": len(batches),
            "recheck_found": listing.found_only_by_recheck(),
            "unknown_languages": dict(unknown),
            "wall_s": round(time.monotonic() - started, 3),
        },
    )


class _Chain:
    """One shard's cursors followed to the end of its listing (or until another chain failed).

    A later pass starts only once the previous pass of the shard is ``stagger_pages`` ahead: passes
    in lockstep would sit at the same cursor when counts move and miss the same streams.
    """

    def __init__(self, client: HelixClient, language: str, pass_index: int, listing: _Listing,
                 stop: threading.Event, after: threading.Event | None, stagger_pages: int):
        self.client, self.language, self.pass_index, self.listing = client, language, pass_index, listing
        self.stop, self.after, self.stagger_pages = stop, after, stagger_pages
        self.head_start = threading.Event()

    def run(self) -> None:
        try:
            if self.after is not None:
                self.after.wait()
            self._page()
        finally:
            self.head_start.set()

    def _page(self) -> None:
        followed: set[str] = set()
        cursor = None
        pages = 0
        while not self.stop.is_set():
            page = self.client.streams_page([("language", self.language)], cursor)
            self.listing.add_page(self.pass_index, page["data"])
            pages += 1
            if pages >= self.stagger_pages:
                self.head_start.set()
            cursor = next_cursor(page, followed)
            if cursor is None:
                return
            followed.add(cursor)


def _recheck(client: HelixClient, user_ids: list[str], listing: _Listing) -> None:
    listing.add_rechecked(client.get_streams_by_user(user_ids))


def _coverage(seen_by_pass: list[set[str]], total: int) -> dict[str, object]:
    """Per-pass counts, and with two passes or more, Chapman's estimate of the live total (the first
    pass against the union of the others) and the share of it the crawl holds."""
    out: dict[str, object] = {"per_pass_streams": {str(i + 1): len(s) for i, s in enumerate(seen_by_pass)}}
    if len(seen_by_pass) < 2:
        return out
    first, others = seen_by_pass[0], set().union(*seen_by_pass[1:])
    estimate = chapman_estimate(len(first), len(others), len(first & others))
    out["estimated_live_total"] = round(estimate)
    out["coverage_estimate"] = round(min(1.0, total / estimate), 5) if estimate > 0 else 1.0
    return out
