"""Scheduled streamers with explicit hour plans: 24/7 channels (legit and pirate), official channels,
stars, anchors, big placeholder streamers, viewbot spikes. Hoppers live in specials_hop.py."""
import math
from datetime import timedelta

import simcore as S
import vocab_kinds as K
import vocab_pos as P
import vocab_tv_music as T
from vocab_ord2 import ordinary_title, placeholder


def make_user(rng, ids, lang, base, recent=False, old=False, btype=None, login=None, name=None, labels=()):
    created = S.created_at(rng, recent=recent, old=old)
    lg = login or ids.login(lang)
    if login:
        ids.logins.add(login)
    return {"uid": ids.user_id(created), "login": lg, "name": name or S.display_name(rng, lang, lg), "lang": lang, "base": base,
            "created": created, "btype": btype if btype is not None else S.btype(rng, base, new=recent), "labels": list(labels)}


def entry(st, sess, started, h, game, title, tags, beh, vt="none", v=None, ev=False, branded=False, rng=None, ramp=1.0):
    if v is None:
        v = S.viewers(rng, st["base"], st["lang"], h, ramp)
    return {"h": h, "st": st, "sess": (st["uid"], sess), "started": started, "game": game, "title": title, "tags": tags,
            "beh": beh, "vt": vt, "ev": ev, "v": v, "branded": branded}


def start_before(rng, hours_lo, hours_hi):
    return S.H0 - timedelta(minutes=rng.randint(int(hours_lo * 60), int(hours_hi * 60)))


def always_on(rng, st, game, title_fn, tags, beh, vt="none", drop_p=0.04):
    """A 24/7 channel: live every hour, restarting when Twitch's 48h limit is hit or after a crash."""
    out, sess = [], 0
    started = start_before(rng, 1, 47)
    k, was_live = 0, True
    for h in range(S.NH):
        if rng.random() < drop_p and h not in (0, S.NH - 1):
            was_live = False
            continue
        if not was_live or started + timedelta(hours=48) <= S.HOURS[h]:
            sess += 1
            started = S.HOURS[h] - timedelta(minutes=rng.randint(1, 55))
            was_live = True
        out.append(entry(st, sess, started, h, game, title_fn(k), tags, beh, vt, rng=rng))
        k += 1
    return out


def lognorm(rng, mu, sd):
    return math.exp(rng.gauss(mu, sd))


def pirate_247(rng, ids):
    out = []
    langs = ["es"] * 6 + ["pt"] * 5 + ["en"] * 5 + ["ru"] * 3 + ["tr", "ar", "id", "hi", "vi", "th", "ja", "ko", "zh", "pl", "de", "fr", "it", "uk"]
    for i, lang in enumerate(langs):  # 24/7 rebroadcasts of shows, anime, telenovelas, cartoons
        st = make_user(rng, ids, lang, lognorm(rng, 3.5, 1.4), recent=rng.random() < 0.7)
        vt, tf = P.rebroadcast_title(rng, lang, dis=rng.random() < 0.25)
        game = rng.choice(["Just Chatting"] * 5 + ["Special Events", "", S.pick_game(rng, lang, "head")[0], S.pick_game(rng, lang, "mid")[0]])
        out += always_on(rng, st, game, tf, S.tags(rng, lang, pirate=True), "rebroadcast_247_show", vt)
    chan_langs = ["en", "es", "pt", "ru", "de", "fr", "tr", "ar", "pl", "it", "ko", "ja", "hi", "uk", "vi", "id", "th", "el"]
    for i, lang in enumerate(chan_langs):  # relays of real TV channels; a third are sports channels
        sports = i % 3 == 0
        st = make_user(rng, ids, lang, lognorm(rng, 3.7, 1.4), recent=rng.random() < 0.7)
        vt, tf = P.channel_title(rng, lang, sports)
        game = rng.choice(["Sports", "Sports", "Just Chatting"]) if sports else rng.choice(["Just Chatting", "Just Chatting", "Special Events", ""])
        out += always_on(rng, st, game, tf, S.tags(rng, lang, pirate=True), "tv_channel_relay", vt)
    for lang in ["en", "es", "pt", "ko", "ru", "tr", "de", "ja"]:  # chart music radio
        st = make_user(rng, ids, lang, lognorm(rng, 3.0, 1.0), recent=rng.random() < 0.5)
        vt, tf = P.chart_radio_title(rng, lang)
        out += always_on(rng, st, rng.choice(["Music", "Music", "Music", "Just Chatting"]), tf, S.tags(rng, lang, "music_performance"),
                         "chart_radio_247", vt)
    return out


def legit_247(rng, ids):
    out = []
    for i, t in enumerate(K.LOFI_RADIO):  # royalty-free / licensed 24/7 radio
        lang = {"lo-fi japonês": "pt", "música sin": "es", "музыка": "ru", "作業用": "ja", "24시간": "ko", "Musik ohne": "de"}
        lg = next((v for k, v in lang.items() if t.startswith(k)), "en")
        st = make_user(rng, ids, lg, lognorm(rng, 4.0 if i % 4 else 6.5, 1.0), old=True)
        out += always_on(rng, st, "Music", (lambda k, t=t: t), S.tags(rng, lg, "music_performance"), "royalty_free_radio", drop_p=0.01)
    for login, disp, game, lang, title, kind in T.OFFICIAL:
        base = lognorm(rng, 7.6, 0.5) if kind == "sports" else lognorm(rng, 5.5, 0.8)
        st = make_user(rng, ids, lang, base, old=True, btype="partner", login=login, name=disp)
        n = rng.randint(2, 20)
        tf = lambda k, t=title, n=n: t.format(n=n + k, m=n + k + 3)
        if kind == "marathon":
            out += always_on(rng, st, game, tf, S.tags(rng, lang), "official_rights_holder", drop_p=0.0)
            continue
        h0 = rng.randint(0, 5)
        started = S.HOURS[h0] - timedelta(minutes=rng.randint(1, 50))
        for k, h in enumerate(range(h0, min(S.NH, h0 + rng.randint(2, 4)))):
            out.append(entry(st, 0, started, h, game, tf(0), S.tags(rng, lang, "sports"), "official_rights_holder", rng=rng,
                             ramp=0.7 if k == 0 else 1.0))
    for login, disp, game, lang, title in T.LEAGUE_CHANNELS:
        st = make_user(rng, ids, lang, lognorm(rng, 5.8, 0.9), old=True, btype="partner", login=login, name=disp)
        out += always_on(rng, st, game, (lambda k, t=title: t.format(n=k % 5 + 1)), S.tags(rng, lang), "official_league_channel", drop_p=0.0)
    return out


def long_session(rng, st, game, title, tags, beh, h_from=0, h_to=S.NH - 1, sess=0, started=None):
    started = started or (start_before(rng, 0.5, 6) if h_from == 0 else S.HOURS[h_from] - timedelta(minutes=rng.randint(1, 55)))
    return [entry(st, sess, started, h, game, title, tags, beh, rng=rng, ramp=(0.7 if h == h_from and h_from > 0 else 1.0))
            for h in range(h_from, h_to + 1)]


STAR_LANGS = ["en", "en", "es", "es", "pt", "ja", "ko", "fr", "de", "ru", "en", "es"]
ANCHOR_CATS = ["Just Chatting", "Grand Theft Auto V", "League of Legends", "Counter-Strike", "Valorant", "Fortnite"]


def stars_and_anchors(rng, ids):
    out = []
    for i, lang in enumerate(STAR_LANGS):  # a few streams with tens of thousands of viewers
        st = make_user(rng, ids, lang, math.exp(rng.uniform(math.log(12000), math.log(60000))), old=True, btype="partner")
        game = "Just Chatting" if i % 3 == 0 else S.pick_game(rng, lang, "head")[0]
        t = ordinary_title(rng, lang, "chat" if game == "Just Chatting" else "game", S.short(rng, game))
        beh = "just_chatting" if game == "Just Chatting" else "gaming"
        h_from, h_to = rng.choice([(0, 7), (0, 5), (0, 3), (2, 7), (1, 6)])
        out += long_session(rng, st, game, t, S.tags(rng, lang), beh, h_from, h_to)
    for game in ANCHOR_CATS:  # long-running big streams keep every head category busy
        for j in range(2):
            lang = rng.choice(["en", "es", "pt", "ko", "ru", "ja", "fr", "de"])
            st = make_user(rng, ids, lang, rng.uniform(3500, 9000), old=True, btype="partner")
            chat = game == "Just Chatting"
            t = ordinary_title(rng, lang, "chat" if chat else rng.choice(["game", "ranked"]), S.short(rng, game))
            out += long_session(rng, st, game, t, S.tags(rng, lang), "just_chatting" if chat else "gaming")
    for i in range(14):  # big streamers who always use a placeholder title in their usual category
        lang = rng.choice(["en", "en", "ko", "ja", "es", "pt", "ru", "de", "fr", "tr"])
        st = make_user(rng, ids, lang, math.exp(rng.uniform(math.log(500), math.log(15000))), old=True)
        game = rng.choice(ANCHOR_CATS + ["Minecraft", "Dota 2", "Apex Legends", "World of Warcraft"])
        h_from = rng.randint(0, 3)
        out += long_session(rng, st, game, placeholder(rng, lang), S.tags(rng, lang), "placeholder_usual", h_from,
                            rng.randint(max(h_from + 1, 4), 7))
    return out


def viewbots(rng, ids, n=26):
    out = []
    for i in range(n):
        lang = S.lang_for_hour(rng, 3)
        st = make_user(rng, ids, lang, rng.uniform(1, 20), recent=rng.random() < 0.5)
        game = S.pick_game(rng, lang, rng.choice(["head", "mid"]))[0]
        t = ordinary_title(rng, lang, "game", S.short(rng, game))
        h_from = rng.randint(0, 4)
        rows = long_session(rng, st, game, t, S.tags(rng, lang), "gaming", h_from, min(7, h_from + rng.randint(2, 6)))
        sp = rng.randrange(1, len(rows))
        for e in rows[sp:sp + rng.choice([1, 1, 2])]:
            e["v"], e["beh"] = int(math.exp(rng.uniform(math.log(150), math.log(3500)))), "viewbot_spike"
        out += rows
    return out
