"""Obfuscations that pirates use so a title slips past keyword filters."""

LEET = {"a": ["4", "@"], "e": ["3"], "i": ["1", "!"], "o": ["0"], "s": ["5", "$"], "t": ["7"], "l": ["1"], "g": ["9"], "b": ["8"]}
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В", "E": "Е", "K": "К",
        "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х", "v": "ν", "n": "ո", "u": "υ", "I": "Ι", "N": "Ν"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
FULLWIDTH_OFF = 0xFEE0

# disguised forms of the give-away words themselves
KEYWORDS = {
    "movie": ["m0vie", "m*vie", "mov1e", "m o v i e", "fiml", "flim", "f1lm", "🎬", "m.o.v.i.e", "mvie"],
    "full": ["fu11", "f*ll", "fuII", "FULLL", "f.u.l.l", "phull"],
    "episode": ["ep1sode", "eps", "e.p", "epi", "🅴🅿"],
    "live": ["l1ve", "LlVE", "l!ve", "L I V E", "1ive", "🔴🔴", "lív3"],
    "match": ["m4tch", "m@tch", "mtch", "🆚"],
    "pelicula": ["peli", "p3li", "pelí", "p*licula", "pel1cula", "pelikula"],
    "filme": ["f1lme", "filmi", "f*lme", "fiIme"],
    "vivo": ["viv0", "v1vo", "v i v o"],
    "album": ["alb*m", "4lbum", "albvm"],
    "fight": ["f1ght", "fi9ht", "🥊🥊", "f!ght"],
}


def leet(rng, s, rate=0.6):
    out = []
    for ch in s:
        lo = ch.lower()
        out.append(rng.choice(LEET[lo]) if lo in LEET and rng.random() < rate else ch)
    return "".join(out)


def homoglyph(rng, s, rate=0.7):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < rate else ch for ch in s)


def spaced(rng, s):
    sep = rng.choice([" ", "  ", " . ", "-", "_", "·"])
    return sep.join(ch for ch in s if ch != " ")


def dotted(rng, s):
    return rng.choice([".", "•", "*", "'"]).join(s.replace(" ", ""))


def zero_width(rng, s):
    return "".join(ch + (rng.choice(ZW) if ch != " " and rng.random() < 0.7 else "") for ch in s)


def misspell(rng, s):
    if len(s) < 4:
        return s + s[-1]
    i = rng.randrange(1, len(s) - 2)
    op = rng.randrange(4)
    if op == 0:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op == 1:
        return s[:i] + s[i + 1:]
    if op == 2:
        return s[:i] + s[i] + s[i:]
    vow = "aeiou"
    return "".join(rng.choice(vow) if c in vow and rng.random() < 0.4 else c for c in s)


def asterisk(rng, s):
    chars = list(s)
    idx = [i for i, c in enumerate(chars) if c.isalpha()]
    for i in rng.sample(idx, max(1, len(idx) // 4)) if idx else []:
        chars[i] = "*"
    return "".join(chars)


def fullwidth(rng, s):
    return "".join(chr(ord(c) + FULLWIDTH_OFF) if "!" <= c <= "~" else c for c in s)


def vowel_drop(rng, s):
    w = "".join(c for i, c in enumerate(s) if i == 0 or c.lower() not in "aeiou")
    return w if len(w) >= 3 else s


TRANSFORMS = [leet, homoglyph, spaced, dotted, zero_width, misspell, asterisk, fullwidth, vowel_drop]
TRANSFORM_NAMES = [f.__name__ for f in TRANSFORMS]


def disguise(rng, s, abbr=None, emoji=None):
    """Return (disguised string, method name)."""
    r = rng.random()
    if abbr and r < 0.18:
        return rng.choice(abbr), "abbreviation"
    if emoji and r < 0.32:
        return emoji, "emoji_hint"
    f = rng.choice(TRANSFORMS)
    out = f(rng, s)
    if out == s:
        out = leet(rng, s, 1.0)
        f = leet
    if rng.random() < 0.2:  # stack a second obfuscation
        g = rng.choice([zero_width, homoglyph, asterisk])
        out = g(rng, out)
    return out, f.__name__


def disguise_word(rng, key, fallback):
    return rng.choice(KEYWORDS[key]) if key in KEYWORDS and rng.random() < 0.75 else fallback
