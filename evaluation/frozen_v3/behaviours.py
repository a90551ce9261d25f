"""Ordinary population: kinds of streamer (with weights) and the plan for one session of each kind.
A plan is a dict: game, beh, vt, title(k) -> str, tags, switchable."""
import vocab_categories as C
import vocab_kinds as K
import vocab_hardneg as HN
import vocab_pos as P
import vocab_tv_music as T
from vocab_ord2 import ordinary_title, placeholder
import simcore as S

KINDS = [  # (kind, weight)
    ("gaming", 0.50), ("ranked_grind", 0.07), ("just_chatting", 0.14), ("irl", 0.025), ("creative", 0.03), ("asmr", 0.012),
    ("music_performance", 0.02), ("dj_set", 0.008), ("chess", 0.008), ("pools", 0.004), ("food", 0.008), ("travel", 0.005),
    ("science", 0.006), ("devs", 0.005), ("retro", 0.008), ("fitness", 0.004), ("politics", 0.004), ("animals", 0.003),
    ("study", 0.006), ("writing", 0.002), ("gambling", 0.01), ("sports_talk", 0.008), ("special", 0.002),
    ("tabletop_campaign", 0.006), ("podcast_episode", 0.012), ("placeholder_usual", 0.02), ("uncategorised", 0.015),
    ("rp_series", 0.015), ("film_review", 0.006), ("match_talk", 0.009), ("esports_watch_party", 0.006), ("ingame_movie", 0.004),
    ("charity_marathon", 0.002), ("subathon", 0.003), ("marathon_24h", 0.003),
    ("open_restream", 0.005), ("disguised_restream", 0.0042), ("sports_game_cover", 0.0012),
]
KIND_NAMES = [k for k, _ in KINDS]
KIND_W = [w for _, w in KINDS]
POSITIVE_KINDS = ("open_restream", "disguised_restream", "sports_game_cover")
CAT_OF = {"irl": "IRL", "creative": None, "asmr": "ASMR", "music_performance": "Music", "dj_set": "DJs", "chess": "Chess",
          "pools": "Pools, Hot Tubs, and Beaches", "food": "Food & Drink", "travel": "Travel & Outdoors", "science": "Science & Technology",
          "devs": "Software and Game Development", "retro": "Retro", "fitness": "Fitness & Health", "politics": "Politics",
          "animals": "Animals, Aquariums, and Zoos", "study": "Co-working & Studying", "writing": "Writing & Reading",
          "gambling": None, "sports_talk": "Sports", "special": "Special Events"}
POPULAR = ["Just Chatting"] * 6 + ["Grand Theft Auto V", "League of Legends", "Counter-Strike", "Fortnite", "Minecraft", "Valorant",
                                   "Call of Duty: Black Ops 7", "Roblox", "Marvel Rivals"]


def home_game(rng, st):
    """Usual category of a streamer of a given kind, chosen once."""
    kind, lang, base = st["kind"], st["lang"], st["base"]
    if kind in ("gaming", "ranked_grind", "placeholder_usual"):
        r = rng.random()
        if kind == "placeholder_usual" and r < 0.35:
            return "Just Chatting"
        cuts = (0.62, 0.88, 0.97) if base > 200 else (0.40, 0.78, 0.90)
        if r < cuts[0]:
            return S.pick_game(rng, lang, "head")[0]
        if r < cuts[1]:
            return S.pick_game(rng, lang, "mid")[0]
        if r < cuts[2] or kind != "gaming":
            return S.pick_game(rng, lang, "sports")[0]
        return S.pick_game(rng, lang, "longtail")
    if kind in ("just_chatting", "film_review", "match_talk", "podcast_episode", "charity_marathon", "subathon", "marathon_24h"):
        if kind == "match_talk":
            return rng.choice(["Sports", "Just Chatting", "Just Chatting", "Talk Shows & Podcasts"])
        if kind == "podcast_episode":
            return rng.choice(["Talk Shows & Podcasts", "Talk Shows & Podcasts", "Just Chatting"])
        if kind in ("charity_marathon", "subathon", "marathon_24h") and rng.random() < 0.5:
            return S.pick_game(rng, lang, rng.choice(["head", "mid"]))[0]
        return "Just Chatting"
    if kind == "creative":
        return rng.choice(["Art", "Art", "Makers & Crafting", "Beauty & Body Art"])
    if kind == "gambling":
        return rng.choice(["Slots", "Virtual Casino", "Poker"])
    if kind == "tabletop_campaign":
        return rng.choice(["Dungeons & Dragons", "Tabletop RPGs"])
    if kind == "uncategorised":
        return ""
    if kind == "rp_series":
        return "Grand Theft Auto V" if rng.random() < 0.85 else rng.choice(["Red Dead Redemption 2", "Garry's Mod", "DayZ"])
    if kind == "esports_watch_party":
        return rng.choice(list(T.ESPORTS))
    if kind == "ingame_movie":
        return None  # chosen with the title
    if kind == "sports_game_cover":
        return None
    if kind in ("open_restream", "disguised_restream"):
        r = rng.random()
        if r < 0.06:
            return ""
        return rng.choice(POPULAR) if r < 0.8 else S.pick_game(rng, lang, "mid")[0]
    return CAT_OF[kind]


def plan(rng, st):
    kind, lang = st["kind"], st["lang"]
    game = st["home"]
    beh, vt, sw, tg = kind, "none", False, S.tags(rng, lang)
    if kind in ("gaming", "ranked_grind"):
        sw = True
        if game in S.SPORT_OF and rng.random() < 0.75:
            beh = "sports_game_real_teams"
            t = HN.sports_game_title(rng, lang, S.SPORT_OF[game])
            t = t if rng.random() < 0.7 else ordinary_title(rng, lang, "game", S.short(rng, game)) + " | " + t
        else:
            grp = "ranked" if kind == "ranked_grind" else "game"
            t = ordinary_title(rng, lang, grp, S.short(rng, game))
            beh = "gaming" if kind == "gaming" else "ranked_grind"
        if kind == "ranked_grind":
            tg = S.tags(rng, lang, "ranked")
        title = lambda k, t=t: t
    elif kind == "just_chatting":
        sw, t = True, ordinary_title(rng, lang, "chat")
        title = lambda k, t=t: t
    elif kind == "placeholder_usual":
        t = st.setdefault("ph", placeholder(rng, lang))
        title = lambda k, t=t: t
    elif kind == "uncategorised":
        t = ordinary_title(rng, lang, rng.choice(["chat", "game"]), rng.choice(["stuff", "games", "???", "idk"])) \
            if rng.random() < 0.7 else rng.choice(["test", "testing new setup", "setting up OBS", "stream test pls ignore", "brb", "starting soon"])
        title = lambda k, t=t: t
    elif kind in ("film_review", "match_talk"):
        if kind == "film_review":
            t = HN.review_title(rng, lang)
        else:
            beh, t = HN.match_talk_title(rng, lang)
        tg = S.tags(rng, lang, "sports" if kind == "match_talk" else None)
        title = lambda k, t=t: t
    elif kind == "esports_watch_party":
        t = HN.esports_watch_title(rng, lang, game)
        title = lambda k, t=t: t
    elif kind == "ingame_movie":
        game, t = HN.ingame_movie(rng, lang)
        t = t.format(n=rng.randint(1, 30))
        beh = "ingame_filmmaking" if any(x in t.lower() for x in ("film", "machinima", "gravando", "set", "filmando")) else "ingame_movie_night"
        title = lambda k, t=t: t
    elif kind == "rp_series":
        st.setdefault("rp_e", rng.randint(1, 80))
        st["rp_e"] += 1
        t = HN.rp_title(rng, lang, st.setdefault("rp_s", rng.randint(1, 5)), st["rp_e"])
        tg = S.tags(rng, lang, "rp")
        title = lambda k, t=t: t
    elif kind == "tabletop_campaign":
        t = K.kind_title(rng, lang, "tabletop")
        tg = S.tags(rng, lang, "tabletop")
        title = lambda k, t=t: t
    elif kind == "podcast_episode":
        t = K.kind_title(rng, lang, "podcast")
        tg = S.tags(rng, lang, "podcast")
        title = lambda k, t=t: t
    elif kind in ("charity_marathon", "subathon", "marathon_24h"):
        bank = {"charity_marathon": K.CHARITY, "subathon": K.SUBATHON, "marathon_24h": K.H24}[kind]
        t = K.by_lang(rng, bank, lang)
        n0 = rng.randint(2, 18) if kind != "subathon" else rng.randint(2, 30)
        step = 0 if kind == "subathon" else 1
        title = lambda k, t=t, n0=n0, step=step: t.format(n=n0 + k * step)
    elif kind in ("open_restream", "disguised_restream"):
        vt = rng.choices(["film_tv", "live_sports", "ppv", "music"], weights=[50, 25, 12, 13])[0]
        sub = {"film_tv": rng.choice(["film", "film", "series", "anime"]), "music": rng.choice(["album", "concert"])}.get(vt, "")
        if vt == "live_sports" and game == "Just Chatting" and rng.random() < 0.6:
            game = "Sports"
        if vt == "music" and rng.random() < 0.5:
            game = "Music"
        vt, title = P.open_title(rng, lang, vt, sub, dis=(kind == "disguised_restream"))
        tg = S.tags(rng, lang, pirate=True)
    elif kind == "sports_game_cover":
        vt, sport, title = P.cover_title(rng, lang)
        game = {"football": rng.choice(["EA Sports FC 26", "EA Sports FC 26", "eFootball"]), "basketball": "NBA 2K26",
                "american_football": "Madden NFL 26"}[sport]
        tg = S.tags(rng, lang, "sports")
    else:  # simple special-category kinds
        t = K.kind_title(rng, lang, kind)
        tg = S.tags(rng, lang, kind)
        title = lambda k, t=t: t
        beh = {"pools": "irl", "food": "irl", "travel": "irl", "fitness": "irl", "animals": "irl", "chess": "gaming", "retro": "gaming",
               "gambling": "gaming", "science": "creative", "devs": "creative", "writing": "creative", "study": "just_chatting",
               "politics": "just_chatting", "sports_talk": "just_chatting", "special": "just_chatting"}.get(kind, kind)
    return {"game": game, "beh": beh, "vt": vt, "title": title, "tags": tg, "switch": sw}


def new_ordinary(rng, ids, lang, kind=None):
    kind = kind or rng.choices(KIND_NAMES, weights=KIND_W)[0]
    pos = kind in POSITIVE_KINDS
    if pos:
        import math
        base = math.exp(rng.gauss(2.7, 1.5))
    else:
        base = S.base_audience(rng)
        if kind in ("asmr", "pools", "music_performance", "podcast_episode", "rp_series") and rng.random() < 0.3:
            base *= 3
    recent = pos and rng.random() < 0.6
    created = S.created_at(rng, recent=recent)
    login = ids.login(lang)
    st = {"uid": ids.user_id(created), "login": login, "name": S.display_name(rng, lang, login), "lang": lang, "kind": kind,
          "base": base, "created": created, "btype": S.btype(rng, base, new=recent), "labels": []}
    r = rng.random()
    if r < 0.14:
        st["labels"] = ["ProfanityVulgarity"]
    elif r < 0.17:
        st["labels"] = ["DrugsIntoxication", "ProfanityVulgarity"]
    if kind == "pools" and rng.random() < 0.5:
        st["labels"] = ["SexualThemes"]
    st["home"] = home_game(rng, st)
    return st
