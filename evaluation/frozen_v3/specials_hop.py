"""Category hoppers: evasive hoppers (positive), infringing hoppers (positive), legitimate hoppers (negative).
Every hopper moves into its own category from the reserved obscure pool, so nobody else streams it."""
import math
from datetime import timedelta

import simcore as S
import vocab_longtail as LT
import vocab_pos as P
from vocab_ord2 import ordinary_title, PLACEHOLDERS, placeholder
from specials import make_user, entry, start_before, ANCHOR_CATS

EVASIVE_TITLES = PLACEHOLDERS + ["⠀⠀⠀", "ㅤㅤ", "_", "•", "brb", "back soon", "...", "♡", "🙂", "✌️", "( ˘ω˘ )", "ok", "hmm",
                                 "‎", "|", "★", "nothing to see here", "testing", "chill", "night"]
HINT = {"film_tv": ["🍿", "🎬", "📺", "🍿🍿"], "live_sports": ["⚽", "🏀", "⚽🔥", "🏏"], "ppv": ["🥊", "🥊🥊", "👊"], "music": ["🎶", "🎧", "🎤"]}


class HopPool:
    def __init__(self, rng):
        self.names = list(LT.HOP_POOL)
        rng.shuffle(self.names)

    def take(self):
        return self.names.pop()


def _pre_hop(rng, st, game, title, tags, beh, hs, started):
    return [entry(st, 0, started, h, game, title, tags, beh, rng=rng) for h in range(0, hs)]


def evasive(rng, ids, pool, n=24):
    out = []
    vts = ["film_tv"] * 7 + ["live_sports"] * 7 + ["ppv"] * 3 + ["music"] * 3
    for i in range(n):
        lang = rng.choice(["en"] * 5 + ["es", "es", "pt", "pt", "ru", "ko", "ja", "de", "fr", "tr", "pl", "it", "th", "ar", "zh"])
        base = math.exp(rng.uniform(math.log(500), math.log(20000)))
        st = make_user(rng, ids, lang, base, old=rng.random() < 0.6, btype=rng.choice(["partner", "affiliate"]))
        home = ANCHOR_CATS[i % len(ANCHOR_CATS)]
        chat = home == "Just Chatting"
        tags = S.tags(rng, lang)
        started = start_before(rng, 0.3, 5)
        hs = rng.choice([2, 2, 3, 3, 4, 5])
        pre = _pre_hop(rng, st, home, ordinary_title(rng, lang, "chat" if chat else "game", S.short(rng, home)), tags,
                       "just_chatting" if chat else "gaming", hs, started)
        last = pre[-1]["v"]
        vt = vts[i % len(vts)]
        target = pool.take()
        hop_len = rng.randint(1, S.NH - hs)
        title = rng.choice(HINT[vt]) if rng.random() < 0.25 else (placeholder(rng, lang) if rng.random() < 0.4 else rng.choice(EVASIVE_TITLES))
        hop_tags = tags if rng.random() < 0.6 else []
        hop = [entry(st, 0, started, h, target, title, hop_tags, "evasive_hop", vt, v=int(last * rng.uniform(0.90, 1.05)), ev=True)
               for h in range(hs, hs + hop_len)]
        back = []
        if hs + hop_len < S.NH and rng.random() < 0.5:  # returns to the usual category, ordinary again
            t2 = ordinary_title(rng, lang, "chat" if chat else "game", S.short(rng, home))
            back = [entry(st, 0, started, h, home, t2, tags, "just_chatting" if chat else "gaming", rng=rng)
                    for h in range(hs + hop_len, rng.randint(hs + hop_len + 1, S.NH))]
        out += pre + hop + back
    return out


def infringing(rng, ids, pool, n=30):
    out = []
    for i in range(n):
        lang = S.lang_for_hour(rng, 3)
        base = math.exp(rng.gauss(4.3, 1.1))
        st = make_user(rng, ids, lang, base, recent=rng.random() < 0.5)
        home = rng.choice(ANCHOR_CATS + ["Minecraft", "Just Chatting", "Roblox", "Call of Duty: Black Ops 7"])
        chat = home == "Just Chatting"
        tags = S.tags(rng, lang)
        h_first = rng.randint(0, 4)
        started = start_before(rng, 0.3, 4) if h_first == 0 else S.HOURS[h_first] - timedelta(minutes=rng.randint(1, 55))
        hs = rng.randint(h_first + 1, min(S.NH - 1, h_first + 4))
        t0 = ordinary_title(rng, lang, "chat" if chat else "game", S.short(rng, home))
        pre = [entry(st, 0, started, h, home, t0, tags, "just_chatting" if chat else "gaming", rng=rng) for h in range(h_first, hs)]
        last = pre[-1]["v"]
        vt = rng.choices(["film_tv", "live_sports", "ppv", "music"], weights=[45, 30, 15, 10])[0]
        sub = {"film_tv": rng.choice(["film", "series", "anime"]), "music": rng.choice(["album", "concert"])}.get(vt, "")
        vt, tf = P.open_title(rng, lang, vt, sub, dis=rng.random() < 0.5)
        target = pool.take()
        hop = [entry(st, 0, started, h, target, tf(k), S.tags(rng, lang, pirate=True), "infringing_hop", vt,
                     v=int(last * rng.uniform(0.3, 1.0)))
               for k, h in enumerate(range(hs, min(S.NH, hs + rng.randint(1, 3))))]
        out += pre + hop
    return out


def legit(rng, ids, pool, n=44):
    out = []
    for i in range(n):
        lang = S.lang_for_hour(rng, 3)
        base = math.exp(rng.uniform(math.log(50), math.log(6000)))
        st = make_user(rng, ids, lang, base)
        home = rng.choice(ANCHOR_CATS + ["Minecraft", "Dota 2", "Apex Legends", "Marvel Rivals"])
        chat = home == "Just Chatting"
        tags = S.tags(rng, lang)
        started = start_before(rng, 0.3, 4)
        hs = rng.randint(1, 6) if i % 3 else rng.randint(2, 5)
        t0 = ordinary_title(rng, lang, "chat" if chat else "game", S.short(rng, home))
        pre = _pre_hop(rng, st, home, t0, tags, "just_chatting" if chat else "gaming", hs, started)
        last = pre[-1]["v"]
        target = pool.take() if i % 2 == 0 else rng.choice(LT.LONGTAIL)
        tl = LT.LEGIT_HOP_TITLES.get(lang, LT.LEGIT_HOP_TITLES["en"])
        title = rng.choice(tl).format(g=target)
        keep = rng.uniform(0.30, 0.70)
        hop = [entry(st, 0, started, h, target, title, tags + (["Retro"] if "Retro" not in tags else []), "legit_hop",
                     v=int(last * keep * math.exp(rng.gauss(0, 0.05))))
               for h in range(hs, rng.randint(hs + 1, S.NH))]
        out += pre + hop
    return out
