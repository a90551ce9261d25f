"""Ordinary streamer population: identities, audiences, home categories and schedules."""
import datetime as dt
import math

import vocab_common as VC
import vocab_names as VN
from vocab_categories import CATEGORIES, BY_NAME, LANG_BOOST

H = 10
T0 = dt.datetime(2026, 10, 14, 6, 0, 0)
ACT = [0.55, 0.45, 0.35, 0.25, 0.18, 0.15, 0.18, 0.25, 0.35, 0.45, 0.52, 0.58,
       0.62, 0.66, 0.70, 0.74, 0.80, 0.86, 0.92, 0.97, 1.0, 1.0, 0.92, 0.75]
LANG_CODES = [c for c, _, _ in VC.LANGS]
LANG_W = [w for _, w, _ in VC.LANGS]
SPORTS_KIND = {"EA Sports FC 26": "fc", "EA Sports FC 25": "fc", "eFootball": "fc", "Football Manager 2024": "fc",
               "NBA 2K26": "nba", "NBA 2K25": "nba", "Madden NFL 26": "nfl", "Madden NFL 25": "nfl",
               "EA Sports College Football 26": "nfl", "UFC 5": "ufc", "Undisputed": "ufc", "F1 25": "f1", "F1 24": "f1"}
KIND_BEH = {"game": "ordinary_gaming", "ranked": "ranked_grind", "rp": "roleplay_series", "fc": "sports_video_game",
            "nba": "sports_video_game", "nfl": "sports_video_game", "ufc": "sports_video_game", "f1": "sports_video_game",
            "sportsgame": "sports_video_game", "chat": "just_chatting", "irl": "irl", "podcast": "podcast_episode",
            "tabletop": "tabletop_episode", "charity": "charity_marathon", "subathon": "subathon",
            "ingame_movie": "ingame_movie_night", "reaction": "reaction_no_footage", "sportstalk": "sports_talk",
            "hop": "legit_hop", "radio": "music_247_radio", "dj": "dj_set", "music": "live_music", "creative": "creative",
            "chess": "chess", "asmr": "asmr", "casino": "casino", "esports_rerun": "esports_rebroadcast",
            "watchparty": "esports_watch_party", "costream": "official_sports_costream", "event": "special_event",
            "uncat": "uncategorised", "placeholder": "placeholder_title"}


def local_act(lang, h):
    return ACT[(6 + h + VC.LANG_TZ.get(lang, 0)) % 24]


def sample_base(r):
    u = r.random()
    if u < 0.42:
        return float(min(4, int(math.log(1 - r.random()) / math.log(0.55))))
    if u < 0.70:
        return max(2.0, r.lognormvariate(math.log(8), 0.5))
    if u < 0.88:
        return max(12.0, r.lognormvariate(math.log(40), 0.6))
    if u < 0.965:
        return max(90.0, r.lognormvariate(math.log(250), 0.6))
    if u < 0.997:
        return max(700.0, r.lognormvariate(math.log(1800), 0.55))
    return min(95000.0, 5000.0 * (1.0 / (1.0 - r.random())) ** (1 / 1.3))


def cat_weights(lang, base, allow_tail=True):
    boost = LANG_BOOST.get(lang, {})
    ws = []
    for c in CATEGORIES:
        w = c["weight"] * boost.get(c["name"], 1.0)
        if c["tier"] == "tail":
            w = w if (allow_tail and base <= 8) else 0.0
        elif c["tier"] == "small" and base > 400:
            w *= 0.3
        if c["tier"] == "head" and base > 300:
            w *= 2.5
        ws.append(w)
    return ws


def pick_cat(r, lang, base, allow_tail=True, tiers=None):
    ws = cat_weights(lang, base, allow_tail)
    if tiers:
        ws = [w if c["tier"] in tiers else 0.0 for w, c in zip(ws, CATEGORIES)]
    return r.choices(CATEGORIES, weights=ws)[0]


def title_kind(r, cat, persona=None):
    if cat is None:
        return "uncat" if r.random() < 0.5 else "chat"
    k, name = cat["kind"], cat["name"]
    if k == "game":
        if "s" in cat["flags"]:
            return SPORTS_KIND.get(name, "sportsgame")
        if "r" in cat["flags"] and persona == "rp":
            return "rp"
        if "c" in cat["flags"] and persona == "ranked":
            return "ranked"
        return "game"
    return {"jc": "chat", "irl": "irl", "podcast": "podcast", "music": "music", "dj": "dj", "creative": "creative",
            "chess": "chess", "sports": "sportstalk", "events": "event", "tabletop": "tabletop", "casino": "casino",
            "asmr": "asmr"}.get(k, "chat")


def make_login(r, lang, mode="normal"):
    if mode == "pirate":
        a, b = VN.PIRATE_PARTS
        s = r.choice(["%s%s%s", "%s_%s%s", "%s%s_%s", "x%s%sx%s"]) % (r.choice(a), r.choice(b), r.choice(["", str(r.randint(1, 99)), "tv", "hd"]))
        if r.random() < 0.2:
            s = "user%d" % r.randint(10**7, 10**9)
        if r.random() < 0.1:
            s = "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.randint(8, 14)))
        return s[:25]
    if mode == "innocent":
        a, b, c = VN.INNOCENT_PARTS
        return ("%s%s%s" % (r.choice(a), r.choice(["", "_"]) + r.choice(b) + r.choice(["", "_"]), r.choice(c)))[:25]
    pre, suf = VN.PARTS.get(lang, VN.DEFAULT_PARTS)
    pat = r.random()
    if pat < 0.35:
        s = r.choice(pre) + r.choice(suf)
    elif pat < 0.6:
        s = r.choice(pre) + "_" + r.choice(suf)
    elif pat < 0.85:
        s = r.choice(suf) + str(r.choice([r.randint(1, 99), r.randint(1990, 2010), r.randint(100, 9999)]))
    else:
        s = r.choice(["the", "its", "im", "xx", "not", "real", "iam", ""]) + r.choice(pre) + r.choice(suf) + r.choice(["", "tv", "ttv", "_", "x", "yt", "live"])
    return s.lower()[:25]


def display_name(r, login, lang):
    if lang in VN.NATIVE_DISPLAY and r.random() < 0.35:
        return r.choice(VN.NATIVE_DISPLAY[lang]) + r.choice(["", "", str(r.randint(1, 99)), "ch", "TV"])
    if r.random() < 0.5:
        return login
    parts = login.split("_")
    return "_".join(p[:1].upper() + p[1:] for p in parts)


def created_at(r, mode="normal", base=0):
    if mode == "throwaway":
        d = T0 - dt.timedelta(days=r.uniform(0.3, 21))
    elif mode == "young":
        d = T0 - dt.timedelta(days=r.uniform(20, 240))
    else:
        lo = 60 if base < 100 else 400
        d = T0 - dt.timedelta(days=min(5500, lo + r.expovariate(1 / 1100.0)))
    return d.replace(microsecond=0)


def btype(r, base):
    if base >= 1000:
        return "partner" if r.random() < 0.75 else "affiliate"
    if base >= 100:
        return r.choices(["partner", "affiliate", ""], [0.12, 0.83, 0.05])[0]
    if base >= 10:
        return "affiliate" if r.random() < 0.6 else ""
    return "affiliate" if r.random() < 0.22 else ""


def make_tags(r, lang, cat):
    tags = []
    if r.random() < 0.8:
        tags.append(VC.LANG_TAG[lang])
    kind = cat["kind"] if cat else "jc"
    pool = VC.KIND_TAGS.get(kind, []) + VC.GENERIC_TAGS
    for t in r.sample(pool, min(len(pool), r.choice([0, 1, 2, 2, 3, 4, 5]))):
        if t not in tags:
            tags.append(t)
    return tags[:10]


def base_ccl(r, cat):
    ccl = []
    name = cat["name"] if cat else ""
    if r.random() < 0.12:
        ccl.append("ProfanityVulgarity")
    if name in ("Slots", "Virtual Casino"):
        ccl.append("Gambling")
    if name == "Politics" and r.random() < 0.8:
        ccl.append("DebatedSocialIssuesAndPolitics")
    if name in ("Pools, Hot Tubs, and Beaches", "ASMR") and r.random() < 0.4:
        ccl.append("SexualThemes")
    if r.random() < 0.015:
        ccl.append("DrugsIntoxication")
    return ccl


def make_style(r):
    return {"pre": r.choice([0.0, 0.05, 0.2, 0.5, 0.9]), "emo": r.choice([0.0, 0.1, 0.3, 0.6]),
            "cmd": r.choice([0.0, 0.1, 0.3, 0.7, 0.95]), "caps": r.choice([0.0, 0.0, 0.02, 0.3]),
            "change": r.choice([0.05, 0.1, 0.2, 0.35])}


def new_streamer(r, uid, lang=None, base=None, cat=None, mode="normal", allow_tail=True):
    lang = lang or r.choices(LANG_CODES, LANG_W)[0]
    base = sample_base(r) if base is None else base
    if cat is None:
        cat = pick_cat(r, lang, base, allow_tail)
    login = make_login(r, lang, "pirate" if mode == "pirate" else ("innocent" if mode == "innocent" else "normal"))
    login = "%s%s" % (login, "" if r.random() < 0.6 else str(uid % 1000))
    persona = r.choices(["plain", "ranked", "rp"], [0.5, 0.35, 0.15])[0]
    return dict(uid=str(uid), login=login[:25], name=None, lang=lang, base=base, cat=cat, persona=persona,
                alts=[], created=None, btype=None, tags=None, ccl=base_ccl(r, cat), style=make_style(r),
                placeholder_habit=r.random() < 0.03, sessions=[], hours={}, role="ordinary")


def finish_identity(r, s, mode="normal"):
    s["name"] = s["name"] or display_name(r, s["login"], s["lang"])
    s["created"] = s["created"] or created_at(r, mode, s["base"])
    s["btype"] = s["btype"] if s["btype"] is not None else btype(r, s["base"])
    s["tags"] = s["tags"] if s["tags"] is not None else make_tags(r, s["lang"], s["cat"])


def schedule(r, s, core):
    """Sessions as [start_hour_index, end_hour_index_inclusive, started_at]."""
    sess = []
    if core:
        if r.random() < 0.6:
            start = -r.randint(1, 8)
        else:
            start = r.randint(0, H - 3)
        length = r.randint(6, 14)
        end = min(H - 1, max(start + length - 1, r.randint(0, 3)))
        sess.append([max(0, start), end, start])
        if end < H - 3 and r.random() < 0.5:
            s2 = end + r.randint(2, 3)
            sess.append([s2, min(H - 1, s2 + r.randint(1, 6)), s2])
    else:
        while True:
            start = r.randint(-4, H - 1)
            if r.random() < 0.5 + 0.5 * local_act(s["lang"], max(0, start)):
                break
        length = r.choice([1, 1, 2, 2, 2, 3, 3, 4, 5])
        end = min(H - 1, start + length - 1)
        if end >= 0:
            sess.append([max(0, start), end, start])
    out = []
    for a, b, st in sess:
        if st < 0:
            started = T0 + dt.timedelta(hours=st) + dt.timedelta(minutes=r.randint(0, 59))
        else:
            started = T0 + dt.timedelta(hours=st, minutes=r.randint(0, 50))
        out.append([a, b, started.replace(second=r.randint(0, 59))])
    return out


def ordinary_plan(r, s):
    """Fill s['hours'] with ordinary segments from its sessions."""
    for si, (a, b, _) in enumerate(s["sessions"]):
        cat = s["cat"]
        if s["alts"] and r.random() < 0.15:
            cat = r.choice(s["alts"])
        if r.random() < 0.008:
            cat = None
        for h in range(a, b + 1):
            if h > a and s["alts"] and r.random() < 0.04:
                cat = r.choice(s["alts"] + [s["cat"]])
            kind = title_kind(r, cat, s["persona"])
            if s["placeholder_habit"] and r.random() < 0.7:
                kind = "placeholder"
            vm = 1.0 if cat is s["cat"] else r.uniform(0.75, 1.05)
            s["hours"][h] = dict(sess=si, cat=cat, kind=kind, beh=KIND_BEH[kind], viol=False, vtype="none",
                                 evasive=False, vmult=vm, vfix=None, title=None)


def pick_alts(r, s):
    n = r.choice([0, 0, 1, 1, 2, 3])
    if s["cat"]["tier"] == "tail":
        tiers = ("tail", "small")
    elif s["base"] > 300:
        tiers = ("head", "mid")
    else:
        tiers = ("head", "mid", "small")
    s["alts"] = [pick_cat(r, s["lang"], s["base"], True, tiers) for _ in range(n)]
