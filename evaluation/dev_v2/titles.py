"""Title rendering: fills templates for ordinary and infringing streams."""
import vocab_common as VC
import vocab_piracy_titles as PT
import vocab_piracy_works as W
from vocab_categories import RANKS
from vocab_titles_asia import JA, KO, ZH, TH, VI, ID, AR, POD_NAMES, CAMPAIGNS, RP_SERVERS, RP_CHARS, GUESTS, GENRES
from vocab_titles_east_eu import RU, UK, PL, TR
from vocab_titles_en import EN
from vocab_titles_es_pt import ES, PT as PT_
from vocab_titles_eu import DE, FR, IT, NL, SV, DA, NO, FI, CS, HU, RO, EL

TEMPLATES = {"en": EN, "es": ES, "pt": PT_, "de": DE, "fr": FR, "it": IT, "nl": NL, "sv": SV, "da": DA, "no": NO,
             "fi": FI, "cs": CS, "hu": HU, "ro": RO, "el": EL, "ru": RU, "uk": UK, "pl": PL, "tr": TR, "ja": JA,
             "ko": KO, "zh": ZH, "th": TH, "vi": VI, "id": ID, "ar": AR}
GENERIC_RANKS = ["Diamond", "Master", "Grandmaster", "top 500", "Champion", "Legend", "Platinum", "Elite"]
FLAG_LANG = {"🇧🇷": "pt", "🇪🇸": "es", "🇲🇽": "es", "🇦🇷": "es", "🇩🇪": "de", "🇫🇷": "fr", "🇯🇵": "ja", "🇰🇷": "ko", "🇹🇷": "tr",
             "🔴 AO VIVO": "pt"}
LANG_MARK = {"pl", "de"}
GENERIC_EVENTS = ["Worlds 2026", "VCT Champions 2026", "IEM Chengdu", "BLAST Open", "FNCS Global Championship", "RLCS Worlds"]


class Slots(dict):
    """Lazily filled template slots."""

    def __init__(self, rng, lang, cat=None, prev=None, extra=None):
        super().__init__()
        self.rng, self.lang, self.cat, self.prev = rng, lang, cat, prev
        if extra:
            self.update(extra)

    def __missing__(self, key):
        r, lang, cat = self.rng, self.lang, self.cat
        name = cat["name"] if cat else "Just Chatting"
        if key == "g":
            v = cat["alias"] if cat and r.random() < 0.75 else name
        elif key == "G":
            v = name
        elif key == "prev":
            v = self.prev["alias"] if self.prev else "the usual"
        elif key in ("n",):
            v = str(r.choice([r.randint(1, 12), r.randint(1, 60), r.randint(2, 300)]))
        elif key == "d":
            v = str(r.choice([r.randint(1, 30), r.randint(1, 120), r.randint(30, 900)]))
        elif key == "sd":
            v = str(r.randint(1, 16))
        elif key == "ep":
            v = str(r.randint(1, 420))
        elif key == "s":
            v = str(r.randint(1, 9))
        elif key == "ss":
            v = "%02d" % r.randint(1, 9)
        elif key == "ee":
            v = "%02d" % r.randint(1, 140)
        elif key == "rank":
            v = r.choice(RANKS.get(name, GENERIC_RANKS))
        elif key == "elo":
            v = str(r.choice([800, 1000, 1200, 1500, 1800, 2000, 2200, 2500, 2800]))
        elif key == "f":
            v = r.choice(VC.FRIENDS)
        elif key == "city":
            v = r.choice(VC.CITIES.get(lang, VC.CITIES["en"]))
        elif key == "amt":
            cur = {"en": "$", "es": "€", "de": "€", "fr": "€", "it": "€", "pt": "R$", "pl": "zł ", "ru": "₽", "uk": "₴"}.get(lang, "$")
            v = "%s%s" % (cur, format(r.choice([r.randint(50, 900), r.randint(1000, 25000), r.randint(20000, 400000)]), ","))
        elif key == "charity":
            v = r.choice(VC.CHARITIES)
        elif key == "hrs":
            v = r.choice(["12", "24", "24", "48", "72"])
        elif key in ("team", "club"):
            v = r.choice(VC.FOOTBALL_CLUBS)
        elif key in ("team2", "club2"):
            v = r.choice([c for c in VC.FOOTBALL_CLUBS if c != self.get("team", self.get("club"))])
        elif key == "player":
            v = r.choice(VC.FOOTBALLERS)
        elif key in ("nba", "nba2"):
            v = r.choice(VC.NBA_TEAMS)
        elif key == "nbap":
            v = r.choice(VC.NBA_PLAYERS)
        elif key in ("nfl", "nfl2"):
            v = r.choice(VC.NFL_TEAMS)
        elif key == "cfb":
            v = r.choice(VC.CFB_TEAMS)
        elif key in ("fighter", "fighter2"):
            v = r.choice(VC.UFC_FIGHTERS)
        elif key == "driver":
            v = r.choice(VC.F1_DRIVERS)
        elif key == "gp":
            v = r.choice(VC.F1_GPS)
        elif key in ("mlb", "mlb2"):
            v = r.choice(VC.MLB_TEAMS)
        elif key == "nhl":
            v = r.choice(VC.NHL_TEAMS)
        elif key == "wwe":
            v = r.choice(VC.WWE_NAMES)
        elif key == "work":
            v = pick_reaction_work(r, lang)
        elif key == "league":
            v = r.choice(["Premier League", "LaLiga", "Serie A", "Bundesliga", "Ligue 1", "Champions League", "Brasileirão",
                          "Liga MX", "Süper Lig", "Ekstraklasa", "NFL", "NBA", "РПЛ", "Eredivisie"])
        elif key in ("esteam", "esteam2", "event"):
            teams, events = VC.ESPORTS.get(name, (["T1", "G2", "Fnatic", "Vitality", "NAVI", "Sentinels"], GENERIC_EVENTS))
            if key == "event":
                v = r.choice(events)
            else:
                other = self.get("esteam")
                v = r.choice([t for t in teams if t != other])
        elif key == "pod":
            v = r.choice(POD_NAMES.get(lang, POD_NAMES["en"]))
        elif key == "camp":
            v = r.choice(CAMPAIGNS)
        elif key == "server":
            v = r.choice(RP_SERVERS)
        elif key == "char":
            v = r.choice(RP_CHARS)
        elif key == "guest":
            v = r.choice(GUESTS)
        elif key == "genre":
            v = r.choice(GENRES)
        elif key == "genre2":
            v = r.choice(["roguelike", "tower defense", "voxel engine", "chess engine", "discord bot", "platformer"])
        elif key == "cmds":
            pool = VC.CMDS + VC.CMDS_LANG.get(lang, [])
            v = " ".join(r.sample(pool, r.randint(1, 3)))
        else:
            v = key
        self[key] = v
        return v


def pick_reaction_work(r, lang):
    u = r.random()
    if u < 0.4:
        f = r.choice(W.FILMS)
        return f[2].get(lang, f[0])
    if u < 0.75:
        s = r.choice(W.SHOWS)
        return s[1].get(lang, s[0])
    a = r.choice(W.ANIME)
    return a[1] if lang == "ja" else a[0]


def templates_for(r, lang, kind):
    t = TEMPLATES.get(lang, EN)
    if kind in t and (lang == "en" or r.random() < 0.9):
        return t[kind]
    if kind in EN:
        return EN[kind]
    fallback = "chat" if kind in ("chat", "irl", "podcast", "reaction", "sportstalk", "charity", "subathon") else "game"
    return t.get(fallback, EN.get(kind, EN["game"]))


def decorate(r, title, lang, style):
    """Everyday title noise: emoji, commands, pipes, caps."""
    if r.random() < style.get("pre", 0.2):
        pre = r.choice(VC.EMOJI_PRE)
        if pre in FLAG_LANG and FLAG_LANG[pre] != lang or pre.startswith("[") and pre[1:3].lower() in LANG_MARK and pre[1:3].lower() != lang:
            pre = "🔴"
        title = "%s %s" % (pre, title)
    if r.random() < style.get("emo", 0.15):
        title = "%s %s" % (title, r.choice(VC.EMOJI_ANY))
    if r.random() < style.get("cmd", 0.25):
        pool = VC.CMDS + VC.CMDS_LANG.get(lang, [])
        title = "%s %s %s" % (title, r.choice(["|", "-", "//", "~", "•", "|"]), " ".join(r.sample(pool, r.randint(1, 3))))
    if r.random() < style.get("caps", 0.04):
        title = title.upper()
    if r.random() < 0.01:
        title = "%s #ad" % title
    return title[:140]


def ordinary_title(r, lang, kind, cat, style, prev=None, extra=None):
    tpl = r.choice(templates_for(r, lang, kind))
    s = Slots(r, lang, cat, prev, extra)
    title = tpl.format_map(s)
    return decorate(r, title, lang, style)


def placeholder_title(r, lang):
    if r.random() < 0.55:
        return r.choice(VC.PLACEHOLDERS_COMMON)
    return r.choice(VC.PLACEHOLDERS.get(lang, VC.PLACEHOLDERS["en"]))
