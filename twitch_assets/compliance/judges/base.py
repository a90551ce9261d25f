"""One interface for every judge: what it is asked, what it may answer, how a reply is validated.

A judge answers about *content*: does this stream rebroadcast copyrighted material, of which type,
on what evidence, how sure. Context (popularity, hops, account age) is passed as facts, but the
verdict is cached by content, so it must not hinge on one hour's numbers.
"""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from twitch_assets.compliance.lexicon import ALL_TYPES

VERDICT, NO_VERDICT, CACHED, NOT_JUDGED = "verdict", "no_verdict", "cached", "not_judged"
MAX_EVIDENCE_ITEMS = 6
MAX_EVIDENCE_CHARS = 300

# The verdict schema shared by the OpenAI json_schema response format and the Bedrock forced tool.
# Evidence comes first so a model writes its grounds before its label. Strict mode: every property
# required, no others.
VERDICT_SCHEMA: dict = {
    "type": "object",
    "properties": {
        "evidence": {
            "type": "array",
            "description": "Short quotes from the stream data or facts that support the verdict.",
            "items": {"type": "string"},
        },
        "title_fits_category": {
            "type": "boolean",
            "description": "Whether what the title announces belongs in the stream's category.",
        },
        "violation_type": {"type": "string", "enum": list(ALL_TYPES)},
        "confidence": {"type": "number", "description": "0 to 1: how sure the violation_type is right."},
    },
    "required": ["evidence", "title_fits_category", "violation_type", "confidence"],
    "additionalProperties": False,
}


@dataclass(frozen=True)
class JudgeRequest:
    """Structured facts about one stream's content. ``title`` is already sanitised (see signals)."""

    content_key: str
    title: str
    game_name: str
    tags: tuple[str, ...] = ()
    language: str = ""
    viewer_count: int = 0
    category_popularity_pct: float | None = None
    category_viewers: int | None = None
    streamer_category_share: float | None = None
    usual_game_name: str = ""
    usual_category_popularity_pct: float | None = None
    switched_to_less_popular: bool = False
    account_age_days: float | None = None
    content_classification_labels: tuple[str, ...] = ()
    title_addressed_moderation: bool = False

    def facts(self) -> dict:
        """The stream data as the prompt shows it (all untrusted except the numbers we computed)."""
        return {
            "title": self.title,
            "category": self.game_name,
            "tags": list(self.tags),
            "language": self.language,
            "viewer_count": self.viewer_count,
            "category_popularity_pct": self.category_popularity_pct,
            "category_viewers": self.category_viewers,
            "streamer_share_of_category_viewers": self.streamer_category_share,
            "usual_category": self.usual_game_name,
            "usual_category_popularity_pct": self.usual_category_popularity_pct,
            "moved_to_much_less_popular_category": self.switched_to_less_popular,
            "account_age_days": self.account_age_days,
            "content_classification_labels": list(self.content_classification_labels),
            "title_addressed_moderators_or_ai": self.title_addressed_moderation,
        }


@dataclass(frozen=True)
class Verdict:
    violation_type: str
    confidence: float
    evidence: tuple[str, ...]
    title_fits_category: bool = True

    @property
    def is_violation(self) -> bool:
        return self.violation_type != "none"

    @property
    def content_score(self) -> float:
        """Probability-like 0-100: 50 +/- half the confidence, up for a violation, down for none."""
        signed = self.confidence if self.is_violation else -self.confidence
        return 50.0 + 50.0 * signed


@dataclass(frozen=True)
class JudgeOutcome:
    content_key: str
    status: str
    verdict: Verdict | None = None
    error: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    calls: int = 0


class InvalidVerdict(ValueError):
    pass


def validate_verdict(payload: object) -> Verdict:
    """Check a judge's reply against the schema and the fixed label set; raise InvalidVerdict if not."""
    if not isinstance(payload, Mapping):
        raise InvalidVerdict(f"verdict is a {type(payload).__name__}, not an object")
    expected = set(VERDICT_SCHEMA["required"])
    if set(payload) != expected:
        missing, extra = sorted(expected - set(payload)), sorted(set(payload) - expected)
        raise InvalidVerdict(f"verdict fields wrong (missing {missing}, unexpected {extra})")
    violation = payload["violation_type"]
    if violation not in ALL_TYPES:
        raise InvalidVerdict(f"violation_type {str(violation)[:40]!r} is not one of {', '.join(ALL_TYPES)}")
    confidence = payload["confidence"]
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0.0 <= confidence <= 1.0:
        raise InvalidVerdict(f"confidence {str(confidence)[:20]!r} is not a number in [0, 1]")
    evidence = payload["evidence"]
    if not isinstance(evidence, list) or not all(isinstance(e, str) for e in evidence):
        raise InvalidVerdict("evidence is not a list of strings")
    evidence = [e.strip()[:MAX_EVIDENCE_CHARS] for e in evidence if e.strip()][:MAX_EVIDENCE_ITEMS]
    if violation != "none" and not evidence:
        raise InvalidVerdict("a violation verdict without evidence")
    if not isinstance(payload["title_fits_category"], bool):
        raise InvalidVerdict("title_fits_category is not a boolean")
    return Verdict(violation, float(confidence), tuple(evidence), payload["title_fits_category"])


@dataclass(frozen=True)
class CallLimits:
    """How hard a generative judge may hit its service in one hour's run."""

    max_concurrency: int = 4
    calls_per_minute: float = 120.0
    max_calls_per_hour: int = 2_000
    max_retries: int = 2
    backoff_s: float = 0.5
    max_backoff_s: float = 10.0


class RateLimiter:
    """Evenly spaced call starts: at most ``calls_per_minute``, shared by every worker thread."""

    def __init__(self, calls_per_minute: float, clock: Callable[[], float] = time.monotonic, sleep=time.sleep):
        self._interval = 60.0 / calls_per_minute if calls_per_minute > 0 else 0.0
        self._next = 0.0
        self._lock = threading.Lock()
        self._clock, self._sleep = clock, sleep

    def wait(self) -> None:
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            self._next = start + self._interval
        if start > now:
            self._sleep(start - now)


class CallBudget:
    """The per-hour cap on calls (retries included); thread-safe."""

    def __init__(self, limit: int):
        self.limit, self.used = limit, 0
        self._lock = threading.Lock()

    def take(self) -> bool:
        with self._lock:
            if self.used >= self.limit:
                return False
            self.used += 1
            return True


@dataclass
class JudgeRun:
    """What one hour's judging did: outcomes by content key and the telemetry for metadata."""

    outcomes: dict[str, JudgeOutcome] = field(default_factory=dict)
    seconds: float = 0.0

    def stats(self) -> dict[str, object]:
        values = list(self.outcomes.values())
        statuses = Counter(o.status for o in values)
        reasons = Counter((o.error or "").split(":")[0] for o in values if o.status in (NO_VERDICT, NOT_JUDGED))
        return {
            "requests": len(values),
            "verdicts": statuses.get(VERDICT, 0),
            "no_verdicts": statuses.get(NO_VERDICT, 0),
            "not_judged": statuses.get(NOT_JUDGED, 0),
            "calls": sum(o.calls for o in values),
            "input_tokens": sum(o.input_tokens for o in values),
            "output_tokens": sum(o.output_tokens for o in values),
            "seconds": round(self.seconds, 3),
            "no_verdict_reasons": dict(reasons),
        }


class Judge(ABC):
    """Judges the content of candidate streams. ``name`` is the kind, ``model`` what answers."""

    name: str = ""
    model: str = ""

    @property
    def judge_id(self) -> str:
        return f"{self.name}:{self.model}"

    @abstractmethod
    def judge_many(self, requests: Sequence[JudgeRequest]) -> JudgeRun:
        """A verdict, no verdict (with the reason) or not judged (with the reason) for every request."""

    def close(self) -> None:
        """Free what the judge holds (a loaded model); its owner calls this when done with it."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


class GenerativeJudge(Judge):
    """A generative model, remote or in process: one call per request, concurrent within a rate and a
    per-hour cap, retried on transient failures. Subclasses make one attempt in ``_attempt``."""

    def __init__(self, limits: CallLimits, sleep: Callable[[float], None] = time.sleep):
        self.limits = limits
        self._sleep = sleep

    @abstractmethod
    def _attempt(self, request: JudgeRequest) -> JudgeOutcome:
        """One call. Raise ``TransientJudgeError`` for what a retry may fix; return no verdict otherwise."""

    def judge_many(self, requests: Sequence[JudgeRequest]) -> JudgeRun:
        started = time.perf_counter()
        limiter = RateLimiter(self.limits.calls_per_minute, sleep=self._sleep)
        budget = CallBudget(self.limits.max_calls_per_hour)
        with ThreadPoolExecutor(max_workers=self.limits.max_concurrency, thread_name_prefix=f"judge-{self.name}") as pool:
            outcomes = list(pool.map(lambda r: self._judge_one(r, limiter, budget), requests))
        return JudgeRun({o.content_key: o for o in outcomes}, time.perf_counter() - started)

    def _judge_one(self, request: JudgeRequest, limiter: RateLimiter, budget: CallBudget) -> JudgeOutcome:
        calls, last_error = 0, ""
        for attempt in range(self.limits.max_retries + 1):
            if not budget.take():
                cap = f"hourly call cap reached ({budget.limit} calls)"
                if calls == 0:
                    return JudgeOutcome(request.content_key, NOT_JUDGED, error=cap)
                return JudgeOutcome(request.content_key, NO_VERDICT, error=f"{last_error}; then {cap}", calls=calls)
            limiter.wait()
            calls += 1
            try:
                outcome = self._attempt(request)
            except TransientJudgeError as exc:
                last_error = str(exc)
                if attempt < self.limits.max_retries:
                    self._sleep(min(exc.retry_after_s or self.limits.backoff_s * 2**attempt, self.limits.max_backoff_s))
                continue
            except Exception as exc:  # a judge never crashes the hour: the stream keeps its rule score
                return JudgeOutcome(request.content_key, NO_VERDICT, error=f"judge error: {type(exc).__name__}", calls=calls)
            return JudgeOutcome(
                outcome.content_key, outcome.status, outcome.verdict, outcome.error,
                outcome.input_tokens, outcome.output_tokens, calls,
            )
        return JudgeOutcome(request.content_key, NO_VERDICT, error=f"{last_error} (after {calls} attempts)", calls=calls)


class TransientJudgeError(Exception):
    """A failure a retry may fix (timeout, connection, 429, 5xx, throttling)."""

    def __init__(self, message: str, retry_after_s: float | None = None):
        super().__init__(message)
        self.retry_after_s = retry_after_s


def no_verdict(request: JudgeRequest, reason: str, input_tokens: int = 0, output_tokens: int = 0) -> JudgeOutcome:
    return JudgeOutcome(request.content_key, NO_VERDICT, error=reason, input_tokens=input_tokens, output_tokens=output_tokens)


def verdict_outcome(request: JudgeRequest, payload: object, input_tokens: int = 0, output_tokens: int = 0) -> JudgeOutcome:
    """Validate ``payload``; an invalid one is recorded as no verdict with the reason."""
    try:
        verdict = validate_verdict(payload)
    except InvalidVerdict as exc:
        return no_verdict(request, f"invalid verdict: {exc}", input_tokens, output_tokens)
    return JudgeOutcome(request.content_key, VERDICT, verdict, input_tokens=input_tokens, output_tokens=output_tokens)
