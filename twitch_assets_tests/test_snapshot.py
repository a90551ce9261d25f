from datetime import datetime, timezone

import pandas as pd
import pytest

from twitch_assets.schema import HYDRATED_STREAMS, RAW_STREAM_IDS
from twitch_assets.snapshot import hydrated_frame, listing_frame
from twitch_assets_tests.helix_samples import channel, stream, user

HOUR = datetime(2026, 11, 26, 13, tzinfo=timezone.utc)
FETCHED = datetime(2026, 11, 26, 13, 4, 5, tzinfo=timezone.utc)


def test_listing_frame_follows_the_contract_and_keeps_unicode():
    titles = ["Ελληνικά 🎮", "العربية\u200f مباشر", "日本語の配信", "Ñandú — ¡en vivo!", "ру\u0301сский"]
    streams = [stream(str(i), str(100 + i), title=t, viewers=i) for i, t in enumerate(titles)]
    frame = listing_frame(streams, HOUR, FETCHED)

    assert list(frame.columns) == list(RAW_STREAM_IDS)
    assert frame["title"].tolist() == titles
    assert frame["snapshot_hour"].unique().tolist() == [pd.Timestamp("2026-11-26 13:00")]
    assert str(frame["viewer_count"].dtype) == "Int64"
    assert frame.loc[0, "started_at"] == pd.Timestamp("2026-11-26 11:05")


def test_listing_frame_of_no_streams_is_empty_but_well_formed():
    frame = listing_frame([], HOUR, FETCHED)
    assert frame.empty
    assert list(frame.columns) == list(RAW_STREAM_IDS)


def test_uncategorised_stream_keeps_blank_category():
    frame = listing_frame([stream("1", "2", game_id="", game_name="")], HOUR, FETCHED)
    assert frame.loc[0, "game_id"] == "" and frame.loc[0, "game_name"] == ""


def test_hydration_joins_users_channels_games_and_keeps_unmatched_rows():
    listing = listing_frame(
        [stream("1", "10", game_id="33214", game_name="Fortnite (listing)"),
         stream("2", "20", game_id="999999", game_name="Obscure Thing"),
         stream("3", "30", game_id="", game_name="")],
        HOUR, FETCHED,
    )
    users = {"10": user("10", broadcaster_type="partner"), "20": user("20", created_at="2026-11-20T00:00:00Z")}
    channels = {"10": channel("10", labels=["MatureGame"], branded=True), "30": channel("30")}
    games = {"33214": {"id": "33214", "name": "Fortnite", "box_art_url": "", "igdb_id": ""}}

    hydrated = hydrated_frame(listing, users, channels, games, FETCHED)
    assert list(hydrated.columns) == list(HYDRATED_STREAMS)
    frame = hydrated.set_index("stream_id")
    assert frame.loc["1", "game_name"] == "Fortnite"  # /games is authoritative
    assert frame.loc["2", "game_name"] == "Obscure Thing"  # unknown to /games: the listing's name stays
    assert frame.loc["1", "broadcaster_type"] == "partner"
    assert frame.loc["1", "content_classification_labels"] == ["MatureGame"]
    assert bool(frame.loc["1", "is_branded_content"]) is True
    assert frame.loc["2", "account_created_at"] == pd.Timestamp("2026-11-20")
    assert frame["user_found"].tolist() == [True, True, False]
    assert frame["channel_found"].tolist() == [True, False, True]
    assert frame.loc["2", "content_classification_labels"] == []


def test_missing_contract_column_is_named():
    from twitch_assets.schema import conform

    with pytest.raises(ValueError, match="viewer_count"):
        conform(pd.DataFrame({"stream_id": ["1"]}), {"stream_id": "VARCHAR", "viewer_count": "BIGINT"})
