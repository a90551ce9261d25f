"""Streamer category history: previous and usual category, switches, trailing-day counts."""

import pandas as pd
import pytest

from twitch_assets.analysis.history import EARLIER_COLUMNS, streamer_history_frame
from twitch_assets.analysis.popularity import category_popularity_frame
from twitch_assets.schema import STREAMER_CATEGORY_HISTORY
from twitch_assets_tests.table_samples import HOUR, NO_HISTORY, hydrated, stream


def earlier_rows(*rows: tuple) -> pd.DataFrame:
    """(hours before HOUR, user_id, game_id, category popularity pct, category viewers[, the streamer's
    own viewers]) rows of earlier streamer_category_history hours."""
    return pd.DataFrame(
        [
            {
                "snapshot_hour": HOUR - pd.Timedelta(hours=back),
                "user_id": user,
                "game_id": game,
                "game_name": f"Game {game}" if game else "",
                "category_popularity_pct": pct,
                "category_viewers": viewers,
                "viewer_count": own[0] if own else None,
            }
            for back, user, game, pct, viewers, *own in rows
        ],
        columns=EARLIER_COLUMNS,
    )


def history_of(streams: pd.DataFrame, earlier: pd.DataFrame) -> pd.DataFrame:
    categories = category_popularity_frame(streams, NO_HISTORY, HOUR)
    return streamer_history_frame(streams, categories, earlier, HOUR).set_index("user_id")


# An hour with a spread of categories, so percentiles mean something: "big" on top, "dead" at the bottom.
BACKGROUND = [
    stream("bg1", "big", 5000), stream("bg2", "big", 4000),
    stream("bg3", "mid1", 900), stream("bg4", "mid2", 800), stream("bg5", "mid3", 700),
    stream("bg6", "small1", 30), stream("bg7", "small2", 20), stream("bg8", "dead", 1),
]


def test_first_hour_without_history():
    frame = history_of(hydrated(stream("u", "big", 100), *BACKGROUND), earlier_rows())
    u = frame.loc["u"]
    assert u[["previous_game_id", "previous_category_popularity_pct", "usual_game_id"]].isna().all()
    assert pd.isna(u["usual_category_viewers"])
    assert not u["switched_category"] and not u["switched_to_less_popular"]
    assert (u["hours_observed_24h"], u["distinct_categories_24h"]) == (1, 1)
    assert u["category_viewers"] == 9100 and u["category_streams"] == 3
    assert u["category_popularity_pct"] == 100.0
    assert u["streamer_category_share"] == pytest.approx(100 / 9100)


def test_previous_is_the_latest_earlier_hour_within_the_day_and_usual_the_most_streamed():
    earlier = earlier_rows(
        (30, "u", "old", 50.0, 10),          # older than the 24-hour window: ignored
        (24, "u", "mid1", 80.0, 1000, 300),
        (20, "u", "mid1", 70.0, 800, 200),
        (10, "u", "mid1", 90.0, 1200, 400),
        (5, "u", "small1", 20.0, 25, 20),   # hours -4..-1 are a gap
        (3, "other", "dead", 0.0, 1),
    )
    # newest first: the table's row order is not the time order
    frame = history_of(hydrated(stream("u", "small1", 10), *BACKGROUND), earlier.iloc[::-1])
    u = frame.loc["u"]
    assert (u["previous_game_id"], u["previous_game_name"]) == ("small1", "Game small1")
    assert (u["previous_category_popularity_pct"], u["previous_category_viewers"]) == (20.0, 25)
    assert not u["switched_category"]
    assert (u["usual_game_id"], u["usual_game_name"]) == ("mid1", "Game mid1")
    assert u["usual_category_popularity_pct"] == pytest.approx(80.0)
    assert u["usual_category_viewers"] == pytest.approx(1000.0)
    # the streamer's own audience: where they usually are, and when last seen
    assert (u["usual_viewer_count"], u["previous_viewer_count"]) == (pytest.approx(300.0), 20)
    # still in small1 since hour -5: they came from mid1, where they last had 400 viewers
    assert (u["came_from_game_id"], u["came_from_category_popularity_pct"], u["came_from_viewer_count"]) == ("mid1", 90.0, 400)
    # the hour 24 hours back belongs to "previous/usual" but not to the day ending with this hour
    assert u["hours_observed_24h"] == 4
    assert u["distinct_categories_24h"] == 2


def test_usual_category_tie_goes_to_the_most_recent():
    earlier = earlier_rows((6, "u", "mid1", 80.0, 900), (4, "u", "mid2", 70.0, 800),
                           (3, "u", "mid1", 80.0, 900), (2, "u", "mid2", 70.0, 800))
    u = history_of(hydrated(stream("u", "mid2", 10), *BACKGROUND), earlier).loc["u"]
    assert u["usual_game_id"] == "mid2"


def test_hopping_into_a_dead_category_with_ones_own_audience_is_a_switch_to_less_popular():
    # the audience follows the streamer: with them, "dead" has 3001 viewers and looks popular this hour
    streams = hydrated(stream("pirate", "dead", 3000), *BACKGROUND)
    earlier = earlier_rows((2, "pirate", "big", 100.0, 9000), (1, "pirate", "big", 100.0, 9500))
    u = history_of(streams, earlier).loc["pirate"]
    assert u["category_popularity_pct"] > 60
    assert u["switched_category"] and u["switched_to_less_popular"]
    assert (u["previous_game_id"], u["usual_game_id"]) == ("big", "big")
    assert (u["hours_observed_24h"], u["distinct_categories_24h"]) == (3, 2)
    assert u["streamer_category_share"] == pytest.approx(3000 / 3001)


def test_switches_that_are_not_to_a_much_less_popular_category():
    streams = hydrated(
        stream("sideways", "mid2", 50),   # 86 -> about 67 points: switched, not much less popular
        stream("upwards", "big", 50),
        stream("blank", "", 50),          # into no category: switched, but no popularity to compare
        stream("stays", "mid1", 50),
        *BACKGROUND,
    )
    earlier = earlier_rows(
        (1, "sideways", "mid1", 86.0, 900),
        (1, "upwards", "small1", 30.0, 30),
        (1, "blank", "big", 100.0, 9000),
        (1, "stays", "mid1", 86.0, 900),
    )
    frame = history_of(streams, earlier)
    movers = frame.loc[["sideways", "upwards", "blank", "stays"]]
    assert movers["switched_category"].tolist() == [True, True, True, False]
    assert not movers["switched_to_less_popular"].any()
    assert frame.loc["blank", "distinct_categories_24h"] == 2


def test_drop_threshold_is_forty_points_below_the_destination_without_the_streamer():
    # with the streamer "small2" has 35 viewers and beats 2 of its 6 rivals; without them 20, only "dead"
    streams = hydrated(stream("u", "small2", 15), *BACKGROUND)
    assert history_of(streams, earlier_rows()).loc["u", "category_popularity_pct"] == pytest.approx(100 / 3)
    without_streamer = 100 / 6
    just_over = earlier_rows((1, "u", "mid1", without_streamer + 40.5, 900))
    just_under = earlier_rows((1, "u", "mid1", without_streamer + 39.5, 900))
    assert history_of(streams, just_over).loc["u", "switched_to_less_popular"]
    assert not history_of(streams, just_under).loc["u", "switched_to_less_popular"]


def test_a_streamer_seen_twice_in_the_hour_keeps_the_most_watched_row():
    streams = hydrated(
        stream("u", "small1", 5, stream_id="restart-a"),
        stream("u", "mid1", 70, stream_id="restart-b"),
        *BACKGROUND,
    )
    frame = history_of(streams, earlier_rows())
    assert frame.index.is_unique
    assert frame.loc["u", ["stream_id", "game_id", "viewer_count"]].tolist() == ["restart-b", "mid1", 70]


def test_empty_hour_is_a_well_formed_empty_table():
    no_categories = category_popularity_frame(hydrated(), NO_HISTORY, HOUR)
    frame = streamer_history_frame(hydrated(), no_categories, earlier_rows((1, "u", "big", 1.0, 1)), HOUR)
    assert frame.empty and list(frame.columns) == list(STREAMER_CATEGORY_HISTORY)


def test_unicode_and_stream_fields_pass_through():
    streams = hydrated(
        stream(
            "u", "jp", 40, game_name="ゼルダの伝説", user_name="Ünïcødé 配信者", title="Straßenfußball | 🎮 live",
            tags=["日本語", "Español"], content_classification_labels=["MatureGame"], is_branded_content=True,
        ),
        *BACKGROUND,
    )
    earlier = earlier_rows((1, "u", "big", 100.0, 9000))
    earlier.loc[0, "game_name"] = "Jeux vidéo ✓"
    u = history_of(streams, earlier).loc["u"]
    assert u["game_name"] == "ゼルダの伝説" and u["user_name"] == "Ünïcødé 配信者"
    assert u["title"] == "Straßenfußball | 🎮 live"
    assert u["tags"] == ["日本語", "Español"] and u["content_classification_labels"] == ["MatureGame"]
    assert u["is_branded_content"] and u["previous_game_name"] == "Jeux vidéo ✓"
    assert u["snapshot_hour"] == HOUR
