"""Time one hour of category_popularity, streamer_category_history and compliance_scores at production size.

A synthetic hour of 100,000 live streams over 2,000 categories (audiences heavy-tailed), and a DuckDB
file holding ``--stored-hours`` earlier hours of both tables (80% of the streamers live in each hour,
one hour in ten in another category). Times the same bounded reads and pure functions the assets run,
and the peak memory of the process. Run it with --stored-hours 24 and 168: the read must not grow.

    .venv/bin/python benchmarks/bench_history.py [--streams 100000] [--stored-hours 168]
"""

import argparse
import multiprocessing
import resource
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from twitch_assets.analysis import history, popularity
from twitch_assets.compliance.cache import MemoryVerdictCache
from twitch_assets.compliance.judges.local import LocalJudge
from twitch_assets.compliance.policy import default_policy
from twitch_assets.compliance.scoring import score_hour
from twitch_assets.storage import read_preceding_hours
from twitch_assets.schema import CATEGORY_POPULARITY, STREAMER_CATEGORY_HISTORY, create_table_sql
from twitch_assets.settings import DUCKDB_SCHEMA
from twitch_assets.storage import WarehouseResource, warehouse_connection

HOUR = pd.Timestamp("2026-11-26 13:00")


def current_hour(streams: int, categories: int, seed: int = 7) -> pd.DataFrame:
    """The hour's streams as the IO manager loads them: object strings, list cells."""
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, categories + 1) ** 1.1
    game = rng.choice(categories, size=streams, p=weights / weights.sum())
    game_ids = np.where(rng.random(streams) < 0.03, "", np.char.add("g", game.astype(str)))
    users = np.char.add("u", np.arange(streams).astype(str))
    return pd.DataFrame(
        {
            "user_id": users.astype(object),
            "user_login": np.char.add("login_", users).astype(object),
            "user_name": np.char.add("Name ", users).astype(object),
            "stream_id": np.char.add("s", np.arange(streams).astype(str)).astype(object),
            "game_id": game_ids.astype(object),
            "game_name": np.where(game_ids == "", "", np.char.add("Game ", game_ids)).astype(object),
            "title": "some stream title, 24/7 chill beats",
            "tags": [["English", "Chill"]] * streams,
            "language": "en",
            "viewer_count": np.floor(rng.pareto(1.2, size=streams) * 3).astype("int64"),
            "started_at": HOUR - pd.Timedelta(hours=1),
            "broadcaster_type": "affiliate",
            "account_created_at": pd.Timestamp("2021-05-01"),
            "content_classification_labels": [[]] * streams,
            "is_branded_content": False,
        }
    )


def build_database(path: str, streams: int, categories: int, stored_hours: int) -> None:
    """Earlier hours of both tables, generated inside DuckDB: each streamer in their category of this
    hour, except one hour in ten in another one."""
    homes = current_hour(streams, categories)[["game_id"]].rename_axis("u").reset_index()
    with warehouse_connection(path) as connection:
        connection.execute(f"CREATE SCHEMA {DUCKDB_SCHEMA}")
        for table, contract in [("category_popularity", CATEGORY_POPULARITY),
                                ("streamer_category_history", STREAMER_CATEGORY_HISTORY)]:
            connection.execute(create_table_sql(f"{DUCKDB_SCHEMA}.{table}", contract))
        connection.register("homes", homes)
        for back in range(stored_hours, 0, -1):  # oldest first, as the hourly runs append them
            hour = HOUR - pd.Timedelta(hours=back)
            connection.execute(
                f"""INSERT INTO {DUCKDB_SCHEMA}.category_popularity BY NAME
                SELECT ?::TIMESTAMP AS snapshot_hour, 'g' || c AS game_id, 'Game g' || c AS game_name,
                       1 + hash(c, ?) % 50 AS streams, hash(c, ?) % 100000 // (c + 1) AS viewers
                FROM range(?) t(c)""",
                [hour, back, back, categories],
            )
            connection.execute(
                f"""INSERT INTO {DUCKDB_SCHEMA}.streamer_category_history BY NAME
                SELECT ?::TIMESTAMP AS snapshot_hour, 'u' || u AS user_id, game_id,
                       'Game ' || game_id AS game_name,
                       (hash(game_id) % 10000) / 100.0 AS category_popularity_pct,
                       hash(game_id, 1) % 50000 AS category_viewers
                FROM (SELECT u, CASE WHEN hash(u, ?) % 10 = 0 THEN 'g' || hash(u, ?) % ? ELSE game_id END
                                AS game_id
                      FROM homes WHERE hash(u, ?) % 10 < 8)""",
                [hour, back, back, categories, back],
            )


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=100_000)
    parser.add_argument("--categories", type=int, default=2_000)
    parser.add_argument("--stored-hours", type=int, default=168)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as directory:
        path = str(Path(directory) / "bench.duckdb")
        # in a child process, so this process's peak memory is the measured work's
        builder = multiprocessing.Process(
            target=build_database, args=(path, args.streams, args.categories, args.stored_hours)
        )
        builder.start()
        builder.join()
        streams = current_hour(args.streams, args.categories)
        warehouse = WarehouseResource(database=path)
        baseline_rss = peak_rss_mb()

        timings: dict[str, tuple[float, float]] = {}

        @contextmanager
        def timed(step: str):
            wall, cpu = time.perf_counter(), time.process_time()
            yield
            timings[step] = (time.perf_counter() - wall, time.process_time() - cpu)

        with timed("category_popularity read"):
            earlier_categories = read_preceding_hours(
                warehouse, "category_popularity", popularity.EARLIER_COLUMNS, HOUR,
                popularity.BASELINE_HOURS_7D,
            )
        with timed("category_popularity compute"):
            categories = popularity.category_popularity_frame(streams, earlier_categories, HOUR)
        with timed("streamer_category_history read"):
            earlier_rows = read_preceding_hours(
                warehouse, "streamer_category_history", history.EARLIER_COLUMNS, HOUR, history.HISTORY_HOURS,
                user_ids=streams["user_id"],
            )
        with timed("streamer_category_history compute"):
            rows = history.streamer_history_frame(streams, categories, earlier_rows, HOUR)
        with timed("compliance_scores compute (local judge)"):
            scores = score_hour(rows, LocalJudge(), default_policy(), MemoryVerdictCache(), HOUR).scores

    print(f"{args.streams:,} streams, {len(categories):,} categories, "
          f"{args.stored_hours} stored earlier hours")
    print(f"earlier rows read: {len(earlier_categories):,} category hours, "
          f"{len(earlier_rows):,} streamer hours")
    # CPU seconds too: on a shared machine the wall clock measures the neighbours as well
    print(f"  {'step':<36} {'wall s':>7} {'CPU s':>7}")
    for step, (wall, cpu) in timings.items():
        print(f"  {step:<36} {wall:7.2f} {cpu:7.2f}")
    total_wall, total_cpu = (sum(values) for values in zip(*timings.values()))
    print(f"  {'total':<36} {total_wall:7.2f} {total_cpu:7.2f}")
    print(f"flagged {int(scores['flagged'].sum()):,} of {len(scores):,}")
    print(f"switches {int(rows['switched_category'].sum()):,}, "
          f"to less popular {int(rows['switched_to_less_popular'].sum()):,}")
    print(f"peak RSS {peak_rss_mb():,.0f} MB (before the measured steps {baseline_rss:,.0f} MB)")


if __name__ == "__main__":
    main()
