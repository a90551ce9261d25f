"""Shared simulation helpers: ids, users, audiences, tags, categories."""
import hashlib
import math
from datetime import datetime, timedelta

import vocab_categories as C
import vocab_longtail as LT
from vocab_langs import LANGS, LOGIN_A, LOGIN_B, NATIVE_NAMES, NATIVE_SUFFIX, local_activity

H0 = datetime(2026, 11, 18, 5, 0, 0)
NH = 8
HOURS = [H0 + timedelta(hours=i) for i in range(NH)]
ISO = "%Y-%m-%dT%H:%M:%S"
LANG_CODES = list(LANGS)
LANG_W = [LANGS[c][0] for c in LANG_CODES]

GEN_TAGS = ["Chill", "Competitive", "Casual", "NoBackseating", "Vtuber", "LGBTQIAPlus", "Funny", "Chatty", "Cozy", "Variety",
            "DropsEnabled", "Blind", "Mods", "Family", "ADHD", "Girl", "Streamer", "NoSpoilers", "Interactive", "Community",
            "Comedy", "Relaxing", "Wholesome", "Dad", "Veteran", "BlackStreamer", "Latino", "Anime", "Horror", "Speedrun"]
KIND_TAGS = {"ranked": ["Ranked", "Competitive", "Tryhard", "SoloQ"], "irl": ["IRL", "Travel", "Outdoors"], "asmr": ["ASMR", "Sleep", "Tingles"],
             "creative": ["Art", "Drawing", "Commissions", "Creative"], "music_performance": ["Music", "Singing", "Guitar", "LiveMusic", "Covers"],
             "dj_set": ["DJ", "Techno", "House", "DnB"], "podcast": ["Podcast", "Talk"], "chess": ["Chess"], "tabletop": ["DnD", "TTRPG", "Roleplay"],
             "rp": ["Roleplay", "RP", "GTARP", "Serious"], "sports": ["Football", "Soccer", "Sports", "Futbol"], "gambling": ["Gambling", "18plus"]}
PIRATE_TAGS = ["movies", "Movie", "Filmes", "Peliculas", "Series", "Anime", "24/7", "247", "Live", "Sports", "Futbol", "Football", "Cine",
               "Kino", "Dublado", "Latino", "Watchparty", "FreeStream", "Music", "Concert", "HD", "TV"]


class IdGen:
    def __init__(self, rng):
        self.rng, self.uids, self.sids, self.logins = rng, set(), set(), set()

    def user_id(self, created):
        days = (created - datetime(2011, 6, 1)).days
        uid = 20_000_000 + max(days, 0) * 185_000 + self.rng.randrange(185_000)
        while uid in self.uids:
            uid += 1
        self.uids.add(uid)
        return str(uid)

    def stream_id(self, started):
        sid = 316_000_000_000 + int((started - H0).total_seconds()) * 31 + self.rng.randrange(31)
        while sid in self.sids:
            sid += 1
        self.sids.add(sid)
        return str(sid)

    def login(self, lang):
        r = self.rng
        a = r.choice(LOGIN_A.get(lang, LOGIN_A["en"]))
        b = r.choice(LOGIN_B)
        sep = r.choice(["", "", "_", "x"]) if b != "_" else ""
        lg = (a + sep + (b if b != "_" else "") + (str(r.randint(1, 9999)) if r.random() < 0.55 else ""))[:25]
        if len(lg) < 4:
            lg += str(r.randint(10, 99))
        while lg in self.logins:
            lg = (lg[:21] + str(r.randint(0, 999)))[:25]
        self.logins.add(lg)
        return lg


def display_name(rng, lang, login):
    if lang in NATIVE_NAMES and rng.random() < (0.35 if lang in ("ja", "ko", "zh") else 0.06):
        return rng.choice(NATIVE_NAMES[lang]) + rng.choice(NATIVE_SUFFIX[lang])
    r = rng.random()
    if r < 0.45:
        return login
    if r < 0.8:
        return "".join(p.capitalize() for p in login.split("_")) if "_" not in login else "_".join(p.capitalize() for p in login.split("_"))
    return login.upper() if r < 0.87 else login.capitalize()


def _game_ids():
    names = [g[0] for g in C.HEAD + C.MID + C.SPORTS_GAMES] + [g[0] for g in C.SPECIAL] + LT.LONGTAIL + LT.HOP_POOL
    ids, used = {}, set()
    for name in names:
        if name in ids:
            continue
        h = int(hashlib.md5(name.encode("utf-8")).hexdigest(), 16)
        digits = 4 + h % 7
        gid = 10 ** (digits - 1) + (h // 7) % (9 * 10 ** (digits - 1))
        while gid in used:
            gid += 1
        used.add(gid)
        ids[name] = str(gid)
    return ids


GAME_IDS = _game_ids()


def game_id(name):
    return GAME_IDS[name] if name else ""


def base_audience(rng, tier=None):
    u = rng.random() if tier is None else tier
    if u < 0.55:
        return math.exp(rng.gauss(0.75, 0.9))
    if u < 0.85:
        return math.exp(rng.gauss(2.5, 0.8))
    if u < 0.97:
        return math.exp(rng.gauss(4.4, 0.9))
    if u < 0.997:
        return math.exp(rng.gauss(6.4, 0.8))
    return math.exp(rng.gauss(8.2, 0.7))


def viewers(rng, base, lang, h, ramp=1.0):
    act = local_activity(lang, h + 5)
    mean = base * (0.75 + 0.35 * act) * ramp
    sig = 0.05 if mean > 800 else (0.09 if mean > 80 else 0.22)
    v = mean * math.exp(rng.gauss(0, sig))
    if v < 15:  # small channels: a handful of lurkers, sometimes nobody
        v = max(0.0, v + rng.gauss(0, 0.8))
    return int(round(v))


def created_at(rng, recent=False, old=False):
    if recent:
        d = H0 - timedelta(days=rng.randint(2, 90), seconds=rng.randrange(86400))
    elif old:
        d = datetime(2011, 6, 1) + timedelta(days=rng.randint(0, 3300), seconds=rng.randrange(86400))
    else:
        span = (H0 - datetime(2011, 6, 1)).days
        d = datetime(2011, 6, 1) + timedelta(days=int(span * (rng.random() ** 0.7)), seconds=rng.randrange(86400))
        d = min(d, H0 - timedelta(days=1))
    return d


def btype(rng, base, new=False):
    if new:
        return "" if rng.random() < 0.9 else "affiliate"
    if base >= 400:
        return "partner" if rng.random() < 0.6 else "affiliate"
    if base >= 12:
        return "affiliate" if rng.random() < 0.8 else ""
    return "affiliate" if rng.random() < 0.3 else ""


def content_labels(rng, game, extra):
    labs = []
    if game in C.MATURE:
        labs.append("MatureGame")
    if game in C.GAMBLING:
        labs.append("Gambling")
    return sorted(set(labs) | set(extra))


def tags(rng, lang, kind=None, pirate=False):
    if rng.random() < 0.1:
        return []
    out = [LANGS[lang][2]] if rng.random() < 0.8 else []
    pool = PIRATE_TAGS if pirate else GEN_TAGS
    k = rng.randint(0, 3)
    if kind in KIND_TAGS:
        out += rng.sample(KIND_TAGS[kind], rng.randint(1, min(2, len(KIND_TAGS[kind]))))
    for t in rng.sample(pool, k):
        if t not in out:
            out.append(t)
    return out[:10]


def pick_game(rng, lang, group):
    """A category name from 'head', 'mid', 'sports' or 'longtail', with language preferences."""
    if group == "longtail":
        return rng.choice(LT.LONGTAIL)
    pool = {"head": C.HEAD, "mid": C.MID, "sports": C.SPORTS_GAMES}[group]
    boost = C.LANG_BOOST.get(lang, {})
    ws = [g[1] * boost.get(g[0], 1) for g in pool]
    return rng.choices(pool, weights=ws)[0]


SHORT = {g[0]: g[2] for g in C.HEAD + C.MID + C.SPORTS_GAMES}
SPORT_OF = {g[0]: g[3] for g in C.SPORTS_GAMES}


def short(rng, game):
    s = SHORT.get(game, game)
    return s if rng.random() < 0.7 else game


def lang_for_hour(rng, h):
    ws = [LANG_W[i] * local_activity(c, h + 5) for i, c in enumerate(LANG_CODES)]
    return rng.choices(LANG_CODES, weights=ws)[0]


def iso(d):
    return d.strftime(ISO)
