"""The catalogue of copyrighted works and broadcasters, and its matcher, on the shipped data and on a
small catalogue made here (so that word-boundary and game-title behaviour do not hang on the data)."""

from __future__ import annotations

import dataclasses

import pytest

from twitch_assets.compliance.catalogue import (
    KINDS,
    CatalogueEntry,
    WorkMatch,
    build_catalogue,
    find_works,
    load_catalogue,
    normalise_name,
)
from twitch_assets.compliance.text import normalise


def only(title: str) -> WorkMatch | None:
    return find_works([title])[0]


def small_catalogue():
    works = {
        normalise_name(name): CatalogueEntry(name, kind, needs_context, "test")
        for name, kind, needs_context in (
            ("Breaking Bad", "tv_show", False),
            ("Bad", "film", True),
            ("Naruto Shippuden", "anime", False),
            ("進撃の巨人", "anime", False),
            ("Sky Sports", "tv_channel", False),
            ("Sky Sports Main Event", "tv_channel", False),
        )
    }
    games = frozenset({normalise_name("Naruto Shippuden: Ultimate Ninja Storm 4")})
    return build_catalogue(works, games)


def test_shipped_catalogue_loads_every_kind_once():
    catalogue = load_catalogue()
    assert load_catalogue() is catalogue
    assert {entry.kind for entry in catalogue.works.values()} == set(KINDS)
    assert all(name == normalise_name(name) and len(name.replace(" ", "")) >= 4 for name in catalogue.works)


def test_multi_word_show():
    match = only("BREAKING BAD 24/7 - all seasons, no ads")
    assert match is not None
    assert (match.kind, match.display_name, match.matched_text) == ("tv_show", "Breaking Bad", "breaking bad")


@pytest.mark.parametrize("title", ["Shingeki no Kyojin ep 1-25 marathon",
                                   "Attack on Titan final season live"])
def test_anime_by_romaji_and_english_name(title):
    match = only(title)
    assert match is not None and match.kind == "anime"


def test_tv_channel_prefers_the_longest_name():
    match = only("🔴 Sky Sports Main Event LIVE HD")
    assert match is not None and match.kind == "tv_channel"
    assert (match.matched_text, match.needs_context) == ("sky sports main event", False)


def test_competition_and_event():
    league = only("Premier League live stream free")
    assert league is not None and league.kind == "sports_competition" and league.needs_context
    final = only("UEFA Champions League final live")
    assert final is not None and final.kind == "sports_event" and not final.needs_context


def test_no_match_inside_a_longer_word():
    catalogue = small_catalogue()
    titles = ["Breaking Badly", "badass skysports", "unbreaking bad"]
    badly, skysports, unbreaking = find_works(titles, catalogue)
    assert badly is None and skysports is None
    assert unbreaking.matched_text == "bad"


def test_game_title_hides_the_work_inside_it():
    catalogue = small_catalogue()
    assert find_works(["Naruto Shippuden: Ultimate Ninja Storm 4 ranked"], catalogue) == [None]
    assert find_works(["Naruto Shippuden 24/7 all episodes"], catalogue)[0].kind == "anime"
    assert only("The Last of Us Part II | grounded run") is None


def test_ordinary_word_needs_context():
    match = only("playing with friends tonight")
    assert match is None or match.needs_context
    friends = only("Friends 24/7")
    assert friends is None or friends.needs_context


def test_han_and_kana_match_without_spaces():
    catalogue = small_catalogue()
    match = find_works(["進撃の巨人を見る"], catalogue)[0]
    assert match is not None and match.display_name == "進撃の巨人"


@pytest.mark.parametrize("title", [
    "", " ", "🔥🔥🔥", "日本語のタイトルです", "Привет, мир", "مرحبا بالعالم", "สวัสดีครับ", "한국어 방송",
    "x" * 100_000, "\x00\x01\x02", "!!!", "@@@ ###",
])
def test_empty_and_odd_script_titles(title):
    (match,) = find_works([title])
    assert match is None or match.matched_text in normalise_name(title)


def test_non_text_titles_give_no_match():
    assert find_works([None, 42, b"Breaking Bad"]) == [None, None, None]  # type: ignore[list-item]


def test_untrusted_text_with_control_characters():
    catalogue = small_catalogue()
    # Zero-width and control characters between letters or words do not hide a name...
    assert find_works(["Bre\u200baking\x00Bad\x07"], catalogue)[0].display_name == "Breaking Bad"
    match = find_works(["\x1b[0m Sky\u00a0Sports\tMain\nEvent"], catalogue)[0]
    assert match.matched_text == "sky sports main event"
    # ... and chat commands are not read as part of what is shown.
    assert find_works(["!sky sports today"], catalogue) == [None]


@pytest.mark.parametrize("title", [
    "Pokémon Ñandú ÉCOLE", "ｆｕｌｌ　ｗｉｄｔｈ", "zero\u200bwidth\u00ad", "Ślōw ẞtraße", "Việt Nam", "한국어",
    "नमस्ते दुनिया", "עִבְרִית", "x\u0301\u0327y", "🔥 Sky-Sports_1!!",
])
def test_normal_form_is_the_shared_one_case_folded(title):
    assert normalise_name(title).replace(" ", "") == normalise(title).casefold().replace(" ", "")


def test_result_per_title_in_order_and_frozen():
    titles = ["Breaking Bad", "nothing here", "Breaking Bad"]
    matches = find_works(titles, small_catalogue())
    assert len(matches) == 3 and matches[1] is None and matches[0] == matches[2]
    with pytest.raises(dataclasses.FrozenInstanceError):
        matches[0].kind = "film"  # type: ignore[misc]
