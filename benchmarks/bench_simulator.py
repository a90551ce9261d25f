"""How fast the Helix simulator builds an hour and answers requests.

    .venv/bin/python benchmarks/bench_simulator.py [--streams 100000] [--threads 4] [--seconds 10]

Prints the population build time (a cold world, then a further hour of the same world) and the
requests per second served to a few keep-alive client threads paging /streams and batching /users,
with no latency, no faults and a rate limit too large to bind. Clients and server share the machine.
"""

from __future__ import annotations

import argparse
import http.client
import json
import threading
import time
from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode, urlsplit

from twitch_assets.simulator import SimulatorConfig, SimulatorServer, build_population
from twitch_assets.simulator.pool import build_pool

HOUR = datetime(2026, 11, 26, 20, tzinfo=timezone.utc)


def bench_build(streams: int) -> None:
    build_pool.cache_clear()
    start = time.perf_counter()
    build_population(7, HOUR, streams)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    build_population(7, HOUR + timedelta(hours=1), streams)
    warm = time.perf_counter() - start
    print(f"population build, {streams:,} streams: {cold:.2f} s with a new world, {warm:.2f} s for a further hour")


class Client:
    """A keep-alive HTTP/1.1 client with little overhead of its own, to load the server, not itself."""

    def __init__(self, sim: SimulatorServer, token: str):
        url = urlsplit(sim.helix_url)
        self.connection = http.client.HTTPConnection(url.hostname, url.port)
        self.prefix = url.path
        self.headers = {"Client-Id": sim.client_id, "Authorization": f"Bearer {token}"}

    def get(self, path: str, params: list[tuple[str, str]]) -> dict:
        self.connection.request("GET", f"{self.prefix}{path}?{urlencode(params)}", headers=self.headers)
        reply = self.connection.getresponse()
        body = reply.read()
        if reply.status != 200:
            raise RuntimeError(f"{path}: {reply.status} {body[:200]!r}")
        return json.loads(body)


def _token(sim: SimulatorServer) -> str:
    url = urlsplit(sim.auth_url)
    connection = http.client.HTTPConnection(url.hostname, url.port)
    form = urlencode({"client_id": sim.client_id, "client_secret": sim.client_secret,
                      "grant_type": "client_credentials"})
    connection.request("POST", f"{url.path}/token", body=form,
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
    return json.loads(connection.getresponse().read())["access_token"]


def _load(sim: SimulatorServer, token: str, deadline: float, counts: list[int], index: int) -> None:
    """Page /streams by 100; after each page look its 100 users up in one /users call."""
    client = Client(sim, token)
    cursor = None
    while time.perf_counter() < deadline:
        page = client.get("/streams", [("first", "100")] + ([("after", cursor)] if cursor else []))
        cursor = page["pagination"].get("cursor")
        client.get("/users", [("id", s["user_id"]) for s in page["data"]])
        counts[index] += 2


def bench_requests(streams: int, threads: int, seconds: float) -> None:
    config = SimulatorConfig(seed=7, streams_per_hour=streams, hour=HOUR, drift_interval_s=1.0,
                             rate_limit_points=10**9, rate_limit_per_minute=1e12)
    with SimulatorServer(config) as sim:
        token = _token(sim)
        start = time.perf_counter()
        Client(sim, token).get("/streams", [("first", "1")])
        print(f"first request (builds the hour): {time.perf_counter() - start:.2f} s")
        counts = [0] * threads
        deadline = time.perf_counter() + seconds
        workers = [threading.Thread(target=_load, args=(sim, token, deadline, counts, i)) for i in range(threads)]
        start = time.perf_counter()
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        elapsed = time.perf_counter() - start
        total = sum(counts)
        print(f"{threads} client threads, {elapsed:.1f} s: {total:,} requests (/streams pages of 100 and /users "
              f"batches of 100), {total / elapsed:,.0f} requests/s, {total / 2 / elapsed * 100:,.0f} streams/s listed")
        print(f"a full crawl of {streams:,} streams (1 request per 100) takes about "
              f"{streams / 100 / (total / elapsed):.1f} s of server time at this rate")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--streams", type=int, default=100_000)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    bench_build(args.streams)
    bench_requests(args.streams, args.threads, args.seconds)


if __name__ == "__main__":
    main()
