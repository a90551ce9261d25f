"""Hydration: the users, channels and categories of a snapshot, 100 ids a call, all calls concurrent."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, Future
from dataclasses import dataclass

from twitch_assets.helix.batching import id_batches
from twitch_assets.helix.client import HelixClient
from twitch_assets.helix.concurrency import wait_all


@dataclass
class Hydration:
    users: dict[str, dict]  # by user id
    channels: dict[str, dict]  # by broadcaster (user) id; Helix ignores unknown ids
    games: dict[str, dict]  # by game id
    stats: dict[str, object]


# kind -> (the HelixClient method, the field that keys its items)
_LOOKUPS: dict[str, tuple[str, str]] = {
    "users": ("get_users", "id"),
    "channels": ("get_channels", "broadcaster_id"),
    "games": ("get_games", "id"),
}


def hydrate(
    client: HelixClient,
    executor: Executor,
    user_ids: Iterable[str],
    game_ids: Iterable[str],
    progress: Callable[[int, int], None] | None = None,
) -> Hydration:
    """Look up every user (on /users and /channels) and every non-blank game id (on /games).

    ``progress(calls_done, calls_total)`` is called as each call completes, from worker threads.
    """
    started = time.monotonic()
    user_batches = id_batches(user_ids)
    wanted = {"users": user_batches, "channels": user_batches, "games": id_batches(game_ids)}
    calls: list[tuple[str, Future]] = [
        (kind, executor.submit(getattr(client, _LOOKUPS[kind][0]), batch))
        for kind, batches in wanted.items()
        for batch in batches
    ]
    if progress is not None:
        completed = itertools.count(1)  # next() on a count is atomic under the GIL
        for _, future in calls:
            future.add_done_callback(lambda _: progress(next(completed), len(calls)))
    wait_all([future for _, future in calls])
    found: dict[str, dict[str, dict]] = {kind: {} for kind in _LOOKUPS}
    for kind, future in calls:
        key = _LOOKUPS[kind][1]
        found[kind].update((item[key], item) for item in future.result())
    stats: dict[str, object] = {"calls": len(calls)}
    for kind, batches in wanted.items():
        requested = sum(map(len, batches))
        stats[f"{kind}_requested"] = requested
        stats[f"{kind}_found"] = len(found[kind])
        stats[f"{kind}_missing"] = requested - len(found[kind])
    stats["wall_s"] = round(time.monotonic() - started, 3)
    return Hydration(found["users"], found["channels"], found["games"], stats)
