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
- works.tsv.gz: one row per normalised name and group (works; sports teams, kind sports_team): name,
  display_name, kind, needs_context, source. A name can have two rows, a work's and a team's; all
  names of one team share the team's display name;
- game_titles.tsv.gz: video game titles that contain a catalogue name (the matcher lets a game
  title hide the work's or team's name inside it), and esports organisations named after clubs.

Filters, in order: names under 4 characters (or without a letter) are dropped, but for the
hand-picked broadcaster acronyms (SHORT_CHANNELS: "HBO", "TF1") and team acronyms ("PSG", "BVB"),
which need context and match only in capitals. A name that is an
ordinary word or phrase in a common language (wordfreq's frequencies, accents kept), a place's name,
a video game's exact title or the start of several ("Star Wars"), or a single word once articles
are set aside ("Dexter", "The Office") needs context. Dropped: a name whose only word is very common
("Prime", "The World"), unless the work heads a popularity-ranked list ("Friends", "Lost") or is a
hand-picked sports name; a one-word name that is stream jargon ("Community", "Legends"); a channel
named by an ordinary word that is not an acronym ("Hype", but not "ESPN", nor the rarer "Telecinco").
League names need context too: sports games and fantasy leagues name them all day.

Sports teams (clubs of the leagues in TEAM_LEAGUES since TEAM_SEASONS_FROM, national teams of the
last four World Cups, NFL, NBA, NHL and MLB teams) all need context: a team counts only when the
scorer sees a fixture or a broadcast. A team's one-word name that is a common English word, or a very
common word in any language, is dropped ("Heat", "Magic", "River", "Nacional"); so are the clubs
list's abbreviations ("Manchester U.") and historical names.
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
    find_teams,
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
        Source("jikan_anime_seasons", "Ate329/anime-stats-tracker", "8fe3d0cb1f7f83786fa74808f204d5b602607884",
               "data/csv/all_anime.csv"),
        Source("netflix_titles_2023", "vk007-coder/Peer_Assignment", "b187e84b25b394ba123afc474eb5c310e651a0a5",
               "titles.csv"),
        Source("openfootball_clubs", "openfootball/clubs", "ae3800227c449447b3a337fc0aac79a8f02f4c8b",
               "*/**/*.clubs.txt"),
        Source("openfootball_worldcup", "openfootball/worldcup.json", "aa2ac44b1d63444e96c2f6b559d012b4815f2a48",
               "{2014,2018,2022,2026}/worldcup.json"),
        Source("corpora_sports_teams", "dariusk/corpora", "cf30ca27ab176b63623af1ddcfa2447ac07305ba",
               "data/sports/{nba,nfl,nhl,mlb}_teams.json"),
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
    "Stream Raiders",  # a Twitch chat game
)
# Streaming and gaming words that are also one-word titles ("Community", "Legends", "Rogue"): on
# Twitch they name a stream's community, a game mode or a character class, not the work.
STREAM_JARGON = frozenset({
    "community", "ranked", "casual", "reboot", "glitch", "endgame", "legends", "heroes", "rogue", "warrior",
    "reaper", "elite", "survivors", "legacy", "chaos", "viper", "grind", "speedrun", "challenge", "arena",
    "casino", "smash", "rush", "lore", "radiant", "immortal", "phantom", "gamers", "rainbow",
    "crowd control",  # the Twitch extension that lets chat act on the game
})
# A name that starts this many game titles is a game franchise's ("Star Wars", "Naruto Shippuden").
FRANCHISE_GAMES = 3
# Esports events named after sports ones: their streams show games.
ESPORTS_EVENTS = (
    "Esports World Cup", "Fortnite World Cup", "Overwatch World Cup", "League of Legends World Championship",
    "Rocket League World Championship", "Valorant Champions", "EVO Championship Series",
)

# --- newer anime, newer and non-English shows --------------------------------------------------------
# MyAnimeList members (Jikan, 2026): about the 1,000 best-known entries since 2006, seasons included.
RECENT_ANIME_MIN_MEMBERS = 200_000
FAMOUS_RECENT_ANIME_MEMBERS = 1_000_000
ANIME_TYPES = {"TV", "Movie", "ONA", "OVA", "Special", "TV Special"}
# "... the Movie", "... Movie 2", "Gekijouban ...": the franchise's name is what a stream says.
_ANIME_MOVIE = re.compile(r"(?i)^(?:gekijouban\s+)?(.*?)(?:\s*[-–:]?\s*(?:the\s+)?movie(?:\s+\d+)?)?$")
_SUBTITLE = re.compile(r"\s*(?::|\s[-–]\s|\s–\s?)\s*")
NETFLIX_MIN_VOTES = 5_000  # IMDb votes: about the 650 best-known shows on Netflix (US catalogue, 2023)
FAMOUS_NETFLIX_VOTES = 200_000
NETFLIX_SHORT_NAME_VOTES = 50_000

# --- short channel names -----------------------------------------------------------------------------
# Broadcasters known by an acronym under 4 characters. They are kept (needing context) and match only
# written in capitals: "HBO", not "hbo"; "FOX", not "fox". Left out, as streams mostly mean something else by
# them: RTS (real-time strategy), ATV, MSG (message), BET, HRT, SIC, OK, LOL.
SHORT_CHANNELS = (
    "NBC", "HBO", "CBS", "ABC", "FOX", "CNN", "PBS", "TBS", "TNT", "AMC", "TLC", "MTV", "CMT", "A&E",
    "FX", "CW", "TSN", "CBC", "CTV", "BBC", "ITV", "SKY", "S4C", "TG4", "RTÉ", "STV", "TF1", "M6", "W9",
    "TMC", "RTL", "ZDF", "ARD", "ORF", "SRF", "NPO", "VRT", "VTM", "RAI", "TVE", "RTP", "TVI", "SBT",
    "TVP", "TVN", "DR1", "DR2", "NRK", "SVT", "YLE", "TV2", "TV3", "TV4", "ERT", "TRT",
    "NHK", "KBS", "MBC", "SBS", "EBS", "TVB", "GMA",
)

# --- sports teams -----------------------------------------------------------------------------------
# First divisions whose clubs are kept (football.json match files), with the seasons read.
TEAM_LEAGUES = ("en.1", "es.1", "de.1", "it.1", "fr.1", "nl.1", "pt.1", "tr.1", "sco.1", "be.1", "mx.1",
                "br.1", "ar.1", "mls", "uefa.cl", "copa.l")
TEAM_SEASONS_FROM = 2018
# A one-word team name this frequent as an English word says nothing alone ("Heat", "Magic", "Paris",
# "River", "Dallas"), nor one this frequent in any common language ("Nacional", "Union", "Nice"): only
# the team's longer names are kept. (Famous clubs' one-word names that fall here, "Liverpool",
# "Napoli", "Galatasaray", are in CLUB_SHORT_FORMS.)
TEAM_WORD_ZIPF = 4.0
TEAM_WORD_ANY_LANGUAGE_ZIPF = 5.0
# Words of a club's name that carry no identity of their own, set aside to join football.json's and
# the clubs list's spellings ("Manchester United FC" = "Manchester United").
CLUB_AFFIXES = frozenset({"fc", "cf", "afc", "ac", "sc", "cd", "ca", "ud", "rc", "rcd", "sd", "sv", "vfb",
                          "vfl", "tsg", "ssc", "as", "ss", "us", "ogc", "losc", "sk", "jk", "fk", "ec",
                          "se", "cr", "club", "de", "futbol", "football", "calcio", "1", "04", "05", "1899",
                          "1846", "1907", "1909", "1910", "sp", "mg", "rj", "rs", "pr", "ba", "ce", "go"})
# Short forms and local spellings that the clubs list lacks, by the list's own name of the club.
CLUB_SHORT_FORMS = {
    "FC Barcelona": ("Barça", "Barca", "Barcelona", "Blaugrana"),
    "Real Madrid": ("Los Blancos",),
    "Atlético Madrid": ("Atletico Madrid", "Atlético de Madrid", "Atleti"),
    "Manchester United FC": ("Man United", "Man Utd", "Man U"),
    "Manchester City FC": ("Man City",),
    "Tottenham Hotspur FC": ("Spurs",),
    "FC Internazionale Milano": ("Inter", "Inter Milan", "Internazionale"),
    "AC Milan": ("Milan",),
    "Juventus": ("Juve",),
    "Paris Saint-Germain": ("PSG",),
    "Borussia Dortmund": ("BVB",),
    "Bayern München": ("Bayern Munich", "Bayern"),
    "Bor. Mönchengladbach": ("Gladbach",),
    "PSV Eindhoven": ("PSV",),
    "Olympique de Marseille": ("OM",),
    "Boca Juniors": ("Boca",),
    "Sporting CP": ("Sporting Lisbon",),
    "CD Guadalajara Chivas": ("Chivas",),
    "Liverpool FC": ("Liverpool",), "Chelsea FC": ("Chelsea",), "Arsenal FC": ("Arsenal",),
    "Newcastle United FC": ("Newcastle",), "Celtic FC": ("Celtic",), "Rangers FC": ("Rangers",),
    "SSC Napoli": ("Napoli",), "AS Roma": ("Roma",), "FC Porto": ("Porto",),
    "Galatasaray İstanbul": ("Galatasaray",), "Fenerbahçe İstanbul": ("Fenerbahçe",),
    "Beşiktaş İstanbul": ("Beşiktaş",),
}
# Esports organisations named after clubs or teams: their matches are video games. Shipped as game
# titles, so that a team's name inside them is not read as the team.
ESPORTS_TEAMS = (
    "Team Falcons", "PSG.LGD", "PSG LGD", "PSG Talon", "PSG Esports", "Fenerbahçe Esports",
    "Galatasaray Esports", "Beşiktaş Esports", "Flamengo Esports", "Flamengo MDL", "FC Barcelona Esports",
    "Barça Esports", "Vodafone Giants", "Giants Gaming", "Team Heretics", "Movistar Riders",
    "Los Angeles Guerrillas", "Dallas Fuel", "Houston Outlaws", "Boston Uprising", "Florida Mayhem",
    "Atlanta FaZe", "Seattle Surge", "Toronto Ultra", "Vegas Legion", "Los Angeles Thieves",
)
# Teams' names in their own languages and their nicknames that the lists lack.
NATIONAL_TEAM_NAMES = {
    "Brazil": ("Brasil", "Seleção", "Selecao"), "Germany": ("Deutschland", "DFB-Team", "Die Mannschaft"),
    "Spain": ("España", "La Roja"), "Mexico": ("México", "El Tri"), "Italy": ("Italia", "Azzurri"),
    "Netherlands": ("Nederland", "Holland", "Oranje"), "Poland": ("Polska",), "Turkey": ("Türkiye",),
    "Argentina": ("Albiceleste", "Selección Argentina"), "Peru": ("Perú",), "USA": ("USMNT", "USWNT",
    "United States"), "England": ("Three Lions",), "France": ("Les Bleus",), "Japan": ("Samurai Blue",),
    "South Korea": ("Korea Republic",), "Croatia": ("Hrvatska",), "Morocco": ("Maroc",),
}
# The North American leagues' lists are of 2016 (NBA, NHL, MLB) and 2020 (NFL): later names, and
# the short names streams use.
US_TEAM_NAMES = {
    "Washington Football Team": ("Washington Commanders", "Commanders"),
    "Cleveland Indians": ("Cleveland Guardians", "Guardians"),
    "Los Angeles Angels of Anaheim": ("Los Angeles Angels", "LA Angels", "Angels"),
    "Oakland Athletics": ("Athletics",),
    "Utah Mammoth": ("Utah Hockey Club",),
    "Los Angeles Lakers": ("LA Lakers",), "Los Angeles Clippers": ("LA Clippers",),
    "Los Angeles Rams": ("LA Rams",), "Los Angeles Chargers": ("LA Chargers",),
    "Los Angeles Dodgers": ("LA Dodgers",), "Los Angeles Kings": ("LA Kings",),
    "Philadelphia 76ers": ("Sixers",), "San Francisco 49ers": ("Niners",),
    "Cleveland Cavaliers": ("Cavs",), "Dallas Mavericks": ("Mavs",),
    "Minnesota Timberwolves": ("Timberwolves", "T-Wolves"),
}
# Country names that are more often something else ("Jordan", "Turkey"): their other names remain.
NOT_A_TEAM_NAME = frozenset({"jordan", "turkey", "georgia", "chad"})
US_NEW_TEAMS = ("Seattle Kraken", "Vegas Golden Knights", "Utah Mammoth")  # NHL teams since 2016
# Nicknames of two words ("Boston Red Sox" -> "Red Sox"); otherwise a nickname is the last word.
TWO_WORD_NICKNAMES = ("Red Sox", "White Sox", "Blue Jays", "Red Wings", "Maple Leafs", "Blue Jackets",
                      "Trail Blazers", "Golden Knights")


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
    acronym: bool = False  # a hand-picked name under MIN_CHARS, kept needing context


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


def _fix_mojibake(text: str) -> str:
    """UTF-8 read as Latin-1 once ("VerÃ´nica"), as some Kaggle copies are."""
    if "Ã" in text or "Â" in text or "â€" in text or "Å" in text:
        for codec in ("cp1252", "latin-1"):
            try:
                return text.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
    return text


_JP_SEASON = re.compile(r"\s*(?:第\s*[0-9０-９一二三四五六七八九十]+\s*期|(?:the\s+)?final\s+season)\s*$", re.IGNORECASE)
# Scripts other than Latin and Japanese: a synonym in them (Thai, Cyrillic, Hangul, Arabic) is a
# translation for another audience.
_OTHER_SCRIPT = re.compile("[\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0e00-\u0e7f\u1100-\u11ff\uac00-\ud7af]")


def anime_name_variants(name: str) -> list[str]:
    """The name, without its season, without "the Movie", and its part before a subtitle
    ("Chainsaw Man – The Movie: Reze Arc" -> "Chainsaw Man", "Kimetsu no Yaiba: Yuukaku-hen" ->
    "Kimetsu no Yaiba")."""
    def base(text: str) -> str:
        previous = None
        while previous != text:
            previous = text
            text = strip_season(_JP_SEASON.sub("", text))
            text = _ANIME_MOVIE.match(text).group(1).strip(" :-–") or text
        return text
    before_subtitle = _SUBTITLE.split(name, maxsplit=1)[0]
    return list(dict.fromkeys(v for v in (name, base(name), base(before_subtitle)) if v))


def load_recent_anime(git_dir: Path, source: Source) -> list[Candidate]:
    """MyAnimeList (through Jikan) seasons from 2006 on: the romaji, English and Japanese titles and
    the synonyms of the best-known entries."""
    out = []
    for row in read_csv(git_show(git_dir, source.commit, source.path)):
        members = int(float(row["members"] or 0))
        if members < RECENT_ANIME_MIN_MEMBERS or row["is_hentai"] == "True" or row["type"] not in ANIME_TYPES:
            continue
        famous = members >= FAMOUS_RECENT_ANIME_MEMBERS
        romaji = html.unescape(row["title"]).strip()
        # Synonyms of one word ("Everyday", "Parasite") are more often the word than the anime.
        synonyms = [n for n in row["title_synonyms"].split("|") if len(normalise_name(n).split()) > 1]
        names = (romaji, row["title_english"], row["title_japanese"], *synonyms)
        for name in dict.fromkeys(html.unescape(n).strip() for n in names):
            if not name or _OTHER_SCRIPT.search(name):
                continue
            for variant in anime_name_variants(name):
                # Long vowels written once only in the romaji title: "Shippuuden", not "Outcast".
                variants = romaji_variants(variant) if name == romaji else [variant]
                out += [Candidate(v, "anime", source.id, famous=famous) for v in variants]
    return out


def load_netflix_shows(git_dir: Path, source: Source) -> list[Candidate]:
    """Shows on Netflix (JustWatch, US catalogue, 2023) with their IMDb votes: many non-English hits
    under their English titles (Squid Game, Money Heist, Dark, Resurrection: Ertugrul)."""
    out = []
    for row in read_csv(git_show(git_dir, source.commit, source.path)):
        votes = float(row["imdb_votes"] or 0)
        if row["type"] != "SHOW" or votes < NETFLIX_MIN_VOTES:
            continue
        title = _fix_mojibake(row["title"]).strip()
        countries = set(re.findall(r"[A-Z]{2}", row["production_countries"]))
        kind = "anime" if "animation" in row["genres"] and "JP" in countries else "tv_show"
        for name in dict.fromkeys((title, re.sub(r"\s*\([^)]*\)$", "", title))):
            # Past the head of the list, a name of one or two words is likely a phrase too ("High Seas",
            # "Roman Empire"): it needs context.
            short = len(normalise_name(name).split()) <= 2 and votes < NETFLIX_SHORT_NAME_VOTES
            out.append(Candidate(name, kind, source.id, needs_context=short,
                                 famous=votes >= FAMOUS_NETFLIX_VOTES))
    return out


def short_channels() -> list[Candidate]:
    return [Candidate(name, "tv_channel", CURATED, needs_context=True, famous=True, acronym=True)
            for name in SHORT_CHANNELS]


# --- sports teams -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Team:
    display_name: str
    source: str
    names: tuple[str, ...]  # as written; the first is the display name
    curated: frozenset[str] = frozenset()  # names from this file's lists: kept whatever their frequency
    national: bool = False


def parse_clubs(text: str) -> list[tuple[str, list[str]]]:
    """openfootball's clubs format: a club's line ("Real Madrid,   Madrid"), then its other names on
    lines starting with "|"; "ii)" starts a reserve team, "#" a comment, "=" a heading."""
    clubs: list[tuple[str, list[str]]] = []
    current: tuple[str, list[str]] | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.lstrip().startswith("|"):
            if current is not None and "old name" not in raw:
                for alt in line.split("|"):
                    alt = re.sub(r"\[[a-z]{2}\]|\([^)]*\)", "", alt).strip()
                    # "Ajax Amsterd.", "Man. United": abbreviations (the full names are there too)
                    if alt and not re.search(r"[^\W\d_]\.", alt):
                        current[1].append(alt)
        elif line[0].isspace() or line.startswith("="):
            continue  # an address or a heading
        elif line.startswith("ii)") or re.search(r"\(\d{4}-\d{4}\)", line.split(",")[0]):
            current = None  # a reserve team, or a club that no longer exists
        else:
            name = line.split(",")[0].strip()
            current = (name, [name])
            clubs.append(current)
    return clubs


def club_key(name: str) -> str:
    tokens = normalise_name(name).split()
    return " ".join(t for t in tokens if t not in CLUB_AFFIXES) or " ".join(tokens)


LEAGUE_CLUB_FILES = {"en": ("eng",), "mls": ("us", "ca"), "uefa": (), "copa": ()}


def load_club_teams(git_dirs: dict[str, Path]) -> list[Team]:
    """Clubs playing the first divisions of TEAM_LEAGUES since TEAM_SEASONS_FROM (football.json
    match files), with their other names from openfootball/clubs."""
    clubs_source, matches_source = SOURCES["openfootball_clubs"], SOURCES["openfootball"]
    clubs_dir, matches_dir = git_dirs[clubs_source.repo], git_dirs[matches_source.repo]
    by_country: dict[str, dict[str, tuple[str, list[str]]]] = {}
    anywhere: dict[str, list[tuple[str, list[str]]]] = {}
    for path in git_paths(clubs_dir, clubs_source.commit):
        found = re.fullmatch(r"(?:[a-z-]+/)+([a-z]+)\.clubs\.txt", path)
        if not found:
            continue
        for club in parse_clubs(git_show(clubs_dir, clubs_source.commit, path).decode("utf-8")):
            for name in club[1]:
                by_country.setdefault(found.group(1), {}).setdefault(club_key(name), club)
                anywhere.setdefault(club_key(name), []).append(club)
    teams: list[Team] = []
    seen: set[str] = set()
    for league in TEAM_LEAGUES:
        countries = LEAGUE_CLUB_FILES.get(league.split(".")[0], (league.split(".")[0],))
        for path in git_paths(matches_dir, matches_source.commit):
            found = re.fullmatch(r"(\d{4})(?:-\d{2})?/" + re.escape(league) + r"\.json", path)
            if not found or int(found.group(1)) < TEAM_SEASONS_FROM:
                continue
            matches = json.loads(git_show(matches_dir, matches_source.commit, path)).get("matches", [])
            # The Champions League's and Libertadores' files write the country: "Real Madrid CF (ESP)".
            teams_named = (re.sub(r"\s*\([A-Z]{3}\)$", "", m[k]) for m in matches for k in ("team1", "team2")
                           if m.get(k))
            for name in dict.fromkeys(teams_named):
                key = club_key(name)
                club = next((by_country[c][key] for c in countries if key in by_country.get(c, {})), None)
                if club is None and len({id(c) for c in anywhere.get(key, [])}) == 1:
                    club = anywhere[key][0]
                display, names = club if club else (name, [name])
                if display in seen:
                    continue
                seen.add(display)
                short_forms = CLUB_SHORT_FORMS.get(display, ())
                teams.append(Team(display, clubs_source.id if club else matches_source.id,
                                  (display, *names, name, *short_forms), frozenset(short_forms)))
    missing = set(CLUB_SHORT_FORMS) - seen
    if missing:
        raise ValueError(f"CLUB_SHORT_FORMS names clubs not found: {sorted(missing)}")
    return teams


def load_national_teams(git_dir: Path, source: Source) -> list[Team]:
    names: dict[str, None] = {}
    for year in (2014, 2018, 2022, 2026):
        matches = json.loads(git_show(git_dir, source.commit, f"{year}/worldcup.json"))["matches"]
        names.update(dict.fromkeys(m[k] for m in matches for k in ("team1", "team2")
                                   if re.fullmatch(r"[^\d]+", m.get(k) or "")))
    return [Team(name, source.id, (name, *NATIONAL_TEAM_NAMES.get(name, ())),
                 frozenset(NATIONAL_TEAM_NAMES.get(name, ())), national=True) for name in names]


def load_us_teams(git_dir: Path, source: Source) -> list[Team]:
    teams = []
    for league in ("nfl", "nba", "nhl", "mlb"):
        data = json.loads(git_show(git_dir, source.commit, f"data/sports/{league}_teams.json"))
        full_names = [team["name"] for team in data[f"{league}_teams"]]
        if league == "nhl":
            full_names += US_NEW_TEAMS
        for full in full_names:
            extra = US_TEAM_NAMES.get(full, ())
            names = [full, *extra]
            # The nickname: "Boston Celtics" -> "Celtics" (not of "Washington Football Team", nor of
            # "Los Angeles Angels of Anaheim": those are among the names above).
            if " of " not in full and not full.endswith(" Team"):
                two = " ".join(full.split()[-2:])
                names.append(two if two in TWO_WORD_NICKNAMES else full.split()[-1])
            teams.append(Team(full, source.id if full not in US_NEW_TEAMS else CURATED, tuple(names),
                              frozenset(extra)))
    return teams


def build_teams(git_dirs: dict[str, Path], games: dict[str, tuple[str, bool]]) -> tuple[dict[str, CatalogueEntry],
                                                                                      Counter]:
    """Every team's names (all needing context: a team counts only in a fixture or a broadcast's
    title). A name of two teams is the first's: clubs, then national teams, then the NFL, NBA, NHL and
    MLB."""
    teams = load_club_teams(git_dirs)
    world = SOURCES["openfootball_worldcup"]
    teams += load_national_teams(git_dirs[world.repo], world)
    corpora = SOURCES["corpora_sports_teams"]
    teams += load_us_teams(git_dirs[corpora.repo], corpora)
    out: dict[str, CatalogueEntry] = {}
    counts: Counter = Counter()
    for team in teams:
        for written in team.names:
            name = normalise_name(written)
            if not name or name in out:
                continue
            curated = written in team.curated
            source = CURATED if curated else team.source
            tokens = name.split()
            if len(name.replace(" ", "")) < MIN_CHARS and not (curated and written.isupper()):
                keep = False  # an acronym only if hand-picked: "PSG", "BVB"
            elif not curated and len(tokens) > 1 and any(len(t) == 1 and t.isalpha() for t in tokens):
                keep = False  # the clubs list's abbreviations: "Manchester U.", "B. Dortmund"
            elif name in STREAM_JARGON or name in NOT_A_TEAM_NAME or games.get(name, ("", False))[1]:
                keep = False  # "Legends"; a country's other sense; a game's exact title
            elif not curated and not team.national and ordinariness(written, name)[0] <= 1:
                content = " ".join(t for t in tokens if not t.isalpha() or zipf(t) < FUNCTION_WORD_ZIPF) or name
                keep = (wordfreq.zipf_frequency(content, "en") < TEAM_WORD_ZIPF
                        and zipf(content) < TEAM_WORD_ANY_LANGUAGE_ZIPF)
            else:
                keep = True
            if not keep:
                counts["dropped sports_team"] += 1
                continue
            out[name] = CatalogueEntry(team.display_name, "sports_team", True, source)
    return out, counts


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
    "jikan_anime_seasons": load_recent_anime,
    "netflix_titles_2023": load_netflix_shows,
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
    names += [(name, CURATED) for name in ESPORTS_TEAMS]
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
    if candidate.acronym:
        return True  # hand-picked, and matched only in capitals; alone, "FOX" or "SKY" is a word
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


def build(git_dirs: dict[str, Path]) -> tuple[dict[str, CatalogueEntry], dict[str, CatalogueEntry],
                                              dict[str, str], Counter]:
    games = load_games(git_dirs)
    franchises = franchise_names(games)
    places = load_places(git_dirs[PLACES.repo])
    candidates = [candidate for sid, load in WORK_LOADERS.items()
                  for candidate in load(git_dirs[SOURCES[sid].repo], SOURCES[sid])]
    candidates += curated_sports() + short_channels()
    counts: Counter = Counter()
    works: dict[str, CatalogueEntry] = {}
    for candidate in candidates:
        name = normalise_name(candidate.display_name)
        if name in works:
            continue
        needs_context = None
        if has_enough_text(name) or candidate.acronym and name:
            needs_context = classify(candidate, name, games, franchises, places)
        if needs_context is None:
            counts[f"dropped {candidate.kind}"] += 1
            continue
        works[name] = CatalogueEntry(
            candidate.display_name.strip(), candidate.kind, needs_context, candidate.source)
    teams, team_counts = build_teams(git_dirs, games)
    counts.update(team_counts)
    # Only game titles that hold a work's or a team's name inside them matter to the matcher.
    catalogue = build_catalogue(works, frozenset(), teams)
    kept_games = {}
    for game, (source, _) in games.items():
        tokens = game.split()
        if len(tokens) > 1 and any(
            " ".join(tokens[i:i + n]) in names
            for names, lengths in ((works, catalogue.lengths_by_first_token),
                                   (teams, catalogue.team_lengths_by_first_token))
            for i, first in enumerate(tokens)
            for n in lengths.get(first, ()) if n < len(tokens)
        ):
            kept_games[game] = source
    return works, teams, kept_games, counts


def write_tsv(path: Path, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    separators = re.compile(r"[\t\n\r]")
    lines = ["\t".join(columns)] + ["\t".join(separators.sub(" ", value) for value in row) for row in rows]
    with gzip.GzipFile(path, "wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))


def report_dev_titles(path: Path, works: dict[str, CatalogueEntry], teams: dict[str, CatalogueEntry],
                      games: dict[str, str], examples: int) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    titles = [json.loads(line)["title"] or "" for line in lines if line]
    catalogue = build_catalogue(works, frozenset(games), teams)
    matches = find_works(titles, catalogue)
    hits = [(t, m) for t, m in zip(titles, matches) if m]
    strong = [(t, m) for t, m in hits if not m.needs_context]
    print(f"dev titles: {len(titles)}; any match {len(hits)} ({len(hits) / len(titles):.2%}); "
          f"needs_context=False {len(strong)} ({len(strong) / len(titles):.2%})")
    print("  matches by kind:", dict(Counter((m.kind, m.needs_context) for _, m in hits)))
    for title, match in strong[:examples]:
        print(f"  STRONG {match.kind:18} {match.matched_text!r:32} <- {title[:90]!r}")
    for title, match in [h for h in hits if h[1].needs_context][:examples]:
        print(f"  weak   {match.kind:18} {match.matched_text!r:32} <- {title[:90]!r}")
    team_matches = find_teams(titles, catalogue)
    any_team = [(t, ms) for t, ms in zip(titles, team_matches) if ms]
    pairs = [(t, ms) for t, ms in any_team if len({m.display_name for m in ms}) >= 2]
    print(f"titles with a team: {len(any_team)} ({len(any_team) / len(titles):.2%}); with two or more "
          f"teams: {len(pairs)} ({len(pairs) / len(titles):.2%})")
    for title, ms in pairs[:examples]:
        print(f"  PAIR {[m.matched_text for m in ms]!r:48} <- {title[:90]!r}")
    for title, ms in [p for p in any_team if len({m.display_name for m in p[1]}) < 2][:examples]:
        print(f"  team {[m.matched_text for m in ms]!r:48} <- {title[:90]!r}")


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

    works, teams, games, counts = build(git_dirs)
    args.out.mkdir(parents=True, exist_ok=True)
    # Teams share the file: a name can have two rows, a work's and a team's.
    write_tsv(args.out / "works.tsv.gz", WORK_COLUMNS, sorted(
        (name, entry.display_name, entry.kind, "1" if entry.needs_context else "0", entry.source)
        for names in (works, teams) for name, entry in names.items()))
    write_tsv(args.out / "game_titles.tsv.gz", GAME_COLUMNS, sorted(games.items()))

    print(f"works: {len(works)}; teams: {len(teams)}; game titles kept as blockers: {len(games)}; "
          f"{dict(counts)}")
    by_kind = Counter((e.kind, e.needs_context) for e in (*works.values(), *teams.values()))
    for kind in sorted({k for k, _ in by_kind}):
        total = by_kind[kind, False] + by_kind[kind, True]
        print(f"  {kind:20} {total:6}  needs_context {by_kind[kind, True]}")
    print("  by source:", dict(Counter(e.source for e in works.values())))
    print("  teams by source:", dict(Counter(e.source for e in teams.values())),
          f"({len({e.display_name for e in teams.values()})} teams)")
    if args.dev_titles:
        report_dev_titles(args.dev_titles, works, teams, games, args.examples)


if __name__ == "__main__":
    main()
