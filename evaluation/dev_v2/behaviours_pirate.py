"""Infringing behaviours (positives): popular-category pirates, 24/7 rebroadcasts, hoppers, evasive hoppers."""
import datetime as dt

import population as P
import piracy as PZ
import vocab_common as VC
from behaviours_ordinary import mkseg, reserve, free_tail, full_session, new_special, TAIL, SMALL, HEAD_GAMES
from vocab_categories import BY_NAME

# a work's franchise tie-in category (pirates like to hide a show inside "its" game)
TIE_IN = {"Naruto Shippuden": "Naruto Shippuden: Ultimate Ninja Storm 4", "Boruto": "Naruto Shippuden: Ultimate Ninja Storm 4",
          "Dragon Ball Z": "DRAGON BALL: Sparking! ZERO", "Dragon Ball Super": "DRAGON BALL: Sparking! ZERO",
          "One Piece": "ONE PIECE ODYSSEY", "Jujutsu Kaisen": "Jujutsu Kaisen Cursed Clash",
          "Demon Slayer": "Demon Slayer -Kimetsu no Yaiba- The Hinokami Chronicles", "Attack on Titan": "Attack on Titan 2",
          "My Hero Academia": "My Hero Ultra Rumble", "Hunter x Hunter": "Hunter x Hunter: Nen x Impact",
          "Bleach: Thousand-Year Blood War": "Bleach: Shattered Blade", "Pokémon": "Pokémon Legends: Z-A",
          "The Simpsons": "The Simpsons: Hit & Run", "SpongeBob SquarePants": "SpongeBob SquarePants: Battle for Bikini Bottom - Rehydrated",
          "South Park": "South Park: The Stick of Truth", "Squid Game": "Squid Game: Unleashed", "Stranger Things": "Stranger Things 3: The Game",
          "Peaky Blinders": "Peaky Blinders: Mastermind", "The Last of Us": "The Last of Us Part II", "Arcane": "League of Legends",
          "Fallout": "Fallout 76", "Cyberpunk: Edgerunners": "Cyberpunk 2077", "The Witcher": "The Witcher 3: Wild Hunt",
          "The Walking Dead": "The Walking Dead: Saints & Sinners", "Family Guy": "Family Guy: Back to the Multiverse",
          "A Minecraft Movie": "Minecraft", "F1": "F1 25", "The Super Mario Galaxy Movie": "Mario Kart World",
          "Jurassic World Rebirth": "Jurassic World Evolution 2", "Alien: Romulus": "Alien: Isolation",
          "Spider-Man: Brand New Day": "Marvel's Spider-Man 2", "Dune: Part Two": "Dune: Awakening",
          "Avatar: Fire and Ash": "Avatar: Frontiers of Pandora", "The Mandalorian and Grogu": "Star Wars Jedi: Survivor",
          "Game of Thrones": "Game of Thrones: Kingsroad", "House of the Dragon": "Game of Thrones: Kingsroad"}
TAIL_TIE = {"The Simpsons": "The Simpsons Game", "Family Guy": "Family Guy: Back to the Multiverse", "Dragon Ball Z": "Dragon Ball Z: Budokai 3",
            "Naruto Shippuden": "Naruto: Clash of Ninja Revolution", "One Piece": "One Piece: Grand Battle!", "Bleach: Thousand-Year Blood War":
            "Bleach: Shattered Blade", "Hunter x Hunter": "Hunter x Hunter: Nen x Impact", "Death Note": "Death Note: Kira Game",
            "SpongeBob SquarePants": "SpongeBob SquarePants: Revenge of the Flying Dutchman", "Yu Yu Hakusho": "Yu Yu Hakusho: Dark Tournament",
            "Sailor Moon": "Sailor Moon: Another Story", "The Walking Dead": "The Walking Dead: Destinies", "Interstellar": "The Thing",
            "Gladiator II": "Rise of Nations", "Avatar: Fire and Ash": "James Cameron's Avatar: The Game"}
PIRATE_LANGS = (["en", "es", "pt", "ru", "tr", "pl", "ar", "fr", "de", "it", "ja", "ko", "zh", "th", "vi", "id", "uk", "cs"],
                [28, 18, 12, 8, 6, 5, 5, 4, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1])
EVASIVE_LANGS = ["en"] * 12 + ["es"] * 5 + ["pt"] * 4 + ["ru"] * 3 + ["de", "de", "fr", "fr", "tr", "pl", "ja", "ko", "ar", "it"]


def plang(r):
    return r.choices(*PIRATE_LANGS)[0]


def pirate_identity(r, s, throwaway=True):
    mode = r.random()
    if mode < 0.7:
        s["login"] = P.make_login(r, s["lang"], "pirate")
    elif mode < 0.85:
        s["login"] = P.make_login(r, s["lang"], "innocent")
    s["created"] = P.created_at(r, "throwaway" if throwaway and r.random() < 0.6 else "young")
    s["btype"] = "" if r.random() < 0.85 else "affiliate"
    s["tags"] = r.sample(VC.PIRATE_TAGS, r.randint(1, 4)) if r.random() < 0.5 else ([VC.LANG_TAG[s["lang"]]] if r.random() < 0.5 else [])
    s["ccl"] = [] if r.random() < 0.85 else ["MatureGame"]


def pseg(sess, cat, ptype, beh, r, hard_p=0.3, **kw):
    return mkseg(sess, cat, "pirate", beh, viol=True, ptype=ptype, hard=r.random() < hard_p, **kw)


def short_session(r, a, L):
    b = min(P.H - 1, a + L - 1)
    st = P.T0 + dt.timedelta(hours=a, minutes=r.randint(0, 45)) if a > 0 or r.random() < 0.5 else \
        P.T0 - dt.timedelta(minutes=r.randint(10, 200))
    return [[a, b, st]]


def popular_cat_for(r, ptype):
    u = r.random()
    if ptype in ("match", "final", "ppv") and u < 0.35:
        return BY_NAME["Sports"] if ptype != "ppv" or r.random() < 0.5 else BY_NAME["Special Events"]
    if ptype in ("concert", "album", "radio") and u < 0.55:
        return BY_NAME["Music"]
    if r.random() < 0.55:
        return BY_NAME["Just Chatting"]
    if r.random() < 0.1:
        return BY_NAME["Talk Shows & Podcasts"]
    return r.choice(HEAD_GAMES)


def add_popular(ctx, n=125):
    r = ctx["r"]
    types = ["film", "episode", "match", "ppv", "concert", "album", "final", "radio"]
    for i in range(n):
        ptype = r.choices(types, [34, 15, 18, 11, 7, 5, 5, 3])[0]
        s = new_special(ctx, plang(r), r.choice([r.uniform(8, 120), r.uniform(60, 900), r.uniform(500, 5000)]))
        pirate_identity(r, s)
        s["role"] = "infringer_popular"
        s["sessions"] = short_session(r, r.randint(0, P.H - 1), r.choice([1, 2, 2, 3, 3, 4, 5]))
        cat = popular_cat_for(r, ptype)
        a, b, _ = s["sessions"][0]
        for h in range(a, b + 1):
            s["hours"][h] = pseg(0, cat, ptype, "infringer_popular", r, tie=(ptype == "film" and r.random() < 0.25))
        s["cat"] = cat


def add_247(ctx, n_channel=36, n_show=42):
    r = ctx["r"]
    for i in range(n_channel + n_show):
        is_ch = i < n_channel
        s = new_special(ctx, plang(r), r.choice([r.uniform(20, 200), r.uniform(100, 1500), r.uniform(800, 6000)]))
        pirate_identity(r, s)
        beh = "tv_channel_247" if is_ch else "show_247"
        s["role"] = beh
        ptype = "channel" if is_ch else r.choice(["show247", "show247", "anime247", "anime247", "episode"])
        u = r.random()
        cat = BY_NAME["Just Chatting"] if u < 0.4 else (r.choice(HEAD_GAMES) if u < 0.65 else (
            BY_NAME["Sports"] if is_ch and u < 0.8 else (BY_NAME["Retro"] if u < 0.85 else (None if u < 0.92 else BY_NAME["Special Events"]))))
        if r.random() < 0.85:
            full_session(r, s, (1, 46))
        else:
            s["sessions"] = short_session(r, r.randint(0, 4), r.randint(4, 9))
        a, b, _ = s["sessions"][0]
        for h in range(a, b + 1):
            s["hours"][h] = pseg(0, cat, ptype, beh, r, 0.3, tie=(not is_ch and r.random() < 0.35))
        s["cat"] = cat


def add_uncategorised(ctx, n=22):
    r = ctx["r"]
    for i in range(n):
        ptype = r.choice(["film", "film", "episode", "match", "ppv", "anime247", "channel"])
        s = new_special(ctx, plang(r), r.choice([r.uniform(5, 80), r.uniform(50, 1500)]))
        pirate_identity(r, s)
        s["role"] = "infringer_uncategorised"
        s["sessions"] = short_session(r, r.randint(0, P.H - 1), r.randint(1, 5))
        a, b, _ = s["sessions"][0]
        for h in range(a, b + 1):
            s["hours"][h] = pseg(0, None, ptype, "infringer_uncategorised", r, 0.3)


def add_untitled(ctx, n=9):
    r = ctx["r"]
    for i in range(n):
        s = new_special(ctx, r.choice(["en", "en", "es", "pt", "ar", "tr", "pl", "en", "es"]), r.uniform(2500, 40000))
        pirate_identity(r, s, True)
        s["created"] = P.created_at(r, "throwaway")
        s["role"] = "untitled_throwaway"
        s["sessions"] = short_session(r, r.randint(1, P.H - 1), r.choice([1, 2, 2, 3]))
        cat = r.choice([BY_NAME["Just Chatting"], BY_NAME["Sports"], BY_NAME["Special Events"], BY_NAME["Just Chatting"]])
        vt = r.choice(["live_sports", "live_sports", "ppv"])
        a, b, _ = s["sessions"][0]
        for h in range(a, b + 1):
            s["hours"][h] = mkseg(0, cat, "placeholder", "untitled_throwaway", viol=True, vtype=vt,
                                  title=r.choice(["Untitled", "untitled", "Untitled Broadcast", ".", "live", "🔴", "stream"]))
        s["cat"] = cat


def add_dead_category(ctx, n=28, artifact=5):
    r = ctx["r"]
    art = BY_NAME["Artifact"]
    for i in range(n):
        s = new_special(ctx, plang(r), r.choice([r.uniform(25, 150), r.uniform(100, 1500)]))
        pirate_identity(r, s)
        s["role"] = "dead_category_piracy"
        if i < artifact:
            a = r.randint(3, 5)
            s["sessions"] = short_session(r, a, P.H - a)
            hours = list(range(a, P.H))
            cat = art
            reserve(ctx, art, hours, "shared", shared=True)
            ptype = r.choice(["film", "episode", "show247", "match"])
        else:
            if r.random() < 0.6:
                full_session(r, s, (1, 30))
            else:
                s["sessions"] = short_session(r, r.randint(0, 5), r.randint(3, 8))
            a, b, _ = s["sessions"][0]
            hours = list(range(a, b + 1))
            ptype = r.choice(["film", "episode", "show247", "anime247", "anime247", "match", "ppv", "channel"])
            cat = free_tail(ctx, hours, s["uid"])
        for h in hours:
            s["hours"][h] = pseg(0, cat, ptype, "dead_category_piracy", r, 0.35, tie=True)
        s["cat"] = cat


def history(r, s, last_hour):
    """Stable ordinary hours in a popular home category, 0..last_hour-1."""
    start = 0 if r.random() < 0.8 else -r.randint(1, 5)
    st = P.T0 + dt.timedelta(hours=start, minutes=r.randint(0, 55))
    s["sessions"] = [[0, P.H - 1, st]]
    for h in range(0, last_hour):
        k = P.title_kind(r, s["cat"], s["persona"])
        s["hours"][h] = mkseg(0, s["cat"], k, vmult=r.uniform(0.95, 1.05))


def add_hoppers(ctx, n_hop=40, n_evasive=34, artifact=5):
    r = ctx["r"]
    starts = [2 + (i % 8) for i in range(n_evasive)]
    r.shuffle(starts)
    ev_langs = EVASIVE_LANGS[:]
    r.shuffle(ev_langs)
    for i in range(n_hop + n_evasive):
        evasive = i >= n_hop
        if evasive:
            lang = ev_langs[(i - n_hop) % len(ev_langs)]
            base = 10 ** r.uniform(2.75, 4.3)
            hop = starts[i - n_hop]
        else:
            lang = plang(r)
            base = r.choice([r.uniform(30, 200), r.uniform(150, 1500), r.uniform(800, 3500)])
            hop = r.randint(2, P.H - 1) if i >= artifact else r.randint(5, 7)
        home = BY_NAME["Just Chatting"] if r.random() < 0.35 else r.choice(HEAD_GAMES)
        s = new_special(ctx, lang, base, home)
        s["role"] = "evasive_hop" if evasive else "infringer_hop"
        s["created"] = P.created_at(r, "young" if r.random() < 0.4 else "normal", base)
        s["stable"] = evasive
        history(r, s, hop)
        L = min(P.H - hop, r.choices([1, 2, 3, 4], [25, 35, 25, 15])[0])
        hop_hours = list(range(hop, hop + L))
        if evasive:
            target = free_tail(ctx, hop_hours, s["uid"])
        elif i < artifact:
            target = BY_NAME["Artifact"]
            reserve(ctx, target, hop_hours, "shared", shared=True)
        elif r.random() < 0.75:
            target = free_tail(ctx, hop_hours, s["uid"])
        else:
            target = r.choice(SMALL)
        sess = 0
        if r.random() < 0.25:
            s["sessions"][0][1] = hop - 1
            s["sessions"].append([hop, P.H - 1, P.T0 + dt.timedelta(hours=hop, minutes=r.randint(0, 20))])
            sess = 1
        vt = r.choices(["film_tv", "live_sports", "ppv", "music"], [50, 25, 15, 10])[0]
        ptype = {"film_tv": r.choice(["film", "episode", "anime247", "show247"]), "live_sports": "match", "ppv": "ppv",
                 "music": r.choice(["concert", "album"])}[vt]
        for h in hop_hours:
            if evasive:
                s["hours"][h] = mkseg(sess, target, "placeholder", "evasive_hop", viol=True, vtype=vt, evasive=True,
                                      vfix=int(base * r.uniform(0.9, 1.07)))
            else:
                s["hours"][h] = pseg(sess, target, ptype, "infringer_hop", r, 0.35, vmult=r.uniform(0.6, 1.1))
        after = list(range(hop + L, P.H))
        u = r.random()
        if after and u < 0.4:
            back = after[: r.randint(1, len(after))]
            for h in back:
                s["hours"][h] = mkseg(sess, home, P.title_kind(r, home, s["persona"]), vmult=r.uniform(0.95, 1.05))
            rest = after[len(back):]
            if evasive and rest and r.random() < 0.5:
                t2 = free_tail(ctx, rest[:2], s["uid"])
                for h in rest[:2]:
                    s["hours"][h] = mkseg(sess, t2, "placeholder", "evasive_hop", viol=True, vtype=vt, evasive=True,
                                          vfix=int(base * r.uniform(0.9, 1.07)))


def fix_work(ctx, s):
    """Choose what each pirate session airs; put tie-in pirates into the work's own game category."""
    r = ctx["r"]
    works = {}
    for h in sorted(s["hours"]):
        g = s["hours"][h]
        if g["beh"] == "evasive_hop" or not g.get("ptype"):
            continue
        key = (g["sess"], g["ptype"])
        if key not in works or (g["ptype"] == "film" and r.random() < 0.35):
            works[key] = PZ.slots_for(r, s["lang"], g["ptype"])[1]
        g["work"] = works[key]
        dead = g["beh"] == "dead_category_piracy"
        if g.get("tie") and g["ptype"] in (("episode", "show247", "anime247") if dead else ("film", "episode", "show247", "anime247")):
            w = g["work"]
            orig = w[2] if g["ptype"] == "film" else w[1]
            table = TAIL_TIE if g["beh"] == "dead_category_piracy" else TIE_IN
            cname = table.get(orig)
            if cname in BY_NAME:
                c = BY_NAME[cname]
                if c["tier"] != "tail" or reserve(ctx, c, [h], s["uid"]):
                    g["cat"] = c


def apply_pirates(ctx):
    add_hoppers(ctx)
    add_dead_category(ctx)
    add_popular(ctx)
    add_247(ctx)
    add_uncategorised(ctx)
    add_untitled(ctx)
    for s in ctx["streamers"]:
        if s["role"] in PIRATE_ROLES:
            fix_work(ctx, s)


PIRATE_ROLES = {"infringer_popular", "tv_channel_247", "show_247", "infringer_uncategorised", "dead_category_piracy",
                "infringer_hop", "evasive_hop", "untitled_throwaway"}
