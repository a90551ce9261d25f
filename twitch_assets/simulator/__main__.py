"""``python -m twitch_assets.simulator --port 8080``: serve the Helix simulator until interrupted."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading

from ..settings import TWITCH_CLIENT_ID, TWITCH_CLIENT_SECRET
from .config import SimulatorConfig
from .hours import parse_hour
from .server import SimulatorServer


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    defaults = SimulatorConfig()
    parser = argparse.ArgumentParser(prog="python -m twitch_assets.simulator", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: any free port)")
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--streams", type=int, default=defaults.streams_per_hour, help="live streams an hour")
    parser.add_argument("--hour", type=parse_hour, default=None, help="serve this hour, e.g. 2026-11-26T13 "
                                                                      "(default: the wall-clock hour)")
    parser.add_argument("--latency", type=float, default=defaults.latency_s, help="seconds per request")
    parser.add_argument("--jitter", type=float, default=defaults.jitter_s)
    parser.add_argument("--drift-interval", type=float, default=defaults.drift_interval_s,
                        help="seconds between viewer-count changes (0: never)")
    parser.add_argument("--drift-sigma", type=float, default=defaults.drift_sigma)
    parser.add_argument("--rate-limit-points", type=int, default=defaults.rate_limit_points)
    parser.add_argument("--rate-limit-per-minute", type=float, default=defaults.rate_limit_per_minute)
    parser.add_argument("--token-ttl", type=float, default=defaults.token_ttl_s)
    parser.add_argument("--error-503-rate", type=float, default=0.0)
    parser.add_argument("--error-502-html-rate", type=float, default=0.0)
    parser.add_argument("--drop-connection-rate", type=float, default=0.0)
    parser.add_argument("--malformed-rate", type=float, default=0.0)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = _arguments(argv)
    # Credentials from the environment when set, so a client configured for them works unchanged.
    client_id, client_secret = os.environ.get(TWITCH_CLIENT_ID), os.environ.get(TWITCH_CLIENT_SECRET)
    from_environment = bool(client_id and client_secret)
    config = SimulatorConfig(
        seed=args.seed, streams_per_hour=args.streams, hour=args.hour, latency_s=args.latency,
        jitter_s=args.jitter, drift_interval_s=args.drift_interval, drift_sigma=args.drift_sigma,
        rate_limit_points=args.rate_limit_points, rate_limit_per_minute=args.rate_limit_per_minute,
        token_ttl_s=args.token_ttl, error_503_rate=args.error_503_rate,
        error_502_html_rate=args.error_502_html_rate, drop_connection_rate=args.drop_connection_rate,
        malformed_rate=args.malformed_rate,
        client_id=client_id if from_environment else None,
        client_secret=client_secret if from_environment else None,
    )
    # Containers and test harnesses stop a server with SIGTERM, and a parent may have left it ignored
    # (Dagster maps SIGTERM to SIGINT's disposition, which a background job ignores): stop cleanly on it.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    with SimulatorServer(config, port=args.port) as simulator:
        print(f"Helix simulator: {simulator.helix_url}  (auth: {simulator.auth_url})", file=sys.stderr)
        print(f"TWITCH_API_BASE_URL={simulator.helix_url}")
        print(f"TWITCH_AUTH_BASE_URL={simulator.auth_url}")
        print(f"TWITCH_CLIENT_ID={simulator.client_id}")
        if from_environment:
            print("credentials: TWITCH_CLIENT_ID / TWITCH_CLIENT_SECRET from the environment", file=sys.stderr)
        else:
            # A generated secret belongs to this process only, so showing it leaks nothing.
            print(f"TWITCH_CLIENT_SECRET={simulator.client_secret}")
            print("credentials: generated for this run (set TWITCH_CLIENT_ID and TWITCH_CLIENT_SECRET to fix "
                  "them)", file=sys.stderr)
        sys.stdout.flush()
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
