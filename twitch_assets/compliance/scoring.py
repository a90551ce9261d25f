"""The cascade for one hour, as pure functions: signals for all, the judge for candidates, one score.

1. ``compute_signals``: rule content and evasion scores for every stream (vectorised).
2. Candidates, most important first (risk x audience), deduplicated by content key; cached verdicts
   are reused, the rest go to the judge (within its rate and hourly cap).
3. ``combine``: content score from the verdict (or the rules when there is none), risk from content
   and evasion, the flag, and the reasons.

Never lowered by text addressed to the judge: for such a stream the content score is at least what
the positive rule cues give, hard negatives are off, and evasion is raised (see ``signals``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
import pandas as pd

from twitch_assets.compliance.judges.base import CACHED, NO_VERDICT, NOT_JUDGED, VERDICT, Judge, JudgeRequest, JudgeRun
from twitch_assets.compliance.context import context_content
from twitch_assets.compliance.policy import ScoringPolicy
from twitch_assets.compliance.signals import compute_signals
from twitch_assets.compliance.text import content_key
from twitch_assets.schema import COMPLIANCE_SCORES, conform, empty_frame

RULES_ONLY = "rules"
# Ceiling on content when the title itself names a sports video game or says no footage is shown.
VETO_MAX_CONTENT = 40.0


@dataclass
class HourScores:
    scores: pd.DataFrame
    stats: dict = field(default_factory=dict)
    judge_run: JudgeRun | None = None


def score_hour(history: pd.DataFrame, judge: Judge, policy: ScoringPolicy, cache, now: datetime,
               earlier_scores: pd.DataFrame | None = None) -> HourScores:
    """Score every streamer of one hour of ``streamer_category_history``. ``cache``: a verdict cache;
    ``earlier_scores``: this table's trailing hours (``context.MEMORY_COLUMNS``; none is normal)."""
    started = time.perf_counter()
    if history.empty:
        return HourScores(empty_frame(COMPLIANCE_SCORES), {"rows": 0})
    history = history.reset_index(drop=True)
    signals = compute_signals(history, policy)
    signals_seconds = time.perf_counter() - started

    keys = _content_keys(signals["sanitised_title"], history["game_name"])
    candidates = _by_priority(history, signals)
    candidate_keys = list(dict.fromkeys(keys[candidates]))
    cached = cache.lookup(judge.judge_id, candidate_keys, now)
    to_judge = [key for key in candidate_keys if key not in cached]
    first_row = pd.Series(candidates, index=keys[candidates]).groupby(level=0, sort=False).first()
    rows = first_row.reindex(to_judge).to_numpy(dtype=int)
    requests = [judge_request(stream, sanitised, injected, key) for stream, sanitised, injected, key in zip(
        history.iloc[rows].to_dict("records"), signals["sanitised_title"].to_numpy()[rows],
        signals["injection"].to_numpy()[rows], to_judge)]
    run = judge.judge_many(requests)
    stored = cache.store(judge.judge_id, [(r, run.outcomes[r.content_key]) for r in requests], now)

    judged = _judged_frame(keys, candidates, cached, run, judge.judge_id)
    scores = combine(history, signals, judged, policy, earlier_scores)
    scores["content_key"] = keys
    stats = {
        "rows": len(scores),
        "candidates": int(len(candidates)),
        "distinct_candidate_contents": len(candidate_keys),
        "cache_hits": len(cached),
        "verdicts_cached_now": stored,
        "flagged": int(scores["flagged"].sum()),
        "flagged_on_context": int((scores["flagged"] & (scores["content_score"] < policy.flag_content_score)).sum()),
        "signals_seconds": round(signals_seconds, 3),
        "seconds": round(time.perf_counter() - started, 3),
        **{f"judge_{k}": v for k, v in run.stats().items()},
    }
    return HourScores(conform(scores, COMPLIANCE_SCORES), stats, run)


def _content_keys(sanitised_titles: pd.Series, game_names: pd.Series) -> np.ndarray:
    pairs = pd.DataFrame({"t": sanitised_titles.fillna(""), "g": game_names.fillna("")})
    codes, uniques = pd.factorize(pd.MultiIndex.from_frame(pairs))
    hashed = np.array([content_key(t, g) for t, g in uniques], dtype=object)
    return hashed[codes]


def _by_priority(history: pd.DataFrame, signals: pd.DataFrame) -> np.ndarray:
    """Candidate row positions, the likeliest and most watched first (they get the judge's budget first)."""
    rows = np.flatnonzero(signals["candidate"].to_numpy(dtype=bool))
    cheap_risk = signals["rule_content_score"].to_numpy()[rows] + signals["evasion_score"].to_numpy()[rows]
    audience = np.log1p(pd.to_numeric(history["viewer_count"], errors="coerce").fillna(0).to_numpy(dtype=float)[rows])
    return rows[np.lexsort((-audience, -cheap_risk))]


def _optional(value):
    return None if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA else value


def judge_request(stream: dict, sanitised_title: str, injected: bool, key: str) -> JudgeRequest:
    """The judge's facts about one stream: the sanitised title, never the injected text."""
    created = pd.to_datetime(_optional(stream.get("account_created_at")), utc=True)
    hour = pd.to_datetime(stream.get("snapshot_hour"), utc=True)
    age = None if created is None or pd.isna(created) or pd.isna(hour) else round((hour - created).total_seconds() / 86400, 1)
    tags = stream.get("tags")
    labels = stream.get("content_classification_labels")
    as_float = lambda name: None if _optional(stream.get(name)) is None else round(float(stream.get(name)), 3)
    return JudgeRequest(
        content_key=key,
        title=str(sanitised_title),
        game_name=str(_optional(stream.get("game_name")) or ""),
        tags=tuple(str(t) for t in (tags if isinstance(tags, (list, tuple, np.ndarray)) else ())),
        language=str(_optional(stream.get("language")) or ""),
        viewer_count=int(_optional(stream.get("viewer_count")) or 0),
        category_popularity_pct=as_float("category_popularity_pct"),
        category_viewers=None if _optional(stream.get("category_viewers")) is None else int(stream.get("category_viewers")),
        streamer_category_share=as_float("streamer_category_share"),
        usual_game_name=str(_optional(stream.get("usual_game_name")) or ""),
        usual_category_popularity_pct=as_float("usual_category_popularity_pct"),
        switched_to_less_popular=bool(_optional(stream.get("switched_to_less_popular")) or False),
        account_age_days=age,
        content_classification_labels=tuple(str(t) for t in (labels if isinstance(labels, (list, tuple, np.ndarray)) else ())),
        title_addressed_moderation=bool(injected),
    )


def _judged_frame(keys: np.ndarray, candidates: np.ndarray, cached: dict, run: JudgeRun, judge_id: str) -> pd.DataFrame:
    """Per row: judge status, the verdict's fields (NaN/None without one), the error."""
    n = len(keys)
    status = np.full(n, NOT_JUDGED, dtype=object)
    judge = np.full(n, RULES_ONLY, dtype=object)
    score = np.full(n, np.nan)
    kind = np.full(n, None, dtype=object)
    confidence = np.full(n, np.nan)
    evidence = np.full(n, None, dtype=object)
    error = np.full(n, None, dtype=object)
    for row in candidates:
        key = keys[row]
        verdict, outcome = cached.get(key), run.outcomes.get(key)
        if verdict is not None:
            status[row] = CACHED
        elif outcome is not None:
            status[row], verdict, error[row] = outcome.status, outcome.verdict, outcome.error
        if status[row] != NOT_JUDGED:
            judge[row] = judge_id
        if verdict is not None:
            score[row], kind[row], confidence[row] = verdict.content_score, verdict.violation_type, verdict.confidence
            evidence[row] = verdict.evidence
    return pd.DataFrame({"judge_status": status, "judge": judge, "judge_score": score, "judge_type": kind,
                         "judge_confidence": confidence, "judge_evidence": evidence, "judge_error": error})


def combine(history: pd.DataFrame, signals: pd.DataFrame, judged: pd.DataFrame, policy: ScoringPolicy,
            earlier_scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """Scores, level, flag, type and reasons for every row (positional alignment of the three frames).

    ``content_score`` is what the stream's own title and tags say. For a vague title, context (the
    streamer's recent flags, a hijacked category, a burner account; see ``context``) may stand in for
    it in the risk and the flag, never lowering either.
    """
    rule_content = signals["rule_content_score"].to_numpy()
    judge_score = judged["judge_score"].to_numpy()
    injected = signals["injection"].to_numpy(dtype=bool)
    has_verdict = ~np.isnan(judge_score)
    content = np.where(has_verdict, judge_score, rule_content)
    content = np.where(signals["hard_negative_veto"].to_numpy(dtype=bool), np.minimum(content, VETO_MAX_CONTENT), content)
    content = np.where(injected, np.maximum(content, signals["rule_positive_score"].to_numpy()), content)
    evasion = signals["evasion_score"].to_numpy()
    allowlisted = signals["allowlisted"].to_numpy(dtype=bool)
    own_risk = np.clip(policy.content_weight * content + (1 - policy.content_weight) * evasion, 0, 100)
    own_flag = (own_risk >= policy.flag_risk_score) & (content >= policy.flag_content_score) & ~allowlisted
    hour = history["snapshot_hour"].iloc[0] if len(history) else None
    context, context_type, context_evasion, context_reasons = context_content(
        history, signals, own_flag, earlier_scores, hour, policy)
    effective = np.maximum(content, context)
    evasion = np.minimum(evasion + context_evasion, 100.0)
    risk = np.clip(policy.content_weight * effective + (1 - policy.content_weight) * evasion, 0, 100)
    risk = np.where(allowlisted, np.minimum(risk, policy.allowlisted_max_risk), risk)
    flagged = (risk >= policy.flag_risk_score) & (effective >= policy.flag_content_score) & ~allowlisted
    judge_type = judged["judge_type"].to_numpy(dtype=object)
    violation = np.where(has_verdict & (judge_type != "none") & (judge_type != None), judge_type,  # noqa: E711
                         np.where(content >= policy.flag_content_score, signals["rule_type"].to_numpy(dtype=object), "none"))
    violation = np.where(flagged & (content < policy.flag_content_score), context_type, violation)
    out = pd.DataFrame({
        "snapshot_hour": history["snapshot_hour"].to_numpy(),
        "user_id": history["user_id"].to_numpy(),
        "user_login": history["user_login"].to_numpy(),
        "stream_id": history["stream_id"].to_numpy(),
        "title": history["title"].to_numpy(),
        "game_name": history["game_name"].to_numpy(),
        "viewer_count": history["viewer_count"].to_numpy(),
        "category_popularity_pct": _column(history, "category_popularity_pct", np.nan),
        "usual_game_name": _column(history, "usual_game_name", None),
        "switched_to_less_popular": _column(history, "switched_to_less_popular", False),
        "risk_score": np.round(risk, 1),
        "risk_level": np.select([risk >= policy.high_risk_score, risk >= policy.medium_risk_score], ["high", "medium"], "low"),
        "flagged": flagged,
        "content_score": np.round(content, 1),
        "evasion_score": np.round(evasion, 1),
        "violation_type": np.where(allowlisted, "none", violation),
        "judge": judged["judge"].to_numpy(dtype=object),
        "judge_status": judged["judge_status"].to_numpy(dtype=object),
        "judge_error": judged["judge_error"].to_numpy(dtype=object),
    })
    out["reasons"] = [row + extra for row, extra in zip(_reasons(signals, judged, allowlisted), context_reasons)]
    return out


def _column(frame: pd.DataFrame, name: str, default) -> np.ndarray:
    return frame[name].to_numpy() if name in frame else np.full(len(frame), default)


def _reasons(signals: pd.DataFrame, judged: pd.DataFrame, allowlisted: np.ndarray) -> list[list[str]]:
    reasons = []
    rows = zip(signals["content_reasons"], signals["evasion_reasons"], judged["judge_status"], judged["judge"],
               judged["judge_type"], judged["judge_confidence"], judged["judge_evidence"], judged["judge_error"], allowlisted)
    for content, evasion, status, judge, kind, confidence, evidence, error, listed in rows:
        row = ["allow-listed official rights holder or co-streamer"] if listed else []
        row.extend(content)
        row.extend(evasion)
        if status in (VERDICT, CACHED):
            note = " (cached)" if status == CACHED else ""
            row.append(f"{judge}{note}: {kind} at confidence {confidence:.2f}")
            row.extend(f"evidence: {e}" for e in evidence if e not in content)
        elif status == NO_VERDICT or error:
            row.append(f"judge gave no verdict ({error}); scored on the rules")
        reasons.append(row)
    return reasons
