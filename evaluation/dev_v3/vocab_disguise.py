"""Ways pirates obscure the name of what they rebroadcast. Each function: (rng, text) -> text."""

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "b": "8", "g": "9", "l": "1"}
_HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В", "E": "Е",
         "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х", "s": "ѕ", "j": "ј"}
_GREEK = {"o": "ο", "v": "ν", "A": "Α", "B": "Β", "E": "Ε", "Z": "Ζ", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ", "Y": "Υ"}
_ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
_VOWELS = set("aeiouAEIOUáéíóúàèìòùãõâêôäöü")


def leet(rng, t):
    p = rng.choice([0.5, 0.8, 1.0])
    return "".join(_LEET[c.lower()] if c.lower() in _LEET and rng.random() < p else c for c in t)


def homoglyph(rng, t):
    table = _HOMO if rng.random() < 0.8 else _GREEK
    p = rng.choice([0.3, 0.6, 1.0])
    out = "".join(table[c] if c in table and rng.random() < p else c for c in t)
    return out if out != t else t.replace("o", "о", 1).replace("a", "а", 1)


def spaced(rng, t):
    return (" " if rng.random() < 0.7 else "  ").join(w if rng.random() < 0.2 else " ".join(w) for w in t.split(" ")) if len(t) < 30 else " ".join(t)


def dotted(rng, t):
    sep = rng.choice([".", "·", "-", "_", "•", "/", "|"])
    return " ".join(sep.join(w) for w in t.split(" "))


def zero_width(rng, t):
    z = rng.choice(_ZW)
    return "".join(c + (z if c.isalnum() and rng.random() < 0.6 else "") for c in t)


def squashed(rng, t):
    s = "".join(ch for ch in t if ch.isalnum())
    return s.lower() if rng.random() < 0.6 else s


def misspell(rng, t):
    if len(t) < 5:
        return t + t[-1]
    i = rng.randint(1, len(t) - 2)
    op = rng.random()
    if op < 0.35:
        return t[:i] + t[i + 1:]
    if op < 0.7:
        return t[:i] + t[i + 1] + t[i] + t[i + 2:]
    return t[:i] + t[i] + t[i:]


def asterisk(rng, t):
    out = "".join("*" if c in _VOWELS and rng.random() < 0.7 else c for c in t)
    return out if out != t else t[:1] + "*" + t[2:]


def fullwidth(rng, t):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in t)


def strip_accents_caps(rng, t):
    tr = str.maketrans("áéíóúãõâêôçñüöäşğı", "aeiouaoaeocnuoasgi")
    return t.translate(tr).upper() if rng.random() < 0.5 else t.translate(tr).lower()


TEXT_OPS = [leet, homoglyph, spaced, dotted, zero_width, squashed, misspell, asterisk, fullwidth, strip_accents_caps]
TEXT_OP_WEIGHTS = [14, 12, 10, 9, 10, 9, 10, 9, 4, 3]


def disguise_work(rng, w):
    """Return (disguised name, technique) for a work dict from vocab_works."""
    r = rng.random()
    if r < 0.14 and w["abbr"]:
        return rng.choice(w["abbr"]), "abbreviation"
    if r < 0.26 and w["nick"] and w["nick"][0]:
        return rng.choice(w["nick"]), "nickname"
    if r < 0.36:
        return w["emoji"] + rng.choice(["", " 🍿", " 📺", " ▶️", " ep", " 👀"]), "emoji_hint"
    op = rng.choices(TEXT_OPS, TEXT_OP_WEIGHTS)[0]
    base = w["name"]
    if op in (squashed, spaced, dotted) and len(base) > 22 and w["abbr"]:
        base = w["abbr"][0]
    return op(rng, base), op.__name__


def team_code(t):
    letters = [c for c in t if c.isalpha()]
    return "".join(letters[:3]).upper() if letters else t


def disguise_team(rng, a, b, nick=None):
    """Disguise a fixture; returns (text, technique)."""
    r = rng.random()
    if nick and r < 0.25:
        return nick + rng.choice(["", " 👀", " 🔥", " ⚽", " hoy", " today", " live?"]), "nickname"
    if r < 0.45:
        return team_code(a) + rng.choice([" vs ", " - ", " x ", " v "]) + team_code(b), "abbreviation"
    if r < 0.55:
        return rng.choice(["⚽", "🏟️", "🔴⚪", "🔵🔴", "⚫⚪", "🟡🔵"]) + " " + rng.choice(["vs", "x", "🆚"]) + " " + rng.choice(["⚽", "🏆", "👀"]), "emoji_hint"
    op = rng.choices(TEXT_OPS, TEXT_OP_WEIGHTS)[0]
    return op(rng, a) + rng.choice([" vs ", " v ", " - ", " x ", " 🆚 "]) + op(rng, b), op.__name__


_KEYWORD_SWAPS = {"full movie": ["fuII m0vie", "f.u.l.l m.o.v.i.e", "fu11 mov1e", "full mvie", "f*ll m*vie"],
                  "película completa": ["peli compl3ta", "p.e.l.i completa", "pelicula komplt", "peli c0mpleta"],
                  "filme completo": ["filme c0mpleto", "f1lme completo", "filme compl"],
                  "LIVE": ["L1VE", "L I V E", "ŁIVE", "Ｌｉｖｅ"], "EN VIVO": ["EN V1VO", "en vivooo", "e.n v.i.v.o"],
                  "AO VIVO": ["A0 VIV0", "ao vivu", "a.o v.i.v.o"], "full": ["fuII", "fu11", "f.u.l.l"],
                  "смотреть онлайн": ["cмoтpeть oнлaйн", "смотр3ть онлайн"], "izle": ["1zle", "i z l e"],
                  "free": ["fr33", "fr*e"], "FREE": ["FR33", "F R E E"], "gratis": ["grat1s", "gr4tis"]}


def soften_keywords(rng, title):
    """Obscure the give-away words ("full movie", "LIVE"...) too, as careful pirates do."""
    for k, alts in _KEYWORD_SWAPS.items():
        if k in title and rng.random() < 0.6:
            title = title.replace(k, rng.choice(alts))
    return title
