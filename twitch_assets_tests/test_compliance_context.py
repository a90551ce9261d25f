"""Context for vague titles: repeat offenders (and that a false positive cannot lock itself in),
category contagion, burner accounts, long-running streams; and numbered podcast episodes."""

from __future__ import annotations

import pandas as pd
import pytest
from dagster import build_asset_context

from twitch_assets.compliance.cache import MemoryVerdictCache
from twitch_assets.compliance.context import MEMORY_COLUMNS, earlier_flags
from twitch_assets.compliance.judges.local import LocalJudge
from twitch_assets.compliance.policy import ScoringPolicy, load_allowlist
from twitch_assets.compliance.scoring import score_hour
from twitch_assets.compliance.signals import compute_signals
from twitch_assets_tests.test_compliance_support import HIDING, HOUR, ORDINARY, history_frame

POLICY = ScoringPolicy(allowlist=load_allowlist())
LOCAL = LocalJudge()
SNAPSHOT = pd.Timestamp(HOUR).tz_convert("UTC").tz_localize(None)


def earlier(rows: list[dict]) -> pd.DataFrame:
    """compliance_scores rows of earlier hours: user u0 on stream s0 unless said otherwise."""
    base = dict(user_id="u0", stream_id="s0", game_name="Just Chatting", flagged=True, content_score=90.0,
                violation_type="film_tv")
    return pd.DataFrame([{**base, **row, "snapshot_hour": SNAPSHOT - pd.Timedelta(hours=row.get("hours_ago", 1))}
                         for row in rows])[MEMORY_COLUMNS]


def score(rows, context=ORDINARY, earlier_scores=None, **overrides):
    frame = history_frame(rows, context, **overrides)
    return score_hour(frame, LOCAL, POLICY, MemoryVerdictCache(), HOUR, earlier_scores).scores


# --- repeat offenders ------------------------------------------------------------------------
@pytest.mark.parametrize("title", ["live", "Untitled stream | !discord", "👀", "en direct (18+)"])
def test_a_title_gone_vague_on_a_flagged_stream_stays_flagged(title):
    assert not score([(title, "Just Chatting")])["flagged"].iat[0]  # nothing in the title itself
    row = score([(title, "Just Chatting")], earlier_scores=earlier([{"hours_ago": 1}])).iloc[0]
    assert row["flagged"] and row["violation_type"] == "film_tv"
    assert row["content_score"] < POLICY.flag_content_score  # the title's own content, reported as such
    assert any("flagged 1 h ago" in r for r in row["reasons"])


def test_the_memory_follows_the_category_onto_a_new_stream_but_not_elsewhere():
    same_category = earlier([{"stream_id": "yesterday", "game_name": "Just Chatting"}])
    assert score([("live", "Just Chatting")], earlier_scores=same_category)["flagged"].iat[0]
    moved_on = earlier([{"stream_id": "yesterday", "game_name": "Elden Ring"}])
    assert not score([("live", "Just Chatting")], earlier_scores=moved_on)["flagged"].iat[0]
    someone_else = earlier([{"user_id": "u9"}])
    assert not score([("live", "Just Chatting")], earlier_scores=someone_else)["flagged"].iat[0]


@pytest.mark.parametrize("title, game", [
    ("Elden Ring blind playthrough part 3", "Elden Ring"),  # names its category, describes gameplay
    ("The Lobby podcast with chat", "Just Chatting"),  # a hard negative
    ("reacting to the Dune trailer", "Just Chatting"),
])
def test_the_memory_alone_never_flags_a_clean_fitting_title(title, game):
    memory = earlier([{"game_name": game, "hours_ago": 1}])
    row = score([(title, game)], earlier_scores=memory).iloc[0]
    assert not row["flagged"], row["reasons"]


def test_a_flag_carried_by_the_memory_does_not_renew_it():
    """Only flags on the title's own content feed the memory: a context flag (content below the flag
    line) is no source, so a false positive fades out within the day."""
    carried_only = earlier([{"hours_ago": 1, "content_score": 5.0}])
    assert not score([("live", "Just Chatting")], earlier_scores=carried_only)["flagged"].iat[0]


def test_the_memory_decays_and_ends_with_the_trailing_day():
    assert score([("live", "Just Chatting")], earlier_scores=earlier([{"hours_ago": 2}]))["flagged"].iat[0]
    assert not score([("live", "Just Chatting")], earlier_scores=earlier([{"hours_ago": 20}]))["flagged"].iat[0]
    assert not score([("live", "Just Chatting")], earlier_scores=earlier([{"hours_ago": 30}]))["flagged"].iat[0]
    fresh = score([("live", "Just Chatting")], earlier_scores=earlier([{"hours_ago": 2}])).iloc[0]
    stale = score([("live", "Just Chatting")], earlier_scores=earlier([{"hours_ago": 12}])).iloc[0]
    assert fresh["risk_score"] > stale["risk_score"] > score([("live", "Just Chatting")])["risk_score"].iat[0]


@pytest.mark.parametrize("missing", [None, pd.DataFrame(columns=MEMORY_COLUMNS), earlier([{"hours_ago": 1}]).iloc[0:0]])
def test_missing_earlier_hours_are_no_history(missing):
    scores = score([("live", "Just Chatting"), ("Dune full movie", "Artifact")], earlier_scores=missing)
    assert scores["flagged"].tolist() == [False, True]


def test_earlier_flags_keeps_the_flagged_rows_of_the_trailing_day():
    rows = earlier([{"hours_ago": 1}, {"hours_ago": 25}, {"hours_ago": 2, "flagged": False}, {"hours_ago": 0}])
    kept = earlier_flags(rows, SNAPSHOT)
    assert kept["snapshot_hour"].tolist() == [SNAPSHOT - pd.Timedelta(hours=1)]


# --- category contagion ----------------------------------------------------------------------
def test_a_hijacked_category_carries_its_vague_titles_but_not_its_fitting_ones():
    pirates = [("Oppenheimer full movie HD", "Paladins"), ("Dune full movie free", "Paladins"),
               ("Breaking Bad S03E07 full episode", "Paladins"), ("Barbie pelicula completa", "Paladins")]
    scores = score(pirates + [("live", "Paladins"), ("untitled", "Paladins"), ("Paladins ranked grind", "Paladins")])
    assert scores["flagged"].tolist() == [True] * 6 + [False]
    assert any("hijacked" in r for r in scores["reasons"].iat[4])
    # the fitting title is not flagged, but its risk is raised by the company it keeps
    alone = score([("Paladins ranked grind", "Paladins")])
    assert scores["risk_score"].iat[6] > alone["risk_score"].iat[0]


def test_a_few_flags_in_a_big_category_are_no_contagion():
    rows = [("Oppenheimer full movie HD", "Just Chatting")] * 3 + [("live", "Just Chatting")] + [("chatting with chat", "Just Chatting")] * 30
    scores = score(rows)
    assert scores["flagged"].sum() == 3 and not scores["flagged"].iat[3]


# --- burners and long-running streams --------------------------------------------------------
@pytest.mark.parametrize("game", ["Sports", "Just Chatting", "Special Events"])
def test_a_days_old_account_with_a_large_audience_and_a_vague_title_is_flagged(game):
    burner = score([("Untitled", game)], ORDINARY, account_age_days=2, viewer_count=8000).iloc[0]
    assert burner["flagged"], burner["reasons"]
    assert any("days-old account" in r for r in burner["reasons"])
    assert not score([("Untitled", game)], ORDINARY, account_age_days=1500, viewer_count=8000)["flagged"].iat[0]
    assert not score([("Untitled", game)], ORDINARY, account_age_days=2, viewer_count=40)["flagged"].iat[0]
    assert not score([("first stream ever, say hi to my dog", game)], ORDINARY, account_age_days=2, viewer_count=8000)["flagged"].iat[0]


def test_a_stream_on_air_for_a_day_or_more_raises_evasion():
    frame = history_frame([("live", "Just Chatting"), ("live", "Just Chatting")])
    frame.loc[0, "started_at"] = frame.loc[0, "snapshot_hour"] - pd.Timedelta(hours=30)
    signals = compute_signals(frame, POLICY)
    assert signals["evasion_score"].iat[0] > signals["evasion_score"].iat[1]
    assert any("on air for 30 h" in r for r in signals["evasion_reasons"].iat[0])


# --- podcasts ----------------------------------------------------------------------------------
@pytest.mark.parametrize("title, game", [
    ("The Lobby — Ep. 41", "Just Chatting"),
    ("No Cap #230 | Formula 1", "Podcasts"),
    ("Hot Takes — full episode 72 (live)", "Just Chatting"),
    ("Episode 24 (uncut)", "Just Chatting"),
    ("Kaffeeklatsch Folge 118", "Talk Shows & Podcasts"),
])
def test_numbered_podcast_episodes_are_not_flagged(title, game):
    row = score([(title, game)]).iloc[0]
    assert not row["flagged"], row["reasons"]


@pytest.mark.parametrize("title, game", [
    ("Shogun episode 3 full ep 1080p", "Just Chatting"),
    ("Breaking Bad S03E07 full episode", "Just Chatting"),
    ("Dexter Original Sin ep 1 - full episode", "IRL"),
    ("The Office episode 5 dublado", "Just Chatting"),
])
def test_a_numbered_episode_with_film_or_series_evidence_is_still_flagged(title, game):
    row = score([(title, game)], HIDING).iloc[0]
    assert row["flagged"], row["reasons"]


# --- the asset reads its own trailing day -------------------------------------------------------
def test_the_asset_reads_its_own_earlier_flags_with_a_bounded_window(tmp_path):
    from twitch_assets.storage import WarehouseResource

    from twitch_assets.assets.compliance import compliance_scores, read_earlier_flags
    from twitch_assets.compliance.resource import JudgeResource
    from twitch_assets.schema import COMPLIANCE_SCORES, create_table_sql
    from twitch_assets.settings import DUCKDB_SCHEMA

    warehouse = WarehouseResource(database=str(tmp_path / "w.duckdb"))
    assert read_earlier_flags(warehouse, SNAPSHOT).empty  # no table yet: no history
    stored = pd.DataFrame({name: [None, None] for name in COMPLIANCE_SCORES})
    stored = stored.assign(snapshot_hour=[SNAPSHOT - pd.Timedelta(hours=1), SNAPSHOT - pd.Timedelta(hours=30)],
                           user_id="u0", stream_id="s0", game_name="Just Chatting", flagged=True, content_score=90.0,
                           violation_type="film_tv", reasons=[[], []])
    with warehouse.get_connection() as connection:
        connection.execute(f"CREATE SCHEMA IF NOT EXISTS {DUCKDB_SCHEMA}")
        connection.execute(create_table_sql(f"{DUCKDB_SCHEMA}.compliance_scores", COMPLIANCE_SCORES))
        connection.register("stored", stored)
        connection.execute(f"INSERT INTO {DUCKDB_SCHEMA}.compliance_scores SELECT {', '.join(COMPLIANCE_SCORES)} FROM stored")
    assert len(read_earlier_flags(warehouse, SNAPSHOT)) == 1  # the 30-hour-old flag is outside the window
    frame = history_frame([("live", "Just Chatting"), ("live", "Just Chatting")])
    with build_asset_context(partition_key="2026-11-26-13:00", resources={"judge": JudgeResource(), "warehouse": warehouse}) as context:
        output = compliance_scores(context, streamer_category_history=frame)
    assert output.value["flagged"].tolist() == [True, False]
    assert output.metadata["earlier_flags_read"].value == 1
