"""Generate the dev_v3 evaluation set: 6 hourly gzip JSONL snapshots of simulated live Twitch streams.

Deterministic (seed 424242, gzip mtime=0): two runs give identical bytes.  Usage: python3 generate.py [outdir]
"""

import collections
import gzip
import hashlib
import io
import json
import math
import os
import random
import statistics
import sys
from datetime import timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import vocab_behaviours as B  # noqa: E402
import vocab_content as VC  # noqa: E402
import vocab_games as VG  # noqa: E402
import vocab_langs as VL  # noqa: E402
import vocab_titling as VT  # noqa: E402
from vocab_population import T0, HOURS, btype, created_at, normal_session, uid_for, viewers  # noqa: E402

SEED = 424242
FIELDS = ["snapshot_hour", "stream_id", "user_id", "user_login", "user_name", "game_id", "game_name", "title", "tags", "language",
          "viewer_count", "started_at", "broadcaster_type", "account_created_at", "content_classification_labels", "is_branded_content",
          "is_violation", "violation_type", "is_evasive_hop", "behaviour"]
OBSCURE_ALL = set(VG.OBSCURE_LIST)
TRICKY_WORDS = ["movie", "cinema", "live", "free", "tv", "film", "kino", "tele", "netflixer", "freekick", "livewire", "movies"]


def build_game_ids():
    r = random.Random(SEED + 7)
    names = ([g[0] for g in VG.HEAD] + [g[0] for g in VG.MID] + [g[0] for g in VG.SPORTS_GAMES] + [g[0] for g in VG.SPECIAL]
             + [g[0] for g in VG.LICENSED] + VG.NEW_SMALL + VG.OBSCURE_LIST)
    ids, used = {}, set()
    for n in names:
        if n in ids:
            continue
        lo, hi = ((1800000000, 2099999999) if n in VG.NEW_SMALL else (1000, 999999) if n in VG.OBSCURE_LIST else (10000, 1700000000))
        v = r.randint(lo, hi)
        while v in used:
            v += 1
        used.add(v)
        ids[n] = str(v)
    return ids


def plan(rng, s, empty_pool):
    """Fill s['sess'] (list of start offsets) and s['hours'] {h: [session idx, state, game, viewers]}."""
    pat, lang, med, c = s["pattern"], s["lang"], s["med"], s["content"]
    take = lambda: empty_pool.pop()  # noqa: E731  an obscure game nobody else streams
    if s["game"] == "obscure":
        s["game"] = take()
    hours, sess = {}, []
    if pat == "allday":
        sess.append(-rng.uniform(20, 24 * 40))
        restart = rng.randint(1, 5) if rng.random() < 0.15 else None
        if restart:
            sess.append(restart + rng.uniform(0.02, 0.4))
        for h in range(HOURS):
            hours[h] = [1 if restart and h >= restart else 0, "main", s["game"], viewers(rng, med, lang, h)]
    elif pat in ("evasive", "legit_hop", "pirate_hop"):
        st = rng.uniform(-4, 0.4) if pat != "pirate_hop" else rng.uniform(-3, 2.5)
        sess.append(st)
        first = max(0, int(math.floor(st)) if st >= 0 else 0)
        if pat == "evasive" and "fixture" in c:
            ko = c["fixture"][4]
            hop_h, hop_end = max(2, int(ko)), min(HOURS, int(ko + 1.95) + 1)
            c.update(sport=c["fixture"][0], lg=c["fixture"][1], a=c["fixture"][2], b=c["fixture"][3])
        else:
            hop_h = (rng.choices([2, 3, 4], [45, 35, 20])[0] if pat != "pirate_hop" else min(5, first + rng.randint(1, 2)))
            hop_end = min(HOURS, hop_h + rng.randint(1, 3 if pat != "pirate_hop" else 4))
        ret_end = hop_end
        if hop_end < HOURS and rng.random() < (0.35 if pat == "evasive" else 0.2):
            ret_end = rng.randint(hop_end + 1, HOURS)
        hop_game = take() if (pat != "legit_hop" or not c.get("ng")) else c["ng"]
        if pat == "legit_hop" and not c.get("ng"):
            c["og"] = hop_game
        pre = []
        for h in range(first, ret_end):
            if h < hop_h:
                v = viewers(rng, med, lang, h, 0.8 if h == first and st > -0.5 else 1.0)
                if pat == "evasive":
                    v = min(20000, max(500, v))
                pre.append(v)
                hours[h] = [0, "pre", s["game"], v]
            elif h < hop_end:
                keep = {"evasive": (0.90, 1.05), "legit_hop": (0.30, 0.70), "pirate_hop": (0.5, 1.1)}[pat]
                hours[h] = [0, "hop", hop_game, int(round(statistics.median(pre) * rng.uniform(*keep)))]
            else:
                hours[h] = [0, "ret", s["game"], viewers(rng, med, lang, h)]
    else:
        hrs = []
        if pat in ("match", "match_or_normal") and c.get("ko") is not None:
            st = c["ko"] - rng.uniform(0.05, 0.6)
            dur = rng.uniform(7, 9) if c.get("lg") == "Test" else rng.uniform(2.0, 2.8)
            hrs = [h for h in range(HOURS) if st < h + 1 and st + dur > h]
        if not hrs:
            st, hrs = normal_session(rng, lang, long=pat in ("long", "normal_long") and (pat == "long" or rng.random() < 0.5))
        sess.append(st)
        for h in hrs:
            ramp = 0.65 if h <= st < h + 1 else 1.0
            hours[h] = [0, "main", s["game"], viewers(rng, med, lang, h, ramp)]
        if pat == "viewbot":
            k = rng.choice(hrs)
            for h in (k, k + 1 if rng.random() < 0.4 and k + 1 in hours else k):
                hours[h][1], hours[h][3] = "spike", B.loguni(rng, 300, 6000)
        elif pat == "normal" and hrs[-1] <= 3 and rng.random() < 0.06:   # a second, later session
            st2 = hrs[-1] + 1 + rng.uniform(0.1, 0.9)
            sess.append(st2)
            for h in range(int(st2), min(HOURS, int(st2) + rng.randint(1, 2))):
                hours[h] = [1, "main", s["game"], viewers(rng, med, lang, h, 0.7)]
    s["sess"], s["hours"] = sess, hours


def build(seed=SEED):
    rng = random.Random(seed)
    gids = build_game_ids()
    pool = list(VG.OBSCURE_LIST)
    rng.shuffle(pool)
    empty_pool, VG.OBSCURE_LIST = pool[:130], sorted(pool[130:])
    B.SPEC_VT = {b[0]: b[4] for b in B.SPEC}
    logins, uids, sids, streamers = set(), set(), set(), []
    for beh, n, pat, mode, vt in B.SPEC:
        for i in range(n):
            s = VC.profile(rng, beh, mode, vt, i)
            s["pattern"] = pat
            pirate = vt is not None and beh != "evasive_hop"
            if "login" in s:
                logins.add(s["login"])
            else:
                word = rng.choice(TRICKY_WORDS) if beh == "tricky_words_in_name_or_title" and rng.random() < 0.7 else None
                s["login"] = VL.make_login(rng, s["lang"], logins, word)
                s["name"] = VL.display_name(rng, s["login"], s["lang"])
            s["created"] = created_at(rng, s["med"], pirate)
            s["uid"] = uid_for(rng, s["created"], uids)
            s["btype"] = btype(rng, s["med"], beh)
            plan(rng, s, empty_pool)
            s["sids"] = []
            for st in s["sess"]:
                v = 316000000000 + int((st + 600) * 3600) * 37 + rng.randint(0, 36)
                while v in sids:
                    v += 1
                sids.add(v)
                s["sids"].append(str(v))
            s["tags"], s["titles"] = VT.tags(rng, s), {}
            s["branded"] = vt is None and s["med"] > 100 and rng.random() < 0.012
            streamers.append(s)
    settle_hoppers(streamers)
    return rng, gids, streamers


def settle_hoppers(streamers):
    """An evasive hopper's usual category must be a big one (>=5,000 viewers an hour): if chance made it small, move the
    hopper (its pre-hop and return hours) to the biggest head category of those hours."""
    tot = [collections.Counter() for _ in range(HOURS)]
    for s in streamers:
        for h, (_, _, g, v) in s["hours"].items():
            tot[h][g] += v
    for s in streamers:
        if s["beh"] != "evasive_hop":
            continue
        pre = [h for h, x in s["hours"].items() if x[1] == "pre"]
        if statistics.mean(tot[h][s["game"]] for h in pre) >= 5000:
            continue
        best = max(B.HEAD_NAMES, key=lambda g: (sum(tot[h][g] for h in pre), g))
        for h, x in s["hours"].items():
            if x[1] in ("pre", "ret"):
                tot[h][x[2]] -= x[3]
                tot[h][best] += x[3]
                x[2] = best
        s["game"] = best
        s["ccl"] = [c for c in s["ccl"] if c != "MatureGame"] + (["MatureGame"] if best in B.MATURE else [])


REROLL = {"gaming_ordinary": 0.08, "ranked_grind": 0.08, "just_chatting": 0.1, "loop_247_show": 0.3, "loop_247_tv_channel": 0.05}


def rows_for_hour(rng, gids, streamers, h):
    snap = T0 + timedelta(hours=h)
    rows = []
    for s in streamers:
        if h not in s["hours"]:
            continue
        si, state, game, v = s["hours"][h]
        key = (si, "hop" if state == "hop" and s["beh"] != "pirate_hop_obscure" else "main")
        if key not in s["titles"] or rng.random() < REROLL.get(s["beh"], 0.03) and state != "hop":
            s["titles"][key] = VT.title(rng, s, state)[0]
        title = s["titles"][key]
        beh, vt, ev = s["beh"], s["vt"], False
        if beh == "evasive_hop":
            beh, vt, ev = {"pre": ("gaming_before_hop", None, False), "ret": ("gaming_after_hop", None, False), "hop": ("evasive_hop", vt, True)}[state]
        elif beh == "legit_hop" and state != "hop":
            beh = "gaming_before_hop" if state == "pre" else "gaming_after_hop"
        elif beh == "pirate_hop_obscure" and state == "pre":
            beh = "pirate_before_hop"
        elif beh == "viewbot_spike" and state != "spike":
            beh = "obscure_game_tiny" if game in OBSCURE_ALL else ("just_chatting" if game == "Just Chatting" else "gaming_ordinary")
        branded = "#ad" in title or "sponsored" in title.lower() or s["branded"]
        start = T0 + timedelta(seconds=int(s["sess"][si] * 3600))
        rows.append({"snapshot_hour": snap.isoformat(), "stream_id": s["sids"][si], "user_id": s["uid"], "user_login": s["login"],
                     "user_name": s["name"], "game_id": gids[game] if game else "", "game_name": game, "title": title, "tags": s["tags"],
                     "language": s["lang"], "viewer_count": v, "started_at": start.isoformat(), "broadcaster_type": s["btype"],
                     "account_created_at": s["created"].replace(microsecond=0).isoformat(), "content_classification_labels": s["ccl"],
                     "is_branded_content": branded, "is_violation": vt is not None, "violation_type": vt or "none",
                     "is_evasive_hop": ev, "behaviour": beh})
    rows.sort(key=lambda r: (-r["viewer_count"], r["stream_id"]))
    return rows


def main(out=HERE):
    rng, gids, streamers = build()
    allmd5 = hashlib.md5()
    for h in range(HOURS):
        rows = rows_for_hour(rng, gids, streamers, h)
        raw = "".join(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
            gz.write(raw)
        data = buf.getvalue()
        name = "hours-%s.jsonl.gz" % (T0 + timedelta(hours=h)).strftime("%Y-%m-%d-%H")
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        allmd5.update(data)
        print("%s rows=%d pos=%d bytes=%d md5=%s" % (name, len(rows), sum(r["is_violation"] for r in rows), len(data), hashlib.md5(data).hexdigest()))
    print("combined md5 (files concatenated in hour order):", allmd5.hexdigest())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
