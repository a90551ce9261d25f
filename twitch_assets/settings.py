"""The environment contract, read in one place.

Every environment variable the platform understands is named here, with its default. Other modules
ask this module; none of them reads ``os.environ`` for these names themselves.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import urlparse

TWITCH_CLIENT_ID = "TWITCH_CLIENT_ID"
TWITCH_CLIENT_SECRET = "TWITCH_CLIENT_SECRET"
# Alternative to the pair above: an AWS Secrets Manager secret holding {"client_id", "client_secret"}.
TWITCH_CREDENTIALS_SECRET_ID = "TWITCH_CREDENTIALS_SECRET_ID"
TWITCH_API_BASE_URL = "TWITCH_API_BASE_URL"
TWITCH_AUTH_BASE_URL = "TWITCH_AUTH_BASE_URL"
TWITCH_DUCKDB_PATH = "TWITCH_DUCKDB_PATH"
TWITCH_MAX_WORKERS = "TWITCH_MAX_WORKERS"
TWITCH_SIMULATOR_STREAMS = "TWITCH_SIMULATOR_STREAMS"
TWITCH_SIMULATOR_SEED = "TWITCH_SIMULATOR_SEED"
TWITCH_SCHEDULE_MINUTE = "TWITCH_SCHEDULE_MINUTE"
TWITCH_ALERT_LOOKBACK_HOURS = "TWITCH_ALERT_LOOKBACK_HOURS"
TWITCH_MIN_CRAWL_COVERAGE = "TWITCH_MIN_CRAWL_COVERAGE"
ALERT_WEBHOOK_URL = "ALERT_WEBHOOK_URL"

DEFAULT_API_BASE_URL = "https://api.twitch.tv/helix"
DEFAULT_AUTH_BASE_URL = "https://id.twitch.tv/oauth2"
# Not "twitch.duckdb": plain DuckDB names a file's catalog after its stem, which would make every
# "twitch.<table>" ambiguous with the schema twitch.
DEFAULT_DUCKDB_PATH = "data/warehouse.duckdb"
DUCKDB_SCHEMA = "twitch"
LIVE_TWITCH_API_HOST = "api.twitch.tv"

# Compliance judging: which judge scores candidate streams, and its endpoint (key never logged).
COMPLIANCE_JUDGE = "COMPLIANCE_JUDGE"
COMPLIANCE_ALLOWLIST = "COMPLIANCE_ALLOWLIST"
COMPLIANCE_MAX_CALLS_PER_HOUR = "COMPLIANCE_MAX_CALLS_PER_HOUR"
COMPLIANCE_CALLS_PER_MINUTE = "COMPLIANCE_CALLS_PER_MINUTE"
COMPLIANCE_MAX_CONCURRENCY = "COMPLIANCE_MAX_CONCURRENCY"
OPENAI_BASE_URL = "OPENAI_BASE_URL"
OPENAI_MODEL = "OPENAI_MODEL"
OPENAI_API_KEY = "OPENAI_API_KEY"
BEDROCK_MODEL_ID = "BEDROCK_MODEL_ID"
# The in-process llama.cpp judge: a GGUF instruct model file, how many of its layers go to the GPU,
# and how many CPU threads it computes with.
LLAMACPP_MODEL_PATH = "LLAMACPP_MODEL_PATH"
LLAMACPP_N_GPU_LAYERS = "LLAMACPP_N_GPU_LAYERS"
LLAMACPP_CPU_THREADS = "LLAMACPP_CPU_THREADS"
JUDGE_LOCAL = "local"
JUDGE_OPENAI = "openai"
JUDGE_BEDROCK = "bedrock"
JUDGE_LLAMACPP = "llamacpp"
DEFAULT_COMPLIANCE_JUDGE = JUDGE_LOCAL
DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
# None: every layer on the GPU when llama.cpp sees one, none otherwise (decided when the model loads).
DEFAULT_LLAMACPP_N_GPU_LAYERS = None
# None: llama.cpp's choice, every core. Fewer when the host's cores are shared: its threads wait for
# each other by spinning, which crawls when another process takes one of their cores.
DEFAULT_LLAMACPP_CPU_THREADS = None

# Threads for concurrent Helix calls: on a latency-bound crawl 64 beat 32 (see README, Benchmarks).
DEFAULT_MAX_WORKERS = 64
DEFAULT_SIMULATOR_STREAMS = 10_000
DEFAULT_SIMULATOR_SEED = 7
DEFAULT_SCHEDULE_MINUTE = 5
DEFAULT_ALERT_LOOKBACK_HOURS = 24
DEFAULT_MIN_CRAWL_COVERAGE = 0.95


@dataclass(frozen=True)
class TwitchSettings:
    """Which Twitch the pipeline talks to. Holds no secret values, only whether they are set."""

    has_credential_pair: bool
    credentials_secret_id: str | None
    api_base_url: str
    auth_base_url: str

    @property
    def has_credentials(self) -> bool:
        return self.has_credential_pair or bool(self.credentials_secret_id)

    @property
    def uses_simulator(self) -> bool:
        return not self.has_credentials


def twitch_settings(environ: os._Environ | dict | None = None) -> TwitchSettings:
    env = os.environ if environ is None else environ
    return TwitchSettings(
        has_credential_pair=bool(env.get(TWITCH_CLIENT_ID)) and bool(env.get(TWITCH_CLIENT_SECRET)),
        credentials_secret_id=env.get(TWITCH_CREDENTIALS_SECRET_ID) or None,
        api_base_url=env.get(TWITCH_API_BASE_URL) or DEFAULT_API_BASE_URL,
        auth_base_url=env.get(TWITCH_AUTH_BASE_URL) or DEFAULT_AUTH_BASE_URL,
    )


def is_live_twitch(api_base_url: str) -> bool:
    """Live Twitch serves only the present hour; other endpoints may be snapshotted into any hour."""
    host = (urlparse(api_base_url).hostname or "").lower()
    return host == LIVE_TWITCH_API_HOST


def duckdb_path(environ: os._Environ | dict | None = None) -> str:
    env = os.environ if environ is None else environ
    return env.get(TWITCH_DUCKDB_PATH) or DEFAULT_DUCKDB_PATH


def _number_setting(name: str, default, parse, kind: str, environ):
    env = os.environ if environ is None else environ
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        return parse(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be {kind}, got {raw!r}") from exc


def int_setting(name: str, default: int, environ: os._Environ | dict | None = None) -> int:
    return _number_setting(name, default, int, "a whole number", environ)


def float_setting(name: str, default: float, environ: os._Environ | dict | None = None) -> float:
    return _number_setting(name, default, float, "a number", environ)


def schedule_minute(environ: os._Environ | dict | None = None) -> int:
    """Minute past each hour at which the hourly snapshot of the hour in progress starts."""
    minute = int_setting(TWITCH_SCHEDULE_MINUTE, DEFAULT_SCHEDULE_MINUTE, environ)
    if not 0 <= minute <= 59:
        raise ValueError(f"{TWITCH_SCHEDULE_MINUTE} must be within 0-59, got {minute}")
    return minute


def llamacpp_model_path(environ: os._Environ | dict | None = None) -> str:
    """The GGUF file the ``llamacpp`` judge loads; empty when unset (checked when the judge is built)."""
    env = os.environ if environ is None else environ
    return (env.get(LLAMACPP_MODEL_PATH) or "").strip()


def llamacpp_n_gpu_layers(environ: os._Environ | dict | None = None) -> int | None:
    """Layers of the ``llamacpp`` judge's model offloaded to the GPU (0: CPU only), or None for the default."""
    return _optional_count(LLAMACPP_N_GPU_LAYERS, DEFAULT_LLAMACPP_N_GPU_LAYERS, 0, environ)


def llamacpp_cpu_threads(environ: os._Environ | dict | None = None) -> int | None:
    """CPU threads of the ``llamacpp`` judge, or None for llama.cpp's choice."""
    return _optional_count(LLAMACPP_CPU_THREADS, DEFAULT_LLAMACPP_CPU_THREADS, 1, environ)


def _optional_count(name: str, default: int | None, minimum: int, environ) -> int | None:
    count = int_setting(name, default, environ)
    if count is not None and count < minimum:
        raise ValueError(f"{name} must be {minimum} or more, got {count}")
    return count


def alert_webhook_url(environ: os._Environ | dict | None = None) -> str | None:
    """Slack-compatible incoming-webhook URL for alerts, or None. A secret: never log it."""
    env = os.environ if environ is None else environ
    return (env.get(ALERT_WEBHOOK_URL) or "").strip() or None
