"""The explicit rules: multilingual cues over normalised titles (see ``text.normalise``).

Each cue is a regular expression over normal-form text (lower case, no accents, single spaces),
what it suggests, how strongly, and the reason a person reads. Languages: en, es, pt, de, fr, it,
with a few nl, tr, pl and ru phrasings seen on pirate streams. Weights are points on a 0-100 scale.

A cue's ``kind`` is a violation type (film_tv, live_sports, ppv, music), ``generic`` (pirate
packaging that strengthens whatever type the title already points at), or ``negative`` (a hard
negative that lowers the types in ``against``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from twitch_assets.compliance.text import fold_accents

VIOLATION_TYPES = ("film_tv", "live_sports", "ppv", "music")
ALL_TYPES = (*VIOLATION_TYPES, "none")
GENERIC = "generic"
NEGATIVE = "negative"


@dataclass(frozen=True)
class Cue:
    name: str
    kind: str
    weight: float
    reason: str
    pattern: str
    against: tuple[str, ...] = ()
    reads: str = "text"  # "text": the title and tags; "category": the category's name
    # Evidence of copyrighted content (a whole work offered, a real event or feed named), as opposed
    # to talk about a kind of content ("movie night", "music", "A vs B"), which only suggests.
    evidence: bool = False

    @property
    def bounded(self) -> str:
        return bounded(self.pattern)

    @property
    def regex(self) -> re.Pattern:
        return re.compile(self.bounded)


def bounded(pattern: str) -> str:
    """Whole words only. Normal-form text is words and single spaces, so a space or an end is a word
    boundary; the same pattern runs in Python's ``re`` and in DuckDB's RE2 (no look-behind there)."""
    return f"(?:^| )(?:{fold_accents(pattern)})(?: |$)"


def _any(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


_FILM = _any("movie", "movies", "film", "films", "filme", "filmes", "pelicula", "peliculas", "peli", "pelis", "filmu", "фильм",
             "фільм", "phim", "फिल्म", "فيلم", "영화", "映画", "电影", "電影", "หนัง", "ภาพยนตร์", "filmi", "elokuva")
_EPISODE = _any("episode", "episodes", "episodio", "episodios", "capitulo", "capitulos", "folge", "folgen", "afl")
_SEASON = _any("season", "temporada", "staffel", "saison", "stagione", "seizoen", "sezon")
_MATCH = _any(
    "match", "partido", "jogo", "partida", "partita", "spiel", "wedstrijd", "mac", "mecz", "race",
    "carrera", "corrida", "rennen", "gara", "grand prix",
)
_FIGHT = _any("fight", "pelea", "luta", "combat", "kampf", "incontro", "bout", "card")
# "in full": with a film, episode, match or album word a few words away, a whole work is offered.
_IN_FULL = _any("completo", "completa", "completos", "completas", "completi", "complete", "complet", "komplett",
                "entero", "entera", "inteiro", "inteira", "intero", "intera", "integral", "integrale", "كامل", "پوری",
                "पूरी", "full movie", "tam", "tron bo", "전편", "完整版", "풀버전", "풀영상", "كاملة",
                "en entier", "in full", "in voller lange", "full length", "caly", "cala", "cały", "cała", "целиком",
                "полностью")
_SERIES = _any(_EPISODE, _SEASON, "serie", "series", "serial", "odcinek", "cartoni animati", "dibujos animados",
               "desenhos animados", "cartoons", "anime")


def _offered_whole(noun: str) -> str:
    """``noun`` and an "in full" word within a few words of each other, in either order."""
    return _any(rf"{noun} (?:[^ ]+ ){{0,3}}{_IN_FULL}", rf"{_IN_FULL} (?:[^ ]+ ){{0,2}}{noun}")


_LIVE = _any(
    "live", "en vivo", "en directo", "directo", "ao vivo", "en direct", "in diretta", "diretta", "live stream",
    "livestream", "canli", "canli izle", "canli yayin", "na zywo", "transmisja", "transmision", "transmissao", "прямой эфир",
    "трансляция", "онлайн", "прямий ефір", "truc tiep", "zive", "nazivo", "بث مباشر", "생중계", "실시간 중계", "중계", "直播", "生中継",
)
# Numbered episodes ("ep 41", "episode 225"): a podcast's or talk show's as much as a series'.
_EPISODE_WORDS = _any("episode", "episodio", "ep", "eps", "folge", "afl", "capitulo", "cap", "episod", "odcinek")
# Words that name films or series themselves (not their episodes).
_FILM_NAMES = _any(_FILM, "series", "serie", "sitcom", "cartoon", "cartoons", "anime", "tv show", "novela",
                   "telenovela", "dizi", "cinema", "cine", "kino", "netflix", "hbo", "مسلسل", "드라마", "电视剧", "ドラマ",
                   "アニメ", "动画", "сериал")
_VERSUS = r"[^ ][^ ]*(?: [^ ]+){0,3} (?:vs|v|x|contra|gegen|contre|versus|против) [^ ]+(?: [^ ]+){0,3}"
_SPORTS_GAME_NAMES = _any(
    r"ea (?:sports )?fc(?: \d\d)?", r"fc \d\d", r"fifa(?: \d\d)?", r"nba 2k\d*", r"2k\d\d", r"madden(?: nfl)?(?: \d\d)?",
    r"ufc [1-6]", r"ea sports ufc", r"f1 (?:20)?\d\d", r"f1 manager", r"nhl (?:20)?\d\d", "mlb the show", "efootball",
    r"pes 20\d\d", r"football manager", r"fm ?\d\d", r"wwe 2k\d*", "undisputed", "fight night champion",
    "rocket league", "gran turismo", r"forza(?: motorsport| horizon)?", "iracing", r"motogp \d\d",
    r"college football(?: \d\d)?", r"pga tour 2k\d*", r"top spin 2k\d*", "tiebreak", r"cricket \d\d", "inazuma eleven", r"captain tsubasa(?: rise of new champions| ace)?",
    "ultimate team", "fut", "myteam", "mycareer", "career mode", "modo carreira", "modo carrera", "pro clubs",
    "weekend league", "division rivals", "franchise mode", "pack opening", "draft champions", "rush mode",
)
_ESPORTS = _any(
    "lec", "lck", "lcs", "lpl", "worlds", "msi", "vct", "valorant champions", "masters", "major", "iem", "blast",
    "esl", "pgl", "the international", "dreamhack", "evo", "rlcs", "cdl", "owl", "lol esports", "cblol", "lla",
    "superliga", "prime league", "lfl", "esports", "e sports",
)

CUES: tuple[Cue, ...] = (
    # --- films and television ---------------------------------------------------------------
    Cue("full_film", "film_tv", 60, "announces a full film or series",
        _any(rf"full {_FILM}", rf"full (?:hd |fhd |4k |1080p )?{_FILM}", rf"(?:entire|whole|complete) {_FILM}", rf"{_FILM} complet(?:o|a|e|os|as|es)?",
             rf"{_FILM} completos", rf"ganze[nr]? {_FILM}", rf"{_FILM} komplett", rf"volledige {_FILM}",
             rf"caly {_FILM}", r"(?:full|tam) (?:film )?izle", r"tek parca", r"film izle", r"полный фильм",
             r"фильм целиком", r"смотреть фильм", rf"{_FILM} en entier", rf"{_FILM} integral", r"l integrale", r"(?:cine|film|soiree cine) (?:[^ ]+ ){0,8}en entier",
             _offered_whole(_FILM)), evidence=True),
    Cue("full_episode", "film_tv", 55, "announces full episodes or a whole season",
        _any(rf"full {_EPISODE}", rf"{_EPISODE} complet(?:o|a|e|os|as|es)?", rf"ganze {_EPISODE}", rf"alle {_EPISODE}",
             rf"(?:full|complete|whole|entire) {_SEASON}", rf"{_SEASON} complet(?:a|e|as|es)?", rf"ganze {_SEASON}",
             rf"komplette {_SEASON}", rf"all {_EPISODE}", rf"todos os {_EPISODE}", rf"todos los {_EPISODE}",
             rf"tous les {_EPISODE}", r"tutti gli episodi", r"(?:complete|full|whole) series",
             r"serie complet(?:a|e|as|es)?", r"binge(?:watch| watch|ing)?", r"marathon of",
             r"all seasons", r"every season", r"todas (?:las|as) temporadas", r"alle staffeln", r"toutes les saisons",
             r"tutte le stagioni", r"marathon (?:[^ ]+ ){0,3}24 7", r"maraton[a]? (?:[^ ]+ ){0,4}24 7",
             r"(?:ver|assistir|guarda|guardiamo|regarder|schauen) (?:[^ ]+ ){1,6}(?:completa|completo|complet|komplett|en entier)",
             rf"{_FILM} marathon", rf"{_EPISODE} marathon", r"maratona de (?:filmes|series)", r"maraton de (?:peliculas|series)",
             r"full eps?", _offered_whole(_SERIES), r"wszystkie odcinki", r"(?:tum|butun) bolumler", r"все серии",
             r"всі серії", r"全話", rf"{_EPISODE} (?:[^ ]+ ){{0,3}}back to back", r"tutte le puntate", r"todos os capitulos",
             r"todas las temporadas", r"جميع الحلقات", r"全集",
             r"(?:ep|eps|episodio|episode|capitulo|cap) ?\d{1,4} complet(?:o|a|e)", r"เต็มตอน", r"серия полностью",
             r"(?:assistindo|viendo|vendo|watching|guardando|regardant) (?:[^ ]+ ){1,6}(?:completa|completo|complet|full)"),
        evidence=True),
    Cue("episode_code", "film_tv", 50, "carries a season/episode code (S01E02)",
        _any(r"s\d{1,2} ?e\d{1,3}", r"t\d{1,2} ep ?\d{1,3}", r"tap \d{1,4}", r"\d{1,2} сезон \d{1,3} серия",
             r"сезон \d{1,2} серия \d{1,3}", r"الموسم \d{1,2} الحلقة \d{1,3}", r"ตอนที่ \d{1,4}", r"[1-3]?\dx\d{2}", rf"{_SEASON} \d+ {_EPISODE} \d+", rf"{_SEASON} \d+ ep \d+",
             r"t\d{1,2} ?e\d{1,3}", r"cap(?:itulo)? \d+ (?:temporada|t) \d+", r"temp \d+ ep \d+",
             rf"(?:ep|{_EPISODE}) \d+ of {_SEASON} \d+"), evidence=True),
    Cue("dubbed_release", "film_tv", 25, "release dubbing/subtitle tags (dublado, VOSTFR, sub ita)",
        _any("dublado", "legendado", "doblado", "subtitulado", "castellano", "audio latino", "latino hd", "vostfr",
             "vf", "vff", "truefrench", "sub ita", "ita sub", "german dub", "deutsch synchro", "dual audio",
             "multi audio", "legendas", "sous titres", "english sub", "eng sub", "subbed", "dubbed",
             "дубляж", "субтитры", "lektor pl", "napisy pl", "dubbing pl", "dublaj", "turkce dublaj", "altyazili",
             "thuyet minh", "long tieng", "vietsub", "مدبلج", "مترجم", "더빙", "자막", "中字", "中文字幕", "字幕", "吹き替え",
             "pt br dublado", "hindi dubbed", "tamil dubbed"), evidence=True),
    Cue("watch_free", "film_tv", 40, "offers something to watch for free or online",
        # (the title's start only: its end is not the text's end once tags are appended)
        _any(r"^(?:watch|regarder|ver|assistir|guarda|schauen|смотреть|izle|mira|xem|nonton|tonton) (?:[^ ]+ ){1,6}"
             r"(?:free|gratuit|gratis|gratuito|kostenlos|бесплатно|онлайн|bedava|online|streaming)",
             r"complet[oa] gratis", r"gratis complet[oa]", r"completo gratuito", r"full free",
             r"смотреть онлайн", r"online izle", r"izle online", r"streaming ita", r"streaming vf", r"en streaming gratuit"),
        evidence=True),
    Cue("streaming_service", "film_tv", 20, "names a paid streaming service",
        _any("netflix", "hbo", "hbo max", "disney plus", "disney", "prime video", "amazon prime", "hulu",
             "paramount plus", "paramount", "peacock", "apple tv", "crunchyroll", "star plus", "globoplay",
             "canal plus", "now tv", "sky cinema", "max original")),
    Cue("film_words", "film_tv", 15, "talks about films or series",
        _any(_FILM, _EPISODE, _SEASON, "series", "serie", "sitcom", "cartoon", "cartoons", "anime", "tv show",
             "show completo", "novela", "telenovela", "dizi", "cinema", "cine", "kino", "movie night",
             "noche de peliculas", "sessao de cinema", "sessao da tarde", "soiree film", "filmabend", "kinoabend",
             "serata film", "смотрим", "кино", "مسلسل", "드라마", "电视剧", "ドラマ", "アニメ", "сериал")),
    # --- live sports ------------------------------------------------------------------------
    Cue("full_match", "live_sports", 55, "announces a full match or race",
        _any(rf"full {_MATCH}", rf"{_MATCH} complet(?:o|a|e|os|as|es)?", rf"{_MATCH} completo", rf"{_MATCH} intera",
             rf"ganzes {_MATCH}", rf"komplettes {_MATCH}", rf"{_MATCH} en entier", rf"volledige {_MATCH}",
             r"full replay", r"match replay", r"mac izle", r"izle mac", r"canli mac", r"mecz na zywo", r"partido en vivo",
             r"jogo ao vivo", r"match en direct", r"spiel live", r"partita in diretta", r"partita live",
             r"матч онлайн", r"futbol en vivo", r"futebol ao vivo", r"football live", r"soccer live",
             _offered_whole(_MATCH)), evidence=True),
    Cue("sports_event", "live_sports", 20, "names a real league, tournament or sports event",
        _any("premier league", "la liga", "laliga", "champions league", "europa league", "ucl", "uefa", "serie a",
             "bundesliga", "ligue 1", "brasileirao", "libertadores", "sudamericana", "copa del rey", "liga mx",
             "mls", "eredivisie", "super lig", "nfl", "nba", "mlb", "nhl", "ncaa", "super bowl", "world cup",
             "copa america", "copa do mundo", "mundial", r"euro 20\d\d", "el clasico", "clasico", "derby",
             "formula 1", "formula one", r"f1 (?:gp|grand prix|race|qualifying|sprint)", "grand prix", "motogp",
             "nascar", "indycar", "wimbledon", "roland garros", "us open", "australian open", "ipl", "t20",
             "six nations", "rugby", "olympics", "olimpiadas", "jogos olimpicos", "tour de france",
             "thursday night football", "monday night football", "sunday night football", "playoffs", "final four",
             "stanley cup", "world series", "nba finals", "ryder cup", "masters golf"), evidence=True),
    Cue("versus_live", "live_sports", 25, "a real fixture (team vs team) announced as live",
        _any(rf"{_VERSUS} {_LIVE}", rf"{_LIVE} {_VERSUS}", rf"{_VERSUS} full game", rf"full game {_VERSUS}"), evidence=True),
    Cue("versus", "live_sports", 10, "names a fixture (A vs B)", _VERSUS),
    Cue("pirate_feed", "live_sports", 40, "a feed sold as a pirate's (no delay, HD feed, no PPV needed)",
        _any("no delay", "sin delay", "sem delay", "без задержки", "bez opoznien", "gecikmesiz", "hd feed", "sky feed",
             "live feed", "tv feed", "clean feed"), evidence=True),
    Cue("sports_broadcaster", "live_sports", 25, "names a sports broadcaster's feed",
        _any("espn", "sky sports", "sky sport", "bt sport", "tnt sports", "dazn", "bein", "bein sports",
             "movistar", "fox sports", "nbc sports", "cbs sports", "sportv", "premiere fc", "tudn", "eurosport",
             "rai sport", "canal plus sport", "star sports", "willow", "supersport", "abc sports", "nfl network",
             "nba tv", "f1 tv", "ppv com", "directv"), evidence=True),
    # --- pay-per-view fights ----------------------------------------------------------------
    Cue("ppv_event", "ppv", 55, "pay-per-view event (PPV, main card, UFC 300)",
        _any("ppv", "pay per view", "main card", "prelims", "early prelims", r"ufc \d{3}", r"ufc fight night",
             "wrestlemania", "royal rumble", "summerslam", "bellator", "pfl", "one championship", "rizin",
             "ksi vs", "misfits boxing", "jake paul", "fight night live", "cartelera completa", "card completo",
             # weekly wrestling shows and MMA promotions: a rights holder's broadcast, whatever the card
             "wwe raw", "monday night raw", "smackdown", "wwe nxt", r"aew (?:dynamite|collision|rampage|all out|all in|revolution|double or nothing|full gear|dynasty|worlds end)",
             r"wwe (?:clash in paris|survivor series|money in the bank|elimination chamber|crown jewel|backlash|bad blood|night of champions)",
             "no ppv needed", "without ppv", "sin ppv", "sem ppv", "free ppv", "ppv free",
             "one fight night", "jungle fight", "prime mma", r"hype fc \d+", r"ksw \d+", r"oktagon \d+", "cage warriors", "bkfc",
             "glory kickboxing"), evidence=True),
    Cue("full_fight", "ppv", 50, "announces a full fight",
        _any(rf"full {_FIGHT}", rf"{_FIGHT} complet(?:o|a)?", rf"ganzer {_FIGHT}", rf"{_FIGHT} intero",
             rf"{_FIGHT} en entier", r"pelea en vivo", r"luta ao vivo", r"combat en direct", r"fight live"), evidence=True),
    Cue("fight_words", "ppv", 15, "talks about a boxing or MMA bout",
        _any("boxing", "boxeo", "boxe", "boxen", "mma", "ufc", "heavyweight", "title fight", "undercard",
             "canelo", "usyk", "fury", "crawford", "inoue", "weigh in", "knockout", "nocaute", "nocaut")),
    # --- music ------------------------------------------------------------------------------
    Cue("full_album", "music", 50, "announces a full album, discography or concert",
        _any(r"full album", r"album complet[oa]?", r"ganzes album", r"komplettes album", r"album intero",
             r"album entier", r"discography", r"discografia", r"discographie", r"diskografie", r"full concert",
             r"concierto completo", r"show completo", r"konzert komplett", r"concerto completo", r"concert complet",
             r"whole album", r"entire album", r"album listening", r"listening party", r"album leak", r"leaked album",
             r"all (?:the|of the|their|his|her) songs", r"todas (?:las|as) (?:canciones|musicas)", r"alle songs",
             r"alle lieder", r"toutes les chansons", r"tutte le canzoni", r"every song", r"cd completo",
             r"as melhores", r"los mejores exitos", r"die besten hits", r"full show", r"tum konser", r"konser tamami",
             r"концерт полностью", r"caly koncert", r"all songs", r"todas as musicas", r"演唱會 完整版", r"演唱会 完整版"), evidence=True),
    Cue("charts_radio", "music", 30, "chart hits or a label radio on repeat",
        _any(r"top \d+ hits", r"greatest hits", r"best hits", r"top hits", r"hot 100", "billboard", r"top 40",
             r"nonstop hits", r"non stop hits", r"exitos", r"sucessos", r"grandes exitos", r"tubes", r"hits 20\d\d",
             r"charts 20\d\d", r"radio hits", r"mix de exitos", r"exitos 20\d\d", r"хиты 20\d\d", r"mas tocadas",
             r"top (?:10|20|40|50|100) (?:global|espana|brasil|mexico|usa|uk|france|italia|deutschland|turkiye|japan|korea|hits|songs)"),
        evidence=True),
    Cue("music_words", "music", 15, "talks about songs, albums or a playlist",
        _any("album", "albums", "playlist", "songs", "canciones", "musicas", "lieder", "chansons", "canzoni",
             "hits", "concert", "concierto", "show ao vivo", "konzert", "concerto", "tour", "setlist", "mixtape",
             "radio", "music", "musica", "musique", "musik")),
    # --- pirate packaging -------------------------------------------------------------------
    Cue("free_access", GENERIC, 15, "offers it for free",
        _any("free", "for free", "gratis", "gratuit", "gratuito", "kostenlos", "umsonst", "bedava", "za darmo",
             "бесплатно", "no ads", "sin anuncios", "sem anuncios", "without subscription", "sin suscripcion", "مجانا",
             "免费", "無料", "무료", "mien phi", "sifresiz")),
    Cue("release_tag", "film_tv", 40, "pirate release tag (CAM, HDTS, WEBRip, WEB-DL, BluRay rip)",
        _any("camrip", "hdcam", "cam rip", "cam version", "ts rip", "hdts", "telesync", "hdtc", "telecine", "web rip", "webrip", "web dl",
             "webdl", "bluray", "blu ray", "brrip", "bdrip", "hdrip", "dvdrip", "dvdscr", "x264", "x265", "hevc", "remux",
             "hdrezka", "rezka", "lordfilm", "kinogo", "filmix", "zetflix",
             # a release year, then how it was recorded: "2025 CAM", "2019 TS"
             r"(?:19|20)\d\d (?:cam|ts|tc|hdcam|hdts)"), evidence=True),
    Cue("release_quality", GENERIC, 15, "release-quality tags (HD, 1080p)",
        _any("hd", "full hd", "fullhd", "fhd", "1080p", "720p", "480p", "2160p", "uhd", "4k hdr", "hq", "高画質", "高清",
             "고화질", "хорошем качестве")),
    Cue("in_full", GENERIC, 15, "promises it in full",
        _any("completo", "completa", "komplett", "entero", "entera", "inteiro", "inteira", "intero", "intera",
             "en entier", "in full", "uncut", "полностью", "целиком", "no breaks", "sin cortes", "sem cortes",
             "ohne unterbrechung", "sans coupure", "senza interruzioni")),
    Cue("always_on", GENERIC, 15, "runs 24/7",
        _any(r"24 7", r"24 7 live", r"24h", r"24 horas", r"24 heures", r"24 stunden", r"24 ore", "nonstop",
             "non stop", "sin parar", "sem parar", "rund um die uhr")),
    # --- hard negatives ---------------------------------------------------------------------
    Cue("reaction", NEGATIVE, 30, "reaction or commentary",
        _any("react", "reacts", "reacting", "reaction", "reactions", "reagindo", "reage", "reagiendo",
             "reaccionando", "reaccion", "reacciona", "reagiert", "reaktion", "reagieren", "reagisco",
             "reazione", "reazioni", "commentary", "commentating", "watchalong", "watch along", "breakdown",
             "analysis", "analisis", "analise", "recap", "review", "reviewing", "predictions", "prediction",
             "pronostico", "prognostico", "pronostics", "tier list", "ranking", "trailer", "trailers", "teaser", "teasers", "rating them", "discussion",
             "discussing", "debate", "talking about", "hablando de", "falando sobre", "on parle de",
             "parliamo di", "wir reden uber", "theory", "theories", "explained", "ending explained", "highlights",
             "preview", "vorschau", "previa", "pre game", "pregame", "post game", "postgame", "avant match",
             "pre partido", "pos jogo", "tepki", "reakcja", "реакция", "resenha", "yorum", "mac onu", "mac sonu",
             "обзор", "разбор", "resena", "recensione", "kritik", "critique", "betting tips", "betting", "apuestas", "apostas",
             "paris sportifs", "pronos", "pronosticos", "palpites", "kicktipp", "tippspiel", "fantasy football",
             "fantasy league", "fantasy premier league", "fantasy nba", "fantasy nfl", "analyse", "analisi", "voorbeschouwing",
             "nabeschouwing", "post partido", "post match", "postmatch", "nach dem spiel", "vor dem spiel", "試合後",
             "感想", "考察", "explicado", "explicada", "spiegato", "overrated", "underrated", "thoughts on",
             "honest thoughts", "lets talk", "let s talk", "we rank", "rank every", "ردة فعل", "تحليل", "fanart", "fan art", "no spoilers",
             "sin spoilers", "sem spoilers", "senza spoiler", "без спойлеров", "spoiler free", "live score",
             "livescore", "assistindo junto", "同時視聴", "一緒に見る", "watch with me"),
        against=VIOLATION_TYPES),
    Cue("no_footage", NEGATIVE, 45, "says no footage is shown",
        _any("no footage", "without footage", "no video", "audio only", "sin imagenes", "sem imagens",
             "ohne bilder", "ohne bild", "sans images", "senza immagini", "no stream of the game",
             "not streaming the game", "no game footage", "just commentary", "solo comentarios",
             "so comentarios", "nur kommentar", "seulement commentaires", "solo commento", "goruntu yok",
             "bez obrazu", "без картинки", "sin video", "sem video", "sem transmissao", "sin transmision",
             "bez transmisji", "no broadcast", "без трансляции", "yayin yok", "no match streaming", "no stream",
             "not streaming", "映像なし", "実況のみ", "بدون صورة", "na sua tv", "en tu tv", "on your tv", "zonder beelden",
             "sin clips", "sem clipes", "no clips", "nao vou passar", "no voy a pasar", "dmca"),
        against=VIOLATION_TYPES),
    Cue("podcast", NEGATIVE, 35, "a podcast or talk show",
        _any("podcast", "pod", "podcasts", "talk show", "late show", "episodio \\d+ del podcast",
             "folge \\d+ podcast", "q and a", "q a", "ama", "just chatting", "chatting", "charla", "papo",
             "bate papo", "quatschen", "discussione",
             # a live recording is not a rebroadcast: "episode 41 (live)", "live episode"
             r"(?:episode|episodio|episodes|ep|folge) \d+ (?:live|ao vivo|en vivo|en direct|in diretta)",
             r"live (?:episode|show|recording|taping)"),
        against=("film_tv",)),
    # Checked against the category, not the title (see signals): a podcast category hosts numbered episodes.
    Cue("podcast_category", NEGATIVE, 40, "streams in a talk-show or podcast category",
        _any("talk shows podcasts", "podcasts", "talk shows"), against=("film_tv",), reads="category"),
    Cue("charity", NEGATIVE, 35, "a charity event or fundraiser",
        _any("charity", "charities", "fundraiser", "fundraising", "st jude", "extra life", "gdq", "games done quick",
             "zevent", "speedons", "spendenmarathon", "spendenstream", "beneficencia", "benefico", "caridade",
             "solidaire", "donations go to", "for a cause", "raising money", "subathon", "doacoes", "donaciones"),
        against=VIOLATION_TYPES),
    Cue("gameplay", NEGATIVE, 30, "describes playing a video game",
        _any("playthrough", "walkthrough", "gameplay", "lets play", "let s play", "speedrun", "speedrunning",
             "blind run", "first time playing", "first playthrough", r"part \d+", r"parte \d+", r"teil \d+",
             "no commentary", "sin comentarios", "sem comentarios", "ohne kommentar", "sans commentaire",
             "senza commento", "bez komentarza",
             r"partie \d+", "no commentary gameplay", "modo historia", "story mode", "campaign", "jogando",
             "jugando", "zocken", "spielen", "on joue", "giocando", "ranked", "rank up", "grind", "grinding",
             "boss", "raid", "dungeon", "mods", "modded", "nuzlocke", "hardcore",
             "ironman", "new game", "dlc", "early access", "season pass",
             "battle pass", "road to", "tryhard", "solo queue", "duos", "squads", "customs", "scrims", "wager"),
        against=VIOLATION_TYPES),
    Cue("sports_video_game", NEGATIVE, 45, "a sports video game (EA FC, NBA 2K, Madden, UFC 5, F1 24)",
        _SPORTS_GAME_NAMES, against=("live_sports", "ppv")),
    Cue("esports", NEGATIVE, 40, "an esports broadcast or co-stream of one",
        _any(_ESPORTS, rf"{_ESPORTS} watch party", r"watch party", r"co ?stream", r"costreaming", r"co streaming"),
        against=("live_sports",)),
    Cue("own_music", NEGATIVE, 35, "performs or makes music of their own",
        _any("original music", "original songs", "my music", "my songs", "my own music", "my album", "my new album",
             "my ep", "producing", "production", "making beats", "beat making", "beatmaking", "singing",
             "cantando", "singen", "chanter", "cantare", "cover", "covers", "piano", "guitar", "guitarra",
             "violao", "drums", "bateria", "karaoke", "songwriting", "composing", "dj set", "live set", "vinyl set",
             "mixing live", "royalty free", "lofi", "lo fi", "study beats", "chill beats", "ambient", "synth",
             "copyright free", "no copyright", "dmca free", "dmca safe", "artist approved", "own productions",
             "own tracks", "my tracks", "ncs", "soundstripe", "epidemic sound", "streambeats", "pretzel"),
        against=("music",)),
)

CUE_INDEX = {cue.name: i for i, cue in enumerate(CUES)}

# Tags are the streamer's own declaration of what the stream is: a film or sports tag on a stream
# says more than the same word in a title. Normal-form tag -> (type, points).
TAG_WEIGHT = 35.0
TAG_TYPES: dict[str, str] = {
    **dict.fromkeys(["movies", "movie", "film", "films", "cinema", "peliculas", "pelicula", "filmes", "filme", "kino",
                     "tv", "tv shows", "series", "serie", "anime", "cartoons", "episodes"], "film_tv"),
    **dict.fromkeys(["sports", "sport", "football", "futbol", "futebol", "soccer", "nba", "nfl", "f1", "live sports",
                     "deportes", "esportes", "fussball"], "live_sports"),
    **dict.fromkeys(["ppv", "ufc", "boxing", "boxeo", "mma", "fights", "wrestling"], "ppv"),
}
# Words that say nothing about content: a title made only of these is a placeholder ("live on", "stream").
PLACEHOLDER_WORDS = frozenset(
    "live on stream streaming new here we go now again back today tonight untitled test title no hi hello "
    "ao vivo en directo direct directo diretta vivo el la le il lo stream di em en al the a is are up come "
    "join watch everyone chill hang sin titulo sans titre ohne titel senza titolo sem ad".split()
)

# Text that addresses the judge or moderation: never trusted, never allowed to lower a score.
INJECTION_PATTERNS: tuple[str, ...] = (
    r"ignor[^ ]* (?:[^ ]+ ){0,3}(?:instruction|instrucciones|instrucoes|anweisungen|istruzioni|consignes|prompt)[^ ]*",
    r"disregard (?:[^ ]+ ){0,3}(?:instruction|rules|prompt)[^ ]*",
    r"(?:note|message|memo|attention|notice|hey|dear|hinweis|nota|aviso|remarque|avviso)"
    r" (?:[^ ]+ ){0,2}(?:ai|a i|llm|gpt|bot|bots|model|classifier|moderator|moderators|moderation|mods|reviewer"
    r"|reviewers|moderadores|moderateurs|moderatoren|moderatori|moderacao|moderacion)",
    r"(?:ai|automated|auto) (?:moderator|moderators|moderation|mods|review|reviewer|filter|classifier|judge)",
    r"(?:content|copyright|dmca) (?:filter|classifier|moderator|bot|judge|detector|scanner)",
    r"system prompt", r"system message", r"you are (?:an? )?(?:ai|assistant|language model|llm|moderator|classifier)",
    r"as an ai", r"language model", r"(?:classify|label|mark|rate|score|flag) (?:this |it |the stream |me )?"
    r"(?:as )?(?:safe|clean|none|compliant|legal|licensed|low risk|not a violation|0)",
    r"(?:this|the|my|este|esta|ce|dieser|questo|questa) (?:stream|transmision|transmissao|live|canal|channel|kanal|diretta)"
    r" (?:[^ ]+ ){0,2}(?:is|es|e|est|ist) (?:[^ ]+ ){0,2}(?:licensed|licenciad[oa]|licencie|lizenziert|autorizzat[oa]"
    r"|authori[sz]ed|autorizad[oa]|autorise|legal|legale|compliant|approved|aprobad[oa]|aprovad[oa]|genehmigt"
    r"|not infringing|no infringe|nao infringe|safe)",
    # Claims of a licence or permission are addressed to whoever reviews the stream: never evidence of safety.
    # (with its subject, "este stream tiene licencia", so no part of the claim reaches a judge)
    r"(?:(?:this|the|my|este|esta|ce|dieser|questo|questa) (?:stream|transmision|transmissao|live|canal|channel|kanal"
    r"|diretta) )?(?:tiene|tienen|tem|hat|has|have|with|con|com|mit|avec|ha|abbiamo|we got|got) (?:[^ ]+ ){0,2}(?:licencia|licenca"
    r"|lizenz|licence|licenza|license|permiso|permissao|erlaubnis|permission|autorizacion|autorizacao|autorisation"
    r"|autorizzazione|the rights|los derechos|os direitos|die rechte|les droits|i diritti)",
    r"(?:licensed|licenciad[oa]|lizenziert|autorizad[oa]|authori[sz]ed|autorise|autorizzat[oa]) (?:content|stream"
    r"|broadcast|transmission|transmision|transmissao|broadcast|diretta|ubertragung)",
    r"violation ?type", r"respond with", r"output (?:only|json|none)", r"return (?:none|json|clean)",
    r"new instructions", r"nuevas instrucciones", r"novas instrucoes", r"neue anweisungen", r"nouvelles instructions",
    r"end of (?:stream )?data", r"stream ?data", r"begin (?:system|instructions)", r"jailbreak",
)
INJECTION_PATTERN = bounded("|".join(INJECTION_PATTERNS))
INJECTION_REGEX = re.compile(INJECTION_PATTERN)


# How a rebroadcast of a named work is framed. A run: around the clock, by the episode or season;
# a release: whole, in release quality, free or dubbed; live: only that it is live or watched.
# A run of a whole work in words (24/7, nonstop, all episodes), and with episode codes (S01E02, ep 5).
RUN_WORDS = _any(
    r"24 7", r"7 24", r"24h", r"24 ?hrs?", r"24 horas", r"24 jam", r"24 saat", r"24 heures", r"24 stunden", r"24 ore",
    r"24h 24", "24 ชั่วโมง", "24時間", "24時間配信", "24小时", "24小时直播", "24 시간", "24시간", "24시간 연속", "en continu", "cały czas", "caly czas", "tutte le puntate",
    "todas las temporadas", "todos os capitulos", "nonstop", "non stop", "kesintisiz", "sin parar", "sem parar", "senza sosta", "rund um die uhr", "marathon",
    "maratona", "maraton", "binge", r"all (?:the )?episodes", "every episode", r"todos (?:los|os) (?:capitulos|episodios)",
    "tutti gli episodi", "tous les episodes", "alle folgen", r"tum bolumler", "все серии", "всі серії", "جميع الحلقات",
    "全集", "全話", "all seasons", "rerun", "reruns", "classic episodes", "back to back", "подряд", "一挙", "wszystkie odcinki",
)
RUN_FRAMING = _any(
    RUN_WORDS, r"s\d{1,2}", r"\d{1,4} ?(?:회|화)", r"第 ?\d{1,4} ?(?:集|話|话)", r"(?:الحلقة|حلقة) \d{1,4}", r"s\d{1,2} ?e\d{1,3}", r"t\d{1,2} ?e\d{1,3}", r"[1-3]?\dx\d{2}", rf"{_EPISODE} \d+", r"ep \d+",
    r"cap \d+", r"bolum \d+", r"серия \d+", r"серии? \d+", rf"{_SEASON} \d+",
)
# How a release is offered: whole, in a quality, dubbed or subtitled, for free.
RELEASE_PACKAGING = _any(
    r"full", _IN_FULL, "مدبلج", "مترجم", "더빙", "자막", "thuyet minh", "long tieng", "كامل", r"1080p?\d*", r"720p?\d*", "4k", "hd", "fhd", "uhd", "free", "gratis", "gratuit", "bedava",
    "za darmo", "бесплатно", "dublado", "legendado", "doblado", "subtitulado", "vostfr", "vietsub", "lektor", "sub ita",
    "eng sub", "dubbed", "subbed", "cam", "hdcam", "ts", "web dl", "webrip", "bluray", "online", "смотреть онлайн", "дубляж",
    "повністю", "다시보기", "고화질", "中字", "高清", "完整版", "पूरी फिल्म", "napisy", "ita", "latino", "castellano",
)
RELEASE_FRAMING = _any(RELEASE_PACKAGING, r"(?:19|20)\d\d")
LIVE_FRAMING = _any(
    _LIVE, "stream", "streaming", "watch", "watching", "ver", "assistir", "guarda", "regarder", "schauen",
    "смотреть", "смотрим", "izle", "mira", "agora", "now", "tonight", "online", "en linea", "truc tiep", "zive",
    "بث مباشر", "مباشر", "مشاهدة", "생중계", "直播", "ライブ",
)
