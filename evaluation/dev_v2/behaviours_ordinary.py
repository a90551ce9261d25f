"""Special *legitimate* behaviours layered on the ordinary population (hard negatives)."""
import datetime as dt

import population as P
import vocab_names as VN
from vocab_categories import BY_NAME, CATEGORIES

TAIL = [c for c in CATEGORIES if c["tier"] == "tail"]
SMALL = [c for c in CATEGORIES if c["tier"] == "small"]
MIDS = [c for c in CATEGORIES if c["tier"] == "mid" and c["kind"] == "game"]
HEAD_GAMES = [c for c in CATEGORIES if c["tier"] == "head" and c["kind"] == "game"]
MOVIE_CATS = ["Grand Theft Auto V", "Minecraft", "Garry's Mod", "Roblox", "VRChat", "Source Filmmaker", "The Movies",
              "Fortnite", "Rec Room", "Phasmophobia", "Lethal Company", "Dead by Daylight", "R.E.P.O.", "Content Warning"]


OFFICIAL_TITLES = {
    "kingsleague": ["KINGS LEAGUE SPAIN | JORNADA 6 🔴 EN DIRECTO", "Kings League Spain - Split 2 Jornada 6 | !kingsleague"],
    "kingsleague_br": ["KINGS LEAGUE BRASIL | RODADA 6 🔴 AO VIVO"],
    "ballerleague": ["Baller League UK | Matchday 5 LIVE 🔴 | !tickets"],
    "iconleague": ["ICON LEAGUE | Spieltag 4 🔴 LIVE"],
    "nfl": ["NFL Week 6 recap + press conferences | official", "NFL Total Access LIVE (official)"],
    "primevideo": ["NBA on Prime: Preseason Showcase | official co-stream", "Prime Video Sports: TNF Week 7 preview show"],
    "ligue1": ["Ligue 1 : le mag officiel | résumés & conférences de presse", "Ligue 1 - multiplex officiel (replay J7)"],
    "nba": ["NBA Preseason: Full game replay | official NBA channel", "NBA Today LIVE | official"],
}


def mkseg(sess, cat, kind, beh=None, **kw):
    d = dict(sess=sess, cat=cat, kind=kind, beh=beh or P.KIND_BEH[kind], viol=False, vtype="none", evasive=False,
             vmult=1.0, vfix=None, title=None)
    d.update(kw)
    return d


def reserve(ctx, cat, hours, owner, shared=False):
    """Tail categories used by special actors: one owner per (category, hour) unless shared."""
    for h in hours:
        key = (cat["game_id"], h)
        held = ctx["reserve"].get(key)
        if held is not None and held != owner and not (shared and held == "shared"):
            return False
    for h in hours:
        ctx["reserve"][(cat["game_id"], h)] = "shared" if shared else owner
    return True


def free_tail(ctx, hours, owner, pool=None):
    r = ctx["r"]
    pool = pool or TAIL
    for _ in range(200):
        c = r.choice(pool)
        if c["name"] == "Artifact":
            continue
        if reserve(ctx, c, hours, owner):
            return c
    raise RuntimeError("no free tail category")


def full_session(r, s, back_hours=(1, 40)):
    st = P.T0 - dt.timedelta(hours=r.uniform(*back_hours))
    s["sessions"] = [[0, P.H - 1, st.replace(microsecond=0)]]


def new_special(ctx, lang=None, base=None, cat=None, mode="normal"):
    r = ctx["r"]
    s = P.new_streamer(r, next(ctx["uids"]), lang, base, cat, mode)
    s["placeholder_habit"] = False
    ctx["streamers"].append(s)
    return s


def cores(ctx, pred):
    return [s for s in ctx["streamers"] if s["role"] == "core" and s["hours"] and pred(s)]


def session_hours(s, si):
    return sorted(h for h, g in s["hours"].items() if g["sess"] == si)


def add_official(ctx):
    r = ctx["r"]
    for login, disp, lang, cname, beh in VN.OFFICIAL_CHANNELS:
        cat = BY_NAME[cname]
        big = login in ("lck", "lec", "lolesports", "eslcs", "blastpremier", "kingsleague", "nfl", "nba")
        base = r.uniform(3000, 25000) if big else r.uniform(150, 3000)
        s = new_special(ctx, lang, base, cat)
        s.update(login=login, name=disp, btype="partner", role=beh,
                 created=P.T0 - dt.timedelta(days=r.randint(2500, 5200)), ccl=[],
                 tags=[x for x in (P.VC.LANG_TAG[lang], "Esports" if beh == "esports_rebroadcast" else "Sports") if x])
        if beh == "esports_rebroadcast":
            full_session(r, s, (1, 30))
            kind = "esports_rerun"
        else:
            a = r.randint(0, 6)
            s["sessions"] = [[a, min(P.H - 1, a + r.randint(1, 5)), P.T0 + dt.timedelta(hours=a, minutes=r.randint(0, 40))]]
            kind = "costream"
        fixed = r.choice(OFFICIAL_TITLES[login]) if login in OFFICIAL_TITLES else None
        for h in range(s["sessions"][0][0], s["sessions"][0][1] + 1):
            s["hours"][h] = mkseg(0, cat, kind, title=fixed)


def add_radio(ctx, n=40):
    r = ctx["r"]
    music, dj = BY_NAME["Music"], BY_NAME["DJs"]
    for i in range(n):
        s = new_special(ctx, r.choices(["en", "ja", "de", "es", "pt", "ru", "fr", "ko"], [60, 8, 6, 6, 6, 5, 5, 4])[0],
                        r.choice([r.uniform(3, 60), r.uniform(40, 600), r.uniform(300, 2500)]), music)
        s["role"] = "radio"
        s["tags"] = ["Lofi", "Radio247", "Music", "Chill"][: r.randint(1, 4)]
        full_session(r, s, (2, 47))
        for h in range(P.H):
            s["hours"][h] = mkseg(0, music, "radio")
    # DJs with long sets (no special label beyond dj_set but stable presence)
    for i in range(25):
        s = new_special(ctx, None, r.choice([r.uniform(5, 80), r.uniform(80, 900)]), dj)
        s["role"] = "core"
        s["sessions"] = P.schedule(r, s, True)
        P.ordinary_plan(r, s)


def add_charity_subathon(ctx, n_charity=26, n_sub=12):
    r = ctx["r"]
    pool = cores(ctx, lambda s: s["base"] >= 15 and s["cat"]["kind"] in ("game", "jc"))
    r.shuffle(pool)
    for s in pool[:n_charity + n_sub]:
        kind = "charity" if n_charity > 0 else "subathon"
        n_charity -= 1
        full_session(r, s, (1, 30 if kind == "charity" else 70))
        s["role"] = kind
        s["hours"] = {h: mkseg(0, s["cat"], kind) for h in range(P.H)}
        if kind == "charity" and r.random() < 0.6:
            s["tags"] = ((s["tags"] or P.make_tags(r, s["lang"], s["cat"])) + ["Charity"])[:10]


def add_stretch(ctx, pred, n, kind, length=(1, 3), cat_fn=None, vm=(1.0, 1.0)):
    r = ctx["r"]
    pool = cores(ctx, pred)
    r.shuffle(pool)
    used = []
    for s in pool[:n]:
        hs = sorted(s["hours"])
        L = r.randint(*length)
        i = r.randint(0, max(0, len(hs) - L))
        cat = cat_fn(s) if cat_fn else None
        for h in hs[i:i + L]:
            g = s["hours"][h]
            g.update(kind=kind, beh=P.KIND_BEH[kind], vmult=r.uniform(*vm))
            if cat:
                g["cat"] = cat
        used.append(s)
    return used


def add_viewbots(ctx, n=30):
    r = ctx["r"]
    pool = [s for s in ctx["streamers"] if s["role"] in ("core", "casual") and 1 <= s["base"] <= 25 and s["hours"]]
    r.shuffle(pool)
    for s in pool[:n]:
        hs = sorted(s["hours"])
        L = min(len(hs), r.choice([1, 1, 2, 3]))
        i = r.randint(0, len(hs) - L)
        spike = r.choice([r.uniform(1200, 4000), r.uniform(3000, 14000)])
        if s["hours"][hs[i]]["cat"] is not None and s["hours"][hs[i]]["cat"]["tier"] == "tail":
            if not reserve(ctx, s["hours"][hs[i]]["cat"], hs[i:i + L], s["uid"]):
                continue
        for h in hs[i:i + L]:
            g = s["hours"][h]
            g.update(beh="viewbot_spike", vfix=int(spike * r.uniform(0.85, 1.15)))
        s["role"] = s["role"] + "+viewbot"


def add_legit_hops(ctx, n=140):
    r = ctx["r"]
    pool = cores(ctx, lambda s: s["base"] >= 40 and len(s["hours"]) >= 3 and s["cat"]["tier"] in ("head", "mid"))
    big = [s for s in pool if s["base"] >= 500]
    small = [s for s in pool if s["base"] < 500]
    r.shuffle(big)
    r.shuffle(small)
    chosen = big[: n * 2 // 5] + small[: n - n * 2 // 5]
    for s in chosen:
        hs = sorted(s["hours"])
        a = r.randint(1, len(hs) - 1)
        L = min(len(hs) - a, r.choice([1, 2, 2, 3, 4]))
        hop_hours = hs[a:a + L]
        u = r.random()
        if u < 0.35:
            try:
                target = free_tail(ctx, hop_hours, s["uid"])
            except RuntimeError:
                continue
        elif u < 0.8:
            target = r.choice(SMALL)
        else:
            target = r.choice([c for c in MIDS if c["weight"] < 15])
        vm = r.uniform(0.3, 0.75)
        for k, h in enumerate(hop_hours):
            g = s["hours"][h]
            g.update(cat=target, kind="hop", beh="legit_hop", vmult=vm * r.uniform(0.9, 1.1), prev=s["cat"])
            if k > 0 and r.random() < 0.3:
                g["kind"] = "game"
        if r.random() < 0.45:
            pass  # remaining hours stay in the home category: hop back
        else:
            for h in hs[a + L:]:
                del s["hours"][h]
        s["role"] = "core+legithop"


def apply_ordinary_specials(ctx):
    add_official(ctx)
    add_radio(ctx)
    add_charity_subathon(ctx)
    r = ctx["r"]
    add_stretch(ctx, lambda s: s["cat"]["name"] in ("Just Chatting", "Sports", "Talk Shows & Podcasts"), 120,
                "reaction", (1, 3))
    add_stretch(ctx, lambda s: s["cat"]["name"] in MOVIE_CATS or "h" in s["cat"]["flags"], 32, "ingame_movie", (1, 2))
    esports = [BY_NAME[n] for n in ("League of Legends", "VALORANT", "Counter-Strike", "Dota 2", "Rocket League",
                                    "Fortnite", "Overwatch 2", "Apex Legends")]
    add_stretch(ctx, lambda s: s["base"] >= 80 and (s["cat"] in esports or s["cat"]["name"] == "Just Chatting"), 45,
                "watchparty", (2, 5), cat_fn=lambda s: s["cat"] if s["cat"] in esports else r.choice(esports[:3]),
                vm=(1.0, 1.6))
    add_viewbots(ctx)
    add_legit_hops(ctx)
