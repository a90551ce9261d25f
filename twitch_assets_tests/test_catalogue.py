"""The catalogue of copyrighted works and broadcasters, and its matcher, on the shipped data and on a
small catalogue made here (so that word-boundary and game-title behaviour do not hang on the data)."""

from __future__ import annotations

import dataclasses

import pytest

from twitch_assets.compliance.catalogue import (
    KINDS,
    TEAM_KIND,
    CatalogueEntry,
    WorkMatch,
    build_catalogue,
    find_teams,
    find_works,
    is_short_name,
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
    games = frozenset({normalise_name("Naruto Shippuden: Ultimate Ninja Storm 4"),
                       normalise_name("Real Madrid Football Manager")})
    teams = {
        normalise_name(name): CatalogueEntry(display, TEAM_KIND, True, "test")
        for name, display in (
            ("Real Madrid", "Real Madrid"), ("Real Madrid CF", "Real Madrid"), ("Barça", "FC Barcelona"),
            ("FC Barcelona", "FC Barcelona"), ("PSG", "Paris Saint-Germain"), ("Breaking Bad", "Breaking Bad FC"),
            ("Sky", "Sky FC"),
        )
    }
    return build_catalogue(works, games, teams)


def test_shipped_catalogue_loads_every_kind_once():
    catalogue = load_catalogue()
    assert load_catalogue() is catalogue
    kinds = {entry.kind for entry in (*catalogue.works.values(), *catalogue.teams.values())}
    assert kinds == set(KINDS)
    assert all(entry.kind != TEAM_KIND for entry in catalogue.works.values())
    assert all(entry.kind == TEAM_KIND and entry.needs_context for entry in catalogue.teams.values())
    for name, entry in (*catalogue.works.items(), *catalogue.teams.items()):
        assert name == normalise_name(name)
        # Acronyms under 4 characters only among channels and teams, and never enough alone.
        assert not is_short_name(name) or (entry.kind in {"tv_channel", TEAM_KIND} and entry.needs_context)


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
    titles = ["Breaking Badly", "badass skysports", "unbreaking BAD"]  # "Bad", under 4: in capitals
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


# --- sports teams -------------------------------------------------------------------------------------

def teams_in(title: str, catalogue=None) -> list[tuple[str, str]]:
    (matches,) = find_teams([title], catalogue) if catalogue else find_teams([title])
    return [(m.matched_text, m.display_name) for m in matches]


def test_find_teams_returns_every_team_left_to_right():
    catalogue = small_catalogue()
    assert teams_in("Real Madrid CF vs Barça - EN VIVO", catalogue) == [
        ("real madrid cf", "Real Madrid"), ("barca", "FC Barcelona")]
    # Not overlapping: at each place the longest name, then on after it.
    assert teams_in("REAL MADRID CF REAL MADRID", catalogue) == [
        ("real madrid cf", "Real Madrid"), ("real madrid", "Real Madrid")]
    assert teams_in("nothing here", catalogue) == []


def test_find_teams_one_list_per_title_and_odd_input():
    catalogue = small_catalogue()
    results = find_teams(["Barça x PSG", None, 42, "", "Barça x PSG"], catalogue)  # type: ignore[list-item]
    assert len(results) == 5 and results[1:4] == [[], [], []]
    assert results[0] == results[4] and results[0] is not results[4]
    assert all(m.kind == TEAM_KIND and m.needs_context for m in results[0])


def test_teams_do_not_shadow_works():
    catalogue = small_catalogue()
    # "Breaking Bad" is a show and (here) a team: find_works gives the show, find_teams the team.
    (match,) = find_works(["Breaking Bad marathon"], catalogue)
    assert match is not None and match.kind == "tv_show"
    assert teams_in("Breaking Bad marathon", catalogue) == [("breaking bad", "Breaking Bad FC")]
    # A title with only a team: no work.
    assert find_works(["FC Barcelona vs Real Madrid"], catalogue) == [None]


def test_a_game_title_hides_a_team_inside_it():
    catalogue = small_catalogue()
    assert teams_in("Real Madrid Football Manager save", catalogue) == []


def test_short_names_match_only_in_capitals():
    catalogue = small_catalogue()
    assert teams_in("PSG vs Barça", catalogue) == [("psg", "Paris Saint-Germain"), ("barca", "FC Barcelona")]
    assert teams_in("psg vs Barça", catalogue) == [("barca", "FC Barcelona")]
    assert teams_in("PSGs", catalogue) == [] and teams_in("!PSG today", catalogue) == []
    assert teams_in("SKY vs PSG", catalogue) == [("sky", "Sky FC"), ("psg", "Paris Saint-Germain")]
    assert teams_in("the sky is blue", catalogue) == []


@pytest.mark.parametrize("title, expected", [
    ("Real Madrid vs Barça EN VIVO", ["Real Madrid", "FC Barcelona"]),
    ("Man United x Liverpool", ["Manchester United FC", "Liverpool FC"]),
    ("Boca Juniors vs River Plate | Superclásico", ["Boca Juniors", "River Plate"]),
    ("PSG - OM en direct", ["Paris Saint-Germain", "Olympique de Marseille"]),
    ("Inter vs Milan", ["FC Internazionale Milano", "AC Milan"]),
    ("Galatasaray - Fenerbahçe canlı", ["Galatasaray İstanbul", "Fenerbahçe İstanbul"]),
    ("Lakers vs Celtics Game 7", ["Los Angeles Lakers", "Boston Celtics"]),
    ("Brasil x Argentina ao vivo", ["Brazil", "Argentina"]),
    ("Seattle Kraken at Vegas Golden Knights", ["Seattle Kraken", "Vegas Golden Knights"]),
])
def test_shipped_fixtures(title, expected):
    assert [display for _, display in teams_in(title)] == expected


def test_shipped_local_spellings_are_one_team():
    names = {display for title in ("Atletico Madrid", "Atlético de Madrid", "Atleti", "ATLÉTICO MADRID")
             for _, display in teams_in(title)}
    assert names == {"Atlético Madrid"}


def test_shipped_ordinary_words_are_not_teams():
    # Nicknames that are ordinary words only count in their longer names.
    assert teams_in("feeling the heat, magic tricks and jazz") == []
    assert [d for _, d in teams_in("Miami Heat vs Orlando Magic")] == ["Miami Heat", "Orlando Magic"]
    # Esports organisations named after clubs are games.
    assert teams_in("Team Falcons vs Heroic") == []


# --- newer anime, Japanese script, short channel names, newer shows -----------------------------------

@pytest.mark.parametrize("title, display", [
    ("Demon Slayer 24/7", "Demon Slayer"),
    ("Kimetsu no Yaiba all episodes", "Kimetsu no Yaiba"),
    ("Jujutsu Kaisen marathon", "Jujutsu Kaisen"),
    ("Spy x Family S01E01", "Spy x Family"),
    ("Sousou no Frieren ep 1-28", "Sousou no Frieren"),
    ("葬送のフリーレン 一挙放送", "葬送のフリーレン"),
    ("チェンソーマン 全話", "チェンソーマン"),
])
def test_shipped_recent_anime(title, display):
    match = only(title)
    assert match is not None and (match.kind, match.display_name) == ("anime", display)


def test_shipped_short_channel_names_need_context_and_capitals():
    for title in ("HBO 24/7", "NBC live", "TF1 en direct", "ZDF Livestream"):
        match = only(title)
        assert match is not None and match.kind == "tv_channel" and match.needs_context, title
    assert only("watching hbo later") is None
    assert only("the fox and the hound") is None or only("the fox and the hound").kind != "tv_channel"


def test_shipped_recent_and_non_english_shows():
    for title in ("Squid Game all episodes", "Crash Landing on You ep 1"):
        match = only(title)
        assert match is not None and match.kind == "tv_show", title
