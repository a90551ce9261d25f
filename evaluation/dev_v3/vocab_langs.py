"""Language table: Twitch-like stream shares, merged title vocabulary, user names."""

from vocab_lang_en import EN
from vocab_lang_ibero import ES, PT, CA
from vocab_lang_europe import DE, FR, IT, PL, NL, SV, FI, DA, NO
from vocab_lang_east import RU, UK, TR, AR, EL, HE, CS, SK, HU, RO, BG
from vocab_lang_asia import JA, KO, ZH, TH, VI, ID, MS, HI, TL

LANG = {"en": EN, "es": ES, "pt": PT, "ca": CA, "de": DE, "fr": FR, "it": IT, "pl": PL, "nl": NL, "sv": SV, "fi": FI,
        "da": DA, "no": NO, "ru": RU, "uk": UK, "tr": TR, "ar": AR, "el": EL, "he": HE, "cs": CS, "sk": SK, "hu": HU,
        "ro": RO, "bg": BG, "ja": JA, "ko": KO, "zh": ZH, "th": TH, "vi": VI, "id": ID, "ms": MS, "hi": HI, "tl": TL}

# share of live channels (Korean is tiny since Twitch left Korea in 2024)
WEIGHTS = {"en": 41.0, "es": 11.5, "pt": 6.5, "ru": 6.0, "de": 5.5, "fr": 5.0, "ja": 6.0, "it": 2.5, "pl": 2.0, "tr": 2.0,
           "zh": 1.8, "ko": 0.4, "ar": 0.9, "th": 0.8, "uk": 0.6, "nl": 0.6, "sv": 0.5, "cs": 0.5, "fi": 0.3, "da": 0.2,
           "no": 0.2, "hu": 0.3, "el": 0.2, "ro": 0.2, "id": 0.5, "vi": 0.4, "hi": 0.4, "he": 0.1, "bg": 0.1, "sk": 0.1,
           "ms": 0.1, "tl": 0.3, "ca": 0.15}
# extra weight pirates put on some languages (multiplies WEIGHTS for positive behaviours)
PIRATE_TILT = {"es": 2.0, "pt": 1.8, "ar": 4.0, "tr": 3.0, "ru": 1.8, "id": 3.0, "vi": 3.0, "th": 3.0, "hi": 3.5,
               "pl": 1.5, "it": 1.3, "tl": 2.0, "fr": 1.2, "en": 0.8, "ja": 0.5, "de": 0.8, "zh": 1.2}


def pick(lang, key, rng):
    """A template string for (language, key), falling back to English when the language lacks it."""
    d = LANG.get(lang, EN)
    lst = d.get(key) or EN[key]
    if lang != "en" and key in d and rng.random() < 0.12:   # bilingual streamers mix in English titles
        lst = EN[key]
    return rng.choice(lst)


def field(lang, key):
    d = LANG.get(lang, EN)
    return d.get(key) or EN[key]


_WORDS = ["shadow", "pixel", "nova", "frost", "lucky", "toxic", "sleepy", "chaos", "lunar", "vortex", "kira", "zero", "ghost",
          "blaze", "mango", "panda", "noodle", "crispy", "tilted", "cozy", "wolf", "raven", "spicy", "salty", "mochi", "tofu",
          "bean", "turbo", "hyper", "neon", "retro", "bunny", "goblin", "waffle", "pickle", "storm", "ember", "orbit", "echo",
          "clutch", "aim", "sniper", "tank", "healer", "loot", "derp", "yeti", "kiwi", "cactus", "taco", "nacho", "duck"]
_LOCAL = {
    "es": ["elrey", "loco", "gato", "chino", "pana", "elmago", "tio", "flaco", "guapo", "negro", "gordo", "pibe", "compa", "chavo", "morena"],
    "pt": ["mano", "bala", "brabo", "zika", "gordin", "xande", "careca", "baiano", "mineiro", "gaucho", "naninha", "japa"],
    "de": ["digga", "kartoffel", "zocker", "bratwurst", "hase", "fuchs", "moin", "lappen", "kumpel"],
    "fr": ["lepoulet", "baguette", "frero", "chef", "lezard", "poussin", "kevin", "jojo", "leloup"],
    "ru": ["vanya", "sanya", "dimon", "kotik", "medved", "bratishka", "zhenya", "lesha", "tema", "kisa", "papich"],
    "uk": ["bandera", "kozak", "sonechko", "mykola", "taras"], "pl": ["janusz", "kurczak", "szymon", "misiek", "kubus", "polak"],
    "tr": ["reis", "kral", "aslan", "kaplan", "tilki", "efe", "baba", "abi", "paşa"], "it": ["pasta", "ragazzo", "gatto", "lupo", "zio", "bomber"],
    "ar": ["abo", "saud", "fahad", "khalid", "3li", "shaheen", "sultan", "7mood", "nawaf"], "ja": ["neko", "kuma", "sakura", "yuki", "tanuki", "hikari", "kitsune", "oni"],
    "ko": ["hangang", "gamja", "dubu", "hodu", "kimchi", "baram"], "zh": ["xiaoyu", "ahming", "laowang", "xiaobai", "boba", "ajie"],
    "th": ["noom", "bank", "ploy", "kao", "moo", "tong"], "vi": ["pho", "tuan", "linh", "bao", "minh"], "id": ["bang", "kang", "mas", "bocil", "nyet", "gaskeun"],
    "hi": ["bhai", "desi", "raja", "sher", "chacha", "beta", "tiger"], "tl": ["pare", "lodi", "bossing", "idol", "tol"],
}
_SUFFIX = ["", "", "", "", "tv", "_tv", "ttv", "yt", "gaming", "_", "x", "xd", "official", "plays", "gg", "live", "jr", "_real", "irl", "hd"]
_NATIVE = {
    "ja": ["さくら", "ゆうき", "たろう", "みかん", "ねこまる", "しぐれ", "こはる", "あおい", "ひなた", "そら", "もち", "くろねこ", "ゆずき", "かえで"],
    "ko": ["하늘", "민수", "지우", "별빛", "도토리", "감자", "호랑이", "수박", "고양이", "토끼"],
    "zh": ["小魚", "阿明", "貓貓", "老王", "小白", "阿傑", "珍奶", "小熊", "阿凱", "雪莉"],
}
_NATIVE_SUF = {"ja": ["", "ch", "チャンネル", "です", "_", "🌸"], "ko": ["", "TV", "님", "방송"], "zh": ["", "TV", "頻道", "の台", "實況"]}


def make_login(rng, lang, used, extra_word=None):
    for _ in range(50):
        parts = []
        loc = _LOCAL.get(lang)
        if loc and rng.random() < 0.6:
            parts.append(rng.choice(loc))
        parts.append(extra_word if extra_word else rng.choice(_WORDS))
        if rng.random() < 0.35:
            parts.append(rng.choice(_WORDS))
        rng.shuffle(parts) if rng.random() < 0.3 else None
        sep = rng.choice(["", "", "", "_"])
        base = sep.join(parts)
        suf = rng.choice(_SUFFIX)
        if rng.random() < 0.4:
            suf += str(rng.choice([rng.randint(1, 99), rng.randint(100, 9999), 69, 420, 777, 1337, rng.randint(1990, 2012)]))
        login = (base + ("_" if suf and rng.random() < 0.3 else "") + suf)[:25].strip("_")
        if len(login) >= 4 and login not in used:
            used.add(login)
            return login
    login = "user%d" % (len(used) + 100000)
    used.add(login)
    return login


def display_name(rng, login, lang):
    if lang in _NATIVE and rng.random() < 0.45:
        return rng.choice(_NATIVE[lang]) + rng.choice(_NATIVE_SUF[lang])
    r = rng.random()
    if r < 0.55:
        return login
    if r < 0.85:
        return "_".join(p[:1].upper() + p[1:] for p in login.split("_")) if "_" in login and rng.random() < 0.5 else login[:1].upper() + login[1:]
    if r < 0.93:
        return login.upper()
    return "".join(c.upper() if rng.random() < 0.3 else c for c in login)
