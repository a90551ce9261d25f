"""The local judge and the evaluation: kept apart from its training data, and good enough on both sets."""

from __future__ import annotations

import base64
from datetime import datetime, timezone

import pandas as pd
import pytest
from dagster import build_asset_context

from twitch_assets.compliance import corpus, evaluation
from twitch_assets.compliance.judges.base import VERDICT, JudgeRequest
from twitch_assets.compliance.judges.local import LocalJudge
from twitch_assets.compliance.policy import default_policy
from twitch_assets.compliance.report import (
    chart_markdown, flagged_markdown, hops_text, leaderboard_text, popularity_chart_png, printable,
)
from twitch_assets.compliance.text import normalise
from twitch_assets_tests.test_compliance_support import HIDING, history_frame

NOW = datetime(2026, 11, 26, 13, tzinfo=timezone.utc)  # a fixed clock for the verdict cache


def test_hand_labelled_set_is_large_multilingual_and_apart_from_the_training_corpus():
    labelled = pd.read_csv(evaluation.HANDLABELLED, keep_default_na=False, dtype=str)
    assert len(labelled) >= 300
    assert {"en", "es", "pt", "de", "fr", "it"} <= set(labelled["language"])
    assert (labelled["label"] == "none").sum() >= 150  # rich in hard negatives
    training_titles = {normalise(e.title) for e in corpus.generate()}
    overlap = [t for t in labelled["title"] if normalise(t) in training_titles]
    assert not overlap, overlap


def test_the_simulator_title_templates_are_not_read_by_the_training_code():
    import inspect

    from twitch_assets.compliance import training

    for module in (corpus, training):
        assert "twitch_assets.simulator" not in inspect.getsource(module)


def test_local_judge_verdicts_are_valid_and_cheap():
    requests = [JudgeRequest(f"k{i}", title, game) for i, (title, game) in enumerate(
        [("Dune full movie", "Artifact"), ("Elden Ring ranked", "Elden Ring"), ("NBA 2K25 Lakers vs Celtics", "NBA 2K25")])]
    run = LocalJudge().judge_many(requests)
    verdicts = [run.outcomes[r.content_key].verdict for r in requests]
    assert all(run.outcomes[r.content_key].status == VERDICT for r in requests)
    assert [v.violation_type for v in verdicts] == ["film_tv", "none", "none"]
    assert all(0 <= v.confidence <= 1 and v.evidence for v in verdicts)


def test_handlabelled_figures_for_the_local_judge():
    metrics, _ = evaluation.handlabelled(LocalJudge(), default_policy())
    assert metrics["overall"]["precision"] >= 0.9 and metrics["overall"]["recall"] >= 0.9, metrics["overall"]


def test_simulator_day_small_run(capsys):
    """CI size: a floor that catches regressions. The 0.90 targets are for `make eval`'s full day
    (a few hundred violations here, so one podcast template more or less moves precision by points)."""
    assert evaluation.main(["--hours", "1", "--streams", "1000", "--skip-handlabelled", "--skip-independent"]) == 0
    out = capsys.readouterr().out
    header, simulator_line = out.splitlines()[1:3]
    assert header.split()[:5] == ["set", "n", "precision", "recall", "evasive"]
    assert simulator_line.startswith("simulator 1h x 1000") and "1,000" in simulator_line
    metrics, joined = evaluation.simulator_day(LocalJudge(), default_policy(), 2, 3000, 7)
    assert metrics["overall"]["precision"] >= 0.8 and metrics["overall"]["recall"] >= 0.8, metrics["overall"]
    assert metrics["cache_hits"] > 0  # the second hour reuses the first hour's verdicts


def test_report_renders_the_leaderboard_and_the_chart():
    from twitch_assets.compliance.cache import MemoryVerdictCache
    from twitch_assets.compliance.scoring import score_hour

    frame = history_frame([("Dune full movie", "Artifact"), ("Elden Ring ranked", "Elden Ring")], HIDING)
    scores = score_hour(frame, LocalJudge(), default_policy(), MemoryVerdictCache(), NOW).scores
    text = leaderboard_text(scores)
    assert "1 of 2 live streamers flagged" in text and "streamer_0" in text and "streamer_1" not in text
    assert "title:    Dune full movie" in text and "category: Artifact  (usually: Fortnite)" in text
    hops = hops_text(frame, scores)
    assert "Hops into much less popular categories: 2" in hops
    assert "streamer_0: Fortnite (popularity 99) -> Artifact (popularity 4), 2,500 viewers, had 2,400 before" in hops
    assert hops.count("FLAGGED") == 1
    assert "| streamer_0 |" in flagged_markdown(scores)
    assert popularity_chart_png(scores).startswith(b"\x89PNG")
    encoded = chart_markdown(scores).split("base64,")[1].rstrip(")")
    assert base64.b64decode(encoded).startswith(b"\x89PNG")


def test_compliance_scores_asset_writes_the_cache_and_reports_metadata(tmp_path):
    from twitch_assets.storage import WarehouseResource

    from twitch_assets.assets.compliance import compliance_scores
    from twitch_assets.compliance.resource import JudgeResource

    warehouse = WarehouseResource(database=str(tmp_path / "w.duckdb"))
    frame = history_frame([("Dune full movie", "Artifact"), ("Elden Ring ranked", "Elden Ring")], HIDING)
    with build_asset_context(partition_key="2026-11-26-13:00", resources={"judge": JudgeResource(), "warehouse": warehouse}) as context:
        output = compliance_scores(context, streamer_category_history=frame)
    assert output.value["flagged"].tolist() == [True, False]
    assert output.metadata["judge"].value.startswith("local:")
    assert "base64," in output.metadata["viewers_vs_category_popularity"].value
    with warehouse.get_connection() as connection:
        assert connection.execute("SELECT count(*) FROM twitch.compliance_judge_cache").fetchone()[0] >= 1


def test_judge_choice_from_the_environment():
    from twitch_assets.compliance.resource import judge_resource

    assert judge_resource({}).kind == "local"
    resource = judge_resource({"COMPLIANCE_JUDGE": "openai", "OPENAI_BASE_URL": "http://127.0.0.1:1/v1", "OPENAI_MODEL": "m"})
    assert resource.build_judge().judge_id == "openai:m"
    with pytest.raises(ValueError):
        judge_resource({"COMPLIANCE_JUDGE": "gpt"})


def test_untrusted_text_prints_on_one_line():
    assert printable("evil\x1b[2J title\nsecond line\u202e", 80) == "evil [2J title second line"
    assert printable("x" * 50, 10) == "x" * 9 + "…"
    assert printable(None, 10) == ""
