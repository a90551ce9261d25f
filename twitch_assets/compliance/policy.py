"""The scoring policy: thresholds and the allow-list of official rights holders and co-streamers.

The allow-list is operator data (trusted), unlike anything a streamer writes. The shipped list is
``data/allowlist.json``; ``COMPLIANCE_ALLOWLIST`` adds logins, either comma-separated or as the path
of a JSON file shaped like the shipped one or a text file with one login a line.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from twitch_assets import settings

SHIPPED_ALLOWLIST = Path(__file__).parent / "data" / "allowlist.json"


@dataclass(frozen=True)
class ScoringPolicy:
    # Stage 1 -> judge: a stream becomes a candidate above either cheap score, or when it addresses the judge.
    candidate_content_score: float = 15.0
    candidate_evasion_score: float = 35.0
    # risk = content_weight * content + (1 - content_weight) * evasion
    content_weight: float = 0.7
    flag_risk_score: float = 50.0
    flag_content_score: float = 50.0
    high_risk_score: float = 60.0
    medium_risk_score: float = 30.0
    # Ceiling on the risk of an allow-listed channel.
    allowlisted_max_risk: float = 10.0
    young_account_days: int = 30
    # Context for vague titles (see ``context``): points of "context content" each piece of evidence gives.
    memory_half_life_hours: float = 12.0
    memory_evasion_points: float = 15.0
    contagion_min_flagged: int = 3
    contagion_min_share: float = 0.25
    contagion_points: float = 55.0  # rising with the share of the category's streams flagged
    contagion_evasion_points: float = 20.0
    burner_account_days: float = 7.0
    burner_min_viewers: int = 500
    burner_points: float = 60.0
    dead_category_pct: float = 15.0
    long_running_hours: float = 24.0
    long_running_points: float = 20.0
    hop_evasion_points: float = 20.0  # an evasive hop (see ``evasion``) also raises the evasion score
    # A suggestive title (content cues without evidence) on a stream out of place (see ``signals.out_of_place``).
    suggestive_content: float = 30.0
    suggestive_out_of_place_points: float = 60.0
    allowlist: frozenset[str] = field(default_factory=frozenset)


def _logins_from_json(payload) -> set[str]:
    if isinstance(payload, dict):
        return {login for values in payload.values() if isinstance(values, list) for login in values}
    return set(payload)


def load_allowlist(extra: str | None = None) -> frozenset[str]:
    """Shipped logins plus ``extra``: comma-separated logins or a path to a JSON or text file."""
    logins = _logins_from_json(json.loads(SHIPPED_ALLOWLIST.read_text()))
    if extra:
        path = Path(extra)
        if path.is_file():
            text = path.read_text()
            logins |= _logins_from_json(json.loads(text)) if path.suffix == ".json" else set(text.split())
        else:
            logins |= {part for part in extra.split(",")}
    return frozenset(login.strip().lower() for login in logins if login and login.strip())


def default_policy(environ: os._Environ | dict | None = None) -> ScoringPolicy:
    env = os.environ if environ is None else environ
    return ScoringPolicy(allowlist=load_allowlist(env.get(settings.COMPLIANCE_ALLOWLIST)))
