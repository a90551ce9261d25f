"""Synthetic training corpus for the local judge's title classifier.

Written for this project and kept apart from both evaluation sets: it does not read the simulator's
title templates, and ``data/handlabelled.csv`` is never used for training (a test checks that no
hand-labelled title occurs here). Titles are composed from names and phrasings in six languages
(en, es, pt, de, fr, it), wrapped in the packaging streamers use (emoji, caps, tags, claims), and
placed in categories so the classifier learns whether a title fits where it is streamed.
Licence claims are attached only to violations, so such a claim can never read as "safe".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

FILMS = [
    "Oppenheimer", "Dune Part Two", "Barbie", "The Godfather", "Inside Out 2", "Deadpool and Wolverine", "Interstellar",
    "Titanic", "Avatar The Way of Water", "Shrek 2", "Toy Story 4", "The Matrix", "John Wick 4", "Gladiator II", "Wicked",
    "Moana 2", "Top Gun Maverick", "Joker Folie a Deux", "Frozen II", "Coco", "Spirited Away", "Parasite",
    "Cidade de Deus", "El laberinto del fauno", "Intouchables", "Das Boot", "La vita e bella", "Tropa de Elite",
    "Mad Max Fury Road", "The Batman", "Spider-Man No Way Home", "Avengers Endgame", "Kung Fu Panda 4", "Minions",
    "Harry Potter and the Goblet of Fire", "The Lord of the Rings The Two Towers", "Jurassic World", "Fast X",
    "Mission Impossible Dead Reckoning", "Venom The Last Dance", "Alien Romulus", "Beetlejuice Beetlejuice",
    "Twisters", "The Wild Robot", "Nosferatu", "Anora", "Conclave", "Civil War", "Godzilla x Kong",
]
SERIES = [
    "Breaking Bad", "Game of Thrones", "The Office", "Friends", "The Simpsons", "One Piece", "Naruto Shippuden",
    "Stranger Things", "La Casa de Papel", "Dark", "Squid Game", "The Bear", "House of the Dragon", "The Boys",
    "Family Guy", "South Park", "Dragon Ball Z", "Attack on Titan", "El Chavo del 8", "Lupin", "Gomorra", "Elite",
    "Rick and Morty", "Bluey", "Peppa Pig", "Doctor Who", "Grey's Anatomy", "Suits", "Prison Break", "Vikings",
    "The Walking Dead", "Bleach", "Jujutsu Kaisen", "Demon Slayer", "Chainsaw Man", "Tatort", "Skam", "Caillou",
    "How I Met Your Mother", "Modern Family", "Brooklyn Nine-Nine", "The Sopranos", "Succession", "Severance",
]
CLUBS = [
    "Real Madrid", "Barcelona", "Atletico Madrid", "Man City", "Liverpool", "Arsenal", "Chelsea", "Man United",
    "Tottenham", "PSG", "Marseille", "Lyon", "Bayern", "Dortmund", "Leverkusen", "Juventus", "Inter", "Milan",
    "Napoli", "Roma", "Flamengo", "Palmeiras", "Corinthians", "Sao Paulo", "Boca Juniors", "River Plate", "America",
    "Chivas", "Benfica", "Porto", "Sporting", "Ajax", "Galatasaray", "Fenerbahce", "Sevilla", "Betis", "Vasco",
    "Gremio", "Santos", "Cruz Azul", "Brazil", "Argentina", "France", "Spain", "Germany", "Italy", "Portugal",
    "England", "Mexico", "Lakers", "Celtics", "Warriors", "Knicks", "Heat", "Bucks", "Nuggets", "Chiefs", "Eagles",
    "Cowboys", "49ers", "Bills", "Ravens", "Maple Leafs", "Oilers", "Yankees", "Dodgers",
]
LEAGUES = [
    "Premier League", "La Liga", "Champions League", "Serie A", "Bundesliga", "Ligue 1", "Brasileirao",
    "Libertadores", "Liga MX", "NBA", "NFL", "NHL", "MLB", "Copa del Rey", "Europa League", "Formula 1",
    "MotoGP", "Super Bowl", "World Cup qualifiers", "Copa America", "NBA Finals", "Stanley Cup playoffs",
]
RACES = ["Monaco GP", "Silverstone Grand Prix", "Interlagos GP", "Monza Grand Prix", "Spa GP", "Las Vegas GP"]
FIGHTERS = [
    "Canelo", "Usyk", "Fury", "Joshua", "Crawford", "Inoue", "Jake Paul", "Tyson", "McGregor", "Jon Jones",
    "Adesanya", "Pereira", "Makhachev", "Poirier", "Holloway", "O'Malley", "Topuria", "Volkanovski", "Chimaev",
    "Gaethje", "Benavidez", "Garcia", "Haney", "Davis", "Bivol", "Beterbiev",
]
FIGHT_EVENTS = ["UFC 311", "UFC 309", "UFC 320", "UFC 315", "Bellator 300", "PFL Finals", "Misfits Boxing 20", "WrestleMania", "Royal Rumble", "Riyadh Season card"]
ARTISTS = [
    "Taylor Swift", "Drake", "Bad Bunny", "The Weeknd", "Beyonce", "Kendrick Lamar", "Billie Eilish", "Dua Lipa",
    "Rosalia", "Anitta", "Shakira", "Karol G", "Coldplay", "Metallica", "Rammstein", "Stromae", "Maneskin",
    "Eminem", "BTS", "Ed Sheeran", "Sabrina Carpenter", "Travis Scott", "Peso Pluma", "Aya Nakamura", "Helene Fischer",
    "Vasco Rossi", "Marilia Mendonca", "Feid", "Linkin Park", "Queen",
]
GAMES = [
    "Fortnite", "Minecraft", "League of Legends", "Valorant", "Counter-Strike 2", "GTA V", "Elden Ring", "Apex Legends",
    "Dota 2", "World of Warcraft", "Baldur's Gate 3", "Hollow Knight", "Stardew Valley", "Rust", "Dead by Daylight",
    "Escape from Tarkov", "Overwatch 2", "Call of Duty Warzone", "Pokemon Scarlet", "The Legend of Zelda",
    "Hades II", "Balatro", "Lethal Company", "Path of Exile 2", "Marvel Rivals", "Old School RuneScape", "Terraria",
    "Cyberpunk 2077", "Resident Evil 4", "Silent Hill 2", "Street Fighter 6", "Tekken 8", "Rocket League",
]
# Games named after films, series or sports: the hard negatives of a title-only reading.
LICENSED_GAMES = [
    "Spider-Man 2", "The Last of Us Part I", "Hogwarts Legacy", "Star Wars Jedi Survivor", "Jurassic World Evolution 2",
    "Dragon Ball Sparking Zero", "One Piece Odyssey", "Naruto Storm 4", "Batman Arkham Knight", "Alien Isolation",
    "The Walking Dead", "Back to the Future", "Mad Max", "Ghostbusters", "Lord of the Rings Return to Moria",
]
SPORTS_GAMES = {
    "football": ["EA Sports FC 25", "EA Sports FC 26", "eFootball 2025", "Football Manager 2024", "FIFA 23"],
    "basketball": ["NBA 2K25", "NBA 2K26"],
    "american_football": ["Madden NFL 25", "Madden NFL 26", "College Football 25"],
    "fighting": ["EA Sports UFC 5", "Undisputed", "WWE 2K24", "WWE 2K25"],
    "racing": ["F1 24", "F1 25", "Gran Turismo 7", "Forza Motorsport", "iRacing"],
    "hockey": ["NHL 25"],
    "baseball": ["MLB The Show 25"],
}
ESPORTS = [
    ("League of Legends", ["LEC", "LCK", "Worlds", "MSI", "LCS", "CBLOL"], ["T1", "Gen.G", "G2", "Fnatic", "KOI", "paiN", "LOUD"]),
    ("Valorant", ["VCT Masters", "VCT Champions", "VCT Americas"], ["Sentinels", "LOUD", "Fnatic", "Team Heretics", "Paper Rex"]),
    ("Counter-Strike 2", ["IEM Katowice", "BLAST Premier", "PGL Major", "ESL Pro League"], ["NaVi", "FaZe", "Vitality", "MOUZ", "Spirit", "FURIA"]),
    ("Rocket League", ["RLCS"], ["Karmine Corp", "Team BDS", "Falcons"]),
    ("Street Fighter 6", ["EVO", "Capcom Cup"], ["Punk", "Daigo", "MenaRD"]),
]
DEAD_CATEGORIES = [
    "Artifact", "Dota Underlords", "Hyper Scape", "Bleeding Edge", "Rumbleverse", "Spellbreak", "Knockout City",
    "Paladins", "Realm Royale", "Darwin Project", "Islands of Nyne", "Battlerite", "Radical Heights", "The Culling",
    "Concord", "Cube Escape", "Solitaire", "Desert Bus", "Chess Ultra", "Tetris Effect",
]
NON_GAME = ["Just Chatting", "Just Chatting", "IRL", "Talk Shows & Podcasts", "Special Events", "Travel & Outdoors"]
DJS, MUSIC, SPORTS = "DJs", "Music", "Sports"

PODCASTS = ["The Lobby", "Couch Co-op", "Mesa Redonda", "Fim de Papo", "Stammtisch", "Le Comptoir", "Il Salotto",
            "Respawn Radio", "Off the Record", "Late Checkout", "Pixel Talk", "Sobremesa"]
TOPICS = ["hardware prices", "our worst jobs", "the trade deadline", "dating stories", "indie picks of the month",
          "mailbag", "AI art drama", "tournament recap", "what we are playing", "listener questions", "cooking fails"]
LICENCE_CLAIMS = [
    "(licensed)", "100% legal", "with permission", "no copyright", "dmca free", "official rights", "legal stream",
    "con licencia", "com licenca", "lizenziert", "sous licence", "con licenza", "all rights to the owners",
    "fair use", "no copyright infringement intended",
]
EMOJI = ["", "", "", "🔴", "🍿", "⚽", "🥊", "🎬", "🎵", "🔥", "👀", "✅", "‼️", "🏀", "📺"]
CHAT_BAITS = ["", "", "", "!drops", "| !discord", "#ad", "!socials", "come hang", "vibes", "drop a follow", "day 12", "LIVE"]


class Phrase(str):
    """A generated title that remembers which template wrote it (for a template-disjoint split)."""

    template: str = ""


def _pick(rng: random.Random, family: str, templates: list[str]) -> Phrase:
    index = rng.randrange(len(templates))
    phrase = Phrase(templates[index])
    phrase.template = f"{family}:{index}"
    return phrase


def _season_episode(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 9), rng.randint(1, 22)


def _film_tv(rng: random.Random) -> Phrase:
    film, show = rng.choice(FILMS), rng.choice(SERIES)
    s, e = _season_episode(rng)
    year = rng.randint(1994, 2025)
    return _pick(rng, "film_tv", [
        f"{film} full movie", f"{film} ({year}) FULL MOVIE", f"watch {film} full film free", f"{film} complete movie HD",
        f"{film} entire film 1080p", f"movie night: {film} (whole movie)", f"{show} all episodes marathon",
        f"{show} S{s:02d}E{e:02d} full episode", f"{show} season {s} complete", f"{show} s{s}e{e} 720p",
        f"{show} 24/7 nonstop", f"binge watching {show} season {s}", f"{show} episodes back to back all night",
        f"{film} pelicula completa en español", f"ver {film} pelicula completa gratis", f"{film} película completa latino HD",
        f"{show} capitulo {e} completo latino", f"{show} temporada {s} completa", f"{show} capítulos completos 24/7",
        f"{film} filme completo dublado", f"assistir {film} filme completo grátis", f"{show} episódio {e} completo legendado",
        f"{show} todos os episódios", f"{film} filme dublado HD", f"{show} temporada {s} episódio {e} dublado",
        f"{film} ganzer Film deutsch", f"{film} kompletter Film auf Deutsch", f"{show} alle Folgen am Stück",
        f"{show} Staffel {s} Folge {e}", f"{film} Film komplett HD", f"{show} ganze Folge deutsch",
        f"{film} film complet en français", f"{film} film entier VF", f"{show} saison {s} épisode {e} VOSTFR",
        f"{show} l'intégrale", f"{film} film complet gratuit", f"{show} épisodes complets 24h/24",
        f"{film} film completo in italiano", f"{show} stagione {s} episodio {e} completo", f"{show} tutti gli episodi",
        f"{film} film completo ITA HD", f"{show} episodi completi sub ita", f"{film} CAM rip", f"{film} WEBRip x265",
        f"{show} {s}x{e:02d}", f"{film} HDCAM new", f"watching {film} on netflix with chat", f"{show} dubbed all episodes",
        f"{film} tam izle", f"{film} cały film", f"{film} volledige film", f"{film} полный фильм",
    ])


def _live_sports(rng: random.Random) -> Phrase:
    a, b = rng.sample(CLUBS, 2)
    league, race = rng.choice(LEAGUES), rng.choice(RACES)
    return _pick(rng, "live_sports", [
        f"{a} vs {b} LIVE", f"{a} vs {b} live stream free", f"{league}: {a} vs {b} full match", f"{a} v {b} live HD",
        f"{a} - {b} live {league}", f"{league} live now {a} vs {b}", f"{a} vs {b} full game replay", f"{race} full race live",
        f"{league} {race} live stream", f"{a} vs {b} en vivo", f"{a} vs {b} partido completo", f"ver {a} vs {b} en vivo gratis",
        f"{a} contra {b} en directo", f"{league} en vivo {a} - {b}", f"{a} x {b} ao vivo", f"{a} x {b} jogo completo",
        f"assistir {a} x {b} ao vivo grátis", f"{league} ao vivo: {a} x {b}", f"{a} gegen {b} live", f"{a} - {b} ganzes Spiel",
        f"{league} live {a} gegen {b} kostenlos", f"{a} vs {b} en direct", f"{a} - {b} match complet", f"{league} en direct {a} {b}",
        f"{a} - {b} in diretta", f"{a} {b} partita completa", f"{league} diretta {a} - {b} gratis", f"{a} vs {b} ESPN feed",
        f"{a} vs {b} Sky Sports HD", f"{a} vs {b} DAZN live", f"{league} 1080p {a} vs {b}", f"{a} vs {b} canlı maç izle",
        f"{a} vs {b} mecz na żywo", f"{league} 24/7 live matches", f"{a} vs {b} stream", f"{race} en vivo Formula 1",
        f"Formula 1 {race} ao vivo", f"{a} vs {b} live feed no delay",
    ])


def _ppv(rng: random.Random) -> Phrase:
    f1, f2 = rng.sample(FIGHTERS, 2)
    event = rng.choice(FIGHT_EVENTS)
    return _pick(rng, "ppv", [
        f"{event} LIVE", f"{event} main card free", f"{event} PPV stream", f"{f1} vs {f2} live fight", f"{f1} vs {f2} full fight",
        f"{event} prelims + main card", f"{f1} vs {f2} PPV free HD", f"{event} {f1} vs {f2} live", f"{f1} vs {f2} boxing live",
        f"{f1} vs {f2} pelea en vivo", f"{event} en vivo gratis", f"{f1} vs {f2} pelea completa", f"{f1} x {f2} luta ao vivo",
        f"{event} ao vivo card completo", f"{f1} x {f2} luta completa", f"{f1} gegen {f2} Kampf live", f"{event} live kostenlos",
        f"{f1} vs {f2} combat en direct", f"{event} en direct gratuit", f"{f1} vs {f2} incontro completo", f"{event} in diretta",
        f"{event} pay per view", f"{f1} vs {f2} title fight live stream", f"{event} full event replay",
    ])


def _music(rng: random.Random) -> Phrase:
    artist = rng.choice(ARTISTS)
    year = rng.randint(2015, 2026)
    return _pick(rng, "music", [
        f"{artist} full album", f"{artist} - new album full listening", f"{artist} discography 24/7", f"{artist} greatest hits nonstop",
        f"{artist} full concert 1080p", f"top 100 hits {year} playlist", "billboard hot 100 this week full", f"{artist} album leak",
        f"{artist} álbum completo", f"{artist} grandes éxitos mix", f"éxitos {year} sin parar", f"{artist} concierto completo",
        f"{artist} álbum completo 24h", f"{artist} sucessos", f"{artist} show completo ao vivo", f"as mais tocadas {year} 24/7",
        f"{artist} ganzes Album", f"{artist} Konzert komplett", f"Charts {year} nonstop", f"{artist} album complet",
        f"{artist} concert complet", f"tubes {year} 24h/24", f"{artist} album intero", f"{artist} concerto completo",
        f"{artist} radio 24/7 all the hits", f"{artist} Eras tour full show", f"{artist} entire album on repeat",
    ])


def _none(rng: random.Random) -> tuple[Phrase, str]:
    """A title that is not a violation, with the category it belongs in."""
    game = rng.choice(GAMES)
    sport = rng.choice(list(SPORTS_GAMES))
    sports_game = rng.choice(SPORTS_GAMES[sport])
    a, b = rng.sample(CLUBS, 2)
    f1, f2 = rng.sample(FIGHTERS, 2)
    film, show, artist = rng.choice(FILMS), rng.choice(SERIES), rng.choice(ARTISTS)
    licensed = rng.choice(LICENSED_GAMES)
    esport_game, leagues, teams = rng.choice(ESPORTS)
    t1, t2 = rng.sample(teams, 2)
    n = rng.randint(1, 400)
    kind = rng.random()
    if kind < 0.26:
        return _pick(rng, "gaming", [
            f"{game} ranked grind", f"{game} blind playthrough part {n % 20 + 1}", f"first time playing {game}!",
            f"{game} speedrun attempts", f"chill {game} with chat", f"{game} road to top 500", f"jugando {game} con subs",
            f"jogando {game} até zerar", f"{game} zocken mit euch", f"on joue à {game}", f"giochiamo a {game}",
            f"{game} new season day 1", f"{game} hardcore run", f"{game} w/ friends", f"{game} 100% completion",
            f"{game} modded", f"{game} all bosses no hit", f"{game} late night", f"{game} tryhard customs",
        ]), game
    if kind < 0.42:
        title = _pick(rng, "sports_game", [
            f"{sports_game} ultimate team {a} vs {b}", f"{sports_game} career mode with {a}", f"{sports_game} {a} vs {b} ranked",
            f"{sports_game} weekend league live", f"{sports_game} pack opening", f"{sports_game} franchise mode {a}",
            f"{sports_game} MyCareer ep {n}", f"{sports_game} pro clubs with viewers", f"{sports_game} {f1} vs {f2} ranked",
            f"{sports_game} career {rng.choice(RACES)}", f"{sports_game} online league race", f"{sports_game} division rivals",
            f"{sports_game} modo carreira {a}", f"{sports_game} modo carrera {a}", f"{sports_game} Karriere mit {a}",
            f"{sports_game} mode carrière {a}", f"{sports_game} carriera {a}", f"{a} vs {b} on {sports_game}",
            f"{sports_game} {a} x {b} online", f"{sports_game} draft", f"{sports_game} live",
        ])
        return title, sports_game
    if kind < 0.55:
        title = _pick(rng, "reaction", [
            f"reacting to the {film} trailer", f"{film} ending explained", f"{film} review + discussion", f"{show} theories with chat",
            f"{a} vs {b} watchalong (no footage)", f"{a} vs {b} live reaction, no game footage", f"{f1} vs {f2} predictions",
            f"{f1} vs {f2} breakdown", f"reaccionando al {a} vs {b} sin imágenes", f"reagindo ao jogo do {a} sem imagens",
            f"{a} - {b} Reaktion ohne Bilder", f"réaction {a} {b} sans images", f"reazione {a} {b} senza immagini",
            f"{league_pick(rng)} predictions and tier list", f"{show} season {rng.randint(1, 5)} recap", f"{artist} new album reaction",
            f"reacting to {a} vs {b} highlights", f"{film} analysis", f"hablando de {show}", f"falando sobre {film}",
            f"{a} vs {b} just commentary, audio only", f"{f1} vs {f2} weigh in reaction",
        ])
        return title, rng.choice(["Just Chatting", "Just Chatting", SPORTS, "Talk Shows & Podcasts"])
    if kind < 0.63:
        title = _pick(rng, "podcast", [
            f"The Morning Show podcast ep. {n}", f"episode {n}: we talk games", f"podcast episodio {n}", f"{show} podcast episode {n}",
            f"talk show #{n} with guests", f"Folge {n} unseres Podcasts", f"épisode {n} du podcast", f"podcast ep {n} Q&A",
            f"{a} fan podcast ep {n}", f"movie club podcast: {film} episode {n}",
            f"{rng.choice(PODCASTS)} S{n % 6 + 1}E{n % 30 + 1}: {rng.choice(TOPICS)}",
            f"{rng.choice(PODCASTS)} s{n % 6 + 1}e{n % 30 + 1} - {rng.choice(TOPICS)}",
            f"{rng.choice(PODCASTS)} #{n} | {rng.choice(TOPICS)}", f"{rng.choice(PODCASTS)} episodio {n}: {rng.choice(TOPICS)}",
        ])
        return title, rng.choice(["Talk Shows & Podcasts", "Just Chatting"])
    if kind < 0.69:
        title = _pick(rng, "charity", [
            "24h charity marathon for St Jude", "Extra Life 24 hour stream for kids", f"Spendenmarathon für {game}",
            f"marathon caritatif {game}", "maratona beneficente 24h", "charity speedrun marathon", "GDQ style marathon",
            "maratón benéfico 12 horas", f"fundraiser stream {game} all day", f"subathon day {n % 30 + 1}",
        ])
        return title, rng.choice([game, "Just Chatting", "Special Events"])
    if kind < 0.76:
        league = rng.choice(leagues)
        title = _pick(rng, "esports", [
            f"{league} watch party {t1} vs {t2}", f"{league} co-stream {t1} vs {t2}", f"{t1} vs {t2} {league} live costream",
            f"{league} finals watch party", f"watch party {league} con la comunidad", f"{league} costream ao vivo {t1} x {t2}",
        ])
        return title, esport_game
    if kind < 0.84:
        title = _pick(rng, "licensed_game", [
            f"{licensed} full game playthrough", f"{licensed} full game no commentary", f"{licensed} part {n % 12 + 1}",
            f"{licensed} first time", f"{licensed} gameplay walkthrough", f"{licensed} story mode", f"{licensed} 100% run",
            f"{licensed} jogando pela primeira vez", f"{licensed} partie {n % 9 + 1}",
        ])
        return title, licensed
    if kind < 0.90:
        title = _pick(rng, "own_music", [
            "house music dj set", "techno vinyl set", "original songs and piano covers", "making beats in FL Studio",
            "lofi beats to study (royalty free)", f"singing {artist} covers", "guitar practice", "karaoke night with chat",
            "my new EP listening", "producing a track from scratch", "drum practice", "DJ set ao vivo", "cantando con el chat",
        ])
        return title, rng.choice([DJS, MUSIC, MUSIC])
    if kind < 0.96:
        title = _pick(rng, "chatting", [
            "chatting with chat", "morning coffee stream", "IRL walk in Tokyo", "cooking pasta", "Q&A and chill",
            "ranking your setups", "charla con el chat", "bate papo com a galera", "quatschen mit euch", "on discute",
            "chiacchiere con la chat", f"{show} fan art", f"drawing {film} characters", "study with me", "gym day",
        ])
        return title, rng.choice(NON_GAME + ["Art", "Food & Drink", "Fitness & Health"])
    # Legitimate moves into a small game: an ordinary game title in a near-dead category.
    dead = rng.choice(DEAD_CATEGORIES)
    return _pick(rng, "small_game", [f"trying {dead} again", f"{dead} is back?", f"playing {dead} for old times", f"{dead} ranked", f"random {dead} run"]), dead


def league_pick(rng: random.Random) -> str:
    return rng.choice(LEAGUES)


def _violation_category(rng: random.Random, label: str) -> str:
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(DEAD_CATEGORIES)
    if roll < 0.65:
        return rng.choice(NON_GAME)
    if label in ("live_sports", "ppv") and roll < 0.85:
        return SPORTS
    if label == "music" and roll < 0.85:
        return MUSIC
    return rng.choice(GAMES)


def _package(rng: random.Random, title: str, violation: bool) -> str:
    if rng.random() < 0.3:
        title = title.upper()
    elif rng.random() < 0.3:
        title = title.lower()
    parts = [rng.choice(EMOJI), title, rng.choice(EMOJI)]
    if violation and rng.random() < 0.12:
        parts.append(rng.choice(LICENCE_CLAIMS))
    if rng.random() < 0.25:
        parts.append(rng.choice(CHAT_BAITS))
    return " ".join(p for p in parts if p).strip()


@dataclass(frozen=True)
class Example:
    title: str
    game_name: str
    label: str
    template: str


_GENERATORS = {"film_tv": _film_tv, "live_sports": _live_sports, "ppv": _ppv, "music": _music}
CLASS_SHARES = {"film_tv": 0.16, "live_sports": 0.16, "ppv": 0.09, "music": 0.09, "none": 0.50}


def generate(n: int = 24_000, seed: int = 20261126) -> list[Example]:
    rng = random.Random(seed)
    examples = []
    for label, share in CLASS_SHARES.items():
        for _ in range(int(n * share)):
            if label == "none":
                title, category = _none(rng)
                examples.append(Example(_package(rng, title, False), category, "none", title.template))
            else:
                title = _GENERATORS[label](rng)
                examples.append(Example(_package(rng, title, True), _violation_category(rng, label), label, title.template))
    rng.shuffle(examples)
    return examples
