"""Category popularity: standing, shares, the uncategorised bucket, and trailing baselines with gaps."""

import numpy as np
import pandas as pd
import pytest

from twitch_assets.analysis.popularity import (
    category_popularity_frame,
    one_stream_per_streamer,
    popularity_pct,
)
from twitch_assets.schema import CATEGORY_POPULARITY
from twitch_assets_tests.table_samples import HOUR, NO_HISTORY, earlier_categories, hydrated, stream

def by_game(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.set_index("game_id")


def test_standing_shares_and_the_uncategorised_bucket():
    streams = hydrated(
        stream("1", "big", 600), stream("2", "big", 300),
        stream("3", "mid", 60),
        stream("4", "dead_a", 0), stream("5", "dead_b", 0),
        stream("6", "", 40),
    )
    frame = by_game(category_popularity_frame(streams, NO_HISTORY, HOUR))

    assert frame.loc["big", "streams"] == 2 and frame.loc["big", "viewers"] == 900
    assert frame["viewer_share"].sum() == pytest.approx(1.0)
    assert frame.loc["", "viewer_share"] == pytest.approx(40 / 1000)
    assert frame.loc[["big", "mid", "dead_a", "dead_b"], "rank"].tolist() == [1, 2, 3, 3]
    # big beats 3 of 3 rivals, mid 2 of 3; the two dead categories tie at the bottom and share 0
    pct = frame.loc[["big", "mid", "dead_a", "dead_b"], "popularity_pct"].tolist()
    assert pct == [100.0, pytest.approx(200 / 3), 0.0, 0.0]
    assert pd.isna(frame.loc["", "rank"]) and pd.isna(frame.loc["", "popularity_pct"])
    assert list(frame.reset_index().columns.sort_values()) == sorted(CATEGORY_POPULARITY)


def test_categories_tied_at_the_top_are_both_most_watched():
    streams = hydrated(stream("1", "a", 50), stream("2", "b", 50), stream("3", "c", 1))
    frame = by_game(category_popularity_frame(streams, NO_HISTORY, HOUR))
    assert frame.loc[["a", "b", "c"], "popularity_pct"].tolist() == [100.0, 100.0, 0.0]
    assert frame.loc[["a", "b", "c"], "rank"].tolist() == [1, 1, 3]


def test_a_lone_category_is_the_most_watched():
    frame = category_popularity_frame(hydrated(stream("1", "only", 3)), NO_HISTORY, HOUR)
    assert frame["popularity_pct"].tolist() == [100.0] and frame["rank"].tolist() == [1]


def test_popularity_pct_places_an_audience_without_counting_its_own_category():
    hour_viewers = np.array([0.0, 10.0, 500.0, 1000.0])
    # the 500-viewer category without a 495-viewer streamer has 5 viewers: it beats only the dead one
    assert popularity_pct([5.0], [500.0], hour_viewers).tolist() == [pytest.approx(100 / 3)]
    assert popularity_pct([500.0], [500.0], hour_viewers).tolist() == [pytest.approx(200 / 3)]


def test_a_streamer_seen_twice_counts_once_with_their_most_watched_stream():
    streams = hydrated(
        stream("1", "a", 10, stream_id="old"), stream("1", "b", 90, stream_id="new"), stream("2", "a", 5)
    )
    assert one_stream_per_streamer(streams).set_index("user_id").loc["1", "stream_id"] == "new"
    frame = by_game(category_popularity_frame(streams, NO_HISTORY, HOUR))
    assert frame.loc["a", ["streams", "viewers"]].tolist() == [1, 5]
    assert frame.loc["b", ["streams", "viewers"]].tolist() == [1, 90]


def test_baselines_average_only_the_earlier_hours_the_category_was_seen_in():
    streams = hydrated(stream("1", "game", 300), stream("2", "new", 7), stream("3", "dead", 20))
    earlier = earlier_categories(
        (1, "game", 4, 100), (3, "game", 2, 200),  # hour -2 is a gap
        (24, "game", 6, 600),                      # the oldest hour of the day window
        (30, "game", 1, 1000),                     # only in the 7-day window
        (169, "game", 1, 10_000),                  # older than 7 days: ignored
        (0, "game", 1, 99_999),                    # this hour itself: not a baseline
        (5, "dead", 1, 0), (6, "dead", 1, 0),
    )
    frame = by_game(category_popularity_frame(streams, earlier, HOUR))

    game = frame.loc["game"]
    assert game["baseline_viewers_24h"] == pytest.approx(300.0)
    assert game["baseline_streams_24h"] == pytest.approx(4.0)
    assert game["baseline_hours_24h"] == 3
    assert game["baseline_viewers_7d"] == pytest.approx(475.0)
    assert game["baseline_hours_7d"] == 4
    assert game["viewers_vs_baseline_24h"] == pytest.approx(301 / 301)

    new = frame.loc["new"]
    assert pd.isna(new["baseline_viewers_24h"]) and pd.isna(new["baseline_viewers_7d"])
    assert pd.isna(new["viewers_vs_baseline_24h"])
    assert new["baseline_hours_24h"] == 0 and new["baseline_hours_7d"] == 0
    # a category nobody watched, suddenly watched: large and finite, not infinite
    assert frame.loc["dead", "viewers_vs_baseline_24h"] == pytest.approx(21.0)


def test_empty_hour_is_a_well_formed_empty_table():
    frame = category_popularity_frame(hydrated(), earlier_categories((1, "game", 1, 5)), HOUR)
    assert frame.empty
    assert list(frame.columns) == list(CATEGORY_POPULARITY)
    assert str(frame["snapshot_hour"].dtype) == "datetime64[us]"


def test_unicode_category_names_survive():
    names = {"jp": "ゼルダの伝説", "de": "Straßenfußball", "emoji": "🎮 Spiele & Ärger | Teil 2"}
    streams = hydrated(*(stream(game, game, 10, game_name=name) for game, name in names.items()))
    frame = by_game(category_popularity_frame(streams, NO_HISTORY, HOUR))
    assert frame["game_name"].to_dict() == names
    assert (frame["snapshot_hour"] == HOUR).all()
