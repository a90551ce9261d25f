"""Special streamers: official channels, infringers (popular / hop / 24-7) and evasive hoppers."""
import datetime as dt

import piracy as PR
import population as P
import vocab_common as VC
import vocab_names as VN
import vocab_piracy_titles as PT
from vocab_categories import BY_NAME, CATEGORIES

H, T0 = P.H, P.T0
PIRATE_LANG = {"en": 25, "es": 18, "pt": 12, "ru": 10, "tr": 7, "ar": 6, "fr": 5, "de": 4, "it": 4, "pl": 3, "ja": 2,
               "ko": 2, "zh": 2, "th": 1, "vi": 1, "id": 1, "uk": 1, "cs": 0.5, "nl": 0.5}
PTYPE_W = {"film": 30, "episode": 14, "show247": 8, "anime247": 8, "channel": 10, "match": 12, "final": 3, "ppv": 7,
           "concert": 4, "album": 3, "radio": 3}
ALWAYS_ON = {"show247", "anime247", "channel", "radio"}
POP_GAMES = ["Grand Theft Auto V", "Fortnite", "Minecraft", "League of Legends", "Counter-Strike", "VALORANT",
             "Roblox", "Call of Duty: Warzone", "Apex Legends", "Dota 2", "Rust", "World of Warcraft"]


def seg(sess, cat, kind, beh, viol=False, vtype="none", evasive=False, vmult=1.0, title=None):
    return dict(sess=sess, cat=cat, kind=kind, beh=beh, viol=viol, vtype=vtype, evasive=evasive, vmult=vmult,
                vfix=None, title=title)


class Ids:
    def __init__(self, r):
        self.uids = iter(r.sample(range(70_000_000, 80_000_000), 40_000))
        self.sids = iter(r.sample(range(310_000_000_000, 329_999_999_999), 80_000))

    def uid(self):
        return next(self.uids)

    def sid(self):
        return str(next(self.sids))


def one_session(r, a, b, back_hours=None):
    """A single session covering hours a..b; started_at before hour a (or back_hours before T0)."""
    if back_hours:
        st = T0 - dt.timedelta(hours=back_hours, minutes=r.randint(0, 59))
    elif a == 0 and r.random() < 0.6:
        st = T0 - dt.timedelta(hours=r.randint(0, 3), minutes=r.randint(1, 59))
    else:
        st = T0 + dt.timedelta(hours=a, minutes=r.randint(0, 50))
    return [a, b, st.replace(second=r.randint(0, 59))]


def pick_ptype(r, lang):
    avail = PT.P.get(lang, {})
    names = list(PTYPE_W)
    p = r.choices(names, [PTYPE_W[n] for n in names])[0]
    if p not in avail and avail and r.random() < 0.85:
        p = r.choice([n for n in names if n in avail])
    return p


def pirate_cat(r, ptype):
    u = r.random()
    if ptype in ("match", "final", "ppv"):
        name = "Sports" if u < 0.35 else ("Just Chatting" if u < 0.75 else
                                          r.choice(["EA Sports FC 26", "UFC 5", "NBA 2K26", "Fortnite", "Grand Theft Auto V"]))
    elif ptype in ("concert", "album", "radio"):
        name = "Music" if u < 0.55 else ("Just Chatting" if u < 0.85 else r.choice(POP_GAMES))
    else:
        name = "Just Chatting" if u < 0.55 else r.choice(POP_GAMES)
    return BY_NAME[name]


def pirate_titles(r, lang, ptype, hard, n):
    """n consecutive hourly titles for one airing session (new film every ~2 hours)."""
    out, work, title, vt = [], None, None, None
    for i in range(n):
        new_work = ptype == "film" and i > 0 and i % 2 == 0
        if title is None or new_work or r.random() < 0.25:
            title, vt, work = PR.pirate_title(r, lang, ptype, hard, None if (title is None or new_work) else work)
        out.append((title, vt))
    return out


def pirate_identity(r, ids, lang, base, cat, mode):
    s = P.new_streamer(r, ids.uid(), lang, base, cat, mode="pirate")
    s["created"] = P.created_at(r, mode)
    s["btype"] = r.choices(["", "affiliate"], [0.8, 0.2])[0]
    tags = [VC.LANG_TAG[lang]] if r.random() < 0.7 else []
    tags += r.sample(VC.PIRATE_TAGS, r.choice([0, 1, 2, 3, 4]))
    s["tags"] = list(dict.fromkeys(tags))
    s["ccl"] = ["ProfanityVulgarity"] if r.random() < 0.05 else []
    P.finish_identity(r, s, mode)
    return s


def pirate_base(r, lo=3, hi=9000, mu=60):
    return float(min(hi, max(lo, r.lognormvariate(P.math.log(mu), 1.2))))


def add_infringers(r, ids, n_pop, n_247):
    out = []
    for i in range(n_pop + n_247):
        lang = r.choices(list(PIRATE_LANG), list(PIRATE_LANG.values()))[0]
        ptype = pick_ptype(r, lang)
        always = i >= n_pop
        if always and ptype not in ALWAYS_ON:
            ptype = r.choice(["show247", "anime247", "channel", "channel", "radio"])
        if not always and ptype in ALWAYS_ON and r.random() < 0.6:
            ptype = r.choice(["film", "episode", "match", "ppv"])
        cat = pirate_cat(r, ptype)
        s = pirate_identity(r, ids, lang, pirate_base(r), cat, r.choice(["throwaway", "throwaway", "young", "normal"]))
        if always:
            a, b = 0, H - 1
            s["sessions"] = [one_session(r, a, b, back_hours=r.randint(2, 40))]
            beh = "rebroadcast_247"
        else:
            a = r.randint(0, H - 1)
            b = min(H - 1, a + r.choice([0, 1, 1, 2, 2, 3, 4, 6]))
            s["sessions"] = [one_session(r, a, b)]
        hard = r.random() < 0.3
        if not always:
            beh = "infringer_disguised" if hard else "infringer_popular"
        for h, (t, vt) in zip(range(a, b + 1), pirate_titles(r, lang, ptype, hard, b - a + 1)):
            s["hours"][h] = seg(0, cat, "pirate", beh, True, vt, False, r.uniform(0.85, 1.1), t)
        s["role"] = beh
        out.append(s)
    return out


def home_popular(r, lang, base):
    return P.pick_cat(r, lang, base, False, ("head",) if r.random() < 0.75 else ("head", "mid"))


def pre_hop_hours(r, s, sess, a, b, label="pre_hop_ordinary"):
    for h in range(a, b + 1):
        kind = P.title_kind(r, s["cat"], s["persona"])
        s["hours"][h] = seg(sess, s["cat"], kind, label)


def add_infringer_hops(r, ids, n, targets):
    out = []
    for _ in range(n):
        lang = r.choices(list(PIRATE_LANG), list(PIRATE_LANG.values()))[0]
        base = pirate_base(r, 30, 4000, 250)
        s = pirate_identity(r, ids, lang, base, home_popular(r, lang, base), r.choice(["throwaway", "young", "normal"]))
        hop = r.randint(2, H - 1)
        start = r.randint(0, hop - 2)
        end = min(H - 1, hop + r.choice([0, 1, 1, 2, 3]))
        s["sessions"] = [one_session(r, start, end)]
        pre_hop_hours(r, s, 0, start, hop - 1)
        tgt = targets.pop()
        ptype = pick_ptype(r, lang)
        hard = r.random() < 0.35
        beh = "infringer_hop"
        for h, (t, vt) in zip(range(hop, end + 1), pirate_titles(r, lang, ptype, hard, end - hop + 1)):
            s["hours"][h] = seg(0, tgt, "pirate", beh, True, vt, False, r.uniform(0.55, 1.0), t)
        s["role"] = beh
        out.append(s)
    return out


def add_evasive(r, ids, n, targets):
    out = []
    hop_hours = [2 + (i % (H - 2)) for i in range(n)]
    r.shuffle(hop_hours)
    for hop in hop_hours:
        lang = r.choices(P.LANG_CODES, P.LANG_W)[0]
        base = float(min(20000, max(500, r.lognormvariate(P.math.log(1800), 0.8))))
        home = P.pick_cat(r, lang, base, False, ("head",))
        while home["kind"] not in ("game", "jc"):
            home = P.pick_cat(r, lang, base, False, ("head",))
        s = P.new_streamer(r, ids.uid(), lang, base, home)
        P.finish_identity(r, s, r.choice(["normal", "normal", "young"]))
        start = 0
        dur = r.choice([1, 2, 2, 3, 4])
        hop_end = min(H - 1, hop + dur - 1)
        back = hop_end < H - 1 and r.random() < 0.6
        end = min(H - 1, hop_end + r.randint(1, 2)) if back else hop_end
        s["sessions"] = [one_session(r, start, end, back_hours=r.randint(1, 5))]
        pre_hop_hours(r, s, 0, start, hop - 1)
        tgt = targets.pop()
        vt = r.choice(["film_tv", "film_tv", "film_tv", "live_sports", "live_sports", "ppv", "music"])
        ph = VC.PLACEHOLDERS
        t = r.choice(VC.PLACEHOLDERS_COMMON) if r.random() < 0.6 else r.choice(ph.get(lang, ph["en"]))
        for h in range(hop, hop_end + 1):
            if h > hop and r.random() < 0.2:
                t = r.choice(VC.PLACEHOLDERS_COMMON)
            s["hours"][h] = seg(0, tgt, "evasive", "evasive_hop", True, vt, True, r.uniform(0.92, 1.02), t)
        if back:
            pre_hop_hours(r, s, 0, hop_end + 1, end, "hop_back_ordinary")
        s["role"] = "evasive_hop"
        out.append(s)
    return out


def add_officials(r, ids):
    out = []
    for login, name, lang, catname, beh in VN.OFFICIAL_CHANNELS:
        cat = BY_NAME[catname]
        base = float(r.choice([r.randint(300, 3000), r.randint(2000, 40000)]))
        s = P.new_streamer(r, ids.uid(), lang, base, cat)
        s.update(login=login, name=name, btype="partner", created=P.created_at(r, "normal", 5000), role=beh)
        P.finish_identity(r, s)
        a = r.randint(0, 3)
        b = min(H - 1, a + r.randint(3, 8))
        s["sessions"] = [one_session(r, a, b)]
        for h in range(a, b + 1):
            if beh == "esports_rebroadcast":
                kind = "esports_rerun" if r.random() < 0.7 else "watchparty"
            else:
                kind = "costream"
            s["hours"][h] = seg(0, cat, kind, beh)
        out.append(s)
    return out


def free_tail(used, r, n, prefer_franchise=0):
    """Tail categories nobody else streams, for hop targets."""
    pool = [c for c in CATEGORIES if c["tier"] == "tail" and c["name"] not in used]
    r.shuffle(pool)
    fr = [c for c in pool if "f" in c["flags"]][:prefer_franchise]
    rest = [c for c in pool if c not in fr][: n - len(fr)]
    out = fr + rest
    r.shuffle(out)
    return out
