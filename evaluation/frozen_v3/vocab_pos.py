"""Infringing titles: open, disguised, 24/7 rebroadcasts, channel relays, chart radio, sports-game covers.
Each maker returns (violation_type, title_fn) where title_fn(k) gives the title k hours into the session."""
import vocab_works as W
import vocab_sports as S
import vocab_tv_music as T
from vocab_words2 import word
from vocab_disguise import disguise, disguise_word

LEAGUE_BY_LANG = {"es": ["LaLiga", "Liga MX", "Liga Profesional"], "pt": ["Brasileirão"], "ru": ["РПЛ"], "de": ["Bundesliga"],
                  "fr": ["Ligue 1"], "it": ["Serie A"], "tr": ["Süper Lig"], "pl": ["Ekstraklasa"], "nl": ["Eredivisie"],
                  "ar": ["AFC Champions League Elite"], "ja": ["AFC Champions League Elite"], "ko": ["AFC Champions League Elite"],
                  "zh": ["AFC Champions League Elite"], "th": ["AFC Champions League Elite"], "vi": ["Premier League"],
                  "id": ["Premier League", "AFC Champions League Elite"], "en": ["Premier League", "A-League"]}
VS = {"pt": [" x ", " vs "], "ru": [" — ", " vs ", " - "], "de": [" vs. ", " - "], "zh": [" vs ", " VS "], "ja": [" vs ", " 対 "]}


def pick_work(rng, lang, kind):
    if kind == "film":
        pool, local = W.FILMS, W.FILMS_LOCAL.get(lang, [])
    elif kind == "anime":
        pool, local = W.ANIME, W.ANIME_LOCAL.get(lang, [])
    else:
        pool, local = W.SERIES, W.SERIES_LOCAL.get(lang, [])
    name = rng.choice(local) if local and rng.random() < 0.5 else rng.choice(pool)
    return name, W.ABBR.get(name), W.EMOJI_HINT.get(name)


def pick_match(rng, lang):
    r = rng.random()
    cr = 0.55 if lang == "hi" else 0.07
    if r < cr:
        a, b = rng.sample(S.CRICKET, 2)
        return "cricket", a[0], b[0], a[1], b[1], rng.choice(S.CRICKET_EVENTS)
    if r < cr + 0.14:
        a, b = rng.sample(S.NBA, 2)
        return "basketball", a[0], b[0], a[1], b[1], "NBA"
    if r < cr + 0.20:
        return "tennis", *rng.sample(S.TENNIS[:8], 2), "", "", rng.choice(S.TENNIS_EVENTS)
    if r < cr + 0.24:
        gp = rng.choice(S.F1)
        return "f1", gp, rng.choice(S.F1_SESSIONS), "F1", "", "F1"
    if r < cr + 0.28:
        a, b = rng.sample(S.NFL, 2)
        return "american_football", a[0], b[0], a[1], b[1], "NFL"
    if r < cr + 0.32:
        a, b = rng.sample(S.NATIONS, 2)
        return "football", a[0], b[0], a[1], b[1], "International Friendly"
    lg = rng.choice(LEAGUE_BY_LANG.get(lang, ["Premier League", "LaLiga", "Serie A"]))
    a, b = rng.sample(S.FOOTBALL[lg], 2)
    return "football", a[0], b[0], a[1], b[1], lg


def match_str(rng, lang, m, dis=False):
    sport, a, b, aa, bb, comp = m
    if sport == "f1":
        s = f"{comp} {a} {b}"
        return disguise(rng, s)[0] if dis else s
    if dis:
        r = rng.random()
        if r < 0.3 and aa:
            return f"{aa}{rng.choice([' v ', '-', ' 🆚 ', ' x '])}{bb}"
        a, b = disguise(rng, a)[0], disguise(rng, b)[0]
        return a + rng.choice([" vs ", " 🆚 ", " - ", " x "]) + b
    return a + rng.choice(VS.get(lang, [" vs ", " vs. ", " v "])) + b + (rng.choice(["", f" | {comp}", f" ({comp})"]) if comp else "")


def open_title(rng, lang, vt, kind, dis=False):
    """Title maker for a session that airs a work. vt: film_tv/live_sports/ppv/music."""
    w = lambda key, n=None: word(rng, lang, key, n)
    dk = lambda key, fb: disguise_word(rng, key, fb) if dis else fb
    if vt == "film_tv":
        name, abbr, emo = pick_work(rng, lang, kind)
        shown = disguise(rng, name, abbr, emo)[0] if dis else name
        if kind == "film":
            opts = [f"{w('live')} {shown} {dk('movie', w('movie'))} {w('hd')}", f"{shown} {w('dub')} {dk('full', w('full'))}",
                    f"🍿 {w('watch')}: {shown}", f"{shown} — {dk('movie', w('movie'))} | !discord", shown, f"{shown} 🍿🎬",
                    f"{dk('movie', w('movie'))} {shown} {w('sub')}", f"{w('today')}: {shown} {w('hd')} 🍿"]
            t = rng.choice(opts)
            return vt, lambda k: t
        s0, e0, step = rng.randint(1, 6), rng.randint(1, 20), rng.choice([1, 1, 2, 3])
        base = rng.choice(["{x} {ep}", "{x} {ep} {dub}", "{x} — {watch} {ep}", "{live} {x} {ep}", "{x} S{s}", "{x} {ep} {sub} 🍿",
                           "【{watch}】{x} {ep}", "{x}", "{x} {marathon} {ep}"])
        epv = word(rng, lang, "ep", "{n}")
        if dis:
            epv = disguise_word(rng, "episode", "") + " {n}" if rng.random() < 0.5 else epv
        base = base.format(x=shown, ep=epv, dub=w("dub"), watch=w("watch"), live=w("live"), s=s0, sub=w("sub"),
                           marathon=w("marathon")).strip()
        return vt, lambda k: base.replace("{n}", str(e0 + k * step))
    if vt == "live_sports":
        m = pick_match(rng, lang)
        ms = match_str(rng, lang, m, dis)
        live = dk("live", w("live"))
        t = rng.choice([f"{live} {ms}", f"{ms} {live} {w('hd')}", f"{ms} | {w('free')} stream no delay", f"🔴 {ms} {dk('full', w('full'))}",
                        f"{ms}", f"{w('match')}: {ms} {live}", f"⚽🔴 {ms}" if m[0] == "football" else f"🔴 {ms} {w('hd')}",
                        f"{ms} {w('replay')}"])
        return vt, lambda k: t
    if vt == "ppv":
        r = rng.random()
        if r < 0.4:
            a, b = rng.choice(S.UFC)
            ev = f"UFC {rng.choice(S.UFC_NUM)}"
            if dis:
                ev = rng.choice(["U F C", "ufc ppv", "🥊UFC🥊", "U.F.C", "𝐔𝐅𝐂", "UFÇ"]) + f" {rng.choice(S.UFC_NUM)}"
                a, b = disguise(rng, a)[0], disguise(rng, b)[0]
            card = f"{ev}: {a} vs {b}"
        elif r < 0.65:
            a, b = rng.choice(S.BOXING)
            card = (disguise(rng, a)[0] + " 🥊 " + disguise(rng, b)[0]) if dis else f"{a} vs {b}"
        elif r < 0.9:
            ev = rng.choice(S.WRESTLING)
            card = disguise(rng, ev)[0] if dis else ev
        else:
            ev = rng.choice(S.PPV_OTHER)
            card = disguise(rng, ev)[0] if dis else ev
        t = rng.choice([f"{dk('live', w('live'))} {card} {w('full')}", f"{card} PPV {w('free')}", f"{card} {w('fight')} {w('hd')}",
                        f"🔴 {card}", card, f"{card} — main card {dk('live', w('live'))}", f"{card} {w('replay')}"])
        return vt, lambda k: t
    # music
    if kind == "album":
        art, alb = rng.choice(T.ALBUMS)
        if dis:
            alb, art = disguise(rng, alb)[0], disguise(rng, art)[0]
        t = rng.choice([f"{art} - {alb} {dk('album', w('album'))} 🎧", f"{alb} {w('album')}", f"{art} — {alb} 🔊 {w('full')}",
                        f"🎧 {alb} ({art}) on repeat", f"{art} {alb} listening party 🎶"])
    else:
        art, tour = rng.choice(T.CONCERTS)
        if dis:
            art, tour = disguise(rng, art)[0], disguise(rng, tour)[0]
        t = rng.choice([f"{art} — {tour} {w('concert')} {w('hd')}", f"{dk('live', w('live'))} {art} {tour}", f"{art} {w('concert')} 🎤",
                        f"{tour} ({art}) {w('full')}", f"🎤🎶 {art} {w('concert')}"])
    return vt, lambda k: t


def rebroadcast_title(rng, lang, dis=False):
    show = rng.choice(T.SHOWS_247.get(lang) or T.SHOWS_247["en"])
    if dis:
        show = disguise(rng, show)[0]
    s, e = rng.randint(1, 12), rng.randint(1, 20)
    base = rng.choice(["{x} 24/7", "{x} {ch} {dub}", "🔴 {x} 24/7 all seasons", "{x} {ch} | S{s}E{e}", "{x} — {ep} {ch}", "{x} 24/7 📺"])
    base = base.format(x=show, ch=word(rng, lang, "channel"), dub=word(rng, lang, "dub"), s=s, e="{n}", ep=word(rng, lang, "ep", "{n}"))
    return "film_tv", lambda k: base.replace("{n}", str(e + 2 * k))


def channel_title(rng, lang, sports):
    chan = rng.choice(S.SPORTS_CHANNELS) if sports else rng.choice(T.TV_CHANNELS.get(lang) or T.TV_CHANNELS["en"])
    if rng.random() < 0.3:
        chan = disguise(rng, chan)[0]
    t = rng.choice([f"{chan} {word(rng, lang, 'live')} 24/7", f"🔴 {chan} {word(rng, lang, 'live')}", f"{chan} {word(rng, lang, 'live')} HD",
                    f"{chan} 24/7 📺", f"{chan} | {word(rng, lang, 'channel')}"])
    return ("live_sports" if sports else "film_tv"), (lambda k: t)


def chart_radio_title(rng, lang):
    t = rng.choice(T.CHART_RADIO.get(lang) or T.CHART_RADIO["en"])
    return "music", (lambda k: t)


def cover_title(rng, lang):
    """A real match streamed under a sports video game category."""
    m = pick_match(rng, lang)
    while m[0] not in ("football", "basketball", "american_football"):
        m = pick_match(rng, lang)
    ms = match_str(rng, lang, m, rng.random() < 0.3)
    t = rng.choice([f"{word(rng, lang, 'live')} {ms} {word(rng, lang, 'hd')}", f"🔴 {ms} | real match not the game 👀",
                    f"{ms} {word(rng, lang, 'full')} {word(rng, lang, 'match')}", f"{ms} — {word(rng, lang, 'live')} no delay",
                    f"{ms} 🔴🔴"])
    return "live_sports", m[0], (lambda k: t)
