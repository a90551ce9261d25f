"""Hard negatives: titles that name films, shows, fixtures, fights or albums without airing them."""
import vocab_sports as S
import vocab_tv_music as T
from vocab_words2 import word, WORDS
from vocab_pos import pick_work, pick_match, match_str


def review_title(rng, lang):
    kind = rng.choice(["film", "film", "series", "anime"])
    name = pick_work(rng, lang, kind)[0]
    w = lambda k: (WORDS.get(lang) or WORDS["en"])["nofootage"][0] if k == "nofootage" else word(rng, lang, k)
    return rng.choice([f"{name} {w('review')} ({w('nofootage')})", f"{w('reaction')} {name} trailer", f"{name} ending explained — spoilers!",
                       f"is {name} overrated? {w('review')}", f"{name}: {w('review')} + chat debate", f"ranking every episode of {name} (tier list)",
                       f"{name} {w('review')} 🎬 ({w('nofootage')})", f"{name} theories & lore talk", f"{w('reaction')} {name} — {w('nofootage')}",
                       f"box office talk: {name}", f"{name} book vs adaptation discussion"])


def match_talk_title(rng, lang):
    """Preview, post-match, watch-along without footage, fantasy and betting talk. Returns (behaviour, title)."""
    m = pick_match(rng, lang)
    ms = match_str(rng, lang, m)
    w = lambda k: word(rng, lang, k)
    r = rng.random()
    if r < 0.25:
        return "match_preview_talk", rng.choice([f"{w('preview')} {ms}", f"{ms} — {w('preview')} + lineups", f"{ms}: {w('preview')} 📊"])
    if r < 0.45:
        s1, s2 = {"basketball": (rng.randint(92, 131), rng.randint(92, 131)), "american_football": (rng.randint(3, 41), rng.randint(3, 41)),
                  }.get(m[0], (rng.randint(0, 4), rng.randint(0, 4)))
        if m[0] == "tennis":
            return "postmatch_talk", f"{w('postmatch')}: {m[1]} def. {m[2]} 6-4 3-6 7-6 — {w('reaction')}"
        if m[0] in ("cricket", "f1"):
            return "postmatch_talk", f"{w('postmatch')}: {ms} — {w('reaction')}"
        a, b = m[1], m[2]
        return "postmatch_talk", rng.choice([f"{w('postmatch')}: {a} {s1}-{s2} {b}", f"{a} {s1}-{s2} {b} | {w('postmatch')} {w('reaction')}",
                                             f"{w('postmatch')} — {a} vs {b}, what happened?? ({w('nofootage')})"])
    if r < 0.75:
        return "watchalong_no_footage", rng.choice([f"{ms} WATCHALONG 🔴 {w('nofootage')}", f"{ms} watch-along — {w('nofootage')}, watch it on your own TV",
                                                    f"{w('reaction')} {ms} {w('live')} ({w('nofootage')})", f"{ms} live reactions, NO FOOTAGE (DMCA)",
                                                    f"{ms} 🎙️ {w('nofootage')} — commentary only"])
    n = rng.randint(5, 30)
    if m[0] == "cricket" or lang == "hi":
        t = rng.choice([f"Dream11 {m[3] or m[1]} vs {m[4] or m[2]} team prediction", f"{ms} fantasy team + pitch report"])
    elif m[0] == "basketball":
        t = rng.choice(["Fantasy NBA waiver wire week {n}", "NBA DFS picks tonight", f"{ms} {w('predict')}"])
    else:
        t = rng.choice([f"FPL GW{n} team reveal + captain picks", f"{w('predict')} — {ms}", f"{ms} {w('predict')} 💰 18+",
                        f"{w('predict')}: {ms} and more"])
    return "fantasy_betting_talk", t.format(n=n)


def sports_game_title(rng, lang, sport):
    tpls = [t for t in S.SG_TEMPLATES[sport] if t[2] != ":" or t.startswith(lang + ":")]
    lg = rng.choice(list(S.FOOTBALL))
    a, b = [x[0] for x in rng.sample(S.FOOTBALL[lg], 2)]
    c, d = [x[0] for x in rng.sample(S.NBA, 2)]
    e, f = [x[0] for x in rng.sample(S.NFL, 2)]
    h, i = rng.choice(S.UFC)
    j, mm = [x[0] for x in rng.sample(S.CRICKET, 2)]
    tpl = rng.choice(tpls)
    return (tpl[3:] if tpl[2] == ":" else tpl).format(a=a, b=b, c=c, d=d, e=e, f=f, g=rng.choice(S.F1).replace(" GP", ""), h=h, i=i, j=j, m=mm,
                                   k=rng.choice(S.WRESTLING), n=rng.randint(1, 80), s=rng.randint(1, 9), w=rng.randint(3, 20),
                                   l=rng.randint(0, 6), p=rng.choice(S.FOOT_PLAYERS), q=rng.choice(S.NBA_PLAYERS),
                                   t=rng.choice(S.TENNIS))


def esports_watch_title(rng, lang, game):
    ev = rng.choice(T.ESPORTS[game])
    return rng.choice([f"{ev} co-stream 🔴 !bracket", f"watch party: {ev} with chat", f"CO-STREAM {ev} | {word(rng, lang, 'live')}",
                       f"{ev} watchparty con el chat" if lang == "es" else f"{ev} watch party 🍿", f"{ev} 같이보기 (공식 코스트리밍)" if lang == "ko" else f"{ev} — official co-stream",
                       f"{ev} reacción y análisis (co-stream)" if lang == "es" else f"{ev} live co-stream + analysis",
                       f"{ev} 同時視聴 (公式ミラー配信)" if lang == "ja" else f"{ev} costream — go support the teams"])


INGAME_MOVIE = [("en", "Grand Theft Auto V", "movie night at the Vinewood drive-in 🍿 (RP)"),
                ("en", "Grand Theft Auto V", "filming a heist movie in Rockstar Editor — scene {n}"),
                ("en", "Garry's Mod", "making a machinima in GMod — episode {n}"), ("en", "The Sims 4", "making a short film in the Sims — part {n} 🎬"),
                ("en", "VRChat", "VRChat cinema world — premiering MY OWN animated short"),
                ("en", "Minecraft", "building a movie set in Minecraft (recreating the bridge scene)"),
                ("en", "Roblox", "Roblox movie night map — watching the in-game cartoons lol"),
                ("en", "Grand Theft Auto V", "GTA RP: our characters go to the cinema (RP only)"),
                ("en", "Fortnite", "Fortnite creative cinema map with viewers"), ("es", "Garry's Mod", "noche de cine en GMod 🍿 (solo rol)"),
                ("es", "Minecraft", "filmando mi serie de Minecraft — capítulo {n}"), ("pt", "The Sims 4", "gravando uma novela no The Sims — capítulo {n}"),
                ("pt", "Grand Theft Auto V", "sessão de cinema no RP 🍿 (só roleplay)"), ("ru", "Grand Theft Auto V", "снимаем свой фильм в Rockstar Editor — сцена {n}"),
                ("ja", "Minecraft", "【マイクラ】映画のセットを作る #{n}"), ("de", "The Sims 4", "wir drehen einen Film in Sims 4 — Teil {n}")]


def ingame_movie(rng, lang):
    opts = [x for x in INGAME_MOVIE if x[0] == lang] if rng.random() < 0.8 else []
    _, game, t = rng.choice(opts or [x for x in INGAME_MOVIE if x[0] == "en"])
    return game, t


RP_SERVERS = ["Los Santos Life", "Eclipse Haven RP", "Vinewood Nights", "Paleto Bay RP", "Blackwater County RP", "Cidade Alta RP",
              "Vida Loka RP", "Город Грехов RP", "Nordstadt RP", "Lost Souls City"]
RP_CHARS = ["Officer Duke Harmon", "Dr. Mina Kowal", "Tommy 'Two Knives' Reyes", "Sheriff Rae Calloway", "Mechanic Jojo", "Lawyer Vic Santos",
            "Detective Ana Prado", "Mayor Kenji Ito", "Don Pancho", "Ковальчук"]


def rp_title(rng, lang, s=None, e=None):
    srv = rng.choice(RP_SERVERS)
    s = s or rng.randint(1, 5)
    e = e or rng.randint(1, 60)
    ch = rng.choice(RP_CHARS)
    if lang in ("es", "pt"):
        srv = rng.choice(["Cidade Alta RP", "Vida Loka RP", "Ciudad Sur RP", srv]) if srv == "Город Грехов RP" or rng.random() < 0.5 else srv
        return rng.choice([f"{srv} | temporada {s} capítulo {e}", f"{srv} | S{s:02d}E{e:02d} | {ch}", f"[{srv}] {ch} ep. {e} 🚔"])
    if lang in ("ru", "uk"):
        return rng.choice([f"Город Грехов RP | {s} сезон {e} серия | {ch}", f"{srv} | S{s:02d}E{e:02d} | {ch}"])
    srv = "Los Santos Life" if srv == "Город Грехов RP" else srv
    return rng.choice([f"{srv} | S{s:02d}E{e:02d} | {ch}", f"{srv} — Episode {e} | {ch}", f"[{srv}] {ch} ep. {e} 🚔",
                       f"{ch} — {srv} season {s} episode {e}", f"{srv} S{s}E{e} — the trial"])
