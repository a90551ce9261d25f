"""Shared builders for the compliance tests (no tests here)."""

from __future__ import annotations

from datetime import datetime, timezone

import pandas as pd

from twitch_assets.compliance.judges.base import VERDICT, Judge, JudgeOutcome, JudgeRun, Verdict

HOUR = datetime(2026, 11, 26, 13, tzinfo=timezone.utc)

# Contexts of a streamer_category_history row.
ORDINARY = dict(category_popularity_pct=70.0, streamer_category_share=0.01, viewer_count=90, switched_to_less_popular=False,
                usual_game_id="", usual_category_popularity_pct=float("nan"), usual_viewer_count=float("nan"),
                account_age_days=1500)
HIDING = dict(category_popularity_pct=4.0, streamer_category_share=0.9, viewer_count=2500, switched_to_less_popular=True,
              usual_game_id="fortnite", usual_category_popularity_pct=99.0, usual_viewer_count=2400.0,
              account_age_days=900)


def history_frame(rows: list[tuple[str, str]], context: dict = ORDINARY, hour: datetime = HOUR, **overrides) -> pd.DataFrame:
    """A streamer_category_history frame: one streamer per (title, category)."""
    context = {**context, **overrides}
    snapshot = pd.Timestamp(hour).tz_convert("UTC").tz_localize(None)
    n = len(rows)
    return pd.DataFrame({
        "snapshot_hour": [snapshot] * n,
        "user_id": [f"u{i}" for i in range(n)],
        "user_login": overrides.get("user_login", [f"streamer_{i}" for i in range(n)]),
        "user_name": [f"Streamer{i}" for i in range(n)],
        "stream_id": [f"s{i}" for i in range(n)],
        "game_id": [game.lower() for _, game in rows],
        "game_name": [game for _, game in rows],
        "title": [title for title, _ in rows],
        "tags": [list(overrides.get("tags", [])) for _ in rows],
        "language": ["en"] * n,
        "viewer_count": [context["viewer_count"]] * n,
        "started_at": [snapshot] * n,
        "broadcaster_type": [""] * n,
        "account_created_at": [snapshot - pd.Timedelta(days=context["account_age_days"])] * n,
        "content_classification_labels": [[] for _ in rows],
        "is_branded_content": [False] * n,
        "category_viewers": [1000] * n,
        "category_streams": [10] * n,
        "category_popularity_pct": [context["category_popularity_pct"]] * n,
        "category_baseline_viewers_24h": [100.0] * n,
        "streamer_category_share": [context["streamer_category_share"]] * n,
        "previous_game_id": [context["usual_game_id"] or None] * n,
        "previous_game_name": [context["usual_game_id"].title() or None] * n,
        "previous_category_popularity_pct": [context["usual_category_popularity_pct"]] * n,
        "previous_category_viewers": [None] * n,
        "previous_viewer_count": [context["usual_viewer_count"]] * n,
        "switched_category": [context["switched_to_less_popular"]] * n,
        "switched_to_less_popular": [context["switched_to_less_popular"]] * n,
        "usual_game_id": [context["usual_game_id"]] * n,
        "usual_game_name": [context["usual_game_id"].title()] * n,
        "usual_category_popularity_pct": [context["usual_category_popularity_pct"]] * n,
        "usual_category_viewers": [None] * n,
        "usual_viewer_count": [context["usual_viewer_count"]] * n,
        "hours_observed_24h": [5] * n,
        "distinct_categories_24h": [1] * n,
    })


class CountingJudge(Judge):
    """Says film_tv at 0.9 for every request and counts what it was asked."""

    name, model = "counting", "test"

    def __init__(self):
        self.requests = []

    def judge_many(self, requests):
        self.requests.extend(requests)
        return JudgeRun({r.content_key: JudgeOutcome(r.content_key, VERDICT, Verdict("film_tv", 0.9, ("x",))) for r in requests})
