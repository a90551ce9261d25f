"""The naive design the crawl is measured against (the seed project's): one cursor chain over the
unfiltered /streams listing for the ids, then a 10-thread pool of batched /users, /channels and
/games lookups. It uses the same ``HelixClient`` as the real crawl, so only the design differs."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from twitch_assets.helix import HelixClient, id_batches, next_cursor

LOOKUP_THREADS = 10


def reference_crawl(client: HelixClient) -> list[dict]:
    """Every row of one pass over /streams, in listing order, repeats included."""
    rows: list[dict] = []
    followed: set[str] = set()
    cursor = None
    while True:
        page = client.streams_page([], cursor)
        rows.extend(page["data"])
        cursor = next_cursor(page, followed)
        if cursor is None:
            return rows
        followed.add(cursor)


def reference_hydrate(client: HelixClient, user_ids, game_ids) -> dict[str, dict[str, dict]]:
    """Users, channels and games by id, 100 ids a call, every call queued on one 10-thread pool."""
    user_batches = id_batches(user_ids)
    lookups = {
        "users": (client.get_users, "id", user_batches),
        "channels": (client.get_channels, "broadcaster_id", user_batches),
        "games": (client.get_games, "id", id_batches(game_ids)),
    }
    with ThreadPoolExecutor(max_workers=LOOKUP_THREADS) as pool:
        calls = [(kind, key, pool.submit(call, batch)) for kind, (call, key, batches) in lookups.items()
                 for batch in batches]
        found: dict[str, dict[str, dict]] = {kind: {} for kind in lookups}
        for kind, key, call in calls:
            found[kind].update((item[key], item) for item in call.result())
    return found
