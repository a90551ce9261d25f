"""Re-creates the copyright-risk catalogue in twitch_assets/compliance/data/catalogue/ from its sources.

Not run in CI. Each source is a public GitHub repository, read at a pinned commit with `git show`
from a local mirror (a bare or normal git directory); SOURCES.md in the output folder lists them
with their licences. Run from the repository root:

    .venv/bin/pip install wordfreq           # word frequencies, for the ordinary-word filter
    .venv/bin/python benchmarks/build_catalogue.py --mirrors /work/.mirror \
        [--dev-titles /work/shared/data/real_titles_dev.jsonl]

`--mirrors` is a folder holding one git directory per source, named `owner+name/repo` (the layout
the fetch tool leaves; `--mirror owner/name=PATH` points one source elsewhere). With `--dev-titles`
the script also reports how many of those ordinary stream titles match, with examples.

What it writes:
- works.tsv.gz: one row per normalised name: name, display_name, kind, needs_context, source;
- game_titles.tsv.gz: video game titles that contain a catalogue name (the matcher lets a game
  title hide the work name inside it).

Filters, in order: names under 4 characters (or without a letter) are dropped. A name that is an
ordinary word or phrase in a common language (wordfreq's frequencies, accents kept), a place's name,
a video game's exact title or the start of several ("Star Wars"), or a single word once articles
are set aside ("Dexter", "The Office") needs context. Dropped: a name whose only word is very common
("Prime", "The World"), unless the work heads a popularity-ranked list ("Friends", "Lost") or is a
hand-picked sports name; a one-word name that is stream jargon ("Community", "Legends"); a channel
named by an ordinary word that is not an acronym ("Hype", but not "ESPN", nor the rarer "Telecinco").
League names need context too: sports games and fantasy leagues name them all day.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html
import io
import json
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import wordfreq

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from twitch_assets.compliance.catalogue import (  # noqa: E402
    CATALOGUE_DIR,
    GAME_COLUMNS,
    WORK_COLUMNS,
    CatalogueEntry,
    build_catalogue,
    find_works,
    normalise_name,
)


@dataclass(frozen=True)
class Source:
    id: str
    repo: str
    commit: str
    path: str


SOURCES = {
    s.id: s for s in (
        Source("mal_anime_2016", "suyamag/info474A3", "23f6b9d67eb6edc3c29d9918e440a774ee3525b1",
               "anime-recommendations-database/anime.csv"),
        Source("tvmaze_top_shows", "JohannVasquez/VD2025-01", "aa5ec1b099029e0fd20e0ce3b0bdbed4976e5ec4",
               "Trabajo_practico/TV_show_data (2).csv"),
        Source("streaming_tv_shows", "Alain-Duplan/TV-Show-Platformes-and-Ratings",
               "abeff0bd33e195bfc32da60b585b0c62756b59c4", "tv_shows.csv"),
        Source("imdb_top_1000", "Ryan-UGA/IMDb-Top-1000-Movies", "b96e8fcb79754ea6da99be85f634e295a52bcd32",
               "imdb_top_1000.csv"),
        Source("corpora_popular_movies", "dariusk/corpora", "cf30ca27ab176b63623af1ddcfa2447ac07305ba",
               "data/film-tv/popular-movies.json"),
        Source("wikipedia_movies", "prust/wikipedia-movie-data", "91ae721d3672e8ef4f15b213c763a634250ef61a",
               "movies-{decade}.json"),
        Source("iptv_org_channels", "Klomgor/database", "cec915c45a1661b8a95fd654050330744e9877b0",
               "data/channels.csv"),
        Source("openfootball", "openfootball/football.json", "25cfaf102954ebbcdc48f9c2984198b71d48610d",
               "*/*.json"),
        Source("steam_store_games", "Rusanov16/steam_eda", "0cbe10d774dd91052e36551555cb388ae8c56c1d",
               "steam.csv"),
        Source("vgchartz_sales", "ItsKong/vgsales.csv", "e5eb474da2cc555a51d08cba1d8972233358a270",
               "vgsales.csv"),
    )
}
CURATED = "curated"  # lists in this file: sports events and competitions, major games off Steam
PLACES = Source("corpora_geography", "dariusk/corpora", "cf30ca27ab176b63623af1ddcfa2447ac07305ba",
                "data/geography/{countries,us_cities,english_towns_cities,countries_with_capitals}.json")
# The head of the ranked lists, whose works may keep a one-word common name ("Friends", "Lost").
FAMOUS_ANIME_MEMBERS = 300_000
FAMOUS_FILM_VOTES = 500_000
FAMOUS_SHOW_RANK = 120  # of the TVmaze list, ranked by rating: past it, "Life", "Review", "Power"

# Languages whose word frequencies decide what is an ordinary word (wordfreq, no extra tokenizer).
LANGUAGES = ("en", "es", "pt", "de", "fr", "it", "nl", "pl", "tr", "ru", "uk", "sv", "da", "nb", "fi", "cs",
             "hu", "ro", "el", "ar", "he", "id", "vi")
# A word this frequent (Zipf scale: 3 is once per million words) is an ordinary word...
SINGLE_WORD_ZIPF = 3.0
# ... and one this frequent carries nothing on its own ("prime", "guide", "world").
VERY_COMMON_ZIPF = 4.5
# A several-word name this frequent as a phrase is an ordinary phrase ("game night", "the office").
PHRASE_ZIPF = 4.7
# A one-word channel name this frequent is an ordinary word, unless it is written as an acronym.
CHANNEL_WORD_ZIPF = 3.5
# Words this frequent are function words ("the", "of", "de", "la"), set aside when counting words.
FUNCTION_WORD_ZIPF = 6.0
MIN_CHARS = 4

ANIME_MIN_MEMBERS = 60_000  # MyAnimeList members in 2016: about the 1,400 best-known entries
WIKIPEDIA_FILM_FROM_YEAR = 1970
# A film whose Wikipedia lead says one of these is a notable one: a hit, a franchise, an award winner.
NOTABLE_FILM = re.compile(
    r"highest-grossing|box office success|blockbuster|franchise|Academy Award|Oscar|cult film|"
    r"sequel to|prequel to|installment|instalment|critically acclaimed",
    re.IGNORECASE,
)
CHANNEL_CATEGORIES = {"sports", "movies", "series", "entertainment", "general", "kids", "animation", "comedy",
                      "documentary", "classic", "family"}
# Broadcast brands worth a name of their own when numbered ("Sky Sports 2" also gives "Sky Sports").
_CHANNEL_NUMBER = re.compile(r"\s+(?:\d+|[IVX]+|HD|UHD|4K|FHD|SD|Plus|\+)$", re.IGNORECASE)
_SEASON_SUFFIX = re.compile(
    r"\s*(?:\(\d{4}\)|:?\s*(?:season|part|cour)\s*\d+|\d+(?:st|nd|rd|th)\s+season"
    r"|\s(?:2|3|4|5|II|III|IV)$|'+|°)\s*$",
    re.IGNORECASE,
)
_GAME_EDITION = re.compile(
    r"\s*[:\-–]?\s*(?:(?:game of the year|goty|definitive|enhanced|complete|deluxe|ultimate|gold|special|"
    r"anniversary|legendary|standard|premium|digital deluxe|director'?s cut|collector'?s)\s+edition|"
    r"remastered|remaster|goty|hd|director'?s cut|the game|the video ?game)\s*$",
    re.IGNORECASE,
)

LEAGUE_NAMES = (
    "Premier League", "La Liga", "LaLiga", "LaLiga EA Sports", "Serie A", "Bundesliga", "Ligue 1",
    "Eredivisie",
    "Primeira Liga", "Liga Portugal", "Scottish Premiership", "Super Lig", "Süper Lig", "Saudi Pro League",
    "Brasileirão", "Campeonato Brasileiro", "Liga Profesional", "Liga MX", "Major League Soccer",
    "UEFA Champions League", "Champions League", "Liga de Campeones", "Ligue des champions",
    "UEFA Europa League", "Europa League", "UEFA Conference League", "Europa Conference League",
    "UEFA Nations League", "Copa Libertadores", "Copa Sudamericana", "CONCACAF Champions Cup", "FA Cup",
    "Carabao Cup", "EFL Championship", "Copa del Rey", "Coppa Italia", "DFB Pokal", "Coupe de France",
    "National Football League", "National Basketball Association", "National Hockey League",
    "Major League Baseball", "EuroLeague", "Formula 1", "Formula One", "Formula 2", "MotoGP", "IndyCar",
    "NASCAR Cup Series", "World Rally Championship", "ATP Tour", "WTA Tour", "PGA Tour", "LIV Golf",
    "Indian Premier League", "Big Bash League", "Pakistan Super League", "Six Nations", "Super Rugby",
    "NCAA Football", "College Football", "Premier Padel",
)
GRAND_PRIX = (
    "Bahrain", "Saudi Arabian", "Australian", "Japanese", "Chinese", "Miami", "Emilia Romagna", "Monaco",
    "Canadian", "Spanish", "Austrian", "British", "Hungarian", "Belgian", "Dutch", "Italian", "Azerbaijan",
    "Singapore", "United States", "Mexico City", "Mexican", "São Paulo", "Brazilian", "Las Vegas", "Qatar",
    "Abu Dhabi", "French", "German", "Portuguese", "Turkish", "Russian",
)
# Events by their own name: a bare series name needs context (sports games stage them too), a
# numbered or final one does not.
EVENT_SERIES = (
    "Super Bowl", "WrestleMania", "SummerSlam", "Royal Rumble", "Survivor Series", "Money in the Bank",
    "Elimination Chamber", "Hell in a Cell", "Clash at the Castle", "Crown Jewel", "WWE Raw",
    "WWE SmackDown", "Monday Night Raw", "AEW Dynamite", "AEW Collision", "AEW All Out", "AEW Revolution",
    "AEW Double or Nothing", "AEW Full Gear", "UFC Fight Night", "Bellator", "ONE Championship", "PFL",
    "World Cup", "FIFA World Cup", "Copa America", "Copa América", "UEFA Euro", "Africa Cup of Nations",
    "Gold Cup", "Club World Cup", "NBA Finals", "Stanley Cup Final", "Stanley Cup Playoffs", "World Series",
    "March Madness", "Final Four", "Wimbledon", "Roland Garros", "Australian Open", "US Open",
    "Tour de France", "Giro d'Italia", "Vuelta a España", "Olympic Games", "Winter Olympics",
    "Summer Olympics", "Indianapolis 500", "Indy 500", "Daytona 500", "24 Hours of Le Mans", "Ryder Cup",
    "The Masters", "Kentucky Derby", "Cricket World Cup", "T20 World Cup", "The Ashes", "Rugby World Cup",
    "El Clasico", "El Clásico", "Monday Night Football", "Sunday Night Football", "Thursday Night Football",
    "Hockey Night in Canada", "NFL RedZone", "NFL Sunday Ticket", "NBA League Pass", "Boxing Day",
)
EVENT_FINALS = (
    "Champions League Final", "UEFA Champions League Final", "Europa League Final", "World Cup Final",
    "FA Cup Final", "Copa Libertadores Final", "Euro Final", "Super Bowl Sunday", "Grand Final",
    "NBA All-Star Game",
    "MLB All-Star Game", "NHL All-Star Game", "Wimbledon Final", "Ballon d'Or",
)
ROMAN = ("XL", "XLI", "XLII", "XLIII", "XLIV", "XLV", "XLVI", "XLVII", "XLVIII", "XLIX", "L", "LI", "LII",
         "LIII", "LIV", "LV", "LVI", "LVII", "LVIII", "LIX", "LX", "LXI")
# The best-known games that are not on Steam (or were not in 2019, the Steam list's year).
MAJOR_GAMES_OFF_STEAM = (
    "League of Legends", "Fortnite", "Valorant", "Minecraft", "Genshin Impact", "Roblox", "World of Warcraft",
    "Overwatch 2", "Hearthstone", "Teamfight Tactics", "Call of Duty Warzone", "Call of Duty: Warzone",
    "Apex Legends", "EA Sports FC 24", "EA Sports FC 25", "EA FC 24", "EA FC 25", "eFootball", "FIFA 23",
    "FIFA 22", "FIFA 21", "Rocket League", "Honkai: Star Rail", "Zenless Zone Zero", "Escape from Tarkov",
    "The Last of Us Part II", "The Last of Us Part I", "God of War Ragnarök", "Marvel's Spider-Man 2",
    "Ghost of Tsushima", "Elden Ring", "Baldur's Gate 3", "Hogwarts Legacy", "Cyberpunk 2077",
    "Red Dead Redemption 2", "Grand Theft Auto V", "GTA V", "GTA 5", "Lethal Company", "Palworld",
    "Among Us", "Fall Guys", "Dead by Daylight", "Pokémon Scarlet and Violet", "Pokemon Go", "Pokémon GO",
    "Super Smash Bros. Ultimate", "The Legend of Zelda: Tears of the Kingdom",
    "Animal Crossing: New Horizons", "Mario Kart 8 Deluxe", "Halo Infinite", "Starfield", "Diablo IV",
    "World of Tanks", "Old School RuneScape",
    "Clash Royale", "Clash of Clans", "Brawl Stars", "Free Fire", "PUBG Mobile", "Mobile Legends",
    "Street Fighter 6", "Tekken 8", "Mortal Kombat 1", "WWE 2K24", "WWE 2K23", "NBA 2K24", "NBA 2K25",
    "Madden NFL 24", "Madden NFL 25", "UFC 5", "UFC 4", "F1 23", "F1 24", "MLB The Show 24",
    "Marvel's Spider-Man", "Marvel's Spider-Man: Miles Morales", "Spider-Man: Miles Morales",
    "Spider-Man Remastered", "Marvel's Spider-Man 2",
    "Dungeons & Dragons",  # the tabletop game, played on stream far more than the cartoon is shown
)
# Streaming and gaming words that are also one-word titles ("Community", "Legends", "Rogue"): on
# Twitch they name a stream's community, a game mode or a character class, not the work.
STREAM_JARGON = frozenset({
    "community", "ranked", "casual", "reboot", "glitch", "endgame", "legends", "heroes", "rogue", "warrior",
    "reaper", "elite", "survivors", "legacy", "chaos", "viper", "grind", "speedrun", "challenge", "arena",
    "casino", "smash", "rush", "lore",
    "crowd control",  # the Twitch extension that lets chat act on the game
})
# A name that starts this many game titles is a game franchise's ("Star Wars", "Naruto Shippuden").
FRANCHISE_GAMES = 3
# Esports events named after sports ones: their streams show games.
ESPORTS_EVENTS = (
    "Esports World Cup", "Fortnite World Cup", "Overwatch World Cup", "League of Legends World Championship",
    "Rocket League World Championship", "Valorant Champions", "EVO Championship Series",
)


def git_show(git_dir: Path, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def git_paths(git_dir: Path, commit: str) -> list[str]:
    out = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "--name-only", commit],
                         check=True, capture_output=True, text=True).stdout
    return out.splitlines()


def read_csv(data: bytes) -> list[dict[str, str]]:
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    return list(csv.DictReader(io.StringIO(text)))


@dataclass(frozen=True)
class Candidate:
    display_name: str
    kind: str
    source: str
    needs_context: bool = False  # set by the source's own rule (league names, bare event series)
    famous: bool = False  # at the head of a popularity-ranked list: may keep a one-word common name


def strip_season(name: str) -> str:
    """A franchise's base name: "Boku no Hero Academia 2nd Season" -> "Boku no Hero Academia"."""
    previous = None
    while previous != name:
        previous, name = name, _SEASON_SUFFIX.sub("", name).strip(" :-")
    return name


def romaji_variants(name: str) -> list[str]:
    """MyAnimeList writes long vowels doubled ("Shippuuden"); most people write them once."""
    folded = re.sub(r"(?i)ou(?=[^aeiou]|$)", "o", re.sub(r"(?i)uu", "u", name))
    return list(dict.fromkeys((name, folded)))


def load_anime(git_dir: Path, source: Source) -> list[Candidate]:
    rows = read_csv(git_show(git_dir, source.commit, source.path))
    out = []
    for row in rows:
        if not row["members"].isdigit() or int(row["members"]) < ANIME_MIN_MEMBERS or row["type"] == "Music":
            continue
        name = html.unescape(row["name"]).replace("\ufffd", "")
        famous = int(row["members"]) >= FAMOUS_ANIME_MEMBERS
        for variant in dict.fromkeys((name, strip_season(name))):
            out += [Candidate(v, "anime", source.id, famous=famous) for v in romaji_variants(variant)]
    return out


def load_tvmaze(git_dir: Path, source: Source) -> list[Candidate]:
    out = []
    for rank, row in enumerate(read_csv(git_show(git_dir, source.commit, source.path))):
        if row["Type"] in {"News", "Panel Show"}:
            continue
        is_anime = "Anime" in row["Genres"] or (row["Language"] == "Japanese" and row["Type"] == "Animation")
        out.append(Candidate(row["Name"], "anime" if is_anime else "tv_show", source.id,
                             famous=rank < FAMOUS_SHOW_RANK))
    return out


def load_streaming_shows(git_dir: Path, source: Source) -> list[Candidate]:
    return [Candidate(row["Title"], "tv_show", source.id)
            for row in read_csv(git_show(git_dir, source.commit, source.path)) if row["Title"]]


def load_imdb_top(git_dir: Path, source: Source) -> list[Candidate]:
    rows = read_csv(git_show(git_dir, source.commit, source.path))
    return [Candidate(row["Series_Title"], "film", source.id,
                      famous=int(row["No_of_Votes"]) >= FAMOUS_FILM_VOTES) for row in rows]


def load_corpora_movies(git_dir: Path, source: Source) -> list[Candidate]:
    titles = json.loads(git_show(git_dir, source.commit, source.path))["popular-movies"]
    # Mostly Best Picture winners and nominees: all famous.
    return [Candidate(re.sub(r"\s*\(\d{4}\)$", "", t), "film", source.id, famous=True) for t in titles]


def load_wikipedia_movies(git_dir: Path, source: Source) -> list[Candidate]:
    out = []
    for path in git_paths(git_dir, source.commit):
        if not re.fullmatch(r"movies-\d{4}s\.json", path):
            continue
        for film in json.loads(git_show(git_dir, source.commit, path)):
            if film["year"] >= WIKIPEDIA_FILM_FROM_YEAR and NOTABLE_FILM.search(film.get("extract") or ""):
                out.append(Candidate(film["title"], "film", source.id))
    return out


def load_channels(git_dir: Path, source: Source) -> list[Candidate]:
    out = []
    for row in read_csv(git_show(git_dir, source.commit, source.path)):
        categories = set(row["categories"].split(";")) - {""}
        if row["closed"] or row["is_nsfw"] == "TRUE" or categories and not categories & CHANNEL_CATEGORIES:
            continue
        # Outside sports, movies and series (or with no category), only channels of a known group.
        if not categories & {"sports", "movies", "series"} and not (row["owners"] or row["network"]):
            continue
        names = dict.fromkeys((row["name"], *filter(None, row["alt_names"].split(";"))))
        for name in names:
            out.append(Candidate(name, "tv_channel", source.id))
            brand = _CHANNEL_NUMBER.sub("", name).strip()
            if brand != name:
                out.append(Candidate(brand, "tv_channel", source.id))
    return out


def load_openfootball(git_dir: Path, source: Source) -> list[Candidate]:
    out = []
    for path in git_paths(git_dir, source.commit):
        if not re.fullmatch(r"[0-9-]+/[a-z.0-9]+\.json", path):
            continue
        name = json.loads(git_show(git_dir, source.commit, path)).get("name", "")
        name = re.sub(r"\s+\d{4}(?:/\d{2,4})?$", "", name.split("|")[-1]).strip()
        out.append(Candidate(name, "sports_competition", source.id, needs_context=True, famous=True))
    return out


def curated_sports() -> list[Candidate]:
    out = [Candidate(name, "sports_competition", CURATED, needs_context=True, famous=True)
           for name in LEAGUE_NAMES]
    out += [Candidate(name, "sports_event", CURATED, needs_context=True, famous=True)
            for name in EVENT_SERIES]
    out += [Candidate(name, "sports_event", CURATED, famous=True) for name in EVENT_FINALS]
    out += [Candidate(f"{place} Grand Prix", "sports_event", CURATED, famous=True) for place in GRAND_PRIX]
    out += [Candidate(f"Super Bowl {numeral}", "sports_event", CURATED, famous=True) for numeral in ROMAN]
    out += [Candidate(f"Super Bowl {n}", "sports_event", CURATED, famous=True) for n in range(40, 62)]
    # From UFC 100 on: below it, "UFC 3", "UFC 4" and "UFC 5" are video games.
    out += [Candidate(f"UFC {number}", "sports_event", CURATED, famous=True) for number in range(100, 331)]
    out += [Candidate(f"WrestleMania {n}", "sports_event", CURATED, famous=True) for n in range(30, 43)]
    out += [Candidate(f"{event} {year}", "sports_event", CURATED, famous=True)
            for event in ("FIFA World Cup", "World Cup", "UEFA Euro", "Euro", "Copa America", "Olympics",
                          "Club World Cup", "Rugby World Cup", "Cricket World Cup")
            for year in range(2014, 2031)]
    return out


WORK_LOADERS = {
    "mal_anime_2016": load_anime,
    "tvmaze_top_shows": load_tvmaze,
    "streaming_tv_shows": load_streaming_shows,
    "imdb_top_1000": load_imdb_top,
    "corpora_popular_movies": load_corpora_movies,
    "wikipedia_movies": load_wikipedia_movies,
    "iptv_org_channels": load_channels,
    "openfootball": load_openfootball,
}


def game_name_variants(name: str) -> tuple[set[str], set[str]]:
    """A game title's normal forms: as written and without its edition ("... GOTY Edition"); and,
    to hide a work name inside it only, its part before a subtitle ("The Witcher 3" of "The Witcher
    3: Wild Hunt"), which can be a franchise's name too ("Naruto Shippuden: Ultimate Ninja Storm")."""
    name = re.sub(r"[™®©]", "", html.unescape(name)).strip()
    exact = {normalise_name(v) for v in (name, _GAME_EDITION.sub("", name))} - {""}
    before_subtitle = normalise_name(re.split(r":|\s[-–]\s", name, maxsplit=1)[0])
    return exact, ({before_subtitle} - exact if len(before_subtitle.split()) > 1 else set())


def load_games(git_dirs: dict[str, Path]) -> dict[str, tuple[str, bool]]:
    """Every game title's normal forms, each with its source and whether it is a whole title (not
    only the part before a subtitle)."""
    games: dict[str, tuple[str, bool]] = {}
    steam = SOURCES["steam_store_games"]
    names = [(row["name"], steam.id)
             for row in read_csv(git_show(git_dirs[steam.repo], steam.commit, steam.path))]
    sales = SOURCES["vgchartz_sales"]
    names += [(part, sales.id) for row in read_csv(git_show(git_dirs[sales.repo], sales.commit, sales.path))
              for part in row["Name"].split(" / ")]
    names += [(name, CURATED) for name in MAJOR_GAMES_OFF_STEAM]
    names += [(f"{event} {year}", CURATED) for event in ESPORTS_EVENTS for year in ("", *range(2018, 2031))]
    for name, source in names:
        exact, before_subtitle = game_name_variants(name)
        for variant in sorted(exact):
            games[variant] = (games.get(variant, (source,))[0], True)
        for variant in sorted(before_subtitle):
            games.setdefault(variant, (source, False))
    return games


def load_places(git_dir: Path) -> set[str]:
    names: set[str] = set()
    for path in ("countries", "us_cities", "english_towns_cities", "countries_with_capitals"):
        data = json.loads(git_show(git_dir, PLACES.commit, f"data/geography/{path}.json"))
        values = next(v for k, v in data.items() if k != "description")
        for value in values:
            if isinstance(value, dict):
                names.update(str(value[k]) for k in ("name", "city", "country", "capital") if k in value)
            else:
                names.add(str(value))
    return {normalise_name(n) for n in names} - {""}


@lru_cache(maxsize=None)
def zipf(text: str) -> float:
    """How ordinary a word or phrase is: its highest Zipf frequency over the common languages."""
    return max(wordfreq.zipf_frequency(text, lang) for lang in LANGUAGES)


def ordinariness(display_name: str, name: str) -> tuple[int, float]:
    """The name's count of words other than function words, and how frequent it is as written or
    as normalised (accents matter: "héros" is a French word, "heros" is not)."""
    written = display_name.casefold().strip()
    content = [t for t in name.split() if not t.isalpha() or zipf(t) < FUNCTION_WORD_ZIPF]
    frequency = max(zipf(written), zipf(name), zipf(" ".join(content)) if content else 9.0)
    return len(content), frequency


def _is_unspaced(char: str) -> bool:
    return bool(re.match("[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]", char))


def has_enough_text(name: str) -> bool:
    compact = name.replace(" ", "")
    return len(compact) >= MIN_CHARS and any(c.isalpha() for c in compact)


def franchise_names(games: dict[str, tuple[str, bool]]) -> set[str]:
    """Names that begin at least FRANCHISE_GAMES whole game titles."""
    starts: Counter = Counter()
    for game, (_, whole) in games.items():
        tokens = game.split()
        if whole:
            starts.update(" ".join(tokens[:n]) for n in range(1, len(tokens)))
    return {name for name, count in starts.items() if count >= FRANCHISE_GAMES}


def classify(candidate: Candidate, name: str, games: dict[str, tuple[str, bool]], franchises: set[str],
             places: set[str]) -> bool | None:
    """needs_context for a work's name, or None to drop the name."""
    if any(len(t) == 1 and _is_unspaced(t) for t in name.split()):
        # Han or kana: wordfreq cannot split these without MeCab, and short names are likely words.
        return candidate.needs_context or len(name.split()) <= 4
    words, frequency = ordinariness(candidate.display_name, name)
    ordinary = frequency >= (SINGLE_WORD_ZIPF if words <= 1 else PHRASE_ZIPF)
    if name in STREAM_JARGON or words <= 1 and frequency >= VERY_COMMON_ZIPF and not candidate.famous:
        return None
    # A channel called by one ordinary word ("Hype", "Mystery") says nothing; an acronym ("ESPN") or a
    # brand that is only in the news ("Telecinco", "Eurosport") does.
    if (candidate.kind == "tv_channel" and words <= 1 and frequency >= CHANNEL_WORD_ZIPF
            and not candidate.display_name.isupper()):
        return None
    is_game = games.get(name, ("", False))[1]
    return (candidate.needs_context or ordinary or words <= 1 or is_game
            or name in franchises or name in places)


def build(git_dirs: dict[str, Path]) -> tuple[dict[str, CatalogueEntry], dict[str, str], Counter]:
    games = load_games(git_dirs)
    franchises = franchise_names(games)
    places = load_places(git_dirs[PLACES.repo])
    candidates = [candidate for sid, load in WORK_LOADERS.items()
                  for candidate in load(git_dirs[SOURCES[sid].repo], SOURCES[sid])]
    candidates += curated_sports()
    counts: Counter = Counter()
    works: dict[str, CatalogueEntry] = {}
    for candidate in candidates:
        name = normalise_name(candidate.display_name)
        if name in works:
            continue
        needs_context = None
        if has_enough_text(name):
            needs_context = classify(candidate, name, games, franchises, places)
        if needs_context is None:
            counts[f"dropped {candidate.kind}"] += 1
            continue
        works[name] = CatalogueEntry(
            candidate.display_name.strip(), candidate.kind, needs_context, candidate.source)
    # Only game titles that hold a work name inside them matter to the matcher.
    catalogue = build_catalogue(works, frozenset())
    kept_games = {}
    for game, (source, _) in games.items():
        tokens = game.split()
        if len(tokens) > 1 and any(
            " ".join(tokens[i:i + n]) in works
            for i, first in enumerate(tokens)
            for n in catalogue.lengths_by_first_token.get(first, ()) if n < len(tokens)
        ):
            kept_games[game] = source
    return works, kept_games, counts


def write_tsv(path: Path, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    separators = re.compile(r"[\t\n\r]")
    lines = ["\t".join(columns)] + ["\t".join(separators.sub(" ", value) for value in row) for row in rows]
    with gzip.GzipFile(path, "wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))


def report_dev_titles(path: Path, works: dict[str, CatalogueEntry], games: dict[str, str],
                      examples: int) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    titles = [json.loads(line)["title"] or "" for line in lines if line]
    matches = find_works(titles, build_catalogue(works, frozenset(games)))
    hits = [(t, m) for t, m in zip(titles, matches) if m]
    strong = [(t, m) for t, m in hits if not m.needs_context]
    print(f"dev titles: {len(titles)}; any match {len(hits)} ({len(hits) / len(titles):.2%}); "
          f"needs_context=False {len(strong)} ({len(strong) / len(titles):.2%})")
    for title, match in strong[:examples]:
        print(f"  STRONG {match.kind:18} {match.matched_text!r:32} <- {title[:90]!r}")
    for title, match in [h for h in hits if h[1].needs_context][:examples]:
        print(f"  weak   {match.kind:18} {match.matched_text!r:32} <- {title[:90]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--mirror", action="append", default=[], metavar="OWNER/NAME=PATH")
    parser.add_argument("--out", type=Path, default=CATALOGUE_DIR)
    parser.add_argument("--dev-titles", type=Path)
    parser.add_argument("--examples", type=int, default=40)
    args = parser.parse_args()
    git_dirs = {s.repo: args.mirrors / s.repo.replace("/", "+") / "repo" for s in SOURCES.values()}
    git_dirs.update(dict(item.split("=", 1) for item in args.mirror))
    git_dirs = {repo: Path(p) for repo, p in git_dirs.items()}

    works, games, counts = build(git_dirs)
    args.out.mkdir(parents=True, exist_ok=True)
    write_tsv(args.out / "works.tsv.gz", WORK_COLUMNS, sorted(
        (name, entry.display_name, entry.kind, "1" if entry.needs_context else "0", entry.source)
        for name, entry in works.items()))
    write_tsv(args.out / "game_titles.tsv.gz", GAME_COLUMNS, sorted(games.items()))

    print(f"works: {len(works)}; game titles kept as blockers: {len(games)}; {dict(counts)}")
    by_kind = Counter((e.kind, e.needs_context) for e in works.values())
    for kind in sorted({k for k, _ in by_kind}):
        total = by_kind[kind, False] + by_kind[kind, True]
        print(f"  {kind:20} {total:6}  needs_context {by_kind[kind, True]}")
    print("  by source:", dict(Counter(e.source for e in works.values())))
    if args.dev_titles:
        report_dev_titles(args.dev_titles, works, games, args.examples)


if __name__ == "__main__":
    main()
