"""``SimulatorServer``: a real HTTP server speaking Helix and Twitch's OAuth on 127.0.0.1.

Each request runs in its own thread (``ThreadingHTTPServer``, HTTP/1.1 keep-alive): it sleeps the
configured latency, may be hit by a fault, is authenticated and rate-limited like Helix, then is
answered from the cached view of the served hour.
"""

from __future__ import annotations

import dataclasses
import json
import random
import secrets
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from .auth import TokenStore
from .config import SimulatorConfig
from .endpoints import BAD_LAST_CURSOR, ROUTES, HelixError, RawJson, Request, error_body
from .hours import hour_index, hour_start, parse_hour
from .live_view import LiveView
from .pool import build_pool
from .population import Population, build_population
from .ratelimit import RateLimiter

_HTML_502 = (b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway"
             b"</h1></center>\r\n</body>\r\n</html>\r\n")
_CACHED_HOURS = 2  # the served hour and the one before: 100k streams take ~100 MB each


@dataclasses.dataclass
class _Reply:
    status: int
    body: bytes
    content_type: str = "application/json; charset=utf-8"
    headers: dict = dataclasses.field(default_factory=dict)


def _encode(body: dict) -> bytes:
    """UTF-8 JSON of ``body``; RawJson values are spliced in as they are."""
    raw = {key: value for key, value in body.items() if isinstance(value, RawJson)}
    text = json.dumps({key: None if key in raw else value for key, value in body.items()}, ensure_ascii=False,
                      separators=(",", ":")).encode()
    for key, value in raw.items():
        text = text.replace(json.dumps(key).encode() + b":null", json.dumps(key).encode() + b":" + value, 1)
    return text


def _json(status: int, body: dict, headers: dict | None = None) -> _Reply:
    return _Reply(status, _encode(body), headers=headers or {})


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 120  # idle keep-alive connections are closed after this
    wbufsize = 1 << 16  # headers and body leave in one write, flushed after each request
    disable_nagle_algorithm = True
    server: "_HTTPServer"

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        reply = self.server.simulator._handle(self.command, self.path, self.headers, body)
        if reply is None:  # an injected dropped connection: close without a word
            self.close_connection = True
            return
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(reply.body)

    def log_message(self, format: str, *args) -> None:  # quiet: the stats say what happened
        pass


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256
    simulator: "SimulatorServer"


class SimulatorServer:
    """The Helix simulator. ``with SimulatorServer(cfg) as sim:`` or ``start()`` / ``stop()``."""

    def __init__(self, config: SimulatorConfig | None = None, port: int = 0,
                 clock: Callable[[], float] = time.time):
        """``clock`` (epoch seconds) paces the rate limit and the tokens' expiry; tests pass a
        frozen one. Latency and drift stay on real time: they are what a client waits for."""
        config = dataclasses.replace(config or SimulatorConfig())
        self.client_id = config.client_id or secrets.token_hex(15)
        self.client_secret = config.client_secret or secrets.token_hex(15)
        self._config = config
        self._port = port
        self._lock = threading.Lock()
        self._build_lock = threading.Lock()
        self._views: OrderedDict[tuple, LiveView] = OrderedDict()
        self._tokens = TokenStore(clock)
        self._limiter = RateLimiter(clock)
        self._counters: Counter = Counter()
        self._random = random.Random(config.seed)
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -------------------------------------------------------------------------------
    def start(self) -> "SimulatorServer":
        if self._httpd is None:
            self._httpd = _HTTPServer(("127.0.0.1", self._port), _Handler)
            self._httpd.simulator = self
            self._thread = threading.Thread(target=self._httpd.serve_forever, name="helix-simulator", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> "SimulatorServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the simulator is not started")
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def helix_url(self) -> str:
        return f"{self.base_url}/helix"

    @property
    def auth_url(self) -> str:
        return f"{self.base_url}/oauth2"

    # --- control ---------------------------------------------------------------------------------
    @property
    def config(self) -> SimulatorConfig:
        with self._lock:
            return dataclasses.replace(self._config)

    def update(self, **changes) -> None:
        """Change configuration fields while serving (thread-safe); unknown names raise TypeError."""
        with self._lock:
            self._config = dataclasses.replace(self._config, **changes)

    def set_hour(self, hour: datetime | None) -> None:
        """Serve ``hour`` (any datetime within it) from now on; ``None`` follows the wall clock."""
        self.update(hour=None if hour is None else hour_start(hour_index(hour)))

    def revoke_tokens(self) -> None:
        """Invalidate every token issued so far, as Twitch may do before they expire."""
        self._tokens.revoke_all()

    def population(self, hour: datetime | None = None) -> Population:
        """Ground truth of ``hour`` (default: the hour being served). The pipeline never calls this."""
        return self._view(self._hour_index(hour)).population

    def stats(self) -> dict:
        with self._lock:
            counters = dict(self._counters)
        group = lambda prefix: {k[len(prefix):]: v for k, v in counters.items() if k.startswith(prefix)}
        return {
            "requests": counters.get("requests", 0),
            "requests_by_endpoint": group("endpoint:"),
            "responses_by_status": {int(k): v for k, v in group("status:").items()},
            "bad_requests": counters.get("status:400", 0),
            "unauthorized": counters.get("status:401", 0),
            "rate_limited": counters.get("status:429", 0),
            "faults": group("fault:"),
            "tokens_issued": counters.get("tokens_issued", 0),
            "points_used": counters.get("points_used", 0),
        }

    # --- the served hour -------------------------------------------------------------------------
    def _hour_index(self, hour: datetime | None) -> int:
        hour = hour or self.config.hour
        return hour_index(hour) if hour is not None else int(time.time() // 3600)

    def _view(self, h: int) -> LiveView:
        config = self.config
        key = (config.seed, config.streams_per_hour, h)
        view = self._cached_view(key)
        if view is not None:
            return view
        with self._build_lock:  # one build at a time; requests for a cached hour never wait for it
            view = self._cached_view(key)
            if view is None:
                population = build_population(config.seed, hour_start(h), config.streams_per_hour)
                view = LiveView(population, build_pool(config.seed, config.streams_per_hour), config.streams_per_hour)
                with self._lock:
                    self._views[key] = view
                    while len(self._views) > _CACHED_HOURS:
                        self._views.popitem(last=False)
            return view

    def _cached_view(self, key: tuple) -> LiveView | None:
        with self._lock:
            view = self._views.get(key)
            if view is not None:
                self._views.move_to_end(key)
            return view

    # --- requests --------------------------------------------------------------------------------
    def _count(self, *names: str) -> None:
        with self._lock:
            for name in names:
                self._counters[name] += 1

    def _draw(self) -> float:
        with self._lock:
            return self._random.random()

    def _handle(self, method: str, target: str, headers, body: bytes) -> _Reply | None:
        url = urlsplit(target)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path.startswith("/_sim/"):
            return self._admin(url.path, params)
        config = self.config
        if config.latency_s or config.jitter_s:
            time.sleep(max(0.0, config.latency_s + (2 * self._draw() - 1) * config.jitter_s))
        self._count("requests", f"endpoint:{url.path}")
        if url.path.startswith("/oauth2/"):
            reply = self._oauth(method, url.path, params, headers, body, config)
        elif url.path.startswith("/helix/") and method == "GET":
            reply = self._helix(url.path[len("/helix"):], params, headers, config)
        else:
            reply = _json(404, error_body(404, "Not Found"))
        if reply is not None:
            self._count(f"status:{reply.status}")
        return reply

    def _oauth(self, method, path, params, headers, body, config) -> _Reply:
        if path == "/oauth2/token" and method == "POST":
            form = {**params, **parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)}
            field = lambda name: form.get(name, [""])[-1]
            if not field("client_id"):
                return _json(400, error_body(400, "missing client id"))
            if field("client_id") != self.client_id:
                return _json(400, error_body(400, "invalid client"))
            if field("client_secret") != self.client_secret:
                return _json(403, error_body(403, "invalid client secret"))
            if field("grant_type") != "client_credentials":
                return _json(400, error_body(400, "unsupported grant type"))
            access_token, _ = self._tokens.issue(self.client_id, config.token_ttl_s)
            self._count("tokens_issued")
            return _json(200, {"access_token": access_token, "expires_in": int(config.token_ttl_s),
                               "token_type": "bearer"})
        if path == "/oauth2/validate" and method == "GET":
            scheme, _, access_token = (headers.get("Authorization") or "").partition(" ")
            token = self._tokens.valid(access_token) if scheme.lower() in ("oauth", "bearer") else None
            if token is None:
                return _json(401, error_body(401, "invalid access token"))
            return _json(200, {"client_id": token.client_id, "scopes": [],
                               "expires_in": self._tokens.seconds_left(token)})
        return _json(404, error_body(404, "Not Found"))

    def _fault(self, config: SimulatorConfig) -> _Reply | None | bool:
        """An injected fault instead of the answer: a reply, None for a dropped connection, or False."""
        r = self._draw()
        for rate, name in ((config.drop_connection_rate, "dropped"), (config.error_503_rate, "503"),
                           (config.error_502_html_rate, "502_html")):
            if r < rate:
                self._count(f"fault:{name}")
                if name == "dropped":
                    return None
                if name == "503":
                    return _json(503, error_body(503, "Service Unavailable"))
                return _Reply(502, _HTML_502, "text/html")
            r -= rate
        return False

    def _helix(self, route: str, params, headers, config: SimulatorConfig) -> _Reply | None:
        client_id = headers.get("Client-Id") or ""
        bucket = (client_id, config.rate_limit_points, config.rate_limit_per_minute)
        fault = self._fault(config)
        if fault is not False:
            if fault is not None and fault.status == 503:  # the API's own error: it knows the bucket
                fault.headers.update(self._limiter.peek(*bucket).headers())
            return fault
        scheme, _, access_token = (headers.get("Authorization") or "").partition(" ")
        token = self._tokens.valid(access_token) if scheme.lower() == "bearer" and access_token else None
        if token is None or client_id != token.client_id:
            message = ("OAuth token is missing" if not access_token else "Invalid OAuth token" if token is None
                       else "Client ID and OAuth token do not match")
            return _json(401, error_body(401, message), self._limiter.peek(*bucket).headers())
        verdict = self._limiter.take(*bucket)
        if not verdict.allowed:
            return _json(429, error_body(429, "Too Many Requests"), verdict.headers())
        self._count("points_used")
        endpoint = ROUTES.get(route)
        if endpoint is None:
            return _json(404, error_body(404, "Not Found"), verdict.headers())
        try:
            body = endpoint(self._request(params, config))
        except HelixError as error:
            return _json(error.status, error_body(error.status, error.message), verdict.headers())
        if self._draw() < config.malformed_rate:
            self._count("fault:malformed")
            return self._malformed(body, verdict.headers())
        return _json(200, body, verdict.headers())

    def _request(self, params, config: SimulatorConfig) -> Request:
        view = self._view(self._hour_index(None))
        drifting = config.drift_interval_s > 0 and config.drift_sigma > 0
        tick = int(time.time() // config.drift_interval_s) if drifting else None
        quirk = None
        if self._draw() < config.last_page_quirk_rate:
            quirk = BAD_LAST_CURSOR if self._draw() < 0.5 else "empty"
        return Request(view, view.viewers.tick(tick, config.drift_sigma), params, config.max_ids,
                       config.max_first, quirk)

    def _malformed(self, body: dict, headers: dict) -> _Reply:
        if self._draw() < 0.5:
            text = _encode(body)
            return _Reply(200, text[: max(1, len(text) // 2)], headers=headers)  # cut mid-document
        return _json(200, {key: value for key, value in body.items() if key != "data"}, headers)

    def _admin(self, path: str, params) -> _Reply:
        if path == "/_sim/health":
            config = self.config
            return _json(200, {"status": "ok", "hour": hour_start(self._hour_index(None)).isoformat(),
                               "streams_per_hour": config.streams_per_hour, "seed": config.seed})
        if path == "/_sim/truth":
            try:
                hour = parse_hour(params["hour"][-1]) if "hour" in params else None
            except ValueError:
                return _json(400, error_body(400, "hour must look like 2026-11-26T13"))
            population = self.population(hour)
            records = RawJson(population.truth().to_json(orient="records", force_ascii=False).encode())
            return _json(200, {"hour": population.hour.isoformat(), "streams": records})
        return _json(404, error_body(404, "Not Found"))
