"""Deterministic generator of the frozen_v3 evaluation set: 8 simulated Twitch hours from 2026-11-18T05:00.
Usage: python3 generate.py [outdir]   (default: this folder)."""
import gzip
import hashlib
import io
import json
import os
import random
import sys
from datetime import timedelta

import simcore as S
import behaviours as B
import specials as SP
import specials_hop as SH
from vocab_langs import local_activity
from vocab_ord2 import ordinary_title

SEED = 20261118
TARGET = 7740  # ordinary live streams per hour (scheduled specials come on top)
FIELDS = ["snapshot_hour", "stream_id", "user_id", "user_login", "user_name", "game_id", "game_name", "title", "tags", "language",
          "viewer_count", "started_at", "broadcaster_type", "account_created_at", "content_classification_labels",
          "is_branded_content", "is_violation", "violation_type", "is_evasive_hop", "behaviour"]
LONG_KINDS = {"charity_marathon": 0.05, "subathon": 0.02, "marathon_24h": 0.03}


def hazard(s, h):
    kind = s["st"]["kind"]
    if kind in LONG_KINDS:
        return LONG_KINDS[kind]
    base = 0.30 if kind in B.POSITIVE_KINDS else 0.21
    return base * (1.35 - 0.7 * local_activity(s["st"]["lang"], h + 5))


def new_session(rng, st, h):
    if h == 0:
        back = 60 * rng.uniform(4, 40) if st["kind"] in LONG_KINDS else 1 + (rng.random() ** 1.6) * 420
        started = S.H0 - timedelta(minutes=int(back))
    else:
        started = S.HOURS[h] - timedelta(minutes=rng.randint(1, 59))
    st["nsess"] = st.get("nsess", -1) + 1
    p = B.plan(rng, st)
    branded = rng.random() < (0.02 if st["base"] > 50 and st["btype"] else 0.002)
    return {"st": st, "idx": st["nsess"], "started": started, "plan": p, "k": 0, "mult": 1.0, "branded": branded, "h0": h}


def step(rng, s, h):
    st, p = s["st"], s["plan"]
    if s["k"] > 0 and p["switch"] and rng.random() < 0.06:  # variety streamers change category mid-session
        lang = st["lang"]
        if p["game"] == "Just Chatting":
            g = S.pick_game(rng, lang, rng.choice(["head", "head", "mid"]))[0]
            p.update(game=g, beh="gaming", title=(lambda k, t=ordinary_title(rng, lang, "game", S.short(rng, g)): t))
        else:
            p.update(game="Just Chatting", beh="just_chatting", title=(lambda k, t=ordinary_title(rng, lang, "chat"): t))
        s["mult"] *= rng.uniform(0.8, 1.0)
    ramp = rng.uniform(0.55, 0.9) if s["k"] == 0 and h > 0 else 1.0
    e = SP.entry(st, s["idx"], s["started"], h, p["game"], p["title"](s["k"]), p["tags"], p["beh"], p["vt"],
                 v=S.viewers(rng, st["base"] * s["mult"], st["lang"], h, ramp), branded=s["branded"])
    s["k"] += 1
    return e


def simulate(rng, ids):
    out, live, ended = [], [], []
    for h in range(S.NH):
        if h > 0:
            live_next = []
            for s in live:
                (ended.append((s["st"], h)) if rng.random() < hazard(s, h) else live_next.append(s))
            live = live_next
            still = []
            for st, he in ended:
                if he < h and rng.random() < 0.05:
                    live.append(new_session(rng, st, h))
                else:
                    still.append((st, he))
            ended = still
        target = TARGET + rng.randint(-120, 120)
        while len(live) < target:
            live.append(new_session(rng, B.new_ordinary(rng, ids, S.lang_for_hour(rng, h)), h))
        out += [step(rng, s, h) for s in live]
    return out


def build():
    rng = random.Random(SEED)
    ids = S.IdGen(rng)
    entries = simulate(rng, ids)
    entries += SP.pirate_247(rng, ids) + SP.legit_247(rng, ids) + SP.stars_and_anchors(rng, ids) + SP.viewbots(rng, ids)
    pool = SH.HopPool(rng)
    entries += SH.evasive(rng, ids, pool) + SH.infringing(rng, ids, pool) + SH.legit(rng, ids, pool)
    sids = {}
    for e in sorted(entries, key=lambda e: (e["started"], e["st"]["uid"], e["sess"][1])):
        if e["sess"] not in sids:
            sids[e["sess"]] = ids.stream_id(e["started"])
    by_hour = [[] for _ in range(S.NH)]
    for e in entries:
        by_hour[e["h"]].append((e, sids[e["sess"]]))
    return by_hour


def row(e, sid):
    st, game, vt = e["st"], e["game"], e["vt"]
    viol = vt != "none"
    vals = [S.iso(S.HOURS[e["h"]]), sid, st["uid"], st["login"], st["name"], S.game_id(game), game, e["title"], list(e["tags"]),
            st["lang"], int(max(0, e["v"])), S.iso(e["started"]), st["btype"], S.iso(st["created"]),
            S.content_labels(None, game, st["labels"]), bool(e["branded"]), viol, vt, bool(e["ev"]), e["beh"]]
    return dict(zip(FIELDS, vals))


def write(outdir):
    by_hour = build()
    names = []
    for h, rows in enumerate(by_hour):
        rows.sort(key=lambda x: (-int(max(0, x[0]["v"])), x[1]))
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
            for e, sid in rows:
                gz.write((json.dumps(row(e, sid), ensure_ascii=False) + "\n").encode("utf-8"))
        name = "hours-" + S.HOURS[h].strftime("%Y-%m-%d-%H") + ".jsonl.gz"
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(buf.getvalue())
        names.append(name)
        print(name, len(rows), "rows", len(buf.getvalue()), "bytes", hashlib.md5(buf.getvalue()).hexdigest())
    allmd5 = hashlib.md5()
    for n in names:
        with open(os.path.join(outdir, n), "rb") as f:
            allmd5.update(f.read())
    print("combined md5", allmd5.hexdigest())


if __name__ == "__main__":
    write(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
