"""The simulated population: deterministic, persistent, heavy-tailed, multilingual, and labelled."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import numpy as np
import pandas as pd
import pytest

from twitch_assets.simulator import build_population
from twitch_assets.simulator.behaviour import BEHAVIOURS, VIOLATION_TYPES
from twitch_assets.simulator.catalog import CATEGORIES, CATEGORY_INDEX, OBSCURE, POPULAR

HOUR = datetime(2026, 11, 26, 20, tzinfo=timezone.utc)
STREAMS = 20_000


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return build_population(7, HOUR, STREAMS).frame()


@pytest.fixture(scope="module")
def next_frame() -> pd.DataFrame:
    return build_population(7, HOUR + timedelta(hours=1), STREAMS).frame()


def test_same_seed_and_hour_give_the_same_population(frame):
    again = build_population(7, HOUR, STREAMS).frame()
    pd.testing.assert_frame_equal(frame, again)


def test_seed_and_hour_change_the_population(frame, next_frame):
    other_seed = build_population(8, HOUR, STREAMS).frame()
    assert len(set(frame.user_id) & set(other_seed.user_id)) < len(frame) * 0.5
    assert set(frame.stream_id) != set(next_frame.stream_id)


def test_exactly_the_requested_number_of_unique_streams(frame):
    assert len(frame) == STREAMS
    assert frame.stream_id.is_unique and frame.user_id.is_unique and frame.user_login.is_unique


def test_streamers_persist_across_hours_with_the_same_identity(frame, next_frame):
    both = frame.merge(next_frame, on="user_id", suffixes=("", "_next"))
    assert len(both) > 0.7 * len(frame)
    assert (both.user_login == both.user_login_next).all()
    assert (both.created_at == both.created_at_next).all()
    # A continuing session keeps its stream id; most streamers stay in their category.
    assert (both.stream_id == both.stream_id_next).mean() > 0.9
    assert (both.game_id == both.game_id_next).mean() > 0.85


def test_viewers_are_heavy_tailed(frame):
    viewers = frame.viewer_count
    assert (viewers <= 5).mean() > 0.7
    assert viewers.max() > 10_000
    top_one_percent = viewers.sort_values(ascending=False).head(len(viewers) // 100).sum()
    assert top_one_percent > 0.5 * viewers.sum()


def test_no_language_dominates(frame):
    shares = frame.language.value_counts(normalize=True)
    assert 0.2 < shares["en"] < 0.35
    assert shares.iloc[0] == shares["en"]
    assert {"es", "pt", "de", "fr", "it", "ru", "ja", "ko", "zh", "pl", "tr", "ar", "th", "other"} <= set(shares.index)


def test_categories_have_a_long_tail_and_uncategorised_streams(frame):
    per_category = frame[frame.game_id != ""].groupby("game_id").size()
    assert len(per_category) > 300
    assert (per_category <= 3).sum() > 100
    assert ((frame.game_id == "") & (frame.game_name == "")).sum() > 0.005 * len(frame)
    assert "Movies & TV" not in {c.name for c in CATEGORIES}


def test_catalog_ids_names_and_igdb_ids_are_unique():
    for field in ("game_id", "name", "igdb_id"):
        values = [getattr(c, field) for c in CATEGORIES if getattr(c, field)]
        assert len(values) == len(set(values)), field
    assert {"Just Chatting", "Artifact", "EA Sports FC 25", "Talk Shows & Podcasts", "DJs"} <= {c.name for c in CATEGORIES}


@pytest.mark.parametrize("script", [
    "[\u0400-\u04ff]",  # Cyrillic
    "[\u4e00-\u9fff]",  # CJK
    "[\u3040-\u30ff]",  # Japanese kana
    "[\uac00-\ud7af]",  # Hangul
    "[\u0600-\u06ff]",  # Arabic
    "[\u0e00-\u0e7f]",  # Thai
    "[\U0001f300-\U0001faff]",  # emoji
    "\u200f",  # right-to-left mark
    "[àâçéèêëîïôûùüÿñæœãõßäöåøıšžčćłğş]",  # accented Latin
])
def test_titles_and_names_use_many_scripts(frame, script):
    pattern = re.compile(script, re.IGNORECASE)
    assert frame.title.str.contains(pattern).sum() >= 5
    assert (frame.user_name.str.contains(pattern) | frame.title.str.contains(pattern)).any()


def test_display_names_are_not_all_ascii(frame):
    assert (~frame.user_name.map(str.isascii)).mean() > 0.05


def test_titles_are_varied(frame):
    clean = frame[~frame.is_violation]
    assert clean.title.nunique() > 0.3 * len(clean)
    infringing = frame[frame.is_violation & (frame.title_style == "explicit")]
    assert infringing.title.nunique() > 0.7 * len(infringing)


def test_every_behaviour_and_violation_type_is_present(frame):
    assert set(frame.behaviour) == set(BEHAVIOURS)
    assert set(frame.violation_type) == set(VIOLATION_TYPES)
    assert set(frame.title_style[frame.is_violation]) == {"explicit", "vague", "injected"}
    assert (frame.title_style[~frame.is_violation] == "").all()


def test_infringing_streams_are_a_small_multilingual_share(frame):
    infringing = frame[frame.is_violation]
    assert 0.01 <= len(infringing) / len(frame) <= 0.03
    assert {"en", "es", "pt", "de", "fr", "it"} <= set(infringing.language)
    assert infringing.behaviour.str.contains("pirate").all()
    assert not frame[~frame.is_violation].behaviour.str.contains("pirate").any()


def test_infringing_titles_appear_in_popular_categories(frame):
    popular_pirates = frame[frame.behaviour == "popular_pirate"]
    assert {"Just Chatting", "Sports", "Music"} <= set(popular_pirates.game_name)
    assert popular_pirates.title.str.contains(r"S\d\dE\d\d").any()
    assert frame[frame.violation_type == "live_sports"].title.str.contains(r" vs | x | - |gegen", regex=True).any()


def test_vague_pirate_titles_carry_no_content_words_and_clean_streams_use_them_too(frame):
    vague = frame[frame.title_style == "vague"]
    assert len(vague) > 0
    assert not vague.title.str.contains("movie|film|episode|vs|live free|S\\d\\dE", case=False, regex=True).any()
    untitled = frame[frame.title.str.contains("untitled", case=False)]
    assert (~untitled.is_violation).sum() > untitled.is_violation.sum() > 0


def test_injected_titles_address_moderators(frame):
    injected = frame[frame.title_style == "injected"]
    assert injected.title.str.contains("AI moderators|ignore previous|moderation bots|SYSTEM:", regex=True).all()


def _tier(game_ids: pd.Series) -> pd.Series:
    return game_ids.map(lambda g: CATEGORIES[CATEGORY_INDEX[g]].tier if g else "")


def test_evasive_hops_go_from_popular_to_obscure_categories(frame, next_frame):
    hops = frame[frame.is_evasive_hop]
    assert len(hops) >= 10
    assert (hops.behaviour == "hopper_pirate").all() and hops.is_violation.all()
    assert (_tier(hops.game_id) == OBSCURE).all()
    assert (_tier(hops.usual_game_id) == POPULAR).all()
    assert hops.viewer_count.median() > 10 * frame.viewer_count.median()
    # The hoppers are ordinary streamers otherwise: most are live the next hour too.
    assert hops.user_id.isin(next_frame.user_id).mean() > 0.5


def test_hopper_returns_to_the_usual_category_in_other_hours():
    hours = [build_population(7, HOUR + timedelta(hours=k), STREAMS).frame() for k in (-3, 0, 3)]
    hoppers = set(hours[1].user_id[hours[1].is_evasive_hop])
    elsewhere = pd.concat([hours[0], hours[2]])
    elsewhere = elsewhere[elsewhere.user_id.isin(hoppers)]
    assert (elsewhere.behaviour != "hopper_pirate").any()
    normal = elsewhere[elsewhere.behaviour != "hopper_pirate"]
    assert (normal.game_id == normal.usual_game_id).mean() > 0.8


def test_legitimate_moves_to_small_games_are_not_violations(frame):
    moves = frame[frame.behaviour == "legit_small_game"]
    assert (_tier(moves.game_id) != POPULAR).all()
    assert not moves.is_violation.any()
    assert (moves.viewer_count > 50).sum() >= 5  # big streamers trying small games, like hoppers but clean


def test_hard_negatives_look_like_piracy_but_are_clean(frame):
    sports_games = frame[frame.behaviour == "hard_negative_sports_game"]
    assert sports_games.game_name.isin(["EA Sports FC 25", "NBA 2K25", "Madden NFL 25", "UFC 5", "F1 24"]).any()
    assert sports_games.title.str.contains(" vs | x | - ", regex=True).mean() > 0.3
    podcasts = frame[frame.behaviour == "hard_negative_podcast"]
    assert podcasts.title.str.contains(r"\d").all()
    official = frame[frame.behaviour == "hard_negative_costream"]
    assert official.is_rights_holder.any() and not official.is_violation.any()
    for behaviour in ("hard_negative_reaction", "hard_negative_charity", "hard_negative_dj", "hard_negative_viewbot"):
        assert not frame[frame.behaviour == behaviour].is_violation.any()


def test_burners_are_days_old_accounts_with_big_audiences(frame):
    burners = frame[frame.behaviour == "burner_pirate"]
    age = HOUR - pd.to_datetime(burners.created_at, utc=True)
    assert (age < pd.Timedelta(days=8)).all()
    assert burners.viewer_count.min() > 300
    assert (burners.broadcaster_type == "").all()


def test_content_labels_follow_the_category(frame):
    gta = frame[frame.game_name == "Grand Theft Auto V"]
    assert gta.content_classification_labels.map(lambda labels: "MatureGame" in labels).all()
    slots = frame[frame.game_name == "Slots"]
    assert slots.content_classification_labels.map(lambda labels: "Gambling" in labels).all()
    assert set(frame.broadcaster_type) == {"", "affiliate", "partner"}


def test_population_builds_at_full_scale():
    # Its build time is a benchmark figure (benchmarks/bench_simulator.py), not a test's.
    population = build_population(11, HOUR, 100_000)
    assert len(population) == 100_000
    assert np.isin(population.columns["behaviour"], list(BEHAVIOURS)).all()
