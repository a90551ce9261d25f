"""Title composition: template filling, decorations, piracy titles and tag vocabulary."""

import vocab_langs as VL
import vocab_disguise as VD
import vocab_music as VM
import vocab_sports as VS
import vocab_works_world as VW
from vocab_hard import HARD, KEYWORD_GAMES

_EPISODIC = ("{e}", "{s}", "season", "episod", "capítulo", "temporada", "seri", "bölüm", "Folge", "Staffel", "odcin", "saison", "stagione",
             "tập", "ตอน", "話", "集", "화", "회", "حلق", "eps", "ep ", "24/7", "finale", "Finale", "最終回", "7/24", "24h", "24 h", "24時間", "24小時", "24시간", "capítulos")
_NOW = {"en": ["today", "now", "live?", "🔴", "rn"], "es": ["hoy", "aquí", "ya", "🔴"], "pt": ["hoje", "aqui", "agora", "🔴"], "tr": ["canlı", "şifresiz", "şimdi"],
        "ru": ["онлайн", "сейчас", "тут"], "ar": ["مباشر", "الآن"], "de": ["heute", "jetzt"], "fr": ["ce soir", "maintenant"], "it": ["oggi", "ora"],
        "pl": ["dziś", "teraz"], "id": ["malam ini", "sekarang"], "vi": ["hôm nay"], "th": ["วันนี้"]}
_F1 = ["F1 {a} full race replay 🏎️", "🔴 {a} - F1 TV onboard + full race", "{a} carrera completa F1 🏎️", "{a} — гонка полностью F1", "{a} corrida completa F1"]

_FRIENDS = ["nova_tv", "kirajr", "toxicpanda", "el_flaco77", "manobala", "zockerhase", "sanyalive", "reiskral", "sakura_ch", "pixelwolf", "ghostmochi", "xande_zika"]


class _Ctx(dict):
    def __init__(self, rng, lang, base):
        super().__init__(base)
        self.rng, self.lang = rng, lang

    def __missing__(self, k):
        r = self.rng
        if k == "n":
            v = str(r.choices([r.randint(1, 30), r.randint(1, 9), r.randint(1, 250)], [60, 25, 15])[0])
        elif k in ("s",):
            v = str(r.randint(1, 6))
        elif k == "e":
            v = str(r.randint(1, 24))
        elif k == "y":
            v = r.choice(["1080p", "HD", "4K", "720p", "HDRip", "WEB-DL", "CAM", "2160p", "FHD"])
        elif k in ("sa", "sb"):
            v = str(r.choice([0, 0, 1, 1, 1, 2, 2, 3, 4]))
        elif k == "cmd":
            cm = VL.field(self.lang, "cmds")
            v = " ".join(r.sample(cm, min(len(cm), r.choice([1, 1, 2]))))
        elif k == "rank":
            v = r.choice(VL.field(self.lang, "rank"))
        elif k == "city":
            v = r.choice(VL.field(self.lang, "cities"))
        elif k == "friend":
            v = r.choice(_FRIENDS)
        elif k in ("ar", "ar2", "ar3"):
            pool = [a for a in VM.ARTISTS.get(self.lang, []) + VM.ARTISTS["*"] if a not in (self.get("ar"), self.get("ar2"))]
            v = r.choice(pool)
        elif k == "tour":
            v = r.choice(VM.TOURS)
        elif k == "radio":
            v = r.choice(VM.RADIO.get(self.lang, VM.RADIO["en"]))
        elif k in ("genre", "genre2"):
            v = r.choice(VM.DJ_GENRES)
        elif k == "inst":
            v = r.choice(VM.INSTRUMENTS)
        elif k == "src":
            v = r.choice(VM.ROYALTY_FREE)
        elif k == "style":
            v = r.choice(VM.LOFI_STYLES)
        else:
            v = "stream"
        self[k] = v
        return v


def fill(rng, tpl, lang, **ctx):
    return tpl.format_map(_Ctx(rng, lang, ctx)).strip() or "."


def decorate(rng, title, lang, big=False):
    r = rng.random()
    if r < 0.08:
        title = "🔴 " + title
    elif r < 0.12:
        title = rng.choice(["[DROPS] ", "【LIVE】", "[18+] ", "(PT-BR) ", "[ENG/ESP] ", "‼️ "]) + title
    if "!" not in title and rng.random() < 0.18:
        title += rng.choice([" | ", " - ", " // ", " • ", " ~ ", " "]) + _Ctx(rng, lang, {})["cmd"]
    if rng.random() < 0.07:
        title += " " + rng.choice(["💜", "✨", "🔥", "😂", "🙏", "💀", "🫶", "😴", "🥶", "🐸"])
    return title[:140]


def _fits(t, g):
    return all(g in games for kw, games in KEYWORD_GAMES.items() if kw in t)


def hard(rng, key, lang, table=None, **ctx):
    d = table or HARD[key]
    lst = d.get(lang) if lang in d and rng.random() < 0.8 else d["en"]
    g = ctx.get("gfull", ctx.get("g", ""))
    ok = [t for t in lst if _fits(t, g)] or [t for t in d["en"] if _fits(t, g)] or lst
    return fill(rng, rng.choice(ok), lang, **ctx)


def ranked(rng, lang, g):
    lst = [t for t in VL.field(lang, "game") if "{rank}" in t] or [t for t in VL.EN["game"] if "{rank}" in t]
    return fill(rng, rng.choice(lst), lang, g=g)


# ---------- piracy titles ----------

def work_tpl(rng, lang, key, work):
    film = VW.is_film(work)
    for _ in range(15):
        t = VL.pick(lang, key, rng)
        if film and any(k in t for k in _EPISODIC):
            continue
        if not film and "{y}" in t and rng.random() < 0.7:
            continue
        return t
    return "{w} 🍿" if film else t


def film_named(rng, lang, work):
    return fill(rng, work_tpl(rng, lang, "film", work), lang, w=work["name"] if rng.random() < 0.8 or not work["abbr"] else work["abbr"][0])


def film_disguised(rng, lang, work):
    d, tech = VD.disguise_work(rng, work)
    key = "film" if VW.is_film(w := work) or rng.random() < 0.67 else "loop"
    t = fill(rng, work_tpl(rng, lang, key, w), lang, w=d)
    if rng.random() < 0.5:
        t = VD.soften_keywords(rng, t)
    if rng.random() < 0.15:
        t = d + " " + rng.choice(["🍿", "👀", "📺", "🎬", "(ep " + str(rng.randint(1, 24)) + ")", "hd", "1080"])
    return t, tech


def loop_title(rng, lang, work, disguise=False):
    name = work["name"]
    tech = None
    if disguise:
        name, tech = VD.disguise_work(rng, work)
    return fill(rng, VL.pick(lang, "loop", rng), lang, w=name), tech


def channel_title(rng, lang, chan):
    return fill(rng, VL.pick(lang, "chan", rng), lang, c=chan)


def sport_named(rng, lang, a, b, lg, sport="football"):
    if sport == "f1":
        return fill(rng, rng.choice(_F1), lang, a=a)
    key = "sport_us" if sport in ("nba", "nfl", "nhl", "mlb") and lang == "en" else "sport"
    return fill(rng, VL.pick(lang, key, rng), lang, a=a, b=b, lg=lg)


def sport_disguised(rng, lang, a, b, lg, sport="football"):
    if sport == "f1":
        return VD.squashed(rng, fill(rng, rng.choice(_F1), lang, a=a)) if rng.random() < 0.5 else "🏎️ " + a + " 👀", "emoji_hint"
    d, tech = VD.disguise_team(rng, a, b, VS.derby_nick(rng, a, b))
    tpl = VL.pick(lang, "sport", rng)
    if rng.random() < 0.5:
        t = tpl.replace("{a}", "{d}").replace("{b}", "").replace(" vs ", " ").replace(" x ", " ").replace(" - ", " ").replace(" v ", " ")
        t = t.replace("{lg}", "" if rng.random() < 0.6 else "{lg}")
        t = fill(rng, t, lang, d=d, lg=lg)
    else:
        t = d + " " + rng.choice(["🔴", "👀", "⚽", "📺"] + _NOW.get(lang, ["🔴", "📺"]))
    if rng.random() < 0.5:
        t = VD.soften_keywords(rng, t)
    return " ".join(t.split()), tech


def ppv_title(rng, lang, disguise=False):
    ev, kind, el = rng.choice(VS.PPV_EVENTS)
    if el not in ("*", lang) and rng.random() < 0.7:
        ev, kind, el = rng.choice([p for p in VS.PPV_EVENTS if p[2] in ("*", lang)] or VS.PPV_EVENTS)
    ev = ev.format(n=rng.randint(329, 336), n2=rng.randint(14, 31))
    pool = VS.FREAK_FIGHTERS.get(kind) or (VS.BOXERS if kind == "boxing" else VS.UFC_FIGHTERS)
    if kind == "wwe":
        pool = ["Cody Rhodes", "Roman Reigns", "CM Punk", "Rhea Ripley", "Seth Rollins", "Gunther", "Jey Uso", "Iyo Sky", "Bron Breakker"]
    f1, f2 = rng.sample(pool, 2)
    tech = None
    if disguise:
        op = rng.choices(VD.TEXT_OPS, VD.TEXT_OP_WEIGHTS)[0]
        ev, tech = op(rng, ev), op.__name__
        if rng.random() < 0.5:
            f1, f2 = VD.team_code(f1.split()[-1]), VD.team_code(f2.split()[-1])
    t = fill(rng, VL.pick(lang, "ppv", rng), lang, ev=ev, f1=f1, f2=f2)
    return (VD.soften_keywords(rng, t) if disguise else t), tech


def music_title(rng, lang, radio_only=False):
    lst = VL.field(lang, "music")
    if radio_only:
        lst = [t for t in lst if "24" in t or "radio" in t.lower() or "{radio}" in t] or lst
    return fill(rng, rng.choice(lst), lang)


# ---------- tags ----------
GAME_TAGS = ["FPS", "Competitive", "Ranked", "Chill", "Funny", "NoBackseating", "DropsEnabled", "PCGaming", "Casual", "Speedrun", "Cozy",
             "VTuber", "LGBTQIAPlus", "ADHD", "18plus", "NoSpoilers", "Challenge", "Hardcore", "Horror", "Survival", "Multiplayer",
             "Controller", "SmallStreamer", "FirstPlaythrough", "Interactive", "Educational", "Sober", "Roleplay", "ConsoleGaming", "Streamer"]
REGION_TAGS = {"es": ["LATAM", "México", "Argentina", "España", "Chile", "Colombia"], "pt": ["Brasil", "PTBR", "Portugal"], "en": ["UK", "USA", "Australia", "Canada"],
               "ar": ["Saudi", "KSA", "Egypt", "عربي"], "de": ["Österreich", "Schweiz"], "fr": ["Québec", "Belgique"], "zh": ["台灣", "香港"], "hi": ["India", "Desi"]}
FILM_TAGS_LANG = {"es": ["Peliculas", "Películas", "Latino", "Series", "Novelas"], "pt": ["Filmes", "Dublado", "Séries", "Novela"],
                  "ru": ["Фильмы", "Сериалы", "Кино", "Kino"], "uk": ["Фільми", "Серіали"], "tr": ["Dizi", "Film", "TürkçeDublaj"], "ar": ["أفلام", "مسلسلات", "مترجم"],
                  "id": ["SubIndo", "FilmIndonesia", "Nobar"], "vi": ["Vietsub", "PhimHay", "ThuyếtMinh"], "th": ["หนัง", "พากย์ไทย", "ซีรีส์"],
                  "de": ["Filme", "Kino", "Serien"], "fr": ["Films", "VF", "Séries"], "it": ["Film", "ITA", "SerieTV"], "pl": ["Filmy", "Lektor", "Seriale"],
                  "hi": ["Bollywood", "HindiDubbed", "WebSeries"], "ko": ["Kdrama", "드라마"], "ja": ["アニメ", "映画"], "zh": ["電影", "追劇", "動漫"]}
SPORT_TAGS = {"football": ["Football", "Futbol", "Fútbol", "Futebol", "Soccer", "ChampionsLeague", "Futbol24", "Calcio", "Fußball", "Futbol"],
              "basketball": ["Basketball", "EuroLeague", "Basket"], "hockey": ["Hockey", "KHL", "Хоккей"], "cricket": ["Cricket", "T20", "IndvsSA"],
              "kabaddi": ["Kabaddi", "PKL", "ProKabaddi"], "nba": ["NBA", "Basketball"], "nfl": ["NFL", "AmericanFootball"], "f1": ["F1", "Formula1"],
              "tennis": ["Tennis", "DavisCup"], "snooker": ["Snooker"], "volleyball": ["Volleyball", "Siatkówka"]}
PIRATE_TAGS = {"film_tv": ["Movies", "Film", "Series", "Anime", "Cartoon", "247", "FullMovie", "HD", "Cinema", "Netflix", "Anime247"],
               "live_sports": ["LiveSports", "Live", "Sports", "HD", "NoDelay", "Match"],
               "ppv": ["UFC", "MMA", "Boxing", "Boxeo", "Fight", "PPV", "WWE", "Wrestling", "Gala"],
               "music": ["Music", "Hits", "Radio", "247", "Pop", "Reggaeton", "Kpop", "Charts", "NonStop"]}
