"""Ingestion benchmarks against the Helix simulator, each comparison measured side by side in one run.

    .venv/bin/python benchmarks/bench_ingestion.py [--only latency,memory,rate] [--workers 32]
        [--latency-streams 20000] [--big-streams 100000]

1. latency-bound: 100 ms and 250 ms latency, rate limit not binding, drift on. The project's crawl +
   hydration against the naive reference (``reference_crawler.py``) and against the physical floor
   of a complete crawl, measured in the same run: the largest language shard's cursor chain alone
   (no Helix filter splits a language further) plus one round of lookups. Every design is reported
   as a ratio to that floor. Targets: >= 3x faster than the reference, <= 1.10x the floor at 250 ms,
   coverage >= 99.5% of the live set (the simulator's ground truth), no duplicate rows.
2. memory: peak RSS of a 100,000-stream hour (crawl + hydration) in a client-only child process.
   Target: < 1 GiB.
3. rate-bound: 800 points a minute, 100,000 streams. Target: wall time within 1.15x of the floor the
   bucket sets for the requests made, max(0, requests - bucket) / refill; 429s < 1% of requests.
   Takes several minutes by nature.

Each run first crawls the previous hour (untimed), as the hourly job would have stored it, for the
re-check of last hour's streamers. The simulator runs in a child process so that its threads do not
compete with the client for the GIL. Figures go to stdout and to benchmarks/results/ingestion.json.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path

import psutil
import requests
from requests.adapters import HTTPAdapter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.reference_crawler import reference_crawl, reference_hydrate  # noqa: E402
from twitch_assets.helix import (  # noqa: E402
    AdaptiveRateLimiter, AppTokenProvider, HelixClient, RequestStats, crawl_live_streams, hydrate,
)
from twitch_assets.settings import DEFAULT_MAX_WORKERS  # noqa: E402
from twitch_assets.simulator import SimulatorConfig, SimulatorServer  # noqa: E402

HOUR = datetime(2026, 11, 26, 20, tzinfo=timezone.utc)
PREVIOUS_HOUR = HOUR - timedelta(hours=1)
UNBOUND_RATE = {"rate_limit_points": 10**9, "rate_limit_per_minute": 1e12}
TWITCH_RATE = {"rate_limit_points": 800, "rate_limit_per_minute": 800.0}
RESULTS = Path(__file__).resolve().parent / "results" / "ingestion.json"


# --- the simulator, in a child process ------------------------------------------------------------
class SimulatorProcess:
    def __init__(self, config: SimulatorConfig):
        context = multiprocessing.get_context("spawn")
        self._pipe, child_end = context.Pipe()
        self._process = context.Process(target=_serve_simulator, args=(config, child_end), daemon=True)
        self._process.start()
        self.helix_url, self.auth_url, self.client_id, self.client_secret = self._pipe.recv()

    def _call(self, command: str, *args):
        self._pipe.send((command, args))
        ok, value = self._pipe.recv()
        if not ok:
            raise RuntimeError(f"simulator {command}: {value}")
        return value

    def truth(self, hour: datetime) -> tuple[list[str], list[str]]:
        """Stream ids and user ids live in ``hour`` (building the hour if it is not built yet)."""
        return self._call("truth", hour)

    def set_hour(self, hour: datetime) -> None:
        self._call("set_hour", hour)

    def update(self, **changes) -> None:
        self._call("update", changes)

    def stats(self) -> dict:
        return self._call("stats")

    def close(self) -> None:
        self._pipe.send(("stop", ()))
        self._process.join(timeout=10)


def _serve_simulator(config: SimulatorConfig, pipe) -> None:
    with SimulatorServer(config) as sim:
        pipe.send((sim.helix_url, sim.auth_url, sim.client_id, sim.client_secret))
        while True:
            command, args = pipe.recv()
            if command == "stop":
                return
            try:
                if command == "truth":
                    columns = sim.population(args[0]).columns
                    value = (columns["stream_id"].tolist(), columns["user_id"].tolist())
                elif command == "set_hour":
                    value = sim.set_hour(*args)
                elif command == "update":
                    value = sim.update(**args[0])
                else:
                    value = sim.stats()
                pipe.send((True, value))
            except Exception as exc:  # report to the parent rather than die silently
                pipe.send((False, repr(exc)))


# --- clients --------------------------------------------------------------------------------------
def new_client(endpoint: dict, pool_size: int, limiter: AdaptiveRateLimiter | None = None) -> HelixClient:
    """A client as the Dagster resource builds one: a pooled session, one token, one bucket."""
    session = requests.Session()
    adapter = HTTPAdapter(pool_connections=4, pool_maxsize=pool_size)
    session.mount("http://", adapter)
    tokens = AppTokenProvider(endpoint["auth_url"], endpoint["client_id"], endpoint["client_secret"], session)
    limiter = limiter or AdaptiveRateLimiter()
    return HelixClient(endpoint["helix_url"], tokens, session, limiter, RequestStats())


def endpoint_of(sim: SimulatorProcess) -> dict:
    return {"helix_url": sim.helix_url, "auth_url": sim.auth_url, "client_id": sim.client_id,
            "client_secret": sim.client_secret}


def printing_progress(label: str, every: int = 250):
    def progress(pages: int, streams: int) -> None:
        if pages % every == 0:
            print(f"    {label}: {pages:,} pages, {streams:,} streams", file=sys.stderr, flush=True)
    return progress


def run_project(endpoint: dict, workers: int, recheck: list[str], label: str) -> dict:
    """The project's design: sharded concurrent crawl, then concurrent batched hydration."""
    limiter = AdaptiveRateLimiter()
    client = new_client(endpoint, workers, limiter)
    with ThreadPoolExecutor(max_workers=workers) as executor:
        started = time.perf_counter()
        progress = printing_progress(label)
        crawl = crawl_live_streams(client, executor, recheck_user_ids=recheck, progress=progress)
        crawled = time.perf_counter()
        user_ids = list(dict.fromkeys(s["user_id"] for s in crawl.streams))
        hydration = hydrate(client, executor, user_ids, [s["game_id"] for s in crawl.streams])
        finished = time.perf_counter()
    return {
        "rows": [s["id"] for s in crawl.streams],
        "crawl_s": crawled - started,
        "hydrate_s": finished - crawled,
        "wall_s": finished - started,
        "users_found": len(hydration.users) / max(1, len(user_ids)),
        "channels_found": len(hydration.channels) / max(1, len(user_ids)),
        "crawl_stats": crawl.stats,
        "requests": client.stats.as_dict(),
        "refill_per_minute": limiter.refill_per_minute,
    }


def run_reference(endpoint: dict) -> dict:
    client = new_client(endpoint, 10)
    started = time.perf_counter()
    rows = reference_crawl(client)
    crawled = time.perf_counter()
    user_ids = list(dict.fromkeys(s["user_id"] for s in rows))
    found = reference_hydrate(client, user_ids, [s["game_id"] for s in rows])
    finished = time.perf_counter()
    return {
        "rows": [s["id"] for s in rows],
        "crawl_s": crawled - started,
        "hydrate_s": finished - crawled,
        "wall_s": finished - started,
        "users_found": len(found["users"]) / max(1, len(user_ids)),
        "channels_found": len(found["channels"]) / max(1, len(user_ids)),
        "requests": client.stats.as_dict(),
    }


def score(run: dict, truth: set[str]) -> dict:
    """Coverage against ground truth and duplicates, replacing the row ids by the figures."""
    rows = run.pop("rows")
    distinct = set(rows)
    run["live_streams"] = len(truth)
    run["rows_out"] = len(rows)
    run["duplicate_rows"] = len(rows) - len(distinct)
    run["coverage"] = len(distinct & truth) / len(truth)
    run["not_live"] = len(distinct - truth)
    return run


def previous_hour(sim: SimulatorProcess, workers: int) -> tuple[list[str], str]:
    """Crawl the previous hour, untimed, as the hourly job stored it: last hour's streamers, and its
    largest language (the shard whose chain is the floor)."""
    sim.set_hour(PREVIOUS_HOUR)
    sim.truth(PREVIOUS_HOUR)
    client = new_client(endpoint_of(sim), workers)
    with ThreadPoolExecutor(max_workers=workers) as executor:
        crawl = crawl_live_streams(client, executor)
    sim.set_hour(HOUR)
    largest = Counter(s["language"] for s in crawl.streams).most_common(1)[0][0]
    return list(dict.fromkeys(s["user_id"] for s in crawl.streams)), largest


def run_floor(endpoint: dict, workers: int, language: str) -> dict:
    """The physical floor: the largest shard's cursor chain alone, then one round of lookups (users,
    channels and games of one batch, concurrently)."""
    client = new_client(endpoint, workers)
    with ThreadPoolExecutor(max_workers=workers) as executor:
        started = time.perf_counter()
        chain = crawl_live_streams(client, executor, languages=[language], passes=1)
        crawled = time.perf_counter()
        batch = chain.streams[:100]
        hydrate(client, executor, [s["user_id"] for s in batch], [s["game_id"] for s in batch])
        finished = time.perf_counter()
    return {"language": language, "pages": chain.stats["pages"], "requests": client.stats.as_dict()["requests"],
            "chain_s": crawled - started, "lookup_round_s": finished - crawled, "wall_s": finished - started}


# --- the scenarios --------------------------------------------------------------------------------
def latency_bound(streams: int, workers: int, latency_s: float) -> dict:
    config = SimulatorConfig(seed=7, streams_per_hour=streams, hour=HOUR, latency_s=latency_s,
                             jitter_s=latency_s / 5, drift_interval_s=1.0, drift_sigma=0.1, **UNBOUND_RATE)
    sim = SimulatorProcess(config)
    try:
        recheck, largest = previous_hour(sim, workers)
        truth = set(sim.truth(HOUR)[0])
        print(f"  floor: the largest shard ({largest}) alone, then one lookup round ...", file=sys.stderr, flush=True)
        floor = run_floor(endpoint_of(sim), workers, largest)
        print("  reference: one cursor chain, then 10 lookup threads ...", file=sys.stderr, flush=True)
        reference = score(run_reference(endpoint_of(sim)), truth)
        print("  project: sharded concurrent crawl, then concurrent hydration ...", file=sys.stderr,
              flush=True)
        project = score(run_project(endpoint_of(sim), workers, recheck, "latency-bound"), truth)
        server = sim.stats()
    finally:
        sim.close()
    return {
        "simulator": {"streams": streams, "latency_s": latency_s, "jitter_s": latency_s / 5, "drift_interval_s": 1.0,
                      "drift_sigma": 0.1, "bad_requests": server["bad_requests"]},
        "floor": floor,
        "reference": reference,
        "project": project,
        "speedup": reference["wall_s"] / project["wall_s"],
        "project_over_floor": project["wall_s"] / floor["wall_s"],
        "reference_over_floor": reference["wall_s"] / floor["wall_s"],
    }


def memory_bound(sim: SimulatorProcess, workers: int, recheck: list[str]) -> dict:
    context = multiprocessing.get_context("spawn")
    pipe, child_end = context.Pipe()
    child = context.Process(target=_measure_memory, args=(endpoint_of(sim), workers, recheck, child_end))
    child.start()
    figures = pipe.recv()
    child.join()
    truth = set(sim.truth(HOUR)[0])
    return score(figures, truth)


def _measure_memory(endpoint: dict, workers: int, recheck: list[str], pipe) -> None:
    """In a fresh process holding only the client: run the hour, sampling RSS every 20 ms."""
    me = psutil.Process()
    baseline = me.memory_info().rss
    peak = baseline
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.02):
            peak = max(peak, me.memory_info().rss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    run = run_project(endpoint, workers, recheck, "memory")
    done.set()
    sampler.join()
    peak = max(peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    run.update(baseline_rss_mib=baseline / 2**20, peak_rss_mib=peak / 2**20)
    pipe.send(run)


def rate_bound(sim: SimulatorProcess, workers: int, recheck: list[str]) -> dict:
    sim.update(**TWITCH_RATE)  # the bucket starts full: the floor assumes it
    before = sim.stats()
    truth = set(sim.truth(HOUR)[0])
    run = score(run_project(endpoint_of(sim), workers, recheck, "rate-bound"), truth)
    after = sim.stats()
    sim.update(**UNBOUND_RATE)
    refill_per_s = TWITCH_RATE["rate_limit_per_minute"] / 60
    requests_made = run["requests"]["requests"]
    floor = max(0, requests_made - TWITCH_RATE["rate_limit_points"]) / refill_per_s
    run.update(
        floor_s=floor,
        wall_over_floor=run["wall_s"] / floor if floor else float("nan"),
        share_429=run["requests"]["rate_limited"] / requests_made,
        server_points_charged=after["points_used"] - before["points_used"],
        server_429s=after["rate_limited"] - before["rate_limited"],
    )
    return run


def big_hour(streams: int, workers: int, scenarios: set[str]) -> dict:
    config = SimulatorConfig(seed=7, streams_per_hour=streams, hour=HOUR, latency_s=0.05, jitter_s=0.01,
                             drift_interval_s=1.0, drift_sigma=0.1, **UNBOUND_RATE)
    sim = SimulatorProcess(config)
    out = {"simulator": {"streams": streams, "latency_s": 0.05, "jitter_s": 0.01, "drift_interval_s": 1.0,
                         "drift_sigma": 0.1}}
    try:
        recheck, _ = previous_hour(sim, workers)
        sim.truth(HOUR)
        if "memory" in scenarios:
            print("  memory: a 100k-stream hour in a client-only process ...", file=sys.stderr, flush=True)
            out["memory"] = memory_bound(sim, workers, recheck)
        if "rate" in scenarios:
            print("  rate-bound: 800 points a minute (minutes) ...", file=sys.stderr, flush=True)
            out["rate"] = rate_bound(sim, workers, recheck)
        out["simulator"]["bad_requests"] = sim.stats()["bad_requests"]
    finally:
        sim.close()
    return out


# --- report ---------------------------------------------------------------------------------------
def report(results: dict) -> None:
    print(f"\nIngestion benchmarks ({results['machine']})")
    for key, latency in results.get("latency", {}).items():
        floor = latency["floor"]
        print(f"\n1. Latency-bound ({key}): {latency['simulator']['streams']:,} streams, "
              f"{latency['simulator']['latency_s'] * 1000:.0f} ms latency, drift on, rate limit not binding")
        print(f"   {'design':<34}{'wall s':>8}{'/floor':>8}{'crawl s':>9}{'hydr. s':>9}{'requests':>10}"
              f"{'coverage':>10}{'dup rows':>10}")
        print(f"   {'floor (' + floor['language'] + ' chain + 1 lookup round)':<34}{floor['wall_s']:>8.2f}"
              f"{1.0:>8.2f}{floor['chain_s']:>9.2f}{floor['lookup_round_s']:>9.2f}{floor['requests']:>10,}")
        for name, run in (("reference (1 chain + 10 threads)", latency["reference"]),
                          ("project (shards x 2 passes)", latency["project"])):
            print(f"   {name:<34}{run['wall_s']:>8.2f}{run['wall_s'] / floor['wall_s']:>8.2f}{run['crawl_s']:>9.2f}"
                  f"{run['hydrate_s']:>9.2f}{run['requests']['requests']:>10,}{run['coverage']:>10.4%}"
                  f"{run['duplicate_rows']:>10,}")
        stats = latency["project"]["crawl_stats"]
        print(f"   project/floor {latency['project_over_floor']:.2f}x (target <= 1.10x at 250 ms); speed-up "
              f"{latency['speedup']:.2f}x (target >= 3x); project coverage "
              f"{latency['project']['coverage']:.3%} (target >= 99.5%), Chapman estimate "
              f"{stats.get('coverage_estimate', float('nan')):.3%}; re-check found {stats['recheck_found']}; "
              f"400s at the simulator: {latency['simulator']['bad_requests']}")
    memory = results.get("memory")
    if memory:
        print(f"\n2. Memory: {memory['live_streams']:,}-stream hour, crawl + hydration, client-only process")
        print(f"   peak RSS {memory['peak_rss_mib']:.0f} MiB (target < 1024 MiB); after imports "
              f"{memory['baseline_rss_mib']:.0f} MiB; wall {memory['wall_s']:.1f} s; coverage "
              f"{memory['coverage']:.3%}; duplicate rows {memory['duplicate_rows']}")
    rate = results.get("rate")
    if rate:
        r = rate["requests"]
        print(f"\n3. Rate-bound: {rate['live_streams']:,} streams, bucket 800 points, 800 a minute")
        print(f"   requests {r['requests']:,}; wall {rate['wall_s']:.1f} s; floor {rate['floor_s']:.1f} s; "
              f"wall/floor {rate['wall_over_floor']:.3f} (target <= 1.15); 429s {r['rate_limited']} = "
              f"{rate['share_429']:.2%} (target < 1%); coverage {rate['coverage']:.3%}; duplicate rows "
              f"{rate['duplicate_rows']}; measured refill {rate['refill_per_minute']:.0f}/min")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", default="latency,memory,rate", help="comma-separated scenarios")
    parser.add_argument("--workers", type=int, default=DEFAULT_MAX_WORKERS, help="the resource's thread pool size")
    parser.add_argument("--latency-streams", type=int, default=20_000)
    parser.add_argument("--latencies", default="0.1,0.25", help="seconds per request, comma-separated")
    parser.add_argument("--big-streams", type=int, default=100_000)
    args = parser.parse_args()
    scenarios = set(args.only.split(","))
    results: dict = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
                   f"{psutil.virtual_memory().total / 2**30:.0f} GiB RAM; shared, figures are noisy",
        "workers": args.workers,
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    if "latency" in scenarios:
        print("latency-bound ...", file=sys.stderr, flush=True)
        results["latency"] = {f"{float(latency) * 1000:.0f} ms": latency_bound(args.latency_streams, args.workers, float(latency))
                              for latency in args.latencies.split(",")}
    if scenarios & {"memory", "rate"}:
        print("100k-stream hour ...", file=sys.stderr, flush=True)
        big = big_hour(args.big_streams, args.workers, scenarios)
        results.update({key: big[key] for key in ("memory", "rate") if key in big})
        results["big_simulator"] = big["simulator"]
    report(results)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, default=str))
    print(f"\nwritten to {RESULTS}")


if __name__ == "__main__":
    main()
