"""The fixed world the population lives in: categories, languages, content labels, rights holders.

The catalog does not depend on the seed, so category ids are stable across runs and hours.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# What a category is about; title generation and behaviours key on it.
IRL, SPORTS, MUSIC, DJS, PODCAST, EVENTS, SPORTS_GAME, ESPORTS_GAME, GAME, GAMBLING = (
    "irl", "sports", "music", "djs", "podcast", "events", "sports_game", "esports_game", "game", "gambling",
)
# How popular a category is; pirates hide in OBSCURE ones.
POPULAR, MID, OBSCURE = "popular", "mid", "obscure"


@dataclass(frozen=True)
class Category:
    game_id: str
    name: str
    igdb_id: str  # "" for non-game categories
    kind: str
    tier: str
    weight: float  # relative share of streamers whose usual category this is
    mature: bool = False
    sport: str = ""  # for SPORTS_GAME: which real sport its titles name

    @property
    def box_art_url(self) -> str:
        suffix = "_IGDB" if self.igdb_id else ""
        return f"https://static-cdn.jtvnw.net/ttv-boxart/{self.game_id}{suffix}-{{width}}x{{height}}.jpg"


def _c(game_id, name, igdb_id, kind, weight, mature=False, sport=""):
    return Category(str(game_id), name, str(igdb_id) if igdb_id else "", kind, POPULAR, weight, mature, sport)


_POPULAR = [
    _c(509658, "Just Chatting", "", IRL, 9.0),
    _c(32982, "Grand Theft Auto V", 1020, GAME, 3.2, mature=True),
    _c(21779, "League of Legends", 115, ESPORTS_GAME, 2.6),
    _c(516575, "VALORANT", 126459, ESPORTS_GAME, 3.0),
    _c(32399, "Counter-Strike", 242408, ESPORTS_GAME, 2.2, mature=True),
    _c(33214, "Fortnite", 1905, GAME, 4.0),
    _c(27471, "Minecraft", 121, GAME, 3.0),
    _c(518203, "Sports", "", SPORTS, 0.9),
    _c(26936, "Music", "", MUSIC, 1.4),
    _c(26936001, "DJs", "", DJS, 0.4),
    _c(509663, "Special Events", "", EVENTS, 0.15),
    _c(417752, "Talk Shows & Podcasts", "", PODCAST, 0.5),
    _c(1851008585, "Podcasts", "", PODCAST, 0.35),
    _c(2011938005, "EA Sports FC 25", 293017, SPORTS_GAME, 1.3, sport="football"),
    _c(2008831446, "NBA 2K25", 297001, SPORTS_GAME, 0.6, sport="basketball"),
    _c(2112370101, "Madden NFL 25", 299050, SPORTS_GAME, 0.4, sport="american_football"),
    _c(1435373458, "UFC 5", 263404, SPORTS_GAME, 0.25, sport="mma"),
    _c(1469720153, "F1 24", 290211, SPORTS_GAME, 0.25, sport="f1"),
    _c(1946284471, "MLB The Show 25", 305040, SPORTS_GAME, 0.15, sport="baseball"),
    _c(1398473826, "NHL 25", 297044, SPORTS_GAME, 0.12, sport="hockey"),
    _c(1220553214, "WWE 2K25", 306112, SPORTS_GAME, 0.12, sport="wrestling"),
    _c(1263417389, "eFootball", 207373, SPORTS_GAME, 0.2, sport="football"),
    _c(29595, "Dota 2", 2963, ESPORTS_GAME, 1.0),
    _c(512710, "Call of Duty: Warzone", 131800, GAME, 2.0, mature=True),
    _c(511224, "Apex Legends", 114795, GAME, 1.6, mature=True),
    _c(515025, "Overwatch 2", 125174, ESPORTS_GAME, 1.1),
    _c(18122, "World of Warcraft", 123, GAME, 1.2),
    _c(263490, "Rust", 3277, GAME, 0.9, mature=True),
    _c(491487, "Dead by Daylight", 18866, GAME, 1.3, mature=True),
    _c(491931, "Escape from Tarkov", 7355, GAME, 0.6, mature=True),
    _c(30921, "Rocket League", 11198, ESPORTS_GAME, 0.8),
    _c(513143, "Teamfight Tactics", 120176, GAME, 0.6),
    _c(512953, "Elden Ring", 119133, GAME, 0.8, mature=True),
    _c(23020, "Roblox", 1022, GAME, 1.8),
    _c(138585, "Hearthstone", 1279, GAME, 0.5),
    _c(1678052513, "Marvel Rivals", 294041, GAME, 1.2),
    _c(1368200453, "Path of Exile 2", 147525, GAME, 0.5, mature=True),
    _c(490744, "Stardew Valley", 17000, GAME, 0.6),
    _c(743, "Chess", 1186, GAME, 0.3),
    _c(509660, "Art", "", IRL, 0.8),
    _c(509670, "Science & Technology", "", IRL, 0.3),
    _c(1469308723, "Software and Game Development", "", IRL, 0.35),
    _c(509667, "Food & Drink", "", IRL, 0.3),
    _c(509672, "Travel & Outdoors", "", IRL, 0.25),
    _c(509659, "ASMR", "", IRL, 0.3),
    _c(498566, "Slots", "", GAMBLING, 0.4),
    _c(29452, "Virtual Casino", "", GAMBLING, 0.2),
    _c(27284, "Retro", "", GAME, 0.3),
    _c(66082, "Games + Demos", "", GAME, 0.2),
    _c(1745202732, "Genshin Impact", 119277, GAME, 0.7),
    _c(511399, "Sea of Thieves", 11137, GAME, 0.4),
    _c(497057, "Destiny 2", 25657, GAME, 0.6, mature=True),
    _c(506274, "Hunt: Showdown 1896", 26166, GAME, 0.3, mature=True),
    _c(1229227497, "Helldivers 2", 250616, GAME, 0.4, mature=True),
    _c(1741123165, "Deadlock", 325594, GAME, 0.4),
    _c(510218, "Among Us", 111469, GAME, 0.2),
]

# Real categories that died; the 2019 "Artifact" hijack happened in exactly this kind of place.
_DEAD_REAL = [
    "Artifact", "Artifact Classic", "Dota Underlords", "Bleeding Edge", "Hyper Scape", "Spellbreak",
    "Knockout City", "Rumbleverse", "Radical Heights", "The Culling", "Battlerite Royale", "Babylon's Fall",
    "Concord", "Crucible", "Anthem", "Redfall", "XDefiant", "Marvel's Avengers", "Gundam Evolution",
    "Vampire: The Masquerade - Bloodhunt", "Darwin Project", "LawBreakers", "Atlas Reactor", "Duelyst",
    "Faeria", "Evolve Stage 2", "Warhaven", "Deceive Inc.", "Hytale", "Stormgate", "Paladins",
    "Realm Royale Reforged", "Super People", "Ashes of Creation", "The Finals: Ranked", "Gigantic",
]

_WORDS_A = [
    "Shattered", "Hollow", "Iron", "Crimson", "Silent", "Neon", "Forgotten", "Eternal", "Tiny", "Wild",
    "Frozen", "Lunar", "Rusty", "Sunken", "Electric", "Golden", "Midnight", "Broken", "Lost", "Cosmic",
    "Pixel", "Hidden", "Savage", "Quiet", "Burning", "Velvet", "Paper", "Sacred", "Clockwork", "Feral",
]
_WORDS_B = [
    "Kingdom", "Crown", "Harbor", "Frontier", "Dungeon", "Garden", "Legion", "Odyssey", "Outpost", "Orchard",
    "Tower", "Expanse", "Circuit", "Reverie", "Tides", "Colony", "Arcade", "Requiem", "Valley", "Empire",
    "Drifters", "Shrine", "Vanguard", "Labyrinth", "Caravan", "Foundry", "Horizon", "Citadel", "Wilds", "Echoes",
]
_SUFFIXES = ["", "", "", " II", " 2", ": Remastered", " Online", " Simulator", " Tycoon", " Tactics",
             ": Definitive Edition", " Survivors", " Legends", " Rebirth", " VR", " 64", " Deluxe", " Zero"]

MID_TAIL_SIZE = 320
MID_TAIL_SHARE = 0.5  # of the popular categories' weight
OBSCURE_GENERATED_SIZE = 240


def _long_tail() -> list[Category]:
    """Generated small games: a mid tail with a few streams each and an obscure tail nobody plays."""
    rng = np.random.default_rng(20190301)  # fixed: the catalog is the same for every seed
    names: list[str] = []
    seen = {c.name for c in _POPULAR} | set(_DEAD_REAL)
    while len(names) < MID_TAIL_SIZE + OBSCURE_GENERATED_SIZE:
        name = f"{rng.choice(_WORDS_A)} {rng.choice(_WORDS_B)}{rng.choice(_SUFFIXES)}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    free_ids = np.setdiff1d(np.arange(100_000, 2_000_000_000, 7919), [int(c.game_id) for c in _POPULAR])
    ids = rng.choice(free_ids, size=len(names) + len(_DEAD_REAL), replace=False)
    taken_igdb = {int(c.igdb_id) for c in _POPULAR if c.igdb_id}
    igdb = rng.choice(np.setdiff1d(np.arange(20_000, 340_000), list(taken_igdb)), size=len(ids), replace=False)
    # The mid tail carries about a third of the streams, unevenly.
    mid_weights = rng.pareto(1.5, size=MID_TAIL_SIZE) + 0.05
    mid_weights *= MID_TAIL_SHARE * sum(c.weight for c in _POPULAR) / mid_weights.sum()
    tail = [
        Category(str(ids[i]), name, str(igdb[i]), GAME, MID, float(mid_weights[i]), bool(rng.random() < 0.2))
        for i, name in enumerate(names[:MID_TAIL_SIZE])
    ]
    obscure_names = _DEAD_REAL + names[MID_TAIL_SIZE:]
    offset = MID_TAIL_SIZE
    tail += [
        Category(str(ids[offset + i]), name, str(igdb[offset + i]), GAME, OBSCURE, 0.004)
        for i, name in enumerate(obscure_names)
    ]
    return tail


CATEGORIES: tuple[Category, ...] = tuple(_POPULAR + _long_tail())
CATEGORY_INDEX: dict[str, int] = {c.game_id: i for i, c in enumerate(CATEGORIES)}
CATEGORY_BY_NAME: dict[str, int] = {c.name.casefold(): i for i, c in enumerate(CATEGORIES)}
CATEGORY_BY_IGDB: dict[str, int] = {c.igdb_id: i for i, c in enumerate(CATEGORIES) if c.igdb_id}
CATEGORY_WEIGHTS = np.array([c.weight for c in CATEGORIES])
CATEGORY_KIND = np.array([c.kind for c in CATEGORIES])
CATEGORY_TIER = np.array([c.tier for c in CATEGORIES])
OBSCURE_CATEGORIES = np.flatnonzero(CATEGORY_TIER == OBSCURE)
SMALL_CATEGORIES = np.flatnonzero(CATEGORY_TIER != POPULAR)


def category_named(name: str) -> int:
    return CATEGORY_BY_NAME[name.casefold()]


NO_CATEGORY = -1  # the stream has game_id "" and game_name ""


@dataclass(frozen=True)
class Language:
    code: str
    tag: str  # the tag Twitch shows for the language
    weight: float  # share of streams


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", 27.0), Language("es", "Español", 10.0), Language("pt", "Português", 7.5),
    Language("de", "Deutsch", 7.0), Language("fr", "Français", 6.0), Language("ru", "Русский", 6.5),
    Language("ja", "日本語", 5.0), Language("ko", "한국어", 3.5), Language("zh", "中文", 2.5),
    Language("it", "Italiano", 3.0), Language("pl", "Polski", 2.5), Language("tr", "Türkçe", 2.5),
    Language("ar", "العربية", 1.5), Language("th", "ไทย", 1.5), Language("uk", "Українська", 1.2),
    Language("nl", "Nederlands", 1.0), Language("sv", "Svenska", 0.6), Language("cs", "Čeština", 0.6),
    Language("id", "Bahasa Indonesia", 0.8), Language("vi", "Tiếng Việt", 0.6), Language("hu", "Magyar", 0.4),
    Language("fi", "Suomi", 0.4), Language("da", "Dansk", 0.3), Language("no", "Norsk", 0.3),
    Language("ro", "Română", 0.4), Language("el", "Ελληνικά", 0.3), Language("zh-hk", "中文(香港)", 0.3),
    Language("hi", "हिन्दी", 0.3), Language("other", "Other", 1.5),
)
LANGUAGE_CODES = np.array([lang.code for lang in LANGUAGES])
LANGUAGE_WEIGHTS = np.array([lang.weight for lang in LANGUAGES])
LANGUAGE_INDEX = {lang.code: i for i, lang in enumerate(LANGUAGES)}

# Content classification labels, one bit each in a stream's label mask.
CONTENT_LABELS: tuple[str, ...] = (
    "DebatedSocialIssuesAndPolitics", "DrugsIntoxication", "Gambling", "MatureGame",
    "ProfanityVulgarity", "SexualThemes", "ViolentGraphic",
)
LABEL_BIT = {label: 1 << i for i, label in enumerate(CONTENT_LABELS)}


@dataclass(frozen=True)
class OfficialBroadcaster:
    """A rights holder or approved co-streamer: its sports streams are licensed (an allow-list entry)."""

    login: str
    display_name: str
    language: str
    sport: str


OFFICIAL_BROADCASTERS: tuple[OfficialBroadcaster, ...] = (
    OfficialBroadcaster("primevideo", "PrimeVideo", "en", "american_football"),
    OfficialBroadcaster("nfl", "NFL", "en", "american_football"),
    OfficialBroadcaster("nba", "NBA", "en", "basketball"),
    OfficialBroadcaster("laliga", "LALIGA", "es", "football"),
    OfficialBroadcaster("kingsleague", "KingsLeague", "es", "football"),
    OfficialBroadcaster("ligue1", "Ligue1", "fr", "football"),
    OfficialBroadcaster("dazn_de", "DAZN_DE", "de", "football"),
    OfficialBroadcaster("f1", "F1", "en", "f1"),
)
