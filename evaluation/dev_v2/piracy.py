"""Infringing titles: picks a real work for a language and renders (and sometimes disguises) a title."""
import re

import vocab_piracy_titles as PT
import vocab_piracy_works as W

SHOW_HOME = {"El Chavo del 8": "es", "La Rosa de Guadalupe": "es", "Chaves": "pt", "Todo Mundo Odeia o Chris": "pt",
             "Kuruluş Osman": "tr", "Diriliş Ertuğrul": "tr", "Yalı Çapkını": "tr", "Kızılcık Şerbeti": "tr",
             "Świat według Kiepskich": "pl", "Ranczo": "pl", "M jak miłość": "pl", "Tatort": "de", "Stromberg": "de",
             "Kaamelott": "fr", "Gomorra": "it", "Mare Fuori": "it", "Money Heist": "es", "Dark": "de", "Lupin": "fr"}


def _script_lang(name):
    if re.search("[\u0400-\u04ff]", name):
        return "ru"
    if re.search("[\uac00-\ud7af]", name):
        return "ko"
    if re.search("[\u0600-\u06ff]", name):
        return "ar"
    if re.search("[\u4e00-\u9fff]", name):
        return "zh"
    return None


def pick_film(r, lang):
    if lang in W.REGIONAL_FILMS and r.random() < 0.35:
        t, y = r.choice(W.REGIONAL_FILMS[lang])
        return t, y, t
    name, year, loc = r.choice(W.FILMS)
    if lang in loc and r.random() < 0.7:
        return loc[lang], year, name
    return name, year, name


def pick_show(r, lang):
    home = [s for s in W.SHOWS if (SHOW_HOME.get(s[0]) or _script_lang(s[0])) == lang]
    if home and r.random() < 0.55:
        s = r.choice(home)
    else:
        s = r.choice([s for s in W.SHOWS if (SHOW_HOME.get(s[0]) or _script_lang(s[0])) in (None, lang)])
    name = s[1].get(lang, s[0]) if r.random() < 0.7 else s[0]
    return name, s[0], s[2]


def pick_anime(r, lang):
    a = r.choice(W.ANIME)
    if lang == "ja":
        return a[1], a[0], a[2]
    loc = W.ANIME_LOCAL.get(lang, {})
    if a[0] in loc and r.random() < 0.6:
        return loc[a[0]], a[0], a[2]
    return a[0], a[0], a[2]


def pick_channel(r, lang):
    return r.choice(W.CHANNELS.get(lang, W.CHANNELS["en"]))


def pick_match(r, lang):
    return r.choice(W.MATCHES.get(lang, W.MATCHES["en"]))


def slots_for(r, lang, ptype, work=None):
    """Return template slots (and the 'work' so a session can keep airing the same thing)."""
    q = r.choice(PT.QUALITY)
    if work is None:
        if ptype == "film":
            work = pick_film(r, lang)
        elif ptype in ("episode", "show247"):
            work = pick_show(r, lang)
        elif ptype == "anime247":
            work = pick_anime(r, lang)
        elif ptype == "channel":
            work = pick_channel(r, lang)
        elif ptype == "match":
            work = pick_match(r, lang)
        elif ptype == "final":
            work = r.choice(W.FINALS)
        elif ptype == "ppv":
            work = r.choice(W.FIGHTS.get(lang, W.FIGHTS["en"]))
        elif ptype == "concert":
            work = r.choice(W.CONCERTS)
        elif ptype == "album":
            work = r.choice(W.ALBUMS)
        else:
            work = r.choice(W.MUSIC_247)
    s = {"q": q}
    if ptype == "film":
        s.update(film=work[0], year=work[1])
    elif ptype in ("episode", "show247"):
        season = r.randint(1, max(1, work[2]))
        ep = r.randint(1, 12 if work[2] < 15 else 24)
        s.update(show=work[0], s=season, e=ep, ss="%02d" % season, ee="%02d" % ep)
    elif ptype == "anime247":
        e = r.randint(1, work[2])
        s.update(anime=work[0], e=e, e2=min(work[2], e + r.randint(3, 40)))
    elif ptype == "channel":
        s.update(channel=work[0])
    elif ptype == "match":
        s.update(home=work[0], away=work[1], comp=work[2])
    elif ptype == "final":
        s.update(final=work)
    elif ptype == "ppv":
        s.update(fight=work)
    elif ptype in ("concert", "album"):
        s.update(artist=work[0], tour=work[1], album=work[1])
    else:
        s.update(radio=work)
    return s, work


def vtype_of(ptype, work):
    if ptype in ("film", "episode", "show247", "anime247"):
        return "film_tv"
    if ptype == "channel":
        return "live_sports" if work[1] == "sports" else "film_tv"
    if ptype in ("match", "final"):
        return "live_sports"
    if ptype == "ppv":
        return "ppv"
    return "music"


def _homoglyph(r, text):
    return "".join(PT.HOMOGLYPH[c] if c in PT.HOMOGLYPH and r.random() < 0.5 else c for c in text)


def _leet(r, text):
    return "".join(PT.LEET[c.lower()] if c.lower() in PT.LEET and r.random() < 0.45 else c for c in text)


def _name_only(r, ptype, s):
    name = s.get("film") or s.get("show") or s.get("anime") or s.get("channel") or s.get("fight") or s.get("final")
    name = PT.ABBREV.get(name, name) if r.random() < 0.5 else name
    if ptype == "film":
        return r.choice(["%s (%s) %s" % (name, s["year"], s["q"]), "%s %s" % (name, s["q"]), "🎬 %s 🍿" % name, name.lower(),
                         "%s [%s]" % (name, s["q"]), "%s %s" % (name, s["year"])])
    if ptype in ("episode", "show247"):
        return r.choice(["%s s%se%s" % (name, s["ss"], s["ee"]), "%s %sx%s" % (name, s["s"], s["ee"]), "%s ep%s" % (name, s["e"]),
                         "📺 %s" % name, "%s S%s" % (name, s["s"])])
    if ptype == "anime247":
        return r.choice(["%s %s" % (name, s["e"]), "%s ep %s-%s" % (name, s["e"], s["e2"]), "%s 🔁" % name, "%s ∞" % name])
    if ptype == "match":
        return r.choice(["%s - %s" % (s["home"], s["away"]), "%s x %s" % (s["home"], s["away"]), "⚽ %s 🆚 %s" % (s["home"], s["away"]),
                         "%s vs %s %s" % (s["home"], s["away"], s["q"])])
    if ptype == "ppv":
        return r.choice(["%s" % name, "🥊 %s 🥊" % name, "%s main card" % name, "%s %s" % (name, s["q"])])
    if ptype == "channel":
        return r.choice([name, "%s %s" % (name, s["q"]), "📺 %s" % name])
    return None


def disguise(r, title, ptype, s):
    """Turn an explicit pirate title into a harder one."""
    mode = r.choice(["name", "name", "misspell", "leet", "homoglyph", "spaced", "squash"])
    if mode == "name":
        alt = _name_only(r, ptype, s)
        if alt:
            return alt
        mode = "misspell"
    if mode == "misspell":
        for k, alts in PT.MISSPELL.items():
            if k in title:
                return title.replace(k, r.choice(alts), 1)
        mode = "leet"
    if mode == "leet":
        for w in PT.TRIGGER_WORDS:
            if w in title:
                return title.replace(w, _leet(r, w), 1)
        return _leet(r, title)
    if mode == "homoglyph":
        return _homoglyph(r, title)
    if mode == "spaced":
        for w in PT.TRIGGER_WORDS:
            if w in title and len(w) <= 14:
                return title.replace(w, " ".join(w.replace(" ", "")), 1)
        return title.replace(" ", ".")
    return re.sub(r"[\s|:()\-]+", "", title).lower()[:60]


def pirate_title(r, lang, ptype, hard=False, work=None):
    s, work = slots_for(r, lang, ptype, work)
    table = PT.P.get(lang, {})
    tpls = table.get(ptype) or PT.P["en"].get(ptype) or PT.P["en"]["film"]
    if lang != "en" and r.random() < 0.12:
        tpls = PT.P["en"].get(ptype, tpls)
    title = r.choice(tpls).format(**s)
    if hard:
        title = disguise(r, title, ptype, s)
    elif r.random() < 0.15:
        title += r.choice([" | no ads", " 🔴", " !discord", " (subs)", " HD", " 🍿", " #1", " | chat on"])
    return title[:140], vtype_of(ptype, work), work
